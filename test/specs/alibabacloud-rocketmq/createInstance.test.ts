// Page 003 (Alibaba Cloud ApsaraMQ for RocketMQ 5.x, CreateInstance, API version 2022-08-01) against the description:
// every row of the request table, every rule the page states, the clientToken query parameter, and the answers.
import { describe, expect, it } from 'vitest';
import {
  type FieldFacts,
  type RuleViolation,
  bundledSpec,
  parameterValidator,
  requestBodyValidator,
  resolve,
  validatorAt,
} from '../../support/spec.ts';
import { omit, testPageTables } from '../../support/page-tables.ts';

const service = 'alibabacloud-rocketmq';
const operation = ['post', '/instances'] as const;
const validate = requestBodyValidator(service, ...operation);
const validateClientToken = parameterValidator(service, ...operation, 'clientToken');

// The page's request table, every row including nested ones (the "body object No" row is the body itself, tested below).
const pageFields: [string, FieldFacts][] = [
  ['instanceName', { type: 'string', required: false }],
  ['serviceCode', { type: 'string', required: true }],
  ['seriesCode', { type: 'string', required: true }],
  ['subSeriesCode', { type: 'string', required: true }],
  ['paymentType', { type: 'string', required: true }],
  ['period', { type: 'integer', required: false }],
  ['periodUnit', { type: 'string', required: false }],
  ['autoRenew', { type: 'boolean', required: false }],
  ['autoRenewPeriod', { type: 'integer', required: false }],
  ['remark', { type: 'string', required: false }],
  ['productInfo', { type: 'object', required: false }],
  ['productInfo.msgProcessSpec', { type: 'string', required: false }],
  ['productInfo.sendReceiveRatio', { type: 'number', required: false }],
  ['productInfo.autoScaling', { type: 'boolean', required: false }],
  ['productInfo.messageRetentionTime', { type: 'integer', required: false }],
  ['productInfo.storageEncryption', { type: 'boolean', required: false }],
  ['productInfo.storageSecretKey', { type: 'string', required: false }],
  ['productInfo.capacityType', { type: 'string', required: false }],
  ['productInfo.provisionedCapacity', { type: 'integer', required: false }],
  ['productInfo.traceOn', { type: 'boolean', required: false }],
  ['networkInfo', { type: 'object', required: true }],
  ['networkInfo.vpcInfo', { type: 'object', required: true }],
  ['networkInfo.vpcInfo.vpcId', { type: 'string', required: true }],
  ['networkInfo.vpcInfo.vSwitchId', { type: 'string', required: false }],
  ['networkInfo.vpcInfo.securityGroupIds', { type: 'string', required: false }],
  // The page's prose calls vSwitches "a required parameter"; its table says No, and the table wins.
  ['networkInfo.vpcInfo.vSwitches', { type: 'array<object>', required: false }],
  ['networkInfo.vpcInfo.vSwitches[].vSwitchId', { type: 'string', required: false }],
  ['networkInfo.internetInfo', { type: 'object', required: true }],
  ['networkInfo.internetInfo.internetSpec', { type: 'string', required: true }],
  ['networkInfo.internetInfo.flowOutType', { type: 'string', required: true }],
  ['networkInfo.internetInfo.flowOutBandwidth', { type: 'integer', required: false }],
  ['networkInfo.internetInfo.ipWhitelist', { type: 'array<string>', required: false }],
  ['commodityCode', { type: 'string', required: false }],
  ['resourceGroupId', { type: 'string', required: false }],
  ['tags', { type: 'array<object>', required: false }],
  ['tags[].key', { type: 'string', required: false }],
  ['tags[].value', { type: 'string', required: false }],
  ['aclInfo', { type: 'object', required: false }],
  ['aclInfo.defaultVpcAuthFree', { type: 'boolean', required: false }],
];

