// The tables of Page 000 (Huawei Cloud DMS for RocketMQ, "Creating a Pay-per-Use Instance") against the description: every field and every rule.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import type { FieldFacts, RuleViolation } from '../../support/spec.ts';
import { missingFieldBodies } from '../../support/page-tables.ts';

export const service = 'huaweicloud-rocketmq';
export const operation = ['post', '/v2/{project_id}/instances'] as const;

// The page's request table, every row: [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [
  ['name', { type: 'string', required: true }],
  ['description', { type: 'string', required: false }],
  ['engine', { type: 'string', required: true }],
  ['engine_version', { type: 'string', required: true }],
  ['storage_space', { type: 'integer', required: true }],
  ['vpc_id', { type: 'string', required: true }],
  ['subnet_id', { type: 'string', required: true }],
  ['security_group_id', { type: 'string', required: true }],
  ['available_zones', { type: 'array<string>', required: true }],
  ['product_id', { type: 'string', required: true }],
  ['ssl_enable', { type: 'boolean', required: false }],
  ['storage_spec_code', { type: 'string', required: true }],
  ['enterprise_project_id', { type: 'string', required: false }],
  ['enable_acl', { type: 'boolean', required: false }],
  ['ipv6_enable', { type: 'boolean', required: false }],
  ['proxy_enable', { type: 'boolean', required: false }],
  ['enable_publicip', { type: 'boolean', required: false }],
  ['publicip_id', { type: 'string', required: false }],
  // The table says Yes; the prose says "mandatory for RocketMQ 4.8.0". The table wins.
  ['broker_num', { type: 'integer', required: true }],
  ['tls_mode', { type: 'string', required: false }],
];

// Fields only page 001 has: this body must not know them.
export const otherPageFields = ['bss_param', 'disk_encrypted_enable', 'disk_encrypted_key', 'arch_type'];

// A minimal body the page accepts (its own example without the optional fields); every case below starts from it.
export const base = {
  name: 'rocketmq-orders',
  engine: 'rocketmq',
  engine_version: '4.8.0',
  storage_space: 600,
  vpc_id: '3db8490c-4d6d-4d8f-8d3f-047b0de4c5cf',
  subnet_id: '0a0f1fcb-f019-458d-b9e5-301867394d50',
  security_group_id: '23c5977f-ff33-4b95-a73e-08d8a0bc4e6c',
  available_zones: ['9f1c5806706d4c1fb0eb72f0a9b18c77'],
  product_id: 'c6.4u8g.cluster',
  storage_spec_code: 'dms.physical.storage.ultra.v2',
  broker_num: 1,
};
export const v5 = { engine_version: '5.x', product_id: 'rocketmq.b2.large.4' };
export const threeZones = ['az-1', 'az-2', 'az-3'];
export const publicAccess = { enable_publicip: true, publicip_id: '1d7a8d3e-3c1b-4f7a-9c5e-7b2f0e4a6c11' };

// The page lists these flavors; the c6.* ones have per-broker limits (4.8.0), the rocketmq.* ones are labelled 5.x.
export const flavors48 = ['c6.4u8g.cluster.small', 'c6.4u8g.cluster', 'c6.8u16g.cluster', 'c6.12u24g.cluster', 'c6.16u32g.cluster'];
export const basic5 = ['rocketmq.b1.large.1', 'rocketmq.b2.large.4', 'rocketmq.b2.large.8', 'rocketmq.b2.large.12'];
export const professional5 = [
  'rocketmq.p1.large.1',
  'rocketmq.p2.large.8',
  'rocketmq.p2.large.12',
  'rocketmq.p2.large.20',
  'rocketmq.p2.large.40',
  'rocketmq.p2.large.100',
  'rocketmq.p2.large.150',
  'rocketmq.p2.large.200',
  'rocketmq.p2.large.300',
];

// The page's own request example.
export const pageExample = {
  name: 'reliability-1751840557',
  description: '',
  engine: 'reliability',
  engine_version: '4.8.0',
  storage_space: 600,
  vpc_id: '3db8490c-4d6d-4d8f-8d3f-047b0de4c5cf',
  subnet_id: '0a0f1fcb-f019-458d-b9e5-301867394d50',
  security_group_id: '23c5977f-ff33-4b95-a73e-08d8a0bc4e6c',
  available_zones: ['9f1c5806706d4c1fb0eb72f0a9b18c77'],
  product_id: 'c6.4u8g.cluster',
  enterprise_project_id: '0',
  ssl_enable: false,
  storage_spec_code: 'dms.physical.storage.ultra.v2',
  ipv6_enable: false,
  enable_publicip: false,
  publicip_id: '',
  broker_num: 1,
};

