// Huawei Cloud RabbitMQ's "Resetting the Password" (ResetPassword) against the description: every field and every rule.
import { describe, expect, it } from 'vitest';
import { bundledSpec, resolve } from '../../support/spec.ts';
import { testAnswerStatuses, testHuaweiErrorAnswers, testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './resetPassword.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  it('marks the new password write-only, with the three-of-four rule', () => {
    const field = resolve(service, bundledSpec(service).components.schemas.ResetRabbitMqPasswordRequest.properties.new_password);
    expect(field).toMatchObject({ writeOnly: true, format: 'password', title: 'HuaweiCloudStrongPassword' });
  });
  describe('path parameters', () => testProjectIdParameter(service, operation));

  describe('responses', () => {
    testAnswerStatuses(service, operation, ['204', '400', '401', '403', '404', '429', '5XX'], ['204']);
    testHuaweiErrorAnswers(service, operation, ['400', '401', '403', '404', '429', '5XX'], { error_code: 'DMS.00400012', error_msg: 'Invalid password.' });
  });
});
