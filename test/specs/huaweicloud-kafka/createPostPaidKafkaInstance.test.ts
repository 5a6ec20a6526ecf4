// Huawei Cloud Kafka's "Creating a Kafka Instance" (CreatePostPaidKafkaInstance) against the description: every field and every
// rule, and the sharing of its body schema with createInstanceByEngine (the same SDK model; one validator in the client).
import { describe, expect, it } from 'vitest';
import { bundledSpec, requestBodyField } from '../../support/spec.ts';
import { testHuaweiCreateAnswers, testPageTables, testProjectIdParameter } from '../../support/page-tables.ts';
import { base, gettingStarted, invalidBodies, operation, pageFields, sasl, service, validate, validBodies } from './createPostPaidKafkaInstance.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });

  it('takes the very body schema of createInstanceByEngine (the same SDK model), so the client shares one body validator', () => {
    const paths = bundledSpec(service).paths;
    const schemaOf = (path: string) => paths[path].post.requestBody.content['application/json'].schema;
    expect(schemaOf('/v2/{project_id}/kafka/instances')).toEqual({ $ref: '#/components/schemas/CreateInstanceByEngineRequest' });
    expect(schemaOf('/v2/{project_id}/kafka/instances')).toEqual(schemaOf('/v2/{engine}/{project_id}/instances'));
  });
  it('has only the project in its path: the engine is the body field', () => {
    const parameters = bundledSpec(service).paths['/v2/{project_id}/kafka/instances'].post.parameters;
    expect(parameters).toEqual([{ $ref: '#/components/parameters/project_id' }]);
  });
  it('does not document the legacy fields', () => {
    for (const field of ['specification', 'partition_num', 'kafka_manager_user', 'kafka_manager_password', 'public_bandwidth']) {
      expect(requestBodyField(service, ...operation, field)).toBeUndefined();
    }
  });
  it('rejects the getting-started body as printed (engine_version as the number 2.7), naming the type and the value list', () => {
    expect(validate({ ...gettingStarted, engine_version: 2.7 })).toEqual([
      { path: '/engine_version', rule: 'type' },
      { path: '/engine_version', rule: 'enum' },
    ]);
  });
  // Where this operation's page differs from the legacy page the shared schema follows: pinned, so that a change to the shared
  // schema is a decision (see the description and the operation file's comments).
  it('leaves the page\'s "multiple of 100 GB" storage rule to the service', () => {
    expect(validate({ ...base, storage_space: 350 })).toEqual([]);
  });
  it("still asks for kafka_security_protocol with ssl_enable (the legacy page's rule), which the newer page no longer states", () => {
    const { kafka_security_protocol: _, ...withoutProtocol } = sasl;
    expect(validate({ ...base, ...withoutProtocol })).toEqual([{ path: '', rule: 'required', property: 'kafka_security_protocol' }]);
  });
  describe('path parameter project_id', () => testProjectIdParameter(service, operation));
});

describe(`${service}: ${operation.join(' ')} responses`, () => {
  testHuaweiCreateAnswers(service, operation);
});
