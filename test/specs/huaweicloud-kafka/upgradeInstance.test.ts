// Huawei Cloud Kafka's "Upgrading an Instance" (UpgradeInstance) against the description: every field, every rule, and
// the two answer shapes (the page's bare task id, the object with job_id the vendor's Terraform provider reads).
import { describe, expect, it } from 'vitest';
import { bundledSpec, answerValidator } from '../../support/spec.ts';
import { testAnswerStatuses, testHuaweiErrorAnswers, testInstanceIdParameter, testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './upgradeInstance.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  it('documents every field of the SDK model, and no other', () => {
    const declared = Object.keys(bundledSpec(service).components.schemas.UpgradeKafkaInstanceRequest.properties);
    expect(declared.sort()).toEqual(pageFields.map(([field]) => field).sort());
  });

  describe('path parameters', () => {
    testProjectIdParameter(service, operation);
    testInstanceIdParameter(service, operation);
  });

  describe('responses', () => {
    testAnswerStatuses(service, operation, ['200', '400', '401', '403', '404', '429', '5XX']);
    const accepted = answerValidator(service, ...operation);
    it("accepts the page's bare task id", () => expect(accepted('93b94287-728d-4bb1-a158-cb66cb0854e7')).toEqual([]));
    it('accepts an object with job_id, as the Terraform provider reads it', () => expect(accepted({ job_id: '8abfa7b372160bfd0172165864064079' })).toEqual([]));
    it('accepts an object without job_id (a scheduled upgrade)', () => expect(accepted({})).toEqual([]));
    it('refuses a number', () => expect(accepted(42)).not.toEqual([]));
    testHuaweiErrorAnswers(service, operation, ['400', '401', '403', '404', '429', '5XX'], { error_code: 'DMS.00400026', error_msg: 'This operation is not allowed due to the instance status.' });
  });
});