// What the page lists for each field with a value list or a default: [field, enum, default].
const pageValueLists: [string, unknown[] | undefined, unknown][] = [
  ['serviceCode', ['rmq'], undefined],
  // The prose list (five series) wins over the generated "Valid values" list (standard, ultimate, professional).
  ['seriesCode', ['standard', 'professional', 'ultimate', 'dedicated', 'shared'], undefined],
  ['subSeriesCode', ['cluster_ha', 'single_node', 'serverless'], undefined],
  ['paymentType', ['PayAsYouGo', 'Subscription'], undefined],
  ['periodUnit', ['Month', 'Year'], undefined],
  ['autoRenewPeriod', [1, 2, 3, 6, 12], undefined],
  ['productInfo.sendReceiveRatio', undefined, 0.5],
  ['productInfo.capacityType', ['provisioned', 'onDemand'], undefined],
  ['networkInfo.internetInfo.internetSpec', ['enable', 'disable'], undefined],
  ['networkInfo.internetInfo.flowOutType', ['payByBandwidth', 'payByTraffic', 'uninvolved'], undefined],
  // The page's three international-site codes plus their China-site twins (its own example names one of them).
  [
    'commodityCode',
    [
      'ons_rmqpost_public_intl',
      'ons_rmqsub_public_intl',
      'ons_rmqsrvlesspost_public_intl',
      'ons_rmqpost_public_cn',
      'ons_rmqsub_public_cn',
      'ons_rmqsrvlesspost_public_cn',
    ],
    undefined,
  ],
];

/** The resolved schema of a request-body field (dotted path, `[]` steps into array items). */
function fieldSchema(field: string): any {
  const op = bundledSpec(service).paths[operation[1]][operation[0]];
  let schema = resolve(service, op.requestBody.content['application/json'].schema);
  for (const step of field.split('.')) {
    schema = resolve(service, resolve(service, schema).properties[step.replace(/\[\]$/, '')]);
    if (step.endsWith('[]')) schema = resolve(service, schema.items);
  }
  return schema;
}

type Body = Record<string, any>;


// A minimal body the page accepts: pay-as-you-go Standard Edition cluster, VPC only. Every case below starts from it.
const vpcInfo = { vpcId: 'vpc-bp1k5k2p3r6w8y0a2c4e6' };
const noInternet = { internetSpec: 'disable', flowOutType: 'uninvolved' };
const base: Body = {
  serviceCode: 'rmq',
  seriesCode: 'standard',
  subSeriesCode: 'cluster_ha',
  paymentType: 'PayAsYouGo',
  networkInfo: { vpcInfo, internetInfo: noInternet },
};
const subscription: Body = { ...base, paymentType: 'Subscription' };
const serverless: Body = { ...base, subSeriesCode: 'serverless', commodityCode: 'ons_rmqsrvlesspost_public_intl' };
const withInternet = (internetInfo: Body, body: Body = base): Body => ({ ...body, networkInfo: { vpcInfo, internetInfo } });
const withVpc = (extra: Body): Body => ({ ...base, networkInfo: { vpcInfo: { ...vpcInfo, ...extra }, internetInfo: noInternet } });
const withProduct = (productInfo: Body, body: Body = base): Body => ({ ...body, productInfo });
const bandwidth = { internetSpec: 'enable', flowOutType: 'payByBandwidth', flowOutBandwidth: 20 };