export const validBodies: [string, object][] = [
  ['the minimal body', base],
  ["the page's own example (empty publicip_id with public access off)", pageExample],
  ['engine alias reliability', { ...base, engine: 'reliability' }],
  ['a 4-character name', { ...base, name: 'rmq1' }],
  ['a 64-character name with digits, underscores and hyphens', { ...base, name: `R_1-${'a'.repeat(60)}` }],
  ['an empty description', { ...base, description: '' }],
  ['a 1024-character description with a quote and a backslash', { ...base, description: `"\\${'d'.repeat(1022)}` }],
  ...flavors48.map((product_id): [string, object] => [`4.8.0 flavor ${product_id}`, { ...base, product_id }]),
  ...basic5.map((product_id): [string, object] => [`5.x basic flavor ${product_id} on high I/O`, { ...base, ...v5, product_id, storage_spec_code: 'dms.physical.storage.high.v2' }]),
  ...professional5.map((product_id): [string, object] => [`5.x professional flavor ${product_id} on ultra-high I/O`, { ...base, ...v5, product_id }]),
  ['4.8.0 on high I/O', { ...base, storage_spec_code: 'dms.physical.storage.high.v2' }],
  ['4.8.0 with 300 GB', { ...base, storage_space: 300 }],
  ["4.8.0 with 90,000 GB (beyond Terraform's 30,000; the specifications page allows more per broker)", { ...base, storage_space: 90000 }],
  ["5.x single node with 100 GB (the specifications page's minimum for rocketmq.b1.large.1)", { ...base, ...v5, product_id: 'rocketmq.b1.large.1', storage_space: 100 }],
  ['5.x with 60,000 GB', { ...base, ...v5, storage_space: 60000 }],
  ['three availability zones', { ...base, available_zones: threeZones }],
  ['five availability zones', { ...base, available_zones: [...threeZones, 'az-4', 'az-5'] }],
  ['public access with one EIP', { ...base, ...publicAccess }],
  ['public access with comma-separated EIPs', { ...base, ...publicAccess, publicip_id: 'eip-1,eip-2,eip-3' }],
  ['public access off without an EIP', { ...base, enable_publicip: false }],
  ['public access off with an EIP id given anyway', { ...base, enable_publicip: false, publicip_id: 'eip-1' }],
  ['SSL on', { ...base, ssl_enable: true }],
  ['access control, IPv6 and the proxy on', { ...base, enable_acl: true, ipv6_enable: true, proxy_enable: true }],
  ['an enterprise project', { ...base, enterprise_project_id: '0' }],
  ['three brokers', { ...base, broker_num: 3 }],
  ['4.8.0 with ten brokers', { ...base, broker_num: 10 }],
  ['tls_mode PLAINTEXT', { ...base, tls_mode: 'PLAINTEXT' }],
  ['tls_mode SSL', { ...base, ssl_enable: true, tls_mode: 'SSL' }],
  ['tls_mode PERMISSIVE', { ...base, tls_mode: 'PERMISSIVE' }],
];

