// Huawei Cloud Kafka's "Resetting the Password" (ResetPassword) against the description: every field and every rule.
import { describe, expect, it } from 'vitest';
import { bundledSpec, parameterValidator, resolve } from '../../support/spec.ts';
import { testHuaweiErrorAnswers, testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './resetPassword.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  it('marks the new password write-only, not the create operations’ password rule', () => {
    const field = resolve(service, bundledSpec(service).components.schemas.ResetKafkaPasswordRequest.properties.new_password);
    expect(field).toMatchObject({ writeOnly: true, format: 'password', title: 'HuaweiCloudStrongPassword' });
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
    testHuaweiErrorAnswers(service, operation, ['400', '401', '403', '404', '429', '5XX'], { error_code: 'DMS.00400012', error_msg: 'Invalid password.' });
  });
});
