// Huawei Cloud RocketMQ's "Batch Deleting Instances" (BatchDeleteInstances) against the description: every field and every
// rule, and the two answers (200 per instance, 204 for all_failure).
import { describe, expect, it } from 'vitest';
import { bundledSpec, resolve, validatorAt } from '../../support/spec.ts';
import { testHuaweiErrorAnswers, testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './batchDeleteInstances.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  describe('path parameters', () => testProjectIdParameter(service, operation));

  describe('responses', () => {
    const responses = bundledSpec(service).paths[operation[1]][operation[0]].responses;
    const results = validatorAt(service, '/components/schemas/BatchInstanceActionResponse');
    it('answers 200 with results, 204 without a body, and the Huawei errors', () => {
      expect(Object.keys(responses).sort()).toEqual(['200', '204', '400', '401', '403', '429', '5XX']);
      expect(resolve(service, responses['200']).content['application/json'].schema.$ref).toBe('#/components/schemas/BatchInstanceActionResponse');
      expect(resolve(service, responses['204']).content).toBeUndefined();
    });
    it("accepts the page's answer and knows the two result values", () => {
      expect(results({ results: [{ result: 'success', instance: '019cacb7-4ff0-4d3c-9f33-f5f7b7fdc0e6' }] })).toEqual([]);
      expect(results({ results: [{ result: 'ok', instance: 'x' }] })).toEqual([{ path: '/results/0/result', rule: 'enum' }]);
    });
    testHuaweiErrorAnswers(service, operation, ['400', '401', '403', '429', '5XX'], { error_code: 'DMS.00400026', error_msg: 'This operation is not allowed due to the instance status.' });
  });
});
