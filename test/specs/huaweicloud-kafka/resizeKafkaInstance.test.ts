// Huawei Cloud Kafka's "Increasing Instance Specifications" (ResizeKafkaInstance) against the description: every field and every rule.
import { describe, expect, it } from 'vitest';
import { bundledSpec, resolve, answerValidator } from '../../support/spec.ts';
import { testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './resizeKafkaInstance.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  describe('path parameter project_id', () => testProjectIdParameter(service, operation));

  describe('responses', () => {
    const responses = bundledSpec(service).paths[operation[1]].post.responses;
    it('documents 200 with the job id, 404 for an unknown instance, and the Huawei error answers', () => {
      expect(Object.keys(responses).sort()).toEqual(['200', '400', '401', '403', '404', '429', '5XX']);
      const accepted = answerValidator(service, ...operation);
      expect(accepted({ job_id: '93b94287-728d-4bb1-a158-cb66cb0854e7' })).toEqual([]);
      expect(accepted({})).toEqual([{ path: '', rule: 'required', property: 'job_id' }]);
      for (const status of ['400', '401', '403', '404', '429', '5XX']) {
        const error = resolve(service, resolve(service, responses[status]).content['application/json'].schema);
        expect(error.required, status).toEqual(['error_code', 'error_msg']);
      }
    });
  });
});
