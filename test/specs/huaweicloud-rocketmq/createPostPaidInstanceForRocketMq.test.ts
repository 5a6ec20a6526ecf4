// Huawei Cloud RocketMQ's "Creating an Instance" on the RocketMQ path (CreatePostPaidInstanceForRocketMq) against the description:
// every field and every rule, and the sharing of its body schema with createInstanceByEngine (the same SDK model; one validator
// in the client).
import { describe, expect, it } from 'vitest';
import { bundledSpec } from '../../support/spec.ts';
import { testHuaweiCreateAnswers, testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { base, invalidBodies, operation, pageFields, service, validate, validBodies, yearly } from './createPostPaidInstanceForRocketMq.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });

  it('takes the very body schema of createInstanceByEngine (the same SDK model), so the client shares one body validator', () => {
    const paths = bundledSpec(service).paths;
    const schemaOf = (path: string) => paths[path].post.requestBody.content['application/json'].schema;
    expect(schemaOf('/v2/{project_id}/rocketmq/instances')).toEqual({ $ref: '#/components/schemas/CreateInstanceByEngineRequest' });
    expect(schemaOf('/v2/{project_id}/rocketmq/instances')).toEqual(schemaOf('/v2/{engine}/{project_id}/instances'));
  });
  it('has only the project in its path: the engine is the body field', () => {
    const parameters = bundledSpec(service).paths['/v2/{project_id}/rocketmq/instances'].post.parameters;
    expect(parameters).toEqual([{ $ref: '#/components/parameters/project_id' }]);
  });
  it('rejects a full subscription period with postPaid, naming both fields', () => {
    expect(validate({ ...base, bss_param: { ...yearly, charging_mode: 'postPaid' } })).toEqual([
      { path: '/bss_param/period_type', rule: 'false schema' },
      { path: '/bss_param/period_num', rule: 'false schema' },
    ]);
  });
  describe('path parameter project_id', () => testProjectIdParameter(service, operation));
});

describe(`${service}: ${operation.join(' ')} responses`, () => {
  testHuaweiCreateAnswers(service, operation);
});
