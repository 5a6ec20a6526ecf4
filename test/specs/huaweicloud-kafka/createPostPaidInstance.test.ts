// Page 002 (Huawei Cloud Kafka, "Creating a Pay-per-Use Instance") against the description: every field and every rule.
// The page copy lost the option lists of several fields; those come from the vendor's Chinese edition of the same page.
import { describe, expect, it } from 'vitest';
import { findOperation } from '@cloudmq/openapi-walk';
import { bundledSpec, parameterValidator, requestBodyField } from '../../support/spec.ts';
import { testHuaweiCreateAnswers, testPageTables } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './createPostPaidInstance.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  it('is deprecated, pointing to the current create', () => {
    const legacy = findOperation(bundledSpec(service), 'createPostPaidInstance').operation;
    expect(legacy.deprecated).toBe(true);
    expect(legacy.description).toContain('createInstanceByEngine');
  });
  it("does not document the example's misspelt public_boundwidth", () => {
    expect(requestBodyField(service, ...operation, 'public_boundwidth')).toBeUndefined();
  });
});

describe(`${service}: ${operation.join(' ')} project_id`, () => {
  const validateProjectId = parameterValidator(service, ...operation, 'project_id');
  it('accepts a project id', () => {
    expect(validateProjectId('0605767a3300d5762fb0c0186d9e1c2e')).toEqual([]);
  });
  it('rejects a project id with a slash', () => {
    expect(validateProjectId('0605767a/3300d576')).toEqual([{ path: '', rule: 'pattern' }]);
  });
  it('rejects a 65-character project id', () => {
    expect(validateProjectId('a'.repeat(65))).toEqual([{ path: '', rule: 'maxLength' }]);
  });
});

describe(`${service}: ${operation.join(' ')} responses`, () => {
  testHuaweiCreateAnswers(service, operation);
});
