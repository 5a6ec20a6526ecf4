// The validator emitter against two creates that take one body component (Huawei's createInstanceByEngine and
// createPostPaidKafkaInstance send the same SDK model): one body module for both, so a second path costs no second
// ~100 kB validator in a package that must install in under 1 MB (test/packages/install.test.ts).
import { describe, expect, it } from 'vitest';
import { emitValidators } from '../../scripts/lib/emit/validators.mjs';

const projectId = { name: 'project_id', in: 'path', required: true, schema: { type: 'string', minLength: 1 }, example: 'p-1' };
const engine = { name: 'engine', in: 'path', required: true, schema: { type: 'string', enum: ['demo'] }, example: 'demo' };
const created = { 200: { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { instance_id: { type: 'string' } } } } } } };
const body = (schema: object, name: string) => ({ required: true, content: { 'application/json': { schema, examples: { [name]: { value: { name: `${name}-1` } } } } } });
const createBody = { $ref: '#/components/schemas/CreateBody' };
const otherBody = { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 4 } }, additionalProperties: false };

const fixture = {
  openapi: '3.1.0',
  info: { title: 'Demo Engine', version: '1.0', 'x-cloudmq-service-id': 'huaweicloud-demo', 'x-cloudmq-vendor': 'huaweicloud' },
  components: {
    schemas: { CreateBody: { title: 'CreateBody', type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 4 } }, unevaluatedProperties: false } },
    parameters: { project_id: projectId, engine },
  },
  paths: {
    '/v2/{engine}/{project_id}/instances': {
      post: {
        operationId: 'createInstanceByEngine',
        parameters: [{ $ref: '#/components/parameters/engine' }, { $ref: '#/components/parameters/project_id' }],
        requestBody: body(createBody, 'byEngine'),
        responses: created,
      },
    },
    '/v2/{project_id}/demo/instances': {
      post: { operationId: 'createPostPaidDemoInstance', parameters: [{ $ref: '#/components/parameters/project_id' }], requestBody: body(createBody, 'onPath'), responses: created },
    },
    '/v2/{project_id}/instances': {
      // The same rules written inline: not the same component, so a module of its own.
      post: { operationId: 'createPostPaidInstance', parameters: [{ $ref: '#/components/parameters/project_id' }], requestBody: body(otherBody, 'legacy'), responses: created },
    },
  },
};

describe('emitValidators with two operations on one body component', () => {
  const files = emitValidators(fixture, 'huaweicloud-demo');

  it('writes one body module for the operations whose body is the same component, named after the first', () => {
    expect(files.get('createInstanceByEngine.js')).toContain("export { validate as body } from './createInstanceByEngine.body.js';");
    expect(files.get('createPostPaidDemoInstance.js')).toContain("export { validate as body } from './createInstanceByEngine.body.js';");
    expect(files.has('createPostPaidDemoInstance.body.js')).toBe(false);
  });
  it('keeps a module of its own for a body schema written inline', () => {
    expect(files.get('createPostPaidInstance.js')).toContain("export { validate as body } from './createPostPaidInstance.body.js';");
    expect(files.has('createPostPaidInstance.body.js')).toBe(true);
  });
  it('compiles the shared module from the component', () => {
    expect(files.get('createInstanceByEngine.body.js')).toContain('#/components/schemas/CreateBody');
  });
});
