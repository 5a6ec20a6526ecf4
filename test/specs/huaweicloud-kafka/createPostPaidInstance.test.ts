// Page 002 (Huawei Cloud Kafka, "Creating a Pay-per-Use Instance") against the description: every field and every rule.
// The page copy lost the option lists of several fields; those come from api-facts.md ("Kafka options missing from seed 002").
import { describe, expect, it } from 'vitest';
import { bundledSpec, parameterValidator, requestBodyField, validatorAt } from '../../support/spec.ts';
import { testPageTables } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './createPostPaidInstance.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  it('does not document the example\'s misspelt public_boundwidth', () => {
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
  const responses = bundledSpec(service).paths[operation[1]][operation[0]].responses;
  // A response is either inline or a $ref to components.responses; point at its JSON schema either way.
  const schemaOf = (status: string) => {
    const response = responses[status];
    const base = response.$ref ? response.$ref.slice(1) : `/paths/${operation[1].replaceAll('/', '~1')}/${operation[0]}/responses/${status}`;
    return validatorAt(service, `${base}/content/application~1json/schema`);
  };
  const created = schemaOf('200');
  it('answers 200 with the new instance id, as on the page', () => {
    expect(created({ instance_id: '8959ab1c-7n1a-yyb1-a05t-93dfc361b32d' })).toEqual([]);
  });
  it('always carries instance_id in a 200', () => {
    expect(created({})).toEqual([{ path: '', rule: 'required', property: 'instance_id' }]);
  });
  it.each(['400', '401', '403', '429', '5XX'])('answers %s with the Huawei error body', (status) => {
    const error = schemaOf(status);
    expect(error({ error_code: 'DMS.00400009', error_msg: 'Invalid product_id.' })).toEqual([]);
    expect(error({ error_msg: 'no code' })).toEqual([{ path: '', rule: 'required', property: 'error_code' }]);
  });
});
