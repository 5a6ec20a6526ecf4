// The operations of API version 2022-08-01 whose input is all in the path and query string (no body):
// ChangeResourceGroup, TagResources, UntagResources, ListTagResources, DeleteInstanceIpWhitelist,
// ListInstanceIpWhitelist and GetInstanceIpWhitelist. Their parameters as the pages and the IDL state them.
import { describe, expect, it } from 'vitest';
import { bundledSpec, type HttpMethod, parameterValidator, resolve } from '../../support/spec.ts';

const service = 'alibabacloud-rocketmq';
const document = bundledSpec(service);
const parametersOf = (method: HttpMethod, path: string) => document.paths[path][method].parameters.map((p: object) => resolve(service, p));
/** name → [in, required] of an operation's parameters. */
const placesOf = (method: HttpMethod, path: string) => Object.fromEntries(parametersOf(method, path).map((p: any) => [p.name, [p.in, p.required === true]]));

const OPERATIONS: [HttpMethod, string, string, string, string][] = [
  ['post', '/resourceGroup/change', 'changeResourceGroup', 'ChangeResourceGroup', 'Resource groups'],
  ['post', '/resourceTag/create', 'tagResources', 'TagResources', 'Tags'],
  ['delete', '/resourceTag/delete', 'untagResources', 'UntagResources', 'Tags'],
  ['get', '/resourceTag/list', 'listTagResources', 'ListTagResources', 'Tags'],
  ['delete', '/instances/{instanceId}/ip/whitelist', 'deleteInstanceIpWhitelist', 'DeleteInstanceIpWhitelist', 'IP whitelists'],
  ['get', '/instances/{instanceId}/ip/whitelist', 'listInstanceIpWhitelist', 'ListInstanceIpWhitelist', 'IP whitelists'],
  ['get', '/instances/{instanceId}/ip/whitelists', 'getInstanceIpWhitelist', 'GetInstanceIpWhitelist', 'IP whitelists'],
];

describe.each(OPERATIONS)(`${service}: %s %s`, (method, path, operationId, action, tag) => {
  const op = document.paths[path][method];
  it(`is ${operationId} (${action}), tagged ${tag}, without a body, not deprecated`, () => {
    expect(op).toMatchObject({ operationId, 'x-cloudmq-action': action, tags: [tag] });
    expect(op.requestBody).toBeUndefined();
    expect(op.deprecated).toBeUndefined();
  });
  it('documents 200 and the error answers of the other operations', () => {
    expect(Object.keys(op.responses).sort()).toEqual(['200', '400', '403', '404', '429', '5XX']);
  });
});

describe(`${service}: resource groups and tags`, () => {
  it('places every parameter in the query, required as the IDL says', () => {
    expect(placesOf('post', '/resourceGroup/change')).toEqual({
      resourceId: ['query', true],
      regionId: ['query', true],
      resourceType: ['query', true],
      resourceGroupId: ['query', true],
    });
    expect(placesOf('post', '/resourceTag/create')).toEqual({ regionId: ['query', true], resourceType: ['query', true], resourceId: ['query', true], tag: ['query', true] });
    expect(placesOf('delete', '/resourceTag/delete')).toEqual({
      regionId: ['query', true],
      resourceType: ['query', true],
      resourceId: ['query', true],
      tagKey: ['query', false],
      all: ['query', false],
    });
    expect(placesOf('get', '/resourceTag/list')).toEqual({
      regionId: ['query', true],
      resourceType: ['query', true],
      resourceId: ['query', false],
      tag: ['query', false],
      resourceGroupId: ['query', false],
      nextToken: ['query', false],
    });
  });

  it.each(['post /resourceGroup/change', 'post /resourceTag/create', 'delete /resourceTag/delete', 'get /resourceTag/list'])('%s takes resourceType instance only', (route) => {
    const [method, path] = route.split(' ') as [HttpMethod, string];
    const resourceType = parameterValidator(service, method, path, 'resourceType');
    expect(resourceType('instance')).toEqual([]);
    expect(resourceType('INSTANCE')).toEqual([{ path: '', rule: 'enum' }]);
    expect(resourceType('topic')).toEqual([{ path: '', rule: 'enum' }]);
  });

  const jsonLists: [HttpMethod, string, string][] = [
    ['post', '/resourceTag/create', 'resourceId'],
    ['post', '/resourceTag/create', 'tag'],
    ['delete', '/resourceTag/delete', 'resourceId'],
    ['delete', '/resourceTag/delete', 'tagKey'],
    ['get', '/resourceTag/list', 'resourceId'],
    ['get', '/resourceTag/list', 'tag'],
  ];
  it.each(jsonLists)('%s %s: %s is JSON text holding an array, one string parameter', (method, path, name) => {
    const parameter = parametersOf(method, path).find((p: any) => p.name === name);
    expect(parameter.schema).toMatchObject({ type: 'string', contentMediaType: 'application/json', contentSchema: { type: 'array' } });
    expect(parameter.style).toBeUndefined();
    const validate = parameterValidator(service, method, path, name);
    expect(validate('["rmq-cn-pe3355cs707"]')).toEqual([]);
    expect(validate('[{"key": "rmq-test", "value": "test"}]')).toEqual([]);
    expect(validate(' [ "a", "b" ] ')).toEqual([]);
    // The IDL's example for TagResources and UntagResources, a bare ID, is not the "JSON format" its text asks for.
    expect(validate('rmq-cn-pe3355cs707')).toEqual([{ path: '', rule: 'pattern' }]);
    expect(validate('{"key": "env"}')).toEqual([{ path: '', rule: 'pattern' }]);
  });

  it('pages ListTagResources with nextToken only (no page size)', () => {
    const names = parametersOf('get', '/resourceTag/list').map((p: any) => p.name);
    expect(names).toContain('nextToken');
    expect(names).not.toContain('maxResults');
    // data.nextToken is a paging position the caller reads, not a secret: declared, readable, not writeOnly.
    const data = resolve(service, document.components.schemas.ListTagResourcesData);
    expect(Object.keys(data.properties)).toEqual(['requestId', 'tagResources', 'nextToken']);
    expect(data.properties.nextToken).toMatchObject({ type: 'string' });
    expect(data.properties.nextToken.writeOnly).toBeUndefined();
  });
});

