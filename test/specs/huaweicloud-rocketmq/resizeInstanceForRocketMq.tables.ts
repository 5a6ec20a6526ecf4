// The tables of Huawei Cloud RocketMQ's "Changing Instance Specifications" (ResizeInstanceForRocketMq,
// POST /v2/{project_id}/rocketmq/instances/{instance_id}/extend, RocketMQ 5.x) against the description: every field and
// every rule. Page: the vendor's English page as exported for Open Telekom Cloud (docs/doc-exports,
// docs/dms_rocketmq/api-ref/ResizeInstanceForRocketMq.html, 2026-03-18). Shared by the spec tests and the client tests.
import type { FieldFacts, RuleViolation } from '../../support/spec.ts';
import { omit } from '../../support/page-tables.ts';

export const service = 'huaweicloud-rocketmq';
export const operation = ['post', '/v2/{project_id}/rocketmq/instances/{instance_id}/extend'] as const;

// The page's request table, every row: [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [
  ['oper_type', { type: 'string', required: true }],
  ['new_storage_space', { type: 'integer', required: false }],
  ['new_product_id', { type: 'string', required: false }],
  ['publicip_id', { type: 'string', required: false }],
];

// The page's two request examples.
export const horizontal = { oper_type: 'horizontal', new_product_id: 'rocketmq.b2.large.4', new_storage_space: 1200 };
export const storage = { oper_type: 'storage', new_storage_space: 300 };
export const base = storage;

export const validBodies: [string, object][] = [
  ["the page's flavour example", horizontal],
  ["the page's storage example", storage],
  ['a bigger flavour without more storage', omit(horizontal, 'new_storage_space')],
  ['a bigger flavour with public access', { ...omit(horizontal, 'new_storage_space'), publicip_id: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f,5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' }],
  ['a professional-edition flavour', { oper_type: 'horizontal', new_product_id: 'rocketmq.p2.large.20' }],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ['no oper_type', { given: omit(storage, 'oper_type'), want: { path: '', rule: 'required', property: 'oper_type' } }],
  ['vertical (4.8.0 only, not on this page)', { given: { oper_type: 'vertical', new_product_id: 'c6.8u16g.cluster' }, want: { path: '/oper_type', rule: 'enum' } }],
  ['storage without new_storage_space', { given: omit(storage, 'new_storage_space'), want: { path: '', rule: 'required', property: 'new_storage_space' } }],
  ['storage with new_product_id (valid only for horizontal)', { given: { ...storage, new_product_id: 'rocketmq.b2.large.8' }, want: { path: '/new_product_id', rule: 'false schema' } }],
  ['horizontal without new_product_id', { given: omit(horizontal, 'new_product_id'), want: { path: '', rule: 'required', property: 'new_product_id' } }],
  ['a storage space of 0 GB', { given: { ...storage, new_storage_space: 0 }, want: { path: '/new_storage_space', rule: 'minimum' } }],
  ['a storage space as a string', { given: { ...storage, new_storage_space: '300' }, want: { path: '/new_storage_space', rule: 'type' } }],
  ['a flavour that is not a string', { given: { ...horizontal, new_product_id: 4 }, want: { path: '/new_product_id', rule: 'type' } }],
  ['elastic IP IDs as an array', { given: { ...horizontal, publicip_id: ['0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f'] }, want: { path: '/publicip_id', rule: 'type' } }],
  ['a broker count (not on this page)', { given: { ...horizontal, new_broker_num: 2 }, want: { path: '', rule: 'unevaluatedProperties', property: 'new_broker_num' } }],
];
