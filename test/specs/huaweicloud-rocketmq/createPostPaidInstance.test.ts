// Page 000 (Huawei Cloud DMS for RocketMQ, "Creating a Pay-per-Use Instance") against the description: every field and every rule.
// Beyond the page: the c6.* flavors only with 4.8.0, at least 300 GB and 1 to 10 brokers for 4.8.0 (vendor's specifications
// page, Terraform provider), and the tls_mode values (Terraform provider). Nothing else about storage or brokers is limited.
import { describe, expect, it } from 'vitest';
import { requestBodyField } from '../../support/spec.ts';
import { testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, pageFields, otherPageFields, validBodies, invalidBodies } from './createPostPaidInstance.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  it.each(otherPageFields)('does not document %s (page 001 only)', (field) => {
    expect(requestBodyField(service, ...operation, field)).toBeUndefined();
  });
  describe('path parameter project_id', () => testProjectIdParameter(service, operation));
});