describe(`${service}: IP whitelists`, () => {
  it('sends the ipWhitelists arrays as one comma-joined value, as the SDK\'s "simple" style does', () => {
    for (const path of ['/instances/{instanceId}/ip/whitelist', '/instances/{instanceId}/ip/whitelists']) {
      const method: HttpMethod = path.endsWith('s') ? 'get' : 'delete';
      const parameter = parametersOf(method, path).find((p: any) => p.name === 'ipWhitelists');
      expect(parameter).toMatchObject({ in: 'query', required: false, style: 'form', explode: false, schema: { type: 'array' } });
    }
  });
  it("marks DeleteInstanceIpWhitelist's single ipWhitelist deprecated, naming its replacement", () => {
    const single = parametersOf('delete', '/instances/{instanceId}/ip/whitelist').find((p: any) => p.name === 'ipWhitelist');
    expect(single).toMatchObject({ in: 'query', required: false, deprecated: true });
    expect(single.description).toMatch(/^Deprecated: use `ipWhitelists` instead\./);
  });
  it('refuses whitelist entries that are not addresses or CIDR blocks', () => {
    const entries = parameterValidator(service, 'delete', '/instances/{instanceId}/ip/whitelist', 'ipWhitelists');
    expect(entries(['0.0.0.0/0', '192.168.10.21', '2001:db8::/32'])).toEqual([]);
    expect(entries(['192.168.x.x/24'])).toEqual([{ path: '/0', rule: 'anyOf' }]);
    const single = parameterValidator(service, 'delete', '/instances/{instanceId}/ip/whitelist', 'ipWhitelist');
    expect(single('10.0.0.0/24')).toEqual([]);
    expect(single('10.0.0.0/33')).toEqual([{ path: '', rule: 'anyOf' }]);
  });
  it('pages ListInstanceIpWhitelist within the IDL ranges', () => {
    const pageNumber = parameterValidator(service, 'get', '/instances/{instanceId}/ip/whitelist', 'pageNumber');
    const pageSize = parameterValidator(service, 'get', '/instances/{instanceId}/ip/whitelist', 'pageSize');
    expect(pageNumber(1)).toEqual([]);
    expect(pageNumber(100000000)).toEqual([]);
    expect(pageNumber(0)).toEqual([{ path: '', rule: 'minimum' }]);
    expect(pageNumber(100000001)).toEqual([{ path: '', rule: 'maximum' }]);
    expect(pageSize(10)).toEqual([]);
    expect(pageSize(10000)).toEqual([]);
    expect(pageSize(9)).toEqual([{ path: '', rule: 'minimum' }]);
    expect(pageSize(10001)).toEqual([{ path: '', rule: 'maximum' }]);
    expect(pageSize(10.5)).toEqual([{ path: '', rule: 'type' }]);
  });
});