const validBodies: [string, Body][] = [
  ['the minimal body', base],
  ...['standard', 'professional', 'ultimate', 'dedicated', 'shared'].map((s): [string, Body] => [`seriesCode ${s}`, { ...base, seriesCode: s }]),
  ['the single-node testing sub-series', { ...base, subSeriesCode: 'single_node' }],
  ['a serverless instance with the international serverless code', serverless],
  ['a serverless instance with the China-site serverless code', { ...serverless, commodityCode: 'ons_rmqsrvlesspost_public_cn' }],
  ['Platinum Edition as a high-availability cluster', { ...base, seriesCode: 'ultimate', subSeriesCode: 'cluster_ha' }],
  ['a subscription with no term (the page does not require period or periodUnit)', subscription],
  ['a term unit on pay-as-you-go (unlike period, the page does not call periodUnit valid only for subscriptions)', { ...base, periodUnit: 'Month' }],
  ['a storage key with encryption off (the page ties it to no flag)', withProduct({ storageEncryption: false, storageSecretKey: 'xxxxx' })],
  ['a 1-month subscription', { ...subscription, period: 1, periodUnit: 'Month' }],
  ['a 6-month subscription', { ...subscription, period: 6, periodUnit: 'Month' }],
  ['a 1-year subscription', { ...subscription, period: 1, periodUnit: 'Year' }],
  ['a 3-year subscription', { ...subscription, period: 3, periodUnit: 'Year' }],
  ...[1, 2, 3, 6, 12].map((n): [string, Body] => [`auto-renewal every ${n} months`, { ...subscription, autoRenew: true, autoRenewPeriod: n }]),
  ['auto-renewal without a renewal period', { ...subscription, autoRenew: true }],
  ['auto-renewal turned off', { ...subscription, autoRenew: false }],
  ['a subscription with its code (international site)', { ...subscription, commodityCode: 'ons_rmqsub_public_intl' }],
  ['a subscription with its code (China site)', { ...subscription, commodityCode: 'ons_rmqsub_public_cn' }],
  ['pay-as-you-go with its code (international site)', { ...base, commodityCode: 'ons_rmqpost_public_intl' }],
  ['pay-as-you-go with its code (China site, the page example without its stray space)', { ...base, commodityCode: 'ons_rmqpost_public_cn' }],
  ['the lowest send/receive ratio', withProduct({ sendReceiveRatio: 0.05 })],
  ['the highest send/receive ratio', withProduct({ sendReceiveRatio: 0.95 })],
  [
    'a full specification',
    withProduct({
      msgProcessSpec: 'rmq.s2.2xlarge',
      sendReceiveRatio: 0.8,
      autoScaling: true,
      messageRetentionTime: 72,
      storageEncryption: true,
      storageSecretKey: '0c5a7d8e-1f2b-4c3d-9e8f-7a6b5c4d3e2f',
      capacityType: 'provisioned',
      provisionedCapacity: 5000,
    }),
  ],
  ['on-demand capacity', withProduct({ capacityType: 'onDemand' })],
  ['message tracing on a serverless instance', withProduct({ traceOn: true }, serverless)],
  ['message tracing turned off on a serverless instance', withProduct({ traceOn: false }, serverless)],
  ['the smallest public bandwidth', withInternet({ ...bandwidth, flowOutBandwidth: 1 })],
  ['the largest public bandwidth', withInternet({ ...bandwidth, flowOutBandwidth: 1000 })],
  ['public access billed by traffic', withInternet({ internetSpec: 'enable', flowOutType: 'payByTraffic' })],
  ['a bandwidth with public access off (the page example sends 100 with uninvolved)', withInternet({ ...noInternet, flowOutBandwidth: 100 })],
  ['a bandwidth with traffic billing (required only for payByBandwidth, never refused)', withInternet({ internetSpec: 'enable', flowOutType: 'payByTraffic', flowOutBandwidth: 50 })],
  ['a public whitelist of addresses and ranges', withInternet({ ...bandwidth, ipWhitelist: ['203.0.113.7', '10.0.0.0/8', '0.0.0.0/0', '192.168.1.0/32'] })],
  ['the deprecated single vSwitchId', withVpc({ vSwitchId: 'vsw-uf6gwtbn6etadpv1234' })],
  ['the deprecated vSwitchId with several IDs joined by |', withVpc({ vSwitchId: 'vsw-a1|vsw-b2|vsw-c3' })],
  ['two vSwitches and a security group', withVpc({ vSwitches: [{ vSwitchId: 'vsw-a1' }, { vSwitchId: 'vsw-b2' }], securityGroupIds: 'sg-bp17hpmgz96tvnsdy6so' })],
  ['a vSwitch item without its (optional) ID', withVpc({ vSwitches: [{}] })],
  [
    'name, remark, resource group, tags and ACL',
    {
      ...base,
      instanceName: 'orders-prod',
      remark: 'This is the remark for test.',
      resourceGroupId: 'rg-aekzy6pist7uuna',
      tags: [{ key: 'env', value: 'prod' }, { key: 'team' }],
      aclInfo: { defaultVpcAuthFree: true },
    },
  ],
];

const internetPath = '/networkInfo/internetInfo';

// The page's Example column, row by row, less the three values that break its own rules (see the test of the examples).
const pageExampleColumn: Body = {
  instanceName: 'rmq-cn-72u3048uxxx',
  serviceCode: 'rmq',
  seriesCode: 'standard',
  subSeriesCode: 'cluster_ha',
  paymentType: 'Subscription',
  period: 3,
  periodUnit: 'Month',
  autoRenew: true,
  autoRenewPeriod: 3,
  remark: 'This is the remark for test.',
  productInfo: {
    msgProcessSpec: 'rmq.s2.2xlarge',
    sendReceiveRatio: 0.5,
    autoScaling: true,
    messageRetentionTime: 72,
    storageEncryption: false,
    storageSecretKey: 'xxxxx',
    capacityType: 'provisioned',
    provisionedCapacity: 5000,
  },
  networkInfo: {
    vpcInfo: {
      vpcId: 'vpc-wz9qt50xhtj9krb******',
      vSwitchId: 'vsw-uf6gwtbn6etadpv*******',
      securityGroupIds: 'sg-bp17hpmgz96tvnsdy6so',
      vSwitches: [{ vSwitchId: 'vsw-uf6gwtbn6etadpv*******' }],
    },
    internetInfo: { internetSpec: 'disable', flowOutType: 'uninvolved', flowOutBandwidth: 100 },
  },
  commodityCode: 'ons_rmqsub_public_cn',
  resourceGroupId: 'rg-aekzy6pist7uuna',
  tags: [{ key: 'xxxKey', value: 'xxxValue' }],
  aclInfo: { defaultVpcAuthFree: false },
};

