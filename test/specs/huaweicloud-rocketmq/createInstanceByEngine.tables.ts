// The tables of Page 001 (Huawei Cloud DMS for RocketMQ, "Creating an Instance") against the description: every field and every rule.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import { type FieldFacts, requestBodyValidator, type RuleViolation } from '../../support/spec.ts';
import { missingFieldBodies, omit } from '../../support/page-tables.ts';
// Page 001 lists the same flavors as page 000.
import { basic5, flavors48, professional5 } from './createPostPaidInstance.tables.ts';

export const service = 'huaweicloud-rocketmq';
export const operation = ['post', '/v2/{engine}/{project_id}/instances'] as const;
export const validate = requestBodyValidator(service, ...operation);

// The page's request table, every row including the BssParam rows: [field, { type, required }].
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
  ['disk_encrypted_enable', { type: 'boolean', required: false }],
  ['disk_encrypted_key', { type: 'string', required: false }],
  ['publicip_id', { type: 'string', required: false }],
  ['broker_num', { type: 'integer', required: true }],
  ['arch_type', { type: 'string', required: false }],
  ['tls_mode', { type: 'string', required: false }],
  ['bss_param', { type: 'object', required: false }],
  ['bss_param.is_auto_renew', { type: 'boolean', required: false }],
  ['bss_param.charging_mode', { type: 'string', required: false }],
  ['bss_param.is_auto_pay', { type: 'boolean', required: false }],
  ['bss_param.period_type', { type: 'string', required: false }],
  ['bss_param.period_num', { type: 'integer', required: false }],
];

// A minimal body the page accepts (pay-per-use, 4.8.0, one AZ, no encryption); every case below starts from it.
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
export const encrypted = { disk_encrypted_enable: true, disk_encrypted_key: '5e2f8a1c-b953-4875-a743-0d6c9e3b7a21' };
export const monthly = { charging_mode: 'prePaid', period_type: 'month', period_num: 1 };
export const yearly = { charging_mode: 'prePaid', period_type: 'year', period_num: 1 };

export const storageClasses = ['dms.physical.storage.high.v2', 'dms.physical.storage.ultra.v2', 'dms.physical.storage.general', 'dms.physical.storage.extreme'];

// The page's own request example, with the masked key filled in (the page shows "********-b953-4875-a743-************").
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
  disk_encrypted_enable: true,
  disk_encrypted_key: '5e2f8a1c-b953-4875-a743-0d6c9e3b7a21',
  publicip_id: '',
  broker_num: 1,
};

export type Invalid = [string, { given: object; want: RuleViolation }];

