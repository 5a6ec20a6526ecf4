// The tables of Huawei Cloud RocketMQ's "Modifying Instance Information" (UpdateInstance, PUT /v2/{project_id}/instances/{instance_id})
// against the description: every field and every rule. Page: https://support.huaweicloud.com/intl/en-us/api-hrm/UpdateInstance.html,
// read from its newest English edition (https://support.huaweicloud.com/eu/fr-fr/api-hrm/UpdateInstance.html, underscores allowed in
// the name); fields as in the official SDK model UpdateInstanceReq.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import { type FieldFacts, requestBodyValidator, type RuleViolation } from '../../support/spec.ts';

export const service = 'huaweicloud-rocketmq';
export const operation = ['put', '/v2/{project_id}/instances/{instance_id}'] as const;
export const validate = requestBodyValidator(service, ...operation);

export const chars = (n: number, c = 'a') => c.repeat(n);

// The page's request table (Table 2), every row: [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [
  ['name', { type: 'string', required: false }],
  ['description', { type: 'string', required: false }],
  ['security_group_id', { type: 'string', required: false }],
  ['enable_acl', { type: 'boolean', required: false }],
  ['enable_publicip', { type: 'boolean', required: false }],
  ['publicip_id', { type: 'string', required: false }],
  ['enterprise_project_id', { type: 'string', required: false }],
];

// The page's example.
export const base = { name: 'rocketmq001', description: 'RocketMQ description' };
const eips = '1d7a8d3e-3c1b-4f7a-9c5e-7b2f0e4a6c11,2e8b9f4a-4d2c-4a8b-8d6f-8c3a1f5b7d22';

export const validBodies: [string, object][] = [
  ["the page's example", base],
  ['an empty body (nothing to change)', {}],
  ['a 4-character name', { name: 'rmq1' }],
  ['a 64-character name', { name: chars(64) }],
  ['a name with an underscore (the newest page)', { name: 'rocket_mq-01' }],
  ['an empty description', { description: '' }],
  ['a 1024-character description', { description: chars(1024) }],
  ['another security group', { security_group_id: '8e7d6c5b-4a39-4281-b7c6-d5e4f3a2b1c0' }],
  ['ACLs on', { enable_acl: true }],
  ['ACLs off', { enable_acl: false }],
  ['public access on with one EIP', { enable_publicip: true, publicip_id: '1d7a8d3e-3c1b-4f7a-9c5e-7b2f0e4a6c11' }],
  ['public access on with two EIPs', { enable_publicip: true, publicip_id: eips }],
  ['public access off', { enable_publicip: false }],
  ['another enterprise project', { enterprise_project_id: '0' }],
  [
    'every field',
    {
      name: 'rocketmq-orders',
      description: 'Order topics',
      security_group_id: '8e7d6c5b-4a39-4281-b7c6-d5e4f3a2b1c0',
      enable_acl: true,
      enable_publicip: true,
      publicip_id: eips,
      enterprise_project_id: '0',
    },
  ],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ['a 3-character name', { given: { name: 'rmq' }, want: { path: '/name', rule: 'minLength' } }],
  ['a 65-character name', { given: { name: chars(65) }, want: { path: '/name', rule: 'maxLength' } }],
  ['a name starting with an underscore', { given: { name: '_rocketmq' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name with a dot', { given: { name: 'rocket.mq' }, want: { path: '/name', rule: 'pattern' } }],
  ['a 1025-character description', { given: { description: chars(1025) }, want: { path: '/description', rule: 'maxLength' } }],
  ['ACLs as a string', { given: { enable_acl: 'true' }, want: { path: '/enable_acl', rule: 'type' } }],
  ['public access on without EIPs', { given: { enable_publicip: true }, want: { path: '', rule: 'required', property: 'publicip_id' } }],
  ['public access on with an empty EIP list', { given: { enable_publicip: true, publicip_id: '' }, want: { path: '/publicip_id', rule: 'minLength' } }],
  ['EIPs as an array', { given: { enable_publicip: true, publicip_id: ['1d7a8d3e-3c1b-4f7a-9c5e-7b2f0e4a6c11'] }, want: { path: '/publicip_id', rule: 'type' } }],
  ['a maintenance window (not offered for RocketMQ)', { given: { maintain_begin: '02:00:00' }, want: { path: '', rule: 'unevaluatedProperties', property: 'maintain_begin' } }],
  ['a retention period (not part of this operation)', { given: { retention_hours: 72 }, want: { path: '', rule: 'unevaluatedProperties', property: 'retention_hours' } }],
];
