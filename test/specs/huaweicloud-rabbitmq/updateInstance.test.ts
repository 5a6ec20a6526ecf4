// Huawei Cloud RabbitMQ's "Modifying Instance Information" (UpdateInstance) against the description: every field and every rule.
import { describe, expect, it } from 'vitest';
import { bundledSpec } from '../../support/spec.ts';
import { testAnswerStatuses, testHuaweiErrorAnswers, testInstanceIdParameter, testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './updateInstance.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  it('documents every field of the SDK model, and no other', () => {
    const schemas = bundledSpec(service).components.schemas;
    const declared = [...Object.keys(schemas.UpdateRabbitMqInstanceRequest.properties), ...Object.keys(schemas.MaintenanceWindowUpdate.properties)];
    expect(declared.sort()).toEqual(pageFields.map(([field]) => field).sort());
  });

  describe('path parameters', () => {
    testProjectIdParameter(service, operation);
    testInstanceIdParameter(service, operation);
  });

  describe('responses', () => {
    testAnswerStatuses(service, operation, ['204', '400', '401', '403', '404', '429', '5XX'], ['204']);
    testHuaweiErrorAnswers(service, operation, ['400', '401', '403', '404', '429', '5XX'], { error_code: 'DMS.00400010', error_msg: 'Invalid name.' });
  });
});
