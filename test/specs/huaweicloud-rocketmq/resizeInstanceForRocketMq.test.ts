// Huawei Cloud RocketMQ's "Changing Instance Specifications" (ResizeInstanceForRocketMq, 5.x) against the description: every field and every rule.
import { describe, expect, it } from 'vitest';
import { bundledSpec, resolve } from '../../support/spec.ts';
import { testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './resizeInstanceForRocketMq.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  describe('path parameter project_id', () => testProjectIdParameter(service, operation));

  it('shares the 200 answer (job_id) with resizeInstance', () => {
    const answer = (path: string) => resolve(service, resolve(service, bundledSpec(service).paths[path].post.responses['200']).content['application/json'].schema);
    expect(answer(operation[1])).toBe(answer('/v2/{engine}/{project_id}/instances/{instance_id}/extend'));
    expect(Object.keys(bundledSpec(service).paths[operation[1]].post.responses).sort()).toEqual(['200', '400', '401', '403', '404', '429', '5XX']);
  });
});
