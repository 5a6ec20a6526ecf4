// The tables of Huawei Cloud RabbitMQ's "Modifying Specifications of Instances with New Flavors" (ResizeEngineInstance,
// POST /v2/{engine}/{project_id}/instances/{instance_id}/extend) against the description: every field and every rule.
// Page: https://support.huaweicloud.com/intl/en-us/api-rabbitmq/ResizeEngineInstance.html (English 2025-11-19; the
// multiple-of-100 rule from the European 2025-12-29 and Chinese 2026-01-30 editions). Shared by the spec tests and the
// client tests.
import type { FieldFacts, RuleViolation } from '../../support/spec.ts';
import { omit } from '../../support/page-tables.ts';

export const service = 'huaweicloud-rabbitmq';
export const operation = ['post', '/v2/{engine}/{project_id}/instances/{instance_id}/extend'] as const;

// The page's request table, every row: [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [
  ['oper_type', { type: 'string', required: true }],
  ['new_storage_space', { type: 'integer', required: false }],
  ['new_product_id', { type: 'string', required: false }],
  ['new_broker_num', { type: 'integer', required: false }],
  ['new_spec_code', { type: 'string', required: false }],
];

// The page's first example (old flavour, storage), and one body per other kind.
export const storage = { new_storage_space: 600, oper_type: 'storage', new_spec_code: 'dms.instance.rabbitmq.cluster.c3.2u4g.3' };
export const horizontal = { oper_type: 'horizontal', new_broker_num: 5, new_storage_space: 1000 };
export const vertical = { oper_type: 'vertical', new_product_id: 'c6.8u16g.cluster' };
export const base = storage;

export const validBodies: [string, object][] = [
  ["the page's first example", storage],
  ['more storage on a new flavour (no spec code)', { oper_type: 'storage', new_storage_space: 900 }],
  ['five brokers', horizontal],
  ['five brokers of an old flavour', { ...horizontal, new_spec_code: 'dms.instance.rabbitmq.cluster.c3.2u4g.5' }],
  ['horizontal without new_broker_num (the page does not require it)', omit(horizontal, 'new_broker_num')],
  ['a bigger flavour', vertical],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ['no oper_type (the legacy body of the old resize)', { given: omit(storage, 'oper_type'), want: { path: '', rule: 'required', property: 'oper_type' } }],
  ['an undocumented oper_type', { given: { ...storage, oper_type: 'node' }, want: { path: '/oper_type', rule: 'enum' } }],
  ['storage without new_storage_space', { given: omit(storage, 'new_storage_space'), want: { path: '', rule: 'required', property: 'new_storage_space' } }],
  ['storage with new_broker_num (valid only for horizontal)', { given: { ...storage, new_broker_num: 5 }, want: { path: '/new_broker_num', rule: 'false schema' } }],
  ['storage with new_product_id (valid only for vertical)', { given: { ...storage, new_product_id: 'c6.8u16g.cluster' }, want: { path: '/new_product_id', rule: 'false schema' } }],
  ['horizontal without new_storage_space', { given: omit(horizontal, 'new_storage_space'), want: { path: '', rule: 'required', property: 'new_storage_space' } }],
  ['horizontal with new_product_id', { given: { ...horizontal, new_product_id: 'c6.8u16g.cluster' }, want: { path: '/new_product_id', rule: 'false schema' } }],
  ['vertical without new_product_id', { given: omit(vertical, 'new_product_id'), want: { path: '', rule: 'required', property: 'new_product_id' } }],
  ['vertical with new_storage_space', { given: { ...vertical, new_storage_space: 600 }, want: { path: '/new_storage_space', rule: 'false schema' } }],
  ['vertical with new_broker_num', { given: { ...vertical, new_broker_num: 5 }, want: { path: '/new_broker_num', rule: 'false schema' } }],
  ['a storage space that is not a multiple of 100', { given: { ...storage, new_storage_space: 650 }, want: { path: '/new_storage_space', rule: 'multipleOf' } }],
  ['a storage space of 0 GB', { given: { ...storage, new_storage_space: 0 }, want: { path: '/new_storage_space', rule: 'minimum' } }],
  ['a storage space as a string', { given: { ...storage, new_storage_space: '600' }, want: { path: '/new_storage_space', rule: 'type' } }],
  ['0 brokers', { given: { ...horizontal, new_broker_num: 0 }, want: { path: '/new_broker_num', rule: 'minimum' } }],
  ['a spec code that is not a string', { given: { ...storage, new_spec_code: 3 }, want: { path: '/new_spec_code', rule: 'type' } }],
  [
    "Kafka's publicip_id (not a RabbitMQ resize field)",
    { given: { ...horizontal, publicip_id: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f' }, want: { path: '', rule: 'unevaluatedProperties', property: 'publicip_id' } },
  ],
];
