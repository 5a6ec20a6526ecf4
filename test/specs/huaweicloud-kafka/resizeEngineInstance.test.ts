// Huawei Cloud Kafka's "Increasing Instance Specifications (New)" (ResizeEngineInstance, legacy path) against the description: every field and every rule.
import { describe, expect, it } from 'vitest';
import { bundledSpec, parameterValidator, resolve } from '../../support/spec.ts';
import { testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './resizeEngineInstance.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });

  describe('path parameter engine', () => {
    const engine = parameterValidator(service, ...operation, 'engine');
    it('accepts kafka', () => expect(engine('kafka')).toEqual([]));
    it.each(['rocketmq', 'rabbitmq', 'Kafka', ''])('rejects %j', (value) => expect(engine(value)).toEqual([{ path: '', rule: 'enum' }]));
  });
  describe('path parameter project_id', () => testProjectIdParameter(service, operation));

  it('shares the 200 answer (job_id) with resizeKafkaInstance', () => {
    const answer = (path: string) => resolve(service, resolve(service, bundledSpec(service).paths[path].post.responses['200']).content['application/json'].schema);
    expect(answer(operation[1])).toBe(answer('/v2/{project_id}/kafka/instances/{instance_id}/extend'));
    expect(answer(operation[1]).required).toEqual(['job_id']);
  });
});