export const validBodies: [string, object][] = [
  ['the minimal body', base],
  ["the page's own example (key unmasked)", pageExample],
  ["the page's example as printed, masked key and all (the page states no key format)", { ...pageExample, disk_encrypted_key: '********-b953-4875-a743-************' }],
  ['engine alias reliability', { ...base, engine: 'reliability' }],
  ['a 4-character name', { ...base, name: 'rmq1' }],
  ['a 64-character name with digits, underscores and hyphens', { ...base, name: `R_1-${'a'.repeat(60)}` }],
  ['an empty description', { ...base, description: '' }],
  ['a 1024-character description', { ...base, description: 'd'.repeat(1024) }],
  ...flavors48.map((product_id): [string, object] => [`4.8.0 flavor ${product_id}`, { ...base, product_id }]),
  ...basic5.map((product_id): [string, object] => [`5.x basic flavor ${product_id} on high I/O`, { ...base, ...v5, product_id, storage_spec_code: 'dms.physical.storage.high.v2' }]),
  ...professional5.map((product_id): [string, object] => [`5.x professional flavor ${product_id} on extreme SSD`, { ...base, ...v5, product_id, storage_spec_code: 'dms.physical.storage.extreme' }]),
  ...storageClasses.map((storage_spec_code): [string, object] => [`storage class ${storage_spec_code}`, { ...base, storage_spec_code }]),
  ['5.x professional on general-purpose SSD', { ...base, ...v5, product_id: 'rocketmq.p2.large.8', storage_spec_code: 'dms.physical.storage.general' }],
  ['4.8.0 with 300 GB', { ...base, storage_space: 300 }],
  ["4.8.0 with 90,000 GB (beyond Terraform's 30,000; the specifications page allows more per broker)", { ...base, storage_space: 90000 }],
  ["5.x single node with 100 GB (the specifications page's minimum for rocketmq.b1.large.1)", { ...base, ...v5, product_id: 'rocketmq.b1.large.1', storage_space: 100 }],
  ['5.x with 60,000 GB', { ...base, ...v5, storage_space: 60000 }],
  ['three availability zones', { ...base, available_zones: threeZones }],
  ['four availability zones', { ...base, available_zones: [...threeZones, 'az-4'] }],
  ['public access with one EIP', { ...base, ...publicAccess }],
  ['public access with comma-separated EIPs', { ...base, ...publicAccess, publicip_id: 'eip-1,eip-2' }],
  ['public access off without an EIP', { ...base, enable_publicip: false }],
  ['disk encryption with a key', { ...base, ...encrypted }],
  // Page 001 does not require a key with encryption on (issue 13): the service may use its default key.
  ['disk encryption on, key left out', { ...base, disk_encrypted_enable: true }],
  ['disk encryption off, key left out', { ...base, disk_encrypted_enable: false }],
  ['disk encryption off, key blank', { ...base, disk_encrypted_enable: false, disk_encrypted_key: '' }],
  ['disk encryption not mentioned, key blank', { ...base, disk_encrypted_key: '' }],
  ['architecture X86', { ...base, arch_type: 'X86' }],
  ['architecture ARM', { ...base, arch_type: 'ARM' }],
  ['SSL, access control, IPv6 and the proxy on', { ...base, ssl_enable: true, enable_acl: true, ipv6_enable: true, proxy_enable: true }],
  ['an enterprise project', { ...base, enterprise_project_id: '0' }],
  ['two brokers', { ...base, broker_num: 2 }],
  ['4.8.0 with ten brokers', { ...base, broker_num: 10 }],
  ['tls_mode PLAINTEXT', { ...base, tls_mode: 'PLAINTEXT' }],
  ['tls_mode SSL', { ...base, ssl_enable: true, tls_mode: 'SSL' }],
  ['tls_mode PERMISSIVE', { ...base, tls_mode: 'PERMISSIVE' }],
  // bss_param
  ['an empty bss_param (pay-per-use by default)', { ...base, bss_param: {} }],
  ['bss_param postPaid', { ...base, bss_param: { charging_mode: 'postPaid' } }],
  ['1 month', { ...base, bss_param: monthly }],
  ['9 months', { ...base, bss_param: { ...monthly, period_num: 9 } }],
  ['1 year', { ...base, bss_param: yearly }],
  ['3 years, renewed and paid automatically', { ...base, bss_param: { ...yearly, period_num: 3, is_auto_renew: true, is_auto_pay: true } }],
  ['a yearly 5.x instance over three AZs with encrypted disks and public access', { ...base, ...v5, ...encrypted, ...publicAccess, available_zones: threeZones, arch_type: 'ARM', bss_param: yearly }],
];

