// Huawei Cloud RabbitMQ's "Modifying Instance Information" (UpdateInstance) against the description: every field and every rule.
import { describe, expect, it } from 'vitest';
import { bundledSpec, parameterValidator, resolve } from '../../support/spec.ts';
import { testHuaweiErrorAnswers, testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
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
    const instanceId = parameterValidator(service, ...operation, 'instance_id');
    it('accepts an instance id', () => expect(instanceId('8959ab1c-7c1a-4b11-a05f-93dfc361b32d')).toEqual([]));
  });

  describe('responses', () => {
    const responses = bundledSpec(service).paths[operation[1]][operation[0]].responses;
    it('answers 204 without a body, and the Huawei errors', () => {
      expect(Object.keys(responses).sort()).toEqual(['204', '400', '401', '403', '404', '429', '5XX']);
      expect(resolve(service, responses['204']).content).toBeUndefined();
    });
    testHuaweiErrorAnswers(service, operation, ['400', '401', '403', '404', '429', '5XX'], { error_code: 'DMS.00400010', error_msg: 'Invalid name.' });
  });
});
