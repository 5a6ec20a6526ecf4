// The tables of Huawei Cloud Kafka's "Increasing Instance Specifications" (ResizeKafkaInstance,
// POST /v2/{project_id}/kafka/instances/{instance_id}/extend) against the description: every field and every rule.
// Page: https://support.huaweicloud.com/intl/en-us/api-kafka/ResizeKafkaInstance.html (English 2025-12-08; European
// 2025-12-31 and Chinese 2026-01-30 editions for the multiple-of-100 rule). Shared by the spec tests (beside this file)
// and the client tests (test/clients/).
import type { FieldFacts, RuleViolation } from '../../support/spec.ts';
import { omit } from '../../support/page-tables.ts';

export const service = 'huaweicloud-kafka';
export const operation = ['post', '/v2/{project_id}/kafka/instances/{instance_id}/extend'] as const;

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

// The vendor's three request examples, the broker one with the elastic IP the table requires.
export const storage = { oper_type: 'storage', new_storage_space: 600 };
export const horizontal = { oper_type: 'horizontal', new_storage_space: 1600, new_broker_num: 4, publicip_id: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f' };
export const vertical = { oper_type: 'vertical', new_product_id: 'c6.4u8g.cluster' };
export const base = storage;

export const validBodies: [string, object][] = [
  ["the vendor's storage example", storage],
  ["the vendor's broker example with an elastic IP", horizontal],
  ["the vendor's flavour example", vertical],
  ['the smallest storage, 100 GB', { ...storage, new_storage_space: 100 }],
  ['a large storage space', { ...storage, new_storage_space: 1500000 }],
  ['storage with fixed addresses and a standby subnet (not refused)', { ...storage, tenant_ips: ['192.168.0.24'], second_tenant_subnet_id: '5f0e6a9b-2c4d-4e8f-9a1b-3c5d7e9f1a2b' }],
  ['storage with an elastic IP (not refused)', { ...storage, publicip_id: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f' }],
  ['50 brokers, the most the page allows', { ...horizontal, new_broker_num: 50, new_storage_space: 15000 }],
  ['horizontal without new_broker_num (the page does not require it)', omit(horizontal, 'new_broker_num')],
  [
    'horizontal with three elastic IPs, fixed addresses and a standby subnet',
    {
      ...horizontal,
      new_broker_num: 6,
      new_storage_space: 1800,
      publicip_id: 'a,b,c',
      tenant_ips: ['192.168.0.24', '192.168.0.25', '192.168.0.26'],
      second_tenant_subnet_id: '5f0e6a9b-2c4d-4e8f-9a1b-3c5d7e9f1a2b',
    },
  ],
  ['horizontal with no fixed addresses', { ...horizontal, tenant_ips: [] }],
  ['vertical to c6.8u16g.cluster', { ...vertical, new_product_id: 'c6.8u16g.cluster' }],
  ['vertical with an elastic IP (not refused)', { ...vertical, publicip_id: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f' }],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ['no oper_type', { given: omit(storage, 'oper_type'), want: { path: '', rule: 'required', property: 'oper_type' } }],
  ['an undocumented oper_type', { given: { ...storage, oper_type: 'node' }, want: { path: '/oper_type', rule: 'enum' } }],
  ['oper_type in capitals', { given: { ...storage, oper_type: 'STORAGE' }, want: { path: '/oper_type', rule: 'enum' } }],
  ['storage without new_storage_space', { given: omit(storage, 'new_storage_space'), want: { path: '', rule: 'required', property: 'new_storage_space' } }],
  ['storage with new_broker_num (valid only for horizontal)', { given: { ...storage, new_broker_num: 4 }, want: { path: '/new_broker_num', rule: 'false schema' } }],
  ['storage with new_product_id (valid only for vertical)', { given: { ...storage, new_product_id: 'c6.4u8g.cluster' }, want: { path: '/new_product_id', rule: 'false schema' } }],
  ['horizontal without new_storage_space', { given: omit(horizontal, 'new_storage_space'), want: { path: '', rule: 'required', property: 'new_storage_space' } }],
  ['horizontal without publicip_id (the page example as printed)', { given: omit(horizontal, 'publicip_id'), want: { path: '', rule: 'required', property: 'publicip_id' } }],
  ['horizontal with new_product_id (valid only for vertical)', { given: { ...horizontal, new_product_id: 'c6.4u8g.cluster' }, want: { path: '/new_product_id', rule: 'false schema' } }],
  ['vertical without new_product_id', { given: omit(vertical, 'new_product_id'), want: { path: '', rule: 'required', property: 'new_product_id' } }],
  ['vertical with new_storage_space', { given: { ...vertical, new_storage_space: 600 }, want: { path: '/new_storage_space', rule: 'false schema' } }],
  ['vertical with new_broker_num', { given: { ...vertical, new_broker_num: 4 }, want: { path: '/new_broker_num', rule: 'false schema' } }],
  ['a storage space that is not a multiple of 100', { given: { ...storage, new_storage_space: 650 }, want: { path: '/new_storage_space', rule: 'multipleOf' } }],
  ['a storage space of 0 GB', { given: { ...storage, new_storage_space: 0 }, want: { path: '/new_storage_space', rule: 'minimum' } }],
  ['a storage space as a string', { given: { ...storage, new_storage_space: '600' }, want: { path: '/new_storage_space', rule: 'type' } }],
  ['51 brokers', { given: { ...horizontal, new_broker_num: 51, new_storage_space: 15300 }, want: { path: '/new_broker_num', rule: 'maximum' } }],
  ['0 brokers', { given: { ...horizontal, new_broker_num: 0 }, want: { path: '/new_broker_num', rule: 'minimum' } }],
  ['a broker count as a string', { given: { ...horizontal, new_broker_num: '4' }, want: { path: '/new_broker_num', rule: 'type' } }],
  ['new_product_id that is not a string', { given: { ...vertical, new_product_id: 4 }, want: { path: '/new_product_id', rule: 'type' } }],
  ['elastic IP IDs as an array', { given: { ...horizontal, publicip_id: ['7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f'] }, want: { path: '/publicip_id', rule: 'type' } }],
  ['an IPv6 address for a new broker', { given: { ...horizontal, tenant_ips: ['2001:db8::15'] }, want: { path: '/tenant_ips/0', rule: 'format' } }],
  ['a broker address out of range', { given: { ...horizontal, tenant_ips: ['192.168.0.256'] }, want: { path: '/tenant_ips/0', rule: 'format' } }],
  ['broker addresses as one string', { given: { ...horizontal, tenant_ips: '192.168.0.24' }, want: { path: '/tenant_ips', rule: 'type' } }],
  ['a standby subnet that is not a string', { given: { ...horizontal, second_tenant_subnet_id: 7 }, want: { path: '/second_tenant_subnet_id', rule: 'type' } }],
  ['the legacy field new_spec_code', { given: { ...storage, new_spec_code: 'dms.instance.kafka.cluster.c3.mini' }, want: { path: '', rule: 'unevaluatedProperties', property: 'new_spec_code' } }],
];