// One case per documented rule, each breaking exactly that rule.
export const invalidBodies: Invalid[] = [
  ...missingFieldBodies(pageFields, base),
  // name and description
  ['a name starting with a digit', { given: { ...base, name: '1rocketmq' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name with a dot', { given: { ...base, name: 'rocketmq.orders' }, want: { path: '/name', rule: 'pattern' } }],
  ['a 3-character name', { given: { ...base, name: 'rmq' }, want: { path: '/name', rule: 'minLength' } }],
  ['a 65-character name', { given: { ...base, name: `r${'a'.repeat(64)}` }, want: { path: '/name', rule: 'maxLength' } }],
  ['a 1025-character description', { given: { ...base, description: 'd'.repeat(1025) }, want: { path: '/description', rule: 'maxLength' } }],
  // engine, version, flavor
  ['engine kafka', { given: { ...base, engine: 'kafka' }, want: { path: '/engine', rule: 'enum' } }],
  ['engine version 5.0', { given: { ...base, engine_version: '5.0' }, want: { path: '/engine_version', rule: 'enum' } }],
  ['an unknown flavor', { given: { ...base, product_id: 'rocketmq.p3.large.8' }, want: { path: '/product_id', rule: 'enum' } }],
  ['a 5.x flavor with engine version 4.8.0', { given: { ...base, product_id: 'rocketmq.p2.large.8' }, want: { path: '/product_id', rule: 'not' } }],
  ['a 4.8.0 flavor with engine version 5.x', { given: { ...base, ...v5, product_id: 'c6.16u32g.cluster' }, want: { path: '/product_id', rule: 'not' } }],
  // storage
  ['an unknown storage class', { given: { ...base, storage_spec_code: 'dms.physical.storage.normal' }, want: { path: '/storage_spec_code', rule: 'enum' } }],
  ['the Kafka high I/O code without .v2', { given: { ...base, storage_spec_code: 'dms.physical.storage.high' }, want: { path: '/storage_spec_code', rule: 'enum' } }],
  ...professional5.map(
    (product_id): Invalid => [
      `professional flavor ${product_id} on high I/O (page 000's rule)`,
      { given: { ...base, ...v5, product_id, storage_spec_code: 'dms.physical.storage.high.v2' }, want: { path: '/storage_spec_code', rule: 'not' } },
    ],
  ),
  ['4.8.0 with 299 GB', { given: { ...base, storage_space: 299 }, want: { path: '/storage_space', rule: 'minimum' } }],
  ['a storage space sent as a string', { given: { ...base, storage_space: '600' }, want: { path: '/storage_space', rule: 'type' } }],
  // availability zones
  ['no availability zone', { given: { ...base, available_zones: [] }, want: { path: '/available_zones', rule: 'minItems' } }],
  ['exactly two availability zones', { given: { ...base, available_zones: ['az-1', 'az-2'] }, want: { path: '/available_zones', rule: 'not' } }],
  ['an empty availability zone id', { given: { ...base, available_zones: threeZones.map((az, i) => (i === 2 ? '' : az)) }, want: { path: '/available_zones/2', rule: 'minLength' } }],
  ['availability zones null', { given: { ...base, available_zones: null }, want: { path: '/available_zones', rule: 'type' } }],
  // public access
  ['public access without an EIP', { given: { ...base, enable_publicip: true }, want: { path: '', rule: 'required', property: 'publicip_id' } }],
  ['public access with an empty EIP id', { given: { ...base, ...publicAccess, publicip_id: '' }, want: { path: '/publicip_id', rule: 'minLength' } }],
  // disk encryption
  ['disk encryption with an empty key', { given: { ...base, ...encrypted, disk_encrypted_key: '' }, want: { path: '/disk_encrypted_key', rule: 'minLength' } }],
  ['a key with disk encryption off', { given: { ...base, ...encrypted, disk_encrypted_enable: false }, want: { path: '/disk_encrypted_key', rule: 'maxLength' } }],
  ['a key without disk_encrypted_enable (off by default)', { given: omit({ ...base, ...encrypted }, 'disk_encrypted_enable'), want: { path: '/disk_encrypted_key', rule: 'maxLength' } }],
  ['a key that is not a string', { given: { ...base, disk_encrypted_enable: true, disk_encrypted_key: 42 }, want: { path: '/disk_encrypted_key', rule: 'type' } }],
  // architecture, brokers, switches, tls_mode
  ['architecture x86 in lower case', { given: { ...base, arch_type: 'x86' }, want: { path: '/arch_type', rule: 'enum' } }],
  ['architecture AARCH64', { given: { ...base, arch_type: 'AARCH64' }, want: { path: '/arch_type', rule: 'enum' } }],
  ['4.8.0 with no brokers', { given: { ...base, broker_num: 0 }, want: { path: '/broker_num', rule: 'minimum' } }],
  ['4.8.0 with eleven brokers', { given: { ...base, broker_num: 11 }, want: { path: '/broker_num', rule: 'maximum' } }],
  ['proxy_enable sent as a string', { given: { ...base, proxy_enable: 'true' }, want: { path: '/proxy_enable', rule: 'type' } }],
  ['tls_mode NONE', { given: { ...base, tls_mode: 'NONE' }, want: { path: '/tls_mode', rule: 'enum' } }],
  // bss_param
  ['prePaid without a period type', { given: { ...base, bss_param: omit(monthly, 'period_type') }, want: { path: '/bss_param', rule: 'required', property: 'period_type' } }],
  ['prePaid without a period count', { given: { ...base, bss_param: omit(monthly, 'period_num') }, want: { path: '/bss_param', rule: 'required', property: 'period_num' } }],
  ['an unknown charging mode', { given: { ...base, bss_param: { ...monthly, charging_mode: 'prepaid' } }, want: { path: '/bss_param/charging_mode', rule: 'enum' } }],
  ['period type week', { given: { ...base, bss_param: { ...monthly, period_type: 'week' } }, want: { path: '/bss_param/period_type', rule: 'enum' } }],
  ['0 months', { given: { ...base, bss_param: { ...monthly, period_num: 0 } }, want: { path: '/bss_param/period_num', rule: 'minimum' } }],
  ['10 months', { given: { ...base, bss_param: { ...monthly, period_num: 10 } }, want: { path: '/bss_param/period_num', rule: 'maximum' } }],
  ['4 years', { given: { ...base, bss_param: { ...yearly, period_num: 4 } }, want: { path: '/bss_param/period_num', rule: 'maximum' } }],
  // period_type and period_num are "valid only when chargingMode is prePaid": refused with postPaid, given or by default.
  ['a period type with postPaid', { given: { ...base, bss_param: { charging_mode: 'postPaid', period_type: 'month' } }, want: { path: '/bss_param/period_type', rule: 'false schema' } }],
  ['a period count with postPaid', { given: { ...base, bss_param: { charging_mode: 'postPaid', period_num: 1 } }, want: { path: '/bss_param/period_num', rule: 'false schema' } }],
  ['a period type without a charging mode (postPaid by default)', { given: { ...base, bss_param: { period_type: 'year' } }, want: { path: '/bss_param/period_type', rule: 'false schema' } }],
  [
    'a period count without a charging mode (postPaid by default)',
    { given: { ...base, bss_param: { period_num: 3, is_auto_renew: true } }, want: { path: '/bss_param/period_num', rule: 'false schema' } },
  ],
  ['is_auto_pay sent as a string', { given: { ...base, bss_param: { ...monthly, is_auto_pay: 'true' } }, want: { path: '/bss_param/is_auto_pay', rule: 'type' } }],
  [
    "the camel-case chargingMode the page's prose uses",
    { given: { ...base, bss_param: { chargingMode: 'postPaid' } }, want: { path: '/bss_param', rule: 'additionalProperties', property: 'chargingMode' } },
  ],
  ['bss_param as a string', { given: { ...base, bss_param: 'prePaid' }, want: { path: '/bss_param', rule: 'type' } }],
  // unknown fields
  ['a misspelt field', { given: { ...base, disk_encrypt_enable: true }, want: { path: '', rule: 'unevaluatedProperties', property: 'disk_encrypt_enable' } }],
];
