// The tables of Huawei Cloud Kafka's "Increasing Instance Specifications (New)" (ResizeEngineInstance,
// POST /v2/{engine}/{project_id}/instances/{instance_id}/extend, the legacy resize path) against the description: every
// field and every rule. Page: https://support.huaweicloud.com/intl/en-us/api-kafka/ResizeEngineInstance.html (English
// 2026-01-05; full table from the Chinese edition 2025-11-24 and the Open Telekom Cloud copy). Unlike ResizeKafkaInstance,
// this page states neither the multiple of 100 GB nor the 50-broker maximum. Shared by the spec tests and the client tests.
import type { FieldFacts, RuleViolation } from '../../support/spec.ts';
import { omit } from '../../support/page-tables.ts';

export const service = 'huaweicloud-kafka';
export const operation = ['post', '/v2/{engine}/{project_id}/instances/{instance_id}/extend'] as const;

// The page's request table, every row: [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [
  ['oper_type', { type: 'string', required: true }],
  ['new_storage_space', { type: 'integer', required: false }],
  ['new_broker_num', { type: 'integer', required: false }],
  ['new_product_id', { type: 'string', required: false }],
  ['publicip_id', { type: 'string', required: false }],
  ['tenant_ips', { type: 'array<string>', required: false }],
  ['second_tenant_subnet_id', { type: 'string', required: false }],
];

// The page's three request examples, the broker one with the elastic IP its table requires.
export const storage = { oper_type: 'storage', new_storage_space: 600 };
export const horizontal = { oper_type: 'horizontal', new_storage_space: 1600, new_broker_num: 4, publicip_id: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f' };
export const vertical = { oper_type: 'vertical', new_product_id: 'c6.4u8g.cluster' };
export const base = storage;

export const validBodies: [string, object][] = [
  ["the page's storage example", storage],
  ["the page's broker example with an elastic IP", horizontal],
  ["the page's flavour example", vertical],
  ['a storage space that is not a multiple of 100 (this page states no step)', { ...storage, new_storage_space: 650 }],
  ['60 brokers (this page states no maximum)', { ...horizontal, new_broker_num: 60, new_storage_space: 18000 }],
  ['horizontal with fixed addresses and a standby subnet', { ...horizontal, tenant_ips: ['192.168.0.24'], second_tenant_subnet_id: '5f0e6a9b-2c4d-4e8f-9a1b-3c5d7e9f1a2b' }],
  ['horizontal without new_broker_num (the page does not require it)', omit(horizontal, 'new_broker_num')],
  ['vertical to c6.12u24g.cluster', { ...vertical, new_product_id: 'c6.12u24g.cluster' }],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ['no oper_type', { given: omit(storage, 'oper_type'), want: { path: '', rule: 'required', property: 'oper_type' } }],
  ['an undocumented oper_type', { given: { ...storage, oper_type: 'node' }, want: { path: '/oper_type', rule: 'enum' } }],
  ['storage without new_storage_space', { given: omit(storage, 'new_storage_space'), want: { path: '', rule: 'required', property: 'new_storage_space' } }],
  ['storage with new_broker_num (valid only for horizontal)', { given: { ...storage, new_broker_num: 4 }, want: { path: '/new_broker_num', rule: 'false schema' } }],
  ['storage with new_product_id (valid only for vertical)', { given: { ...storage, new_product_id: 'c6.4u8g.cluster' }, want: { path: '/new_product_id', rule: 'false schema' } }],
  ['horizontal without new_storage_space', { given: omit(horizontal, 'new_storage_space'), want: { path: '', rule: 'required', property: 'new_storage_space' } }],
  ['horizontal without publicip_id', { given: omit(horizontal, 'publicip_id'), want: { path: '', rule: 'required', property: 'publicip_id' } }],
  ['horizontal with new_product_id', { given: { ...horizontal, new_product_id: 'c6.4u8g.cluster' }, want: { path: '/new_product_id', rule: 'false schema' } }],
  ['vertical without new_product_id', { given: omit(vertical, 'new_product_id'), want: { path: '', rule: 'required', property: 'new_product_id' } }],
  ['vertical with new_storage_space', { given: { ...vertical, new_storage_space: 600 }, want: { path: '/new_storage_space', rule: 'false schema' } }],
  ['vertical with new_broker_num', { given: { ...vertical, new_broker_num: 4 }, want: { path: '/new_broker_num', rule: 'false schema' } }],
  ['a storage space of 0 GB', { given: { ...storage, new_storage_space: 0 }, want: { path: '/new_storage_space', rule: 'minimum' } }],
  ['a fractional storage space', { given: { ...storage, new_storage_space: 600.5 }, want: { path: '/new_storage_space', rule: 'type' } }],
  ['0 brokers', { given: { ...horizontal, new_broker_num: 0 }, want: { path: '/new_broker_num', rule: 'minimum' } }],
  ['an IPv6 address for a new broker', { given: { ...horizontal, tenant_ips: ['2001:db8::15'] }, want: { path: '/tenant_ips/0', rule: 'format' } }],
  ['elastic IP IDs as an array', { given: { ...horizontal, publicip_id: ['7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f'] }, want: { path: '/publicip_id', rule: 'type' } }],
  ['the engine in the body', { given: { ...storage, engine: 'kafka' }, want: { path: '', rule: 'unevaluatedProperties', property: 'engine' } }],
];
