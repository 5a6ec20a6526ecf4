// The tables of UpdateInstance (Alibaba Cloud ApsaraMQ for RocketMQ 5.x, API version 2022-08-01, PATCH /instances/{instanceId})
// against the description. Shared by the spec tests (beside this file) and the client tests (test/clients/).
// Page: "UpdateInstance - 更新实例", https://help.aliyun.com/zh/apsaramq-for-rocketmq/cloud-message-queue-rocketmq-5-x-series/developer-reference/api-rocketmq-2022-08-01-updateinstance
import { type FieldFacts, type RuleViolation, requestBodyValidator } from '../../support/spec.ts';

export const service = 'alibabacloud-rocketmq';
export const operation = ['patch', '/instances/{instanceId}'] as const;
export const validate = requestBodyValidator(service, ...operation);

// The page's request table, every row including nested ones (the "body object No" row is the body itself, tested beside),
// plus aclInfo, which the IDL (newer) has and the page's table does not.
export const pageFields: [string, FieldFacts][] = [
  ['instanceName', { type: 'string', required: false }],
  ['remark', { type: 'string', required: false }],
  ['networkInfo', { type: 'object', required: false }],
  ['networkInfo.internetInfo', { type: 'object', required: false }],
  ['networkInfo.internetInfo.ipWhitelist', { type: 'array<string>', required: false }],
  ['productInfo', { type: 'object', required: false }],
  // "float" on the Simplified Chinese page, "number" on the Traditional Chinese one.
  ['productInfo.sendReceiveRatio', { type: 'number', required: false }],
  ['productInfo.autoScaling', { type: 'boolean', required: false }],
  ['productInfo.messageRetentionTime', { type: 'integer', required: false }],
  ['productInfo.traceOn', { type: 'boolean', required: false }],
  // IDL only (UpdateInstanceRequest.aclInfo).
  ['aclInfo', { type: 'object', required: false }],
  ['aclInfo.aclTypes', { type: 'array<string>', required: false }],
  ['aclInfo.defaultVpcAuthFree', { type: 'boolean', required: false }],
];

export type Body = Record<string, any>;

// A minimal change: a new name. Every case below starts from it or from one member.
export const base: Body = { instanceName: 'orders-prod' };
export const withProduct = (productInfo: Body): Body => ({ productInfo });
export const withWhitelist = (ipWhitelist: unknown): Body => ({ networkInfo: { internetInfo: { ipWhitelist } } });
export const withAcl = (aclInfo: Body): Body => ({ aclInfo });
export const whitelistPath = '/networkInfo/internetInfo/ipWhitelist';

// The page's Example column, row by row, with the masked whitelist entry unmasked (see the test of the examples).
export const pageExampleColumn: Body = {
  instanceName: 'test_instance',
  remark: 'This is the remark for test.',
  networkInfo: { internetInfo: { ipWhitelist: ['192.168.0.0/24'] } },
  productInfo: { sendReceiveRatio: 0.5, autoScaling: true, messageRetentionTime: 72, traceOn: true },
};

export const validBodies: [string, Body][] = [
  ['a new name', base],
  ['an empty body (every member is optional)', {}],
  ['a new remark', { remark: 'Order events of the checkout service.' }],
  ["the page's Example column, its whitelist entry unmasked", pageExampleColumn],
  ['the lowest send/receive ratio', withProduct({ sendReceiveRatio: 0.25 })],
  ['the highest send/receive ratio', withProduct({ sendReceiveRatio: 1 })],
  ['burst scaling turned off', withProduct({ autoScaling: false })],
  ['a five-day retention', withProduct({ messageRetentionTime: 120 })],
  // The page calls traceOn effective for serverless instances only; the body does not say which the instance is.
  ['tracing turned off', withProduct({ traceOn: false })],
  ['a whitelist of addresses and ranges', withWhitelist(['203.0.113.7', '10.0.0.0/8', '0.0.0.0/0', '192.168.1.0/32'])],
  ['a whitelist of IPv6 addresses and ranges', withWhitelist(['2001:db8::/32', '::1', 'fe80::1ff:fe23:4567:890a'])],
  ['an empty whitelist', withWhitelist([])],
  ['an empty internetInfo', { networkInfo: { internetInfo: {} } }],
  ['both authentication types', withAcl({ aclTypes: ['default', 'apache_acl'] })],
  ['password-free access inside the VPC', withAcl({ defaultVpcAuthFree: true })],
  [
    'every member at once',
    {
      instanceName: 'orders-prod-2024',
      remark: 'Moved to the 2024 cluster.',
      networkInfo: { internetInfo: { ipWhitelist: ['203.0.113.0/24'] } },
      productInfo: { sendReceiveRatio: 0.8, autoScaling: false, messageRetentionTime: 96, traceOn: true },
      aclInfo: { aclTypes: ['default'], defaultVpcAuthFree: false },
    },
  ],
];

