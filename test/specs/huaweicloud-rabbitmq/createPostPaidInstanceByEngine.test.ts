// Page 004 (Huawei Cloud DMS for RabbitMQ, "Creating an Instance") against the description: every field and every rule.
import { describe, expect, it } from 'vitest';
import { bundledSpec, parameterValidator, resolve } from '../../support/spec.ts';
import { testPageTables } from '../../support/page-tables.ts';
import { service, operation, pageFields, validBodies, invalidBodies } from './createPostPaidInstanceByEngine.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });

  describe('path parameters', () => {
    const engine = parameterValidator(service, ...operation, 'engine');
    const projectId = parameterValidator(service, ...operation, 'project_id');
    it('accepts engine rabbitmq, its documented default', () => {
      const parameter = bundledSpec(service)
        .paths[operation[1]].post.parameters.map((p: object) => resolve(service, p))
        .find((p: { name: string }) => p.name === 'engine');
      expect(parameter.required).toBe(true);
      expect(parameter.schema.default).toBe('rabbitmq');
      expect(engine('rabbitmq')).toEqual([]);
    });
    it.each(['RabbitMQ', 'kafka', 'rocketmq', ''])('rejects engine %j', (value) => {
      expect(engine(value)).toEqual([{ path: '', rule: 'enum' }]);
    });
    it('accepts a project id and rejects one with a slash', () => {
      expect(projectId('0605767a3300d5762fb0c0186d9e1c2e')).toEqual([]);
      expect(projectId('0605767a/3300d5762')).toEqual([{ path: '', rule: 'pattern' }]);
    });
  });

  describe('responses', () => {
    const responses = bundledSpec(service).paths[operation[1]].post.responses;
    it('documents 200 with the instance id and the Huawei error answers', () => {
      expect(Object.keys(responses).sort()).toEqual(['200', '400', '401', '403', '429', '5XX']);
      const ok = resolve(service, resolve(service, responses['200']).content['application/json'].schema);
      expect(ok.required).toEqual(['instance_id']);
      expect(ok.properties.instance_id.type).toBe('string');
      for (const status of ['400', '401', '403', '429', '5XX']) {
        const error = resolve(service, resolve(service, responses[status]).content['application/json'].schema);
        expect(error.required, status).toEqual(['error_code', 'error_msg']);
      }
    });
  });
});