// One case per documented rule, each breaking exactly that rule.
const invalidBodies: [string, { given: Body; want: RuleViolation }][] = [
  // required members
  ...['serviceCode', 'seriesCode', 'subSeriesCode', 'paymentType', 'networkInfo'].map((key): [string, { given: Body; want: RuleViolation }] => [
    `no ${key}`,
    { given: omit(base, key), want: { path: '', rule: 'required', property: key } },
  ]),
  ['no vpcInfo', { given: { ...base, networkInfo: { internetInfo: noInternet } }, want: { path: '/networkInfo', rule: 'required', property: 'vpcInfo' } }],
  ['no internetInfo', { given: { ...base, networkInfo: { vpcInfo } }, want: { path: '/networkInfo', rule: 'required', property: 'internetInfo' } }],
  ['no vpcId', { given: { ...base, networkInfo: { vpcInfo: {}, internetInfo: noInternet } }, want: { path: '/networkInfo/vpcInfo', rule: 'required', property: 'vpcId' } }],
  ['no internetSpec', { given: withInternet({ flowOutType: 'uninvolved' }), want: { path: internetPath, rule: 'required', property: 'internetSpec' } }],
  ['no flowOutType', { given: withInternet({ internetSpec: 'disable' }), want: { path: internetPath, rule: 'required', property: 'flowOutType' } }],
  // value lists
  ['a service code other than rmq', { given: { ...base, serviceCode: 'ons' }, want: { path: '/serviceCode', rule: 'enum' } }],
  ['an unknown series', { given: { ...base, seriesCode: 'platinum' }, want: { path: '/seriesCode', rule: 'enum' } }],
  ['an unknown sub-series', { given: { ...base, subSeriesCode: 'cluster' }, want: { path: '/subSeriesCode', rule: 'enum' } }],
  ['an unknown billing method', { given: { ...base, paymentType: 'PostPaid' }, want: { path: '/paymentType', rule: 'enum' } }],
  ['a lower-case period unit', { given: { ...subscription, periodUnit: 'month' }, want: { path: '/periodUnit', rule: 'enum' } }],
  ['a 4-month renewal period', { given: { ...subscription, autoRenew: true, autoRenewPeriod: 4 }, want: { path: '/autoRenewPeriod', rule: 'enum' } }],
  ['a 24-month renewal period', { given: { ...subscription, autoRenew: true, autoRenewPeriod: 24 }, want: { path: '/autoRenewPeriod', rule: 'enum' } }],
  ['an unknown capacity mode', { given: withProduct({ capacityType: 'reserved' }), want: { path: '/productInfo/capacityType', rule: 'enum' } }],
  ['internetSpec "on"', { given: withInternet({ internetSpec: 'on', flowOutType: 'uninvolved' }), want: { path: `${internetPath}/internetSpec`, rule: 'enum' } }],
  ['an unknown public billing method', { given: withInternet({ internetSpec: 'disable', flowOutType: 'payByFlow' }), want: { path: `${internetPath}/flowOutType`, rule: 'enum' } }],
  ["the page example's commodity code with its stray space", { given: { ...base, commodityCode: 'ons_ rmqpost_public_cn' }, want: { path: '/commodityCode', rule: 'enum' } }],
  // ranges
  ['a period of 0', { given: { ...subscription, period: 0, periodUnit: 'Month' }, want: { path: '/period', rule: 'minimum' } }],
  ['a 7-month period', { given: { ...subscription, period: 7, periodUnit: 'Month' }, want: { path: '/period', rule: 'maximum' } }],
  ['a 4-year period', { given: { ...subscription, period: 4, periodUnit: 'Year' }, want: { path: '/period', rule: 'maximum' } }],
  ['a send/receive ratio of 0.04', { given: withProduct({ sendReceiveRatio: 0.04 }), want: { path: '/productInfo/sendReceiveRatio', rule: 'minimum' } }],
  ['a send/receive ratio of 0.96', { given: withProduct({ sendReceiveRatio: 0.96 }), want: { path: '/productInfo/sendReceiveRatio', rule: 'maximum' } }],
  ['a bandwidth of 0 Mbit/s', { given: withInternet({ ...bandwidth, flowOutBandwidth: 0 }), want: { path: `${internetPath}/flowOutBandwidth`, rule: 'minimum' } }],
  ['a bandwidth of 1001 Mbit/s', { given: withInternet({ ...bandwidth, flowOutBandwidth: 1001 }), want: { path: `${internetPath}/flowOutBandwidth`, rule: 'maximum' } }],
  // formats
  ['an empty entry in the |-joined vSwitchId', { given: withVpc({ vSwitchId: 'vsw-a1||vsw-b2' }), want: { path: '/networkInfo/vpcInfo/vSwitchId', rule: 'pattern' } }],
  ["the page example's masked whitelist entry", { given: withInternet({ ...bandwidth, ipWhitelist: ['192.168.x.x/24'] }), want: { path: `${internetPath}/ipWhitelist/0`, rule: 'pattern' } }],
  ['a /33 whitelist range', { given: withInternet({ ...bandwidth, ipWhitelist: ['10.0.0.0/33'] }), want: { path: `${internetPath}/ipWhitelist/0`, rule: 'pattern' } }],
  // conditional rules
  ['Platinum Edition as a single node', { given: { ...base, seriesCode: 'ultimate', subSeriesCode: 'single_node' }, want: { path: '/subSeriesCode', rule: 'not' } }],
  ['Platinum Edition as serverless', { given: { ...serverless, seriesCode: 'ultimate' }, want: { path: '/subSeriesCode', rule: 'not' } }],
  ['a term on pay-as-you-go', { given: { ...base, period: 3 }, want: { path: '/period', rule: 'not' } }],
  ['auto-renewal on pay-as-you-go', { given: { ...base, autoRenew: false }, want: { path: '/autoRenew', rule: 'not' } }],
  ['a renewal period on pay-as-you-go', { given: { ...base, autoRenewPeriod: 3 }, want: { path: '/autoRenewPeriod', rule: 'not' } }],
  ['a renewal period without autoRenew', { given: { ...subscription, autoRenewPeriod: 3 }, want: { path: '/autoRenewPeriod', rule: 'not' } }],
  ['a renewal period with autoRenew false', { given: { ...subscription, autoRenew: false, autoRenewPeriod: 3 }, want: { path: '/autoRenewPeriod', rule: 'not' } }],
  ['message tracing on a cluster', { given: withProduct({ traceOn: true }), want: { path: '/productInfo', rule: 'not' } }],
  ['message tracing on a single node', { given: withProduct({ traceOn: false }, { ...base, subSeriesCode: 'single_node' }), want: { path: '/productInfo', rule: 'not' } }],
  ['a serverless instance without a commodity code', { given: omit(serverless, 'commodityCode'), want: { path: '', rule: 'required', property: 'commodityCode' } }],
  ['a serverless instance with the pay-as-you-go code', { given: { ...serverless, commodityCode: 'ons_rmqpost_public_intl' }, want: { path: '/commodityCode', rule: 'not' } }],
  ['a subscription with the pay-as-you-go code (the page example)', { given: { ...subscription, commodityCode: 'ons_rmqpost_public_cn' }, want: { path: '/commodityCode', rule: 'not' } }],
  ['a subscription with the serverless code', { given: { ...subscription, commodityCode: 'ons_rmqsrvlesspost_public_intl' }, want: { path: '/commodityCode', rule: 'not' } }],
  ['pay-as-you-go with the subscription code', { given: { ...base, commodityCode: 'ons_rmqsub_public_cn' }, want: { path: '/commodityCode', rule: 'not' } }],
  ['bandwidth billing without a bandwidth', { given: withInternet({ internetSpec: 'enable', flowOutType: 'payByBandwidth' }), want: { path: internetPath, rule: 'required', property: 'flowOutBandwidth' } }],
  ['public access disabled but billed by traffic', { given: withInternet({ internetSpec: 'disable', flowOutType: 'payByTraffic' }), want: { path: `${internetPath}/flowOutType`, rule: 'not' } }],
  ['public access disabled but billed by bandwidth', { given: withInternet({ internetSpec: 'disable', flowOutType: 'payByBandwidth', flowOutBandwidth: 5 }), want: { path: `${internetPath}/flowOutType`, rule: 'not' } }],
  ['a whitelist without public access (the page example)', { given: withInternet({ ...noInternet, ipWhitelist: ['203.0.113.0/24'] }), want: { path: `${internetPath}/ipWhitelist`, rule: 'not' } }],
  ['public access enabled but uninvolved in billing', { given: withInternet({ internetSpec: 'enable', flowOutType: 'uninvolved' }), want: { path: `${internetPath}/flowOutType`, rule: 'not' } }],
  // unknown members, at every level
  ['a snake_case instance_name', { given: { ...base, instance_name: 'x' }, want: { path: '', rule: 'unevaluatedProperties', property: 'instance_name' } }],
  ['chargeType, not on the page', { given: withProduct({ chargeType: 'x' }), want: { path: '/productInfo', rule: 'additionalProperties', property: 'chargeType' } }],
  ['an unknown networkInfo member', { given: { ...base, networkInfo: { vpcInfo, internetInfo: noInternet, zoneId: 'x' } }, want: { path: '/networkInfo', rule: 'additionalProperties', property: 'zoneId' } }],
  ['vSwitchIds instead of vSwitches', { given: withVpc({ vSwitchIds: ['vsw-a1'] }), want: { path: '/networkInfo/vpcInfo', rule: 'additionalProperties', property: 'vSwitchIds' } }],
  ['an unknown vSwitch member', { given: withVpc({ vSwitches: [{ vSwitchId: 'vsw-a1', zoneId: 'cn-hangzhou-k' }] }), want: { path: '/networkInfo/vpcInfo/vSwitches/0', rule: 'additionalProperties', property: 'zoneId' } }],
  ['an unknown internetInfo member', { given: withInternet({ ...noInternet, bandwidth: 5 }), want: { path: internetPath, rule: 'additionalProperties', property: 'bandwidth' } }],
  ['a capitalised tag Key', { given: { ...base, tags: [{ Key: 'env' }] }, want: { path: '/tags/0', rule: 'additionalProperties', property: 'Key' } }],
  ['aclTypes, not on the page', { given: { ...base, aclInfo: { aclTypes: ['default'] } }, want: { path: '/aclInfo', rule: 'additionalProperties', property: 'aclTypes' } }],
  // wrong types
  ['a period given as a string', { given: { ...subscription, period: '3' }, want: { path: '/period', rule: 'type' } }],
  ['a fractional period', { given: { ...subscription, period: 1.5 }, want: { path: '/period', rule: 'type' } }],
  ['autoRenew given as a string', { given: { ...subscription, autoRenew: 'true' }, want: { path: '/autoRenew', rule: 'type' } }],
  ['a ratio given as a string', { given: withProduct({ sendReceiveRatio: '0.5' }), want: { path: '/productInfo/sendReceiveRatio', rule: 'type' } }],
  ['a fractional bandwidth', { given: withInternet({ ...bandwidth, flowOutBandwidth: 10.5 }), want: { path: `${internetPath}/flowOutBandwidth`, rule: 'type' } }],
  ['networkInfo given as a string', { given: { ...base, networkInfo: 'vpc' }, want: { path: '/networkInfo', rule: 'type' } }],
  ['securityGroupIds given as a list', { given: withVpc({ securityGroupIds: ['sg-1'] }), want: { path: '/networkInfo/vpcInfo/securityGroupIds', rule: 'type' } }],
  ['a whitelist given as a string', { given: withInternet({ ...bandwidth, ipWhitelist: '10.0.0.0/8' }), want: { path: `${internetPath}/ipWhitelist`, rule: 'type' } }],
  ['tags given as an object', { given: { ...base, tags: { env: 'prod' } }, want: { path: '/tags', rule: 'type' } }],
];

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
    expect(validate(printed).map((v) => v.path)).toEqual(
      expect.arrayContaining(['/commodityCode', '/productInfo', `${internetPath}/ipWhitelist`]),
    );
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
    // The page says only "up to 64 ASCII characters": no lower bound, any ASCII character.
    ['an empty token', ''],
    ['an ASCII control character', 'token\t1'],
  ])('accepts %s', (_, token) => {
    expect(validateClientToken(token)).toEqual([]);
  });
  it.each<[string, string, RuleViolation]>([
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
