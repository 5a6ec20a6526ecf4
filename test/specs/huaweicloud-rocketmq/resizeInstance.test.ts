// Huawei Cloud RocketMQ's "Modifying Instance Specifications" (ResizeInstance) against the description: every field and every rule.
import { describe, expect, it } from 'vitest';
import { bundledSpec, parameterValidator, resolve } from '../../support/spec.ts';
import { testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './resizeInstance.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });

  describe('path parameter engine', () => {
    const engine = parameterValidator(service, ...operation, 'engine');
    it('accepts rocketmq', () => expect(engine('rocketmq')).toEqual([]));
    it.each(['kafka', 'rabbitmq', 'RocketMQ', ''])('rejects %j', (value) => expect(engine(value)).toEqual([{ path: '', rule: 'enum' }]));
  });
  describe('path parameter project_id', () => testProjectIdParameter(service, operation));

  it('answers 200 with the job id, and 404 for an unknown instance', () => {
    const responses = bundledSpec(service).paths[operation[1]].post.responses;
    expect(Object.keys(responses).sort()).toEqual(['200', '400', '401', '403', '404', '429', '5XX']);
    const answer = resolve(service, resolve(service, responses['200']).content['application/json'].schema);
    expect(answer.required).toEqual(['job_id']);
  });
});