// One case per documented rule, each breaking exactly that rule.
export const invalidBodies: [string, { given: Body; want: RuleViolation }][] = [
  // ranges (page and IDL: 0.25 to 1)
  ['a send/receive ratio of 0.24', { given: withProduct({ sendReceiveRatio: 0.24 }), want: { path: '/productInfo/sendReceiveRatio', rule: 'minimum' } }],
  ["CreateInstance's lowest ratio, 0.05", { given: withProduct({ sendReceiveRatio: 0.05 }), want: { path: '/productInfo/sendReceiveRatio', rule: 'minimum' } }],
  ['a send/receive ratio of 1.01', { given: withProduct({ sendReceiveRatio: 1.01 }), want: { path: '/productInfo/sendReceiveRatio', rule: 'maximum' } }],
  // value lists
  ['an unknown authentication type', { given: withAcl({ aclTypes: ['ram'] }), want: { path: '/aclInfo/aclTypes/0', rule: 'enum' } }],
  ['an upper-case authentication type', { given: withAcl({ aclTypes: ['default', 'APACHE_ACL'] }), want: { path: '/aclInfo/aclTypes/1', rule: 'enum' } }],
  // formats
  ["the page example's masked whitelist entry", { given: withWhitelist(['192.168.x.x/24']), want: { path: `${whitelistPath}/0`, rule: 'anyOf' } }],
  ['a /33 whitelist range', { given: withWhitelist(['10.0.0.0/33']), want: { path: `${whitelistPath}/0`, rule: 'anyOf' } }],
  ['a whitelist entry that is a host name', { given: withWhitelist(['10.0.0.1', 'example.com']), want: { path: `${whitelistPath}/1`, rule: 'anyOf' } }],
  // unknown members, at every level
  [
    'the computing specification, which this operation does not change',
    { given: withProduct({ msgProcessSpec: 'rmq.s2.4xlarge' }), want: { path: '/productInfo', rule: 'additionalProperties', property: 'msgProcessSpec' } },
  ],
  ['a snake_case instance_name', { given: { instance_name: 'x' }, want: { path: '', rule: 'unevaluatedProperties', property: 'instance_name' } }],
  ['the series, which cannot change here', { given: { seriesCode: 'professional' }, want: { path: '', rule: 'unevaluatedProperties', property: 'seriesCode' } }],
  ['a VPC change', { given: { networkInfo: { vpcInfo: { vpcId: 'vpc-1' } } }, want: { path: '/networkInfo', rule: 'additionalProperties', property: 'vpcInfo' } }],
  [
    'public access switched on here',
    { given: { networkInfo: { internetInfo: { internetSpec: 'enable' } } }, want: { path: '/networkInfo/internetInfo', rule: 'additionalProperties', property: 'internetSpec' } },
  ],
  ['the deprecated singular aclType', { given: withAcl({ aclType: 'default' }), want: { path: '/aclInfo', rule: 'additionalProperties', property: 'aclType' } }],
  // wrong types
  ['a name given as a number', { given: { instanceName: 42 }, want: { path: '/instanceName', rule: 'type' } }],
  ['a remark given as a list', { given: { remark: ['a'] }, want: { path: '/remark', rule: 'type' } }],
  ['a ratio given as a string', { given: withProduct({ sendReceiveRatio: '0.5' }), want: { path: '/productInfo/sendReceiveRatio', rule: 'type' } }],
  ['autoScaling given as a string', { given: withProduct({ autoScaling: 'true' }), want: { path: '/productInfo/autoScaling', rule: 'type' } }],
  ['a fractional retention', { given: withProduct({ messageRetentionTime: 72.5 }), want: { path: '/productInfo/messageRetentionTime', rule: 'type' } }],
  ['traceOn given as a number', { given: withProduct({ traceOn: 1 }), want: { path: '/productInfo/traceOn', rule: 'type' } }],
  ['a whitelist given as a string', { given: withWhitelist('10.0.0.0/8'), want: { path: whitelistPath, rule: 'type' } }],
  ['a whitelist entry given as a number', { given: withWhitelist([10]), want: { path: `${whitelistPath}/0`, rule: 'type' } }],
  ['authentication types given as a string', { given: withAcl({ aclTypes: 'default' }), want: { path: '/aclInfo/aclTypes', rule: 'type' } }],
  ['defaultVpcAuthFree given as a string', { given: withAcl({ defaultVpcAuthFree: 'false' }), want: { path: '/aclInfo/defaultVpcAuthFree', rule: 'type' } }],
  ['productInfo given as a string', { given: { productInfo: 'rmq.s2.2xlarge' }, want: { path: '/productInfo', rule: 'type' } }],
];