// One case per documented rule, each breaking exactly that rule.
export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ...missingFieldBodies(pageFields, base),
  // name
  ['a name starting with a digit', { given: { ...base, name: '1rocketmq' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name starting with an underscore', { given: { ...base, name: '_rocketmq' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name with a dot', { given: { ...base, name: 'rocketmq.orders' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name with a space', { given: { ...base, name: 'rocket mq' }, want: { path: '/name', rule: 'pattern' } }],
  ['a 3-character name', { given: { ...base, name: 'rmq' }, want: { path: '/name', rule: 'minLength' } }],
  ['a 65-character name', { given: { ...base, name: `r${'a'.repeat(64)}` }, want: { path: '/name', rule: 'maxLength' } }],
  ['a name that is not a string', { given: { ...base, name: 42 }, want: { path: '/name', rule: 'type' } }],
  // description
  ['a 1025-character description', { given: { ...base, description: 'd'.repeat(1025) }, want: { path: '/description', rule: 'maxLength' } }],
  // engine, version, flavor
  ['engine kafka', { given: { ...base, engine: 'kafka' }, want: { path: '/engine', rule: 'enum' } }],
  ['engine spelt RocketMQ', { given: { ...base, engine: 'RocketMQ' }, want: { path: '/engine', rule: 'enum' } }],
  ['engine version 5.0', { given: { ...base, engine_version: '5.0' }, want: { path: '/engine_version', rule: 'enum' } }],
  ['engine version 4.8', { given: { ...base, engine_version: '4.8' }, want: { path: '/engine_version', rule: 'enum' } }],
  ['an unknown flavor', { given: { ...base, product_id: 'c6.2u4g.cluster' }, want: { path: '/product_id', rule: 'enum' } }],
  ['an unknown 5.x-looking flavor with 4.8.0 (reported once)', { given: { ...base, product_id: 'rocketmq.b9.large.1' }, want: { path: '/product_id', rule: 'enum' } }],
  ['a 5.x flavor with engine version 4.8.0', { given: { ...base, product_id: 'rocketmq.b2.large.4' }, want: { path: '/product_id', rule: 'not' } }],
  ['a 4.8.0 flavor with engine version 5.x', { given: { ...base, ...v5, product_id: 'c6.4u8g.cluster' }, want: { path: '/product_id', rule: 'not' } }],
  // storage
  ['an unknown storage class', { given: { ...base, storage_spec_code: 'dms.physical.storage.normal' }, want: { path: '/storage_spec_code', rule: 'enum' } }],
  ['general-purpose SSD, which only page 001 offers', { given: { ...base, storage_spec_code: 'dms.physical.storage.general' }, want: { path: '/storage_spec_code', rule: 'enum' } }],
  ['extreme SSD, which only page 001 offers', { given: { ...base, storage_spec_code: 'dms.physical.storage.extreme' }, want: { path: '/storage_spec_code', rule: 'enum' } }],
  ...professional5.map((product_id): [string, { given: object; want: RuleViolation }] => [
    `professional flavor ${product_id} on high I/O`,
    { given: { ...base, ...v5, product_id, storage_spec_code: 'dms.physical.storage.high.v2' }, want: { path: '/storage_spec_code', rule: 'not' } },
  ]),
  ['4.8.0 with 299 GB', { given: { ...base, storage_space: 299 }, want: { path: '/storage_space', rule: 'minimum' } }],
  ['a fractional storage space', { given: { ...base, storage_space: 600.5 }, want: { path: '/storage_space', rule: 'type' } }],
  ['a storage space sent as a string', { given: { ...base, storage_space: '600' }, want: { path: '/storage_space', rule: 'type' } }],
  // availability zones
  ['no availability zone', { given: { ...base, available_zones: [] }, want: { path: '/available_zones', rule: 'minItems' } }],
  ['exactly two availability zones', { given: { ...base, available_zones: ['az-1', 'az-2'] }, want: { path: '/available_zones', rule: 'not' } }],
  ['an empty availability zone id', { given: { ...base, available_zones: [''] }, want: { path: '/available_zones/0', rule: 'minLength' } }],
  ['availability zones as one comma-separated string', { given: { ...base, available_zones: 'az-1,az-2,az-3' }, want: { path: '/available_zones', rule: 'type' } }],
  ['availability zones null', { given: { ...base, available_zones: null }, want: { path: '/available_zones', rule: 'type' } }],
  // public access
  ['public access without an EIP', { given: { ...base, enable_publicip: true }, want: { path: '', rule: 'required', property: 'publicip_id' } }],
  ['public access with an empty EIP id', { given: { ...base, ...publicAccess, publicip_id: '' }, want: { path: '/publicip_id', rule: 'minLength' } }],
  ['enable_publicip sent as a string', { given: { ...base, enable_publicip: 'false' }, want: { path: '/enable_publicip', rule: 'type' } }],
  // brokers
  ['4.8.0 with no brokers', { given: { ...base, broker_num: 0 }, want: { path: '/broker_num', rule: 'minimum' } }],
  ['4.8.0 with eleven brokers', { given: { ...base, broker_num: 11 }, want: { path: '/broker_num', rule: 'maximum' } }],
  ['a broker count sent as a string', { given: { ...base, broker_num: '1' }, want: { path: '/broker_num', rule: 'type' } }],
  // switches and tls_mode
  ['ssl_enable sent as a string', { given: { ...base, ssl_enable: 'true' }, want: { path: '/ssl_enable', rule: 'type' } }],
  ['enable_acl sent as a number', { given: { ...base, enable_acl: 1 }, want: { path: '/enable_acl', rule: 'type' } }],
  ['tls_mode in lower case', { given: { ...base, tls_mode: 'ssl' }, want: { path: '/tls_mode', rule: 'enum' } }],
  ['tls_mode SASL_SSL (a Kafka value)', { given: { ...base, tls_mode: 'SASL_SSL' }, want: { path: '/tls_mode', rule: 'enum' } }],
  // unknown and other-page fields
  ['a misspelt field', { given: { ...base, publicip_ids: 'eip-1' }, want: { path: '', rule: 'unevaluatedProperties', property: 'publicip_ids' } }],
  ...otherPageFields.map((field): [string, { given: object; want: RuleViolation }] => [
    `${field}, which only page 001 documents`,
    { given: { ...base, [field]: field === 'bss_param' ? {} : field === 'disk_encrypted_enable' ? false : 'X86' }, want: { path: '', rule: 'unevaluatedProperties', property: field } },
  ]),
];
