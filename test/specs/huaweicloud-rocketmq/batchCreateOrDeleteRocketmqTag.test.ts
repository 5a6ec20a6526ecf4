// Huawei Cloud RocketMQ's "Adding or Deleting Instance Tags in Batches" (BatchCreateOrDeleteRocketmqTag) against the description: every field and every rule,
// and a 204 without a body as the page's success answer.
import { describe, expect, it } from 'vitest';
import { bundledSpec, parameterValidator, resolve } from '../../support/spec.ts';
import { testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './batchCreateOrDeleteRocketmqTag.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  testProjectIdParameter(service, operation);

  it('takes the instance id in the path', () => {
    const instanceId = parameterValidator(service, ...operation, 'instance_id');
    expect(instanceId('8959ab1c-7c1a-4b11-a05f-93dfc361b32d')).toEqual([]);
    expect(instanceId('a/b')).toEqual([{ path: '', rule: 'pattern' }]);
  });

  it('answers 204 without a body on success, and the Huawei error body otherwise', () => {
    const responses = bundledSpec(service).paths[operation[1]].post.responses;
    expect(Object.keys(responses).sort()).toEqual(['204', '400', '401', '403', '404', '429', '5XX']);
    expect(resolve(service, responses['204']).content).toBeUndefined();
    for (const status of ['400', '401', '403', '404', '429', '5XX']) {
      const error = resolve(service, resolve(service, responses[status]).content['application/json'].schema);
      expect(error.required, status).toEqual(['error_code', 'error_msg']);
    }
  });
});
