// The tables of CreateInstanceIpWhitelist (Alibaba Cloud ApsaraMQ for RocketMQ 5.x, API version 2022-08-01,
// POST /instances/{instanceId}/ip/whitelist) against the description. Shared by the spec tests (beside this file)
// and the client tests (test/clients/).
// Page: "CreateInstanceIpWhitelist - 创建IP白名单", https://help.aliyun.com/zh/apsaramq-for-rocketmq/cloud-message-queue-rocketmq-5-x-series/developer-reference/api-rocketmq-2022-08-01-createinstanceipwhitelist
import { type FieldFacts, type RuleViolation, requestBodyValidator } from '../../support/spec.ts';
import { missingFieldBodies } from '../../support/page-tables.ts';

export const service = 'alibabacloud-rocketmq';
export const operation = ['post', '/instances/{instanceId}/ip/whitelist'] as const;
export const validate = requestBodyValidator(service, ...operation);

// The page's request table (the "body object" row is the body itself, tested beside).
export const pageFields: [string, FieldFacts][] = [['ipWhitelists', { type: 'array<string>', required: true }]];

export type Body = Record<string, any>;

export const base: Body = { ipWhitelists: ['10.0.0.0/24'] };
const entriesPath = '/ipWhitelists';

export const validBodies: [string, Body][] = [
  ['one CIDR block', base],
  ["the page's example, every address", { ipWhitelists: ['0.0.0.0/0'] }],
  ['a single public address', { ipWhitelists: ['203.0.113.1'] }],
  ['a single internal address', { ipWhitelists: ['192.168.1.100'] }],
  ['several entries', { ipWhitelists: ['203.0.113.0/24', '198.51.100.0/25', '192.168.10.21', '10.0.0.0/8'] }],
  // No source limits a whitelist to IPv4 (issue 13).
  ['IPv6 entries', { ipWhitelists: ['2001:db8::/32', 'fe80::1ff:fe23:4567:890a'] }],
];

// One case per documented rule, each breaking exactly that rule.
export const invalidBodies: [string, { given: Body; want: RuleViolation }][] = [
  ...missingFieldBodies(pageFields, base),
  // formats
  ['the masked entry 192.168.x.x/24', { given: { ipWhitelists: ['192.168.x.x/24'] }, want: { path: `${entriesPath}/0`, rule: 'anyOf' } }],
  ['a /33 range', { given: { ipWhitelists: ['10.0.0.0/8', '10.0.0.0/33'] }, want: { path: `${entriesPath}/1`, rule: 'anyOf' } }],
  ['an address with a 256 octet', { given: { ipWhitelists: ['10.0.0.256'] }, want: { path: `${entriesPath}/0`, rule: 'anyOf' } }],
  ['a host name', { given: { ipWhitelists: ['mq.example.com'] }, want: { path: `${entriesPath}/0`, rule: 'anyOf' } }],
  ['entries joined with a comma in one string', { given: { ipWhitelists: ['10.0.0.0/24,10.0.1.0/24'] }, want: { path: `${entriesPath}/0`, rule: 'anyOf' } }],
  // unknown members
  ['the singular ipWhitelist', { given: { ...base, ipWhitelist: '10.0.0.0/24' }, want: { path: '', rule: 'unevaluatedProperties', property: 'ipWhitelist' } }],
  // wrong types
  ['the entries given as one string', { given: { ipWhitelists: '10.0.0.0/24' }, want: { path: entriesPath, rule: 'type' } }],
  ['an entry given as a number', { given: { ipWhitelists: [10] }, want: { path: `${entriesPath}/0`, rule: 'type' } }],
];
