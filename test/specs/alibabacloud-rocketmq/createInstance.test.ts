// Page 003 (Alibaba Cloud ApsaraMQ for RocketMQ 5.x, CreateInstance, API version 2022-08-01) against the description:
// every row of the request table, every rule the page states, the clientToken query parameter, and the answers.
import { describe, expect, it } from 'vitest';
import { type RuleViolation, bundledSpec, resolve, validatorAt } from '../../support/spec.ts';
import { testPageTables } from '../../support/page-tables.ts';
import {
  service,
  operation,
  validate,
  validateClientToken,
  pageFields,
  pageValueLists,
  fieldSchema,
  type Body,
  validBodies,
  internetPath,
  pageExampleColumn,
  invalidBodies,
} from './createInstance.tables.ts';

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });
  it.each(pageValueLists)('lists the values and default of %s', (field, values, fallback) => {
    const schema = fieldSchema(field);
    expect(schema.enum).toEqual(values);
    expect(schema.default).toEqual(fallback);
  });
  it('marks the deprecated vSwitchId and ipWhitelist', () => {
    expect(fieldSchema('networkInfo.vpcInfo.vSwitchId').deprecated).toBe(true);
    expect(fieldSchema('networkInfo.internetInfo.ipWhitelist').deprecated).toBe(true);
    expect(fieldSchema('networkInfo.vpcInfo.vSwitches').deprecated).toBeUndefined();
  });
  it('treats storageSecretKey as a secret', () => {
    expect(fieldSchema('productInfo.storageSecretKey')).toMatchObject({ writeOnly: true, format: 'password' });
  });
  it('requires the body, whose own row says No while five of its members are required', () => {
    const op = bundledSpec(service).paths['/instances'].post;
    expect(op.requestBody.required).toBe(true);
    expect(op.requestBody.description).toMatch(/optional/);
  });
  it('accepts every request example, and the page example only as corrected', () => {
    const examples = bundledSpec(service).paths['/instances'].post.requestBody.content['application/json'].examples;
    expect(Object.keys(examples).length).toBeGreaterThanOrEqual(3);
    for (const example of Object.values<any>(examples)) expect(validate(example.value)).toEqual([]);
    // The page's Example column as printed, which breaks three of its own rules.
    const printed: Body = {
      ...pageExampleColumn,
      commodityCode: 'ons_ rmqpost_public_cn',
      productInfo: { ...pageExampleColumn.productInfo, traceOn: true },
      networkInfo: {
        ...pageExampleColumn.networkInfo,
        internetInfo: { ...pageExampleColumn.networkInfo.internetInfo, ipWhitelist: ['192.168.x.x/24'] },
      },
    };
    expect(validate(printed).map((v) => v.path)).toEqual(expect.arrayContaining(['/commodityCode', '/productInfo', `${internetPath}/ipWhitelist`]));
    // Corrected: the stray-space, pay-as-you-go code becomes the subscription code; traceOn and ipWhitelist go; nothing else changes.
    expect(examples.pageExample.value).toEqual(pageExampleColumn);
  });
});

describe(`${service}: clientToken`, () => {
  const op = bundledSpec(service).paths['/instances'].post;
  it('travels in the query string and is optional', () => {
    const parameter = resolve(service, op.parameters[0]);
    expect(parameter).toMatchObject({ name: 'clientToken', in: 'query', required: false });
    expect(parameter.schema.type).toBe('string');
  });
  it.each([
    ["the page's example", 'c2c5d1274a8d4317a13bc5b0d4******'],
    ['64 characters', 'a'.repeat(64)],
    ['a UUID', '3f1c9a2e-6b7d-4e0f-9a51-2d8c4b7e6f10'],
    // The page says only "up to 64 ASCII characters": any ASCII character.
    ['an ASCII control character', 'token\t1'],
  ])('accepts %s', (_, token) => {
    expect(validateClientToken(token)).toEqual([]);
  });
  it.each<[string, string, RuleViolation]>([
    // The page sets no lower bound; the project's is 1: an empty token makes no request idempotent.
    ['an empty token', '', { path: '', rule: 'minLength' }],
    ['65 characters', 'a'.repeat(65), { path: '', rule: 'maxLength' }],
    ['non-ASCII characters', 'tökén-1', { path: '', rule: 'pattern' }],
  ])('rejects %s', (_, token, want) => {
    expect(validateClientToken(token)).toEqual([want]);
  });
});

