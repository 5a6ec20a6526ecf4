// The tables of Page 003 (Alibaba Cloud ApsaraMQ for RocketMQ 5.x, CreateInstance, API version 2022-08-01) against the description:
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import { type FieldFacts, type RuleViolation, bundledSpec, parameterValidator, requestBodyValidator, resolve } from '../../support/spec.ts';
import { omit } from '../../support/page-tables.ts';

export const service = 'alibabacloud-rocketmq';
export const operation = ['post', '/instances'] as const;
export const validate = requestBodyValidator(service, ...operation);
export const validateClientToken = parameterValidator(service, ...operation, 'clientToken');

// The page's request table, every row including nested ones (the "body object No" row is the body itself, tested below).
export const pageFields: [string, FieldFacts][] = [
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
export const pageValueLists: [string, unknown[] | undefined, unknown][] = [
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
    ['ons_rmqpost_public_intl', 'ons_rmqsub_public_intl', 'ons_rmqsrvlesspost_public_intl', 'ons_rmqpost_public_cn', 'ons_rmqsub_public_cn', 'ons_rmqsrvlesspost_public_cn'],
    undefined,
  ],
];

/** The resolved schema of a request-body field (dotted path, `[]` steps into array items). */
export function fieldSchema(field: string): any {
  const op = bundledSpec(service).paths[operation[1]][operation[0]];
  let schema = resolve(service, op.requestBody.content['application/json'].schema);
  for (const step of field.split('.')) {
    schema = resolve(service, resolve(service, schema).properties[step.replace(/\[\]$/, '')]);
    if (step.endsWith('[]')) schema = resolve(service, schema.items);
  }
  return schema;
}

export type Body = Record<string, any>;

// A minimal body the page accepts: pay-as-you-go Standard Edition cluster, VPC only. Every case below starts from it.
export const vpcInfo = { vpcId: 'vpc-bp1k5k2p3r6w8y0a2c4e6' };
export const noInternet = { internetSpec: 'disable', flowOutType: 'uninvolved' };
export const base: Body = {
  serviceCode: 'rmq',
  seriesCode: 'standard',
  subSeriesCode: 'cluster_ha',
  paymentType: 'PayAsYouGo',
  networkInfo: { vpcInfo, internetInfo: noInternet },
};
export const subscription: Body = { ...base, paymentType: 'Subscription' };
export const serverless: Body = { ...base, subSeriesCode: 'serverless', commodityCode: 'ons_rmqsrvlesspost_public_intl' };
export const withInternet = (internetInfo: Body, body: Body = base): Body => ({ ...body, networkInfo: { vpcInfo, internetInfo } });
export const withVpc = (extra: Body): Body => ({ ...base, networkInfo: { vpcInfo: { ...vpcInfo, ...extra }, internetInfo: noInternet } });
export const withProduct = (productInfo: Body, body: Body = base): Body => ({ ...body, productInfo });
export const bandwidth = { internetSpec: 'enable', flowOutType: 'payByBandwidth', flowOutBandwidth: 20 };

export const validBodies: [string, Body][] = [
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
  // No source limits the whitelist to IPv4 (issue 13).
  ['a public whitelist of IPv6 addresses and ranges', withInternet({ ...bandwidth, ipWhitelist: ['2001:db8::/32', '::1', 'fe80::1ff:fe23:4567:890a', '2001:0db8:85a3:0000:0000:8a2e:0370:7334/128'] })],
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

export const internetPath = '/networkInfo/internetInfo';

// The page's Example column, row by row, less the three values that break its own rules (see the test of the examples).
export const pageExampleColumn: Body = {
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
export const invalidBodies: [string, { given: Body; want: RuleViolation }][] = [
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
  ["the page example's masked whitelist entry", { given: withInternet({ ...bandwidth, ipWhitelist: ['192.168.x.x/24'] }), want: { path: `${internetPath}/ipWhitelist/0`, rule: 'anyOf' } }],
  ['a /33 whitelist range', { given: withInternet({ ...bandwidth, ipWhitelist: ['10.0.0.0/33'] }), want: { path: `${internetPath}/ipWhitelist/0`, rule: 'anyOf' } }],
  ['a /129 IPv6 whitelist range', { given: withInternet({ ...bandwidth, ipWhitelist: ['2001:db8::/129'] }), want: { path: `${internetPath}/ipWhitelist/0`, rule: 'anyOf' } }],
  ['a whitelist entry that is a host name', { given: withInternet({ ...bandwidth, ipWhitelist: ['example.com'] }), want: { path: `${internetPath}/ipWhitelist/0`, rule: 'anyOf' } }],
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
  [
    'bandwidth billing without a bandwidth',
    { given: withInternet({ internetSpec: 'enable', flowOutType: 'payByBandwidth' }), want: { path: internetPath, rule: 'required', property: 'flowOutBandwidth' } },
  ],
  ['public access disabled but billed by traffic', { given: withInternet({ internetSpec: 'disable', flowOutType: 'payByTraffic' }), want: { path: `${internetPath}/flowOutType`, rule: 'not' } }],
  [
    'public access disabled but billed by bandwidth',
    { given: withInternet({ internetSpec: 'disable', flowOutType: 'payByBandwidth', flowOutBandwidth: 5 }), want: { path: `${internetPath}/flowOutType`, rule: 'not' } },
  ],
  ['a whitelist without public access (the page example)', { given: withInternet({ ...noInternet, ipWhitelist: ['203.0.113.0/24'] }), want: { path: `${internetPath}/ipWhitelist`, rule: 'not' } }],
  ['public access enabled but uninvolved in billing', { given: withInternet({ internetSpec: 'enable', flowOutType: 'uninvolved' }), want: { path: `${internetPath}/flowOutType`, rule: 'not' } }],
  // unknown members, at every level
  ['a snake_case instance_name', { given: { ...base, instance_name: 'x' }, want: { path: '', rule: 'unevaluatedProperties', property: 'instance_name' } }],
  ['chargeType, not on the page', { given: withProduct({ chargeType: 'x' }), want: { path: '/productInfo', rule: 'additionalProperties', property: 'chargeType' } }],
  [
    'an unknown networkInfo member',
    { given: { ...base, networkInfo: { vpcInfo, internetInfo: noInternet, zoneId: 'x' } }, want: { path: '/networkInfo', rule: 'additionalProperties', property: 'zoneId' } },
  ],
  ['vSwitchIds instead of vSwitches', { given: withVpc({ vSwitchIds: ['vsw-a1'] }), want: { path: '/networkInfo/vpcInfo', rule: 'additionalProperties', property: 'vSwitchIds' } }],
  [
    'an unknown vSwitch member',
    { given: withVpc({ vSwitches: [{ vSwitchId: 'vsw-a1', zoneId: 'cn-hangzhou-k' }] }), want: { path: '/networkInfo/vpcInfo/vSwitches/0', rule: 'additionalProperties', property: 'zoneId' } },
  ],
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
