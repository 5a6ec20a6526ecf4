// The tables of Huawei Cloud RocketMQ's "Modifying Instance Specifications" (ResizeInstance,
// POST /v2/{engine}/{project_id}/instances/{instance_id}/extend) against the description: every field and every rule.
// Rules of the 2026 editions (European English 2026-04-30, Chinese 2026-01-30); the 2024 international English edition
// is older. Shared by the spec tests (beside this file) and the client tests (test/clients/).
import type { FieldFacts, RuleViolation } from '../../support/spec.ts';
import { omit } from '../../support/page-tables.ts';

export const service = 'huaweicloud-rocketmq';
export const operation = ['post', '/v2/{engine}/{project_id}/instances/{instance_id}/extend'] as const;

// The page's request table, every row: [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [
  ['oper_type', { type: 'string', required: true }],
  ['new_storage_space', { type: 'integer', required: false }],
  ['new_product_id', { type: 'string', required: false }],
  ['new_broker_num', { type: 'integer', required: false }],
  ['publicip_id', { type: 'string', required: false }],
];

// The page's example (horizontal with a flavour) with the broker count its table requires, and one body per other kind.
export const horizontal = { oper_type: 'horizontal', new_product_id: 'c6.4u8g.cluster', new_broker_num: 4 };
export const storage = { oper_type: 'storage', new_storage_space: 800 };
export const vertical = { oper_type: 'vertical', new_product_id: 'c6.8u16g.cluster' };
export const base = horizontal;

export const validBodies: [string, object][] = [
  ["the page's example with a broker count", horizontal],
  ['4.8.0: more brokers, no flavour', { oper_type: 'horizontal', new_broker_num: 4 }],
  ['4.8.0: more brokers with public access', { oper_type: 'horizontal', new_broker_num: 4, publicip_id: 'a1b2c3d4-e5f6-4a7b-8c9d-e0f1a2b3c4d5,0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' }],
  ['5.x: a bigger flavour with more storage (as the 5.x page example does)', { ...horizontal, new_product_id: 'rocketmq.b2.large.8', new_broker_num: 2, new_storage_space: 1200 }],
  ['more storage', storage],
  ['more storage with a broker count (not refused)', { ...storage, new_broker_num: 2 }],
  ['4.8.0: a bigger broker flavour', vertical],
  ['4.8.0: a bigger broker flavour with a broker count (not refused)', { ...vertical, new_broker_num: 2 }],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ['no oper_type', { given: omit(storage, 'oper_type'), want: { path: '', rule: 'required', property: 'oper_type' } }],
  ['an undocumented oper_type', { given: { ...storage, oper_type: 'node' }, want: { path: '/oper_type', rule: 'enum' } }],
  ['storage without new_storage_space', { given: omit(storage, 'new_storage_space'), want: { path: '', rule: 'required', property: 'new_storage_space' } }],
  [
    'storage with new_product_id (valid only for horizontal on 5.x and vertical on 4.8.0)',
    { given: { ...storage, new_product_id: 'c6.8u16g.cluster' }, want: { path: '/new_product_id', rule: 'false schema' } },
  ],
  ["horizontal without new_broker_num (the page's example as printed)", { given: omit(horizontal, 'new_broker_num'), want: { path: '', rule: 'required', property: 'new_broker_num' } }],
  ['vertical without new_product_id', { given: omit(vertical, 'new_product_id'), want: { path: '', rule: 'required', property: 'new_product_id' } }],
  ['vertical with new_storage_space', { given: { ...vertical, new_storage_space: 800 }, want: { path: '/new_storage_space', rule: 'false schema' } }],
  ['a storage space of 0 GB', { given: { ...storage, new_storage_space: 0 }, want: { path: '/new_storage_space', rule: 'minimum' } }],
  ['a fractional storage space', { given: { ...storage, new_storage_space: 800.5 }, want: { path: '/new_storage_space', rule: 'type' } }],
  ['0 brokers', { given: { ...horizontal, new_broker_num: 0 }, want: { path: '/new_broker_num', rule: 'minimum' } }],
  ['a broker count as a string', { given: { ...horizontal, new_broker_num: '4' }, want: { path: '/new_broker_num', rule: 'type' } }],
  ['a flavour that is not a string', { given: { ...vertical, new_product_id: 8 }, want: { path: '/new_product_id', rule: 'type' } }],
  ['elastic IP IDs as an array', { given: { ...horizontal, publicip_id: ['a1b2c3d4-e5f6-4a7b-8c9d-e0f1a2b3c4d5'] }, want: { path: '/publicip_id', rule: 'type' } }],
  ["Kafka's tenant_ips (not a RocketMQ field)", { given: { ...horizontal, tenant_ips: ['192.168.0.24'] }, want: { path: '', rule: 'unevaluatedProperties', property: 'tenant_ips' } }],
];