describe(`${service}: answers`, () => {
  const op = bundledSpec(service).paths['/instances'].post;
  const validateResponse = validatorAt(service, '/components/schemas/CreateInstanceResponse');
  const validateError = validatorAt(service, '/components/schemas/AlibabaCloudError');

  it('answers 200 with the envelope, whose success can be false', () => {
    const examples = op.responses['200'].content['application/json'].examples;
    expect(examples.created.value).toEqual({
      requestId: 'AF9A8B10-C426-530F-A0DD-96320B39****',
      success: true,
      data: 'rmq-cn-7e22ody****',
      code: '200',
      message: 'Success',
      httpStatusCode: 200,
      dynamicCode: 'InstanceId',
      dynamicMessage: 'instanceId',
    });
    for (const example of Object.values<any>(examples)) expect(validateResponse(example.value)).toEqual([]);
    expect(examples.refused.value.success).toBe(false);
  });
  it('documents the page response elements with their types', () => {
    const schema = resolve(service, bundledSpec(service).components.schemas.CreateInstanceResponse);
    const types = Object.fromEntries(Object.entries<any>(schema.properties).map(([k, v]) => [k, v.type]));
    expect(types).toEqual({
      requestId: 'string',
      success: 'boolean',
      data: ['string', 'null'],
      code: 'string',
      message: 'string',
      httpStatusCode: 'integer',
      dynamicCode: 'string',
      dynamicMessage: 'string',
    });
  });
  it.each(['400', '403', '404', '429', '5XX'])('answers %s with either error shape', (status) => {
    const response = resolve(service, op.responses[status]);
    expect(resolve(service, response.content['application/json'].schema).anyOf).toHaveLength(2);
    for (const example of Object.values<any>(response.content['application/json'].examples)) expect(validateError(example.value)).toEqual([]);
  });
  it('accepts a service error and a gateway error, and nothing else', () => {
    expect(validateError({ requestId: 'R', success: false, code: 'InvalidParameter', message: 'bad', httpStatusCode: 400 })).toEqual([]);
    expect(validateError({ RequestId: 'R', HostId: 'rocketmq.cn-hangzhou.aliyuncs.com', Code: 'Throttling.User', Message: 'slow down' })).toEqual([]);
    // The branches are $refs, so the harness keeps their errors beside the anyOf one: check for the anyOf only.
    expect(validateError({ success: true, code: '200', message: 'Success' })).toContainEqual({ path: '', rule: 'anyOf' });
    expect(validateError({ error_code: 'DMS.00400009', error_msg: 'x' })).toContainEqual({ path: '', rule: 'anyOf' });
  });
});

describe(`${service}: document`, () => {
  const document = bundledSpec(service);
  it('names the action and the API version', () => {
    expect(document.info['x-cloudmq-api-version']).toBe('2022-08-01');
    expect(document.info['x-cloudmq-service-id']).toBe(service);
    expect(document.paths['/instances'].post).toMatchObject({ operationId: 'createInstance', tags: ['Instances'], 'x-cloudmq-action': 'CreateInstance' });
  });
  it('serves public and VPC endpoints; cn-nanjing has no VPC endpoint', () => {
    const [pub, vpc] = document.servers;
    expect(pub.url).toBe('https://rocketmq.{regionId}.aliyuncs.com');
    expect(vpc.url).toBe('https://rocketmq-vpc.{regionId}.aliyuncs.com');
    expect(pub.variables.regionId.enum).toHaveLength(15);
    expect(pub.variables.regionId.enum).toContain('cn-nanjing');
    expect(vpc.variables.regionId.enum).toEqual(pub.variables.regionId.enum.filter((r: string) => r !== 'cn-nanjing'));
    expect(pub.variables.regionId.default).toBe('cn-hangzhou');
    expect(vpc.variables.regionId.default).toBe('cn-hangzhou');
  });
  it('signs with ACS3-HMAC-SHA256', () => {
    const scheme = document.components.securitySchemes.acs3HmacSha256;
    expect(scheme).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' });
    expect(scheme['x-cloudmq-signing']).toMatchObject({
      algorithm: 'ACS3-HMAC-SHA256',
      dateHeader: 'x-acs-date',
      nonceHeader: 'x-acs-signature-nonce',
      contentHashHeader: 'x-acs-content-sha256',
      credentialsFromEnvironment: {
        accessKeyId: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
        secretAccessKey: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
        securityToken: 'ALIBABA_CLOUD_SECURITY_TOKEN',
      },
    });
    expect(scheme['x-cloudmq-signing'].signedHeaders).toEqual(expect.arrayContaining(['host', 'content-type', 'x-acs-action', 'x-acs-version', 'x-acs-date']));
    expect(document.security).toEqual([{ acs3HmacSha256: [] }]);
  });
});
