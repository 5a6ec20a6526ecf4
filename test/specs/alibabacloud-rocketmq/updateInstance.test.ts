// UpdateInstance (Alibaba Cloud ApsaraMQ for RocketMQ 5.x, API version 2022-08-01) against the description:
// every row of the request table, every rule the page states, the examples and the answers.
import { describe, expect, it } from 'vitest';
import { bundledSpec, resolve, validatorAt } from '../../support/spec.ts';
import { testPageTables } from '../../support/page-tables.ts';
import { service, operation, validate, pageFields, validBodies, invalidBodies, pageExampleColumn, type Body, whitelistPath } from './updateInstance.tables.ts';

const op = () => bundledSpec(service).paths[operation[1]][operation[0]];

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });

  it('names the action, the tag and the instance path parameter', () => {
    expect(op()).toMatchObject({ operationId: 'updateInstance', tags: ['Instances'], 'x-cloudmq-action': 'UpdateInstance' });
    expect(op().deprecated).toBeUndefined();
    const [parameter] = op().parameters.map((p: object) => resolve(service, p));
    expect(parameter).toMatchObject({ name: 'instanceId', in: 'path', required: true });
  });
  it('leaves the body optional, as the page does', () => {
    expect(op().requestBody.required).toBe(false);
  });
  it('does not mark the public whitelist deprecated here (unlike CreateInstance)', () => {
    const body = resolve(service, op().requestBody.content['application/json'].schema);
    const internet = resolve(service, resolve(service, resolve(service, body.properties.networkInfo).properties.internetInfo));
    expect(internet.properties.ipWhitelist.deprecated).toBeUndefined();
  });
  it('accepts every request example, and the page example only as corrected', () => {
    const examples = op().requestBody.content['application/json'].examples;
    expect(Object.keys(examples).length).toBeGreaterThanOrEqual(3);
    for (const example of Object.values<any>(examples)) expect(validate(example.value)).toEqual([]);
    const printed: Body = { ...pageExampleColumn, networkInfo: { internetInfo: { ipWhitelist: ['192.168.x.x/24'] } } };
    expect(validate(printed)).toEqual([{ path: `${whitelistPath}/0`, rule: 'anyOf' }]);
    expect(examples.pageExample.value).toEqual(pageExampleColumn);
  });
});

describe(`${service}: ${operation.join(' ')} answers`, () => {
  const validateResponse = validatorAt(service, '/components/schemas/UpdateInstanceResponse');
  it('answers 200 with the envelope and a boolean data, whose success can be false', () => {
    const examples = op().responses['200'].content['application/json'].examples;
    for (const example of Object.values<any>(examples)) expect(validateResponse(example.value)).toEqual([]);
    expect(examples.updated.value).toEqual({ requestId: 'AA87DE09-DA44-52F4-9515-78B1B607****', success: true, data: true });
    expect(examples.refused.value.success).toBe(false);
    expect(validateResponse({ requestId: 'R', success: true, data: 'yes' })).toEqual([{ path: '/data', rule: 'type' }]);
    expect(validateResponse({ success: true })).toEqual([{ path: '', rule: 'required', property: 'requestId' }]);
  });
  it('documents the error answers of the other operations', () => {
    expect(Object.keys(op().responses).sort()).toEqual(['200', '400', '403', '404', '429', '5XX']);
  });
});
