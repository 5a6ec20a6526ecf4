// CreateInstanceIpWhitelist (Alibaba Cloud ApsaraMQ for RocketMQ 5.x, API version 2022-08-01) against the description:
// the request table, every rule, the examples and the answers.
import { describe, expect, it } from 'vitest';
import { bundledSpec, resolve, validatorAt } from '../../support/spec.ts';
import { testPageTables } from '../../support/page-tables.ts';
import { service, operation, validate, pageFields, validBodies, invalidBodies } from './createInstanceIpWhitelist.tables.ts';

const op = () => bundledSpec(service).paths[operation[1]][operation[0]];

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });

  it('names the action and the tag, and is not deprecated', () => {
    expect(op()).toMatchObject({ operationId: 'createInstanceIpWhitelist', tags: ['IP whitelists'], 'x-cloudmq-action': 'CreateInstanceIpWhitelist' });
    expect(op().deprecated).toBeUndefined();
    expect(resolve(service, op().parameters[0])).toMatchObject({ name: 'instanceId', in: 'path', required: true });
  });
  it('requires the body, whose own row says optional while its one member is required', () => {
    expect(op().requestBody.required).toBe(true);
    expect(op().requestBody.description).toMatch(/optional/);
  });
  it('accepts every request example, the page example as it stands', () => {
    const examples = op().requestBody.content['application/json'].examples;
    expect(Object.keys(examples).length).toBeGreaterThanOrEqual(3);
    for (const example of Object.values<any>(examples)) expect(validate(example.value)).toEqual([]);
    expect(examples.pageExample.value).toEqual({ ipWhitelists: ['0.0.0.0/0'] });
  });
});

describe(`${service}: ${operation.join(' ')} answers`, () => {
  const validateResponse = validatorAt(service, '/components/schemas/CreateInstanceIpWhitelistResponse');
  it('answers 200 with the envelope, a boolean data and the access-denial detail', () => {
    const examples = op().responses['200'].content['application/json'].examples;
    for (const example of Object.values<any>(examples)) expect(validateResponse(example.value)).toEqual([]);
    expect(examples.added.value).toEqual({ requestId: 'A07B41BD-6DD3-5349-9E76-00303DF04BBE', success: true, data: true });
    const schema = resolve(service, bundledSpec(service).components.schemas.CreateInstanceIpWhitelistResponse);
    expect(schema.properties.accessDeniedDetail.type).toBe('string');
  });
  it('documents the error answers of the other operations', () => {
    expect(Object.keys(op().responses).sort()).toEqual(['200', '400', '403', '404', '429', '5XX']);
  });
});
