// The tables of Page 002 (Huawei Cloud Kafka, "Creating a Pay-per-Use Instance") against the description: every field and every rule.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import type { FieldFacts, RuleViolation } from '../../support/spec.ts';
import { missingFieldBodies, omit } from '../../support/page-tables.ts';

export const service = 'huaweicloud-kafka';
export const operation = ['post', '/v2/{project_id}/instances'] as const;

// The page's request table, every row including the TagEntity rows: [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [
  ['name', { type: 'string', required: true }],
  ['description', { type: 'string', required: false }],
  ['engine', { type: 'string', required: true }],
  ['engine_version', { type: 'string', required: true }],
  ['specification', { type: 'string', required: true }],
  ['storage_space', { type: 'integer', required: true }],
  ['partition_num', { type: 'integer', required: false }],
  ['access_user', { type: 'string', required: false }],
  ['password', { type: 'string', required: false }],
  ['vpc_id', { type: 'string', required: true }],
  ['security_group_id', { type: 'string', required: true }],
  ['subnet_id', { type: 'string', required: true }],
  ['available_zones', { type: 'array<string>', required: true }],
  ['product_id', { type: 'string', required: true }],
  ['kafka_manager_user', { type: 'string', required: true }],
  ['kafka_manager_password', { type: 'string', required: true }],
  ['maintain_begin', { type: 'string', required: false }],
  ['maintain_end', { type: 'string', required: false }],
  ['enable_publicip', { type: 'boolean', required: false }],
  ['public_bandwidth', { type: 'integer', required: false }],
  ['publicip_id', { type: 'string', required: false }],
  ['ssl_enable', { type: 'boolean', required: false }],
  ['retention_policy', { type: 'string', required: false }],
  ['connector_enable', { type: 'boolean', required: false }],
  ['enable_auto_topic', { type: 'boolean', required: false }],
  ['storage_spec_code', { type: 'string', required: true }],
  ['enterprise_project_id', { type: 'string', required: false }],
  ['tags', { type: 'array<object>', required: false }],
  ['tags[].key', { type: 'string', required: false }],
  ['tags[].value', { type: 'string', required: false }],
];

// A minimal body the page accepts (smallest class, one zone, no SSL, no public access); every case below starts from it.
export const base = {
  name: 'kafka-orders',
  engine: 'kafka',
  engine_version: '2.3.0',
  specification: '100MB',
  storage_space: 600,
  vpc_id: '4b9d2c61-3f8e-4a57-9d0c-1e2f3a4b5c6d',
  security_group_id: '8e7d6c5b-4a39-4281-b7c6-d5e4f3a2b1c0',
  subnet_id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  available_zones: ['9f1c0e2b7d8a4c3e9b5a6d7c8e9f0a1b'],
  product_id: '00300-30308-0--0',
  kafka_manager_user: 'kafka-admin',
  kafka_manager_password: 'Adm1n-Kafka',
  storage_spec_code: 'dms.physical.storage.high',
};
export const ssl = { ssl_enable: true, access_user: 'kafka-client', password: 'Cl1ent-Pass' };
export const publicAccess = { enable_publicip: true, publicip_id: '6db1129f-16af-455d-8d54-d7ab9f277393' };
export const class300 = { specification: '300MB', storage_space: 1200, partition_num: 900 };
export const class600 = { specification: '600MB', storage_space: 2400, partition_num: 1800, storage_spec_code: 'dms.physical.storage.ultra' };
export const class1200 = { specification: '1200MB', storage_space: 4800, partition_num: 1800, storage_spec_code: 'dms.physical.storage.ultra' };
export const threeZones = ['az-1', 'az-2', 'az-3'];

export const validBodies: [string, object][] = [
  ['the minimal body', base],
  ['a 4-character name', { ...base, name: 'kafk' }],
  ['a 64-character name with digits, underscores and hyphens', { ...base, name: `k_1-${'a'.repeat(60)}` }],
  ['an empty description', { ...base, description: '' }],
  ['a 1024-character description', { ...base, description: 'd'.repeat(1024) }],
  ['Kafka 1.1.0', { ...base, engine_version: '1.1.0' }],
  ['100MB with 300 partitions and ultra-high I/O', { ...base, partition_num: 300, storage_spec_code: 'dms.physical.storage.ultra' }],
  ['100MB with the most storage (90,000 GB)', { ...base, storage_space: 90000 }],
  ['300MB with 1,200 GB, 900 partitions and high I/O', { ...base, ...class300 }],
  ['600MB with 2,400 GB, 1,800 partitions and ultra-high I/O', { ...base, ...class600 }],
  ['1200MB with 4,800 GB, 1,800 partitions and ultra-high I/O', { ...base, ...class1200 }],
  ['1200MB with 90,000 GB', { ...base, ...class1200, storage_space: 90000 }],
  ['three availability zones', { ...base, available_zones: threeZones }],
  ['four availability zones', { ...base, available_zones: [...threeZones, 'az-4'] }],
  ['a 4-character Kafka Manager user', { ...base, kafka_manager_user: 'adm1' }],
  ['a 64-character Kafka Manager user', { ...base, kafka_manager_user: `a-${'b'.repeat(62)}` }],
  ['an 8-character Kafka Manager password of two character types', { ...base, kafka_manager_password: 'abcdefg1' }],
  ['a 32-character Kafka Manager password with special characters', { ...base, kafka_manager_password: `Aa1~!@#$%^&*()-_=+|[{}]:'",<.>/?`.slice(0, 32) }],
  ['a Kafka Manager password of digits and specials only', { ...base, kafka_manager_password: '1234-5678' }],
  ['SSL with its user and password', { ...base, ...ssl }],
  ['SSL with a 4-character user', { ...base, ...ssl, access_user: 'user' }],
  ['SSL with a 64-character user', { ...base, ...ssl, access_user: 'u'.repeat(64) }],
  ['SSL with a 32-character password', { ...base, ...ssl, password: 'P@ssw0rd'.repeat(4) }],
  ['SSL turned off explicitly, without credentials', { ...base, ssl_enable: false }],
  ['public access with one EIP', { ...base, ...publicAccess }],
  ['public access with three comma-separated EIPs', { ...base, ...publicAccess, available_zones: threeZones, publicip_id: 'eip-1,eip-2,eip-3' }],
  ['public access turned off, without an EIP', { ...base, enable_publicip: false }],
  // Page 002 asks for the EIP only with public access on (issue 13): an empty id is unused otherwise.
  ['public access turned off, with an empty EIP id', { ...base, enable_publicip: false, publicip_id: '' }],
  ['public access not mentioned, with an empty EIP id', { ...base, publicip_id: '' }],
  ['100MB public bandwidth 3 Mbit/s', { ...base, ...publicAccess, public_bandwidth: 3 }],
  ['100MB public bandwidth 900 Mbit/s', { ...base, ...publicAccess, public_bandwidth: 900 }],
  ['300MB public bandwidth 3 Mbit/s', { ...base, ...class300, ...publicAccess, public_bandwidth: 3 }],
  ['300MB public bandwidth 900 Mbit/s', { ...base, ...class300, ...publicAccess, public_bandwidth: 900 }],
  ['600MB public bandwidth 4 Mbit/s', { ...base, ...class600, ...publicAccess, public_bandwidth: 4 }],
  ['600MB public bandwidth 1,200 Mbit/s', { ...base, ...class600, ...publicAccess, public_bandwidth: 1200 }],
  ['1200MB public bandwidth 8 Mbit/s', { ...base, ...class1200, ...publicAccess, public_bandwidth: 8 }],
  ['1200MB public bandwidth 2,400 Mbit/s', { ...base, ...class1200, ...publicAccess, public_bandwidth: 2400 }],
  ['retention policy produce_reject', { ...base, retention_policy: 'produce_reject' }],
  ['retention policy time_base', { ...base, retention_policy: 'time_base' }],
  ['message dumping on', { ...base, connector_enable: true }],
  ['automatic topic creation on', { ...base, enable_auto_topic: true }],
  ['an enterprise project', { ...base, enterprise_project_id: '0' }],
  ['maintenance window 22:00–02:00', { ...base, maintain_begin: '22:00', maintain_end: '02:00' }],
  ['maintenance window 02:00–06:00', { ...base, maintain_begin: '02:00', maintain_end: '06:00' }],
  ['maintenance window 06:00–10:00', { ...base, maintain_begin: '06:00', maintain_end: '10:00' }],
  ['maintenance window 10:00–14:00', { ...base, maintain_begin: '10:00', maintain_end: '14:00' }],
  ['maintenance window 14:00–18:00', { ...base, maintain_begin: '14:00', maintain_end: '18:00' }],
  ['maintenance window 18:00–22:00', { ...base, maintain_begin: '18:00', maintain_end: '22:00' }],
  [
    'tags',
    {
      ...base,
      tags: [
        { key: 'env', value: 'production' },
        { key: 'team', value: 'payments' },
      ],
    },
  ],
  ['a tag with a 36-character Unicode key and a 43-character value', { ...base, tags: [{ key: '键'.repeat(36), value: 'v'.repeat(43) }] }],
  ['a tag with an empty value', { ...base, tags: [{ key: 'env', value: '' }] }],
  // The table marks both members optional (its text says neither may be left blank; the table wins).
  ['a tag with its key only', { ...base, tags: [{ key: 'env' }] }],
  ['a tag with its value only', { ...base, tags: [{ value: 'production' }] }],
  ['a tag key with spaces, dots and colons', { ...base, tags: [{ key: 'cost center: a.b', value: 'x y' }] }],
  ['no tags', { ...base, tags: [] }],
];

export const tooLong = (n: number, c = 'a') => c.repeat(n);

// One case per documented rule, each breaking exactly that rule.
export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ...missingFieldBodies(pageFields, base),
  // name
  ['a name starting with a digit', { given: { ...base, name: '1kafka' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name starting with a hyphen', { given: { ...base, name: '-kafka' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name with a dot', { given: { ...base, name: 'kafka.orders' }, want: { path: '/name', rule: 'pattern' } }],
  ['a 3-character name', { given: { ...base, name: 'kaf' }, want: { path: '/name', rule: 'minLength' } }],
  ['a 65-character name', { given: { ...base, name: `k${tooLong(64)}` }, want: { path: '/name', rule: 'maxLength' } }],
  ['a name that is not a string', { given: { ...base, name: 42 }, want: { path: '/name', rule: 'type' } }],
  // description
  ['a 1025-character description', { given: { ...base, description: tooLong(1025) }, want: { path: '/description', rule: 'maxLength' } }],
  // engine and version
  ['engine rocketmq', { given: { ...base, engine: 'rocketmq' }, want: { path: '/engine', rule: 'enum' } }],
  ['engine spelt Kafka', { given: { ...base, engine: 'Kafka' }, want: { path: '/engine', rule: 'enum' } }],
  ['engine version 2.7.0', { given: { ...base, engine_version: '2.7.0' }, want: { path: '/engine_version', rule: 'enum' } }],
  // specification and what depends on it
  ['specification 200MB', { given: { ...base, specification: '200MB' }, want: { path: '/specification', rule: 'enum' } }],
  ['specification without its unit', { given: { ...base, specification: '100' }, want: { path: '/specification', rule: 'enum' } }],
  ['100MB with 599 GB', { given: { ...base, storage_space: 599 }, want: { path: '/storage_space', rule: 'minimum' } }],
  ['90,001 GB', { given: { ...base, storage_space: 90001 }, want: { path: '/storage_space', rule: 'maximum' } }],
  ['300MB with 1,199 GB', { given: { ...base, ...class300, storage_space: 1199 }, want: { path: '/storage_space', rule: 'minimum' } }],
  ['600MB with 2,399 GB', { given: { ...base, ...class600, storage_space: 2399 }, want: { path: '/storage_space', rule: 'minimum' } }],
  ['1200MB with 4,799 GB', { given: { ...base, ...class1200, storage_space: 4799 }, want: { path: '/storage_space', rule: 'minimum' } }],
  ['300MB with 100 GB, below every class (reported once)', { given: { ...base, ...class300, storage_space: 100 }, want: { path: '/storage_space', rule: 'minimum' } }],
  ['a fractional storage space', { given: { ...base, storage_space: 600.5 }, want: { path: '/storage_space', rule: 'type' } }],
  ['a storage space sent as a string', { given: { ...base, storage_space: '600' }, want: { path: '/storage_space', rule: 'type' } }],
  ['100MB with 500 partitions, a count no class has (reported once)', { given: { ...base, partition_num: 500 }, want: { path: '/partition_num', rule: 'enum' } }],
  ['600MB with 500 partitions (reported once)', { given: { ...base, ...class600, partition_num: 500 }, want: { path: '/partition_num', rule: 'enum' } }],
  ['100MB with 900 partitions', { given: { ...base, partition_num: 900 }, want: { path: '/partition_num', rule: 'const' } }],
  ['300MB with 300 partitions', { given: { ...base, ...class300, partition_num: 300 }, want: { path: '/partition_num', rule: 'const' } }],
  ['600MB with 900 partitions', { given: { ...base, ...class600, partition_num: 900 }, want: { path: '/partition_num', rule: 'const' } }],
  ['1200MB with 900 partitions', { given: { ...base, ...class1200, partition_num: 900 }, want: { path: '/partition_num', rule: 'const' } }],
  ['an unknown storage class', { given: { ...base, storage_spec_code: 'dms.physical.storage.normal' }, want: { path: '/storage_spec_code', rule: 'enum' } }],
  ['600MB on high-I/O disks', { given: { ...base, ...class600, storage_spec_code: 'dms.physical.storage.high' }, want: { path: '/storage_spec_code', rule: 'const' } }],
  ['600MB on an unknown storage class (reported once)', { given: { ...base, ...class600, storage_spec_code: 'dms.physical.storage.normal' }, want: { path: '/storage_spec_code', rule: 'enum' } }],
  ['1200MB on high-I/O disks', { given: { ...base, ...class1200, storage_spec_code: 'dms.physical.storage.high' }, want: { path: '/storage_spec_code', rule: 'const' } }],
  // availability zones
  ['no availability zone', { given: { ...base, available_zones: [] }, want: { path: '/available_zones', rule: 'minItems' } }],
  ['exactly two availability zones', { given: { ...base, available_zones: ['az-1', 'az-2'] }, want: { path: '/available_zones', rule: 'not' } }],
  ['an empty availability zone id', { given: { ...base, available_zones: [''] }, want: { path: '/available_zones/0', rule: 'minLength' } }],
  ['availability zones as one comma-separated string', { given: { ...base, available_zones: 'az-1,az-2,az-3' }, want: { path: '/available_zones', rule: 'type' } }],
  // Kafka Manager credentials
  ['a 3-character Kafka Manager user', { given: { ...base, kafka_manager_user: 'adm' }, want: { path: '/kafka_manager_user', rule: 'minLength' } }],
  ['a 65-character Kafka Manager user', { given: { ...base, kafka_manager_user: tooLong(65) }, want: { path: '/kafka_manager_user', rule: 'maxLength' } }],
  ['a Kafka Manager user with an underscore', { given: { ...base, kafka_manager_user: 'kafka_admin' }, want: { path: '/kafka_manager_user', rule: 'pattern' } }],
  ['a 7-character Kafka Manager password', { given: { ...base, kafka_manager_password: 'Abcde1!' }, want: { path: '/kafka_manager_password', rule: 'minLength' } }],
  ['a 33-character Kafka Manager password', { given: { ...base, kafka_manager_password: `A${tooLong(31)}1` }, want: { path: '/kafka_manager_password', rule: 'maxLength' } }],
  ['a Kafka Manager password of lower-case letters only', { given: { ...base, kafka_manager_password: 'onlylowercase' }, want: { path: '/kafka_manager_password', rule: 'pattern' } }],
  ['a Kafka Manager password of digits only', { given: { ...base, kafka_manager_password: '1234567890' }, want: { path: '/kafka_manager_password', rule: 'pattern' } }],
  ['a Kafka Manager password with a space', { given: { ...base, kafka_manager_password: 'Pass word1' }, want: { path: '/kafka_manager_password', rule: 'pattern' } }],
  ["the page example's masked password", { given: { ...base, kafka_manager_password: '**********' }, want: { path: '/kafka_manager_password', rule: 'pattern' } }],
  // SSL
  ['SSL without its user', { given: omit({ ...base, ...ssl }, 'access_user'), want: { path: '', rule: 'required', property: 'access_user' } }],
  ['SSL without its password', { given: omit({ ...base, ...ssl }, 'password'), want: { path: '', rule: 'required', property: 'password' } }],
  ['SSL credentials without ssl_enable', { given: omit({ ...base, ...ssl }, 'ssl_enable'), want: { path: '', rule: 'required', property: 'ssl_enable' } }],
  ['SSL credentials with SSL turned off', { given: { ...base, ...ssl, ssl_enable: false }, want: { path: '/ssl_enable', rule: 'const' } }],
  ['an SSL user alone with SSL turned off', { given: { ...base, ssl_enable: false, access_user: 'kafka-client' }, want: { path: '/ssl_enable', rule: 'const' } }],
  ['an SSL password alone without ssl_enable', { given: { ...base, password: 'Cl1ent-Pass' }, want: { path: '', rule: 'required', property: 'ssl_enable' } }],
  ['a 3-character SSL user', { given: { ...base, ...ssl, access_user: 'usr' }, want: { path: '/access_user', rule: 'minLength' } }],
  ['a 65-character SSL user', { given: { ...base, ...ssl, access_user: tooLong(65) }, want: { path: '/access_user', rule: 'maxLength' } }],
  ['an SSL user with an underscore', { given: { ...base, ...ssl, access_user: 'kafka_client' }, want: { path: '/access_user', rule: 'pattern' } }],
  ['an SSL password of one character type', { given: { ...base, ...ssl, password: 'abcdefgh' }, want: { path: '/password', rule: 'pattern' } }],
  ['a 7-character SSL password', { given: { ...base, ...ssl, password: 'Abcde1!' }, want: { path: '/password', rule: 'minLength' } }],
  ['a 33-character SSL password', { given: { ...base, ...ssl, password: `P@ssw0rd${'x'.repeat(25)}` }, want: { path: '/password', rule: 'maxLength' } }],
  ['an SSL password with a space', { given: { ...base, ...ssl, password: 'Cl1ent Pass' }, want: { path: '/password', rule: 'pattern' } }],
  ['ssl_enable sent as a string', { given: { ...base, ssl_enable: 'true' }, want: { path: '/ssl_enable', rule: 'type' } }],
  // public access
  ['public access without an EIP', { given: { ...base, enable_publicip: true }, want: { path: '', rule: 'required', property: 'publicip_id' } }],
  ['public access with an empty EIP id', { given: { ...base, ...publicAccess, publicip_id: '' }, want: { path: '/publicip_id', rule: 'minLength' } }],
  ['public bandwidth 2 Mbit/s', { given: { ...base, ...publicAccess, public_bandwidth: 2 }, want: { path: '/public_bandwidth', rule: 'minimum' } }],
  ['public bandwidth 2,401 Mbit/s', { given: { ...base, ...class1200, ...publicAccess, public_bandwidth: 2401 }, want: { path: '/public_bandwidth', rule: 'maximum' } }],
  ['100MB with 901 Mbit/s', { given: { ...base, ...publicAccess, public_bandwidth: 901 }, want: { path: '/public_bandwidth', rule: 'maximum' } }],
  ['300MB with 901 Mbit/s', { given: { ...base, ...class300, ...publicAccess, public_bandwidth: 901 }, want: { path: '/public_bandwidth', rule: 'maximum' } }],
  ['600MB with 3 Mbit/s', { given: { ...base, ...class600, ...publicAccess, public_bandwidth: 3 }, want: { path: '/public_bandwidth', rule: 'minimum' } }],
  ['600MB with 1,201 Mbit/s', { given: { ...base, ...class600, ...publicAccess, public_bandwidth: 1201 }, want: { path: '/public_bandwidth', rule: 'maximum' } }],
  ['600MB with 2 Mbit/s, below every class (reported once)', { given: { ...base, ...class600, ...publicAccess, public_bandwidth: 2 }, want: { path: '/public_bandwidth', rule: 'minimum' } }],
  ['300MB with 2,401 Mbit/s, above every class (reported once)', { given: { ...base, ...class300, ...publicAccess, public_bandwidth: 2401 }, want: { path: '/public_bandwidth', rule: 'maximum' } }],
  ['1200MB with 7 Mbit/s', { given: { ...base, ...class1200, ...publicAccess, public_bandwidth: 7 }, want: { path: '/public_bandwidth', rule: 'minimum' } }],
  ['a fractional public bandwidth', { given: { ...base, ...publicAccess, public_bandwidth: 3.5 }, want: { path: '/public_bandwidth', rule: 'type' } }],
  ["the page example's misspelt public_boundwidth", { given: { ...base, ...publicAccess, public_boundwidth: 3 }, want: { path: '', rule: 'unevaluatedProperties', property: 'public_boundwidth' } }],
  // other options
  ['retention policy delete', { given: { ...base, retention_policy: 'delete' }, want: { path: '/retention_policy', rule: 'enum' } }],
  ['connector_enable sent as a string', { given: { ...base, connector_enable: 'no' }, want: { path: '/connector_enable', rule: 'type' } }],
  ['enable_auto_topic sent as a number', { given: { ...base, enable_auto_topic: 1 }, want: { path: '/enable_auto_topic', rule: 'type' } }],
  // maintenance window
  ['a window start without an end', { given: { ...base, maintain_begin: '22:00' }, want: { path: '', rule: 'dependentRequired', property: 'maintain_end' } }],
  ['a window end without a start', { given: { ...base, maintain_end: '02:00' }, want: { path: '', rule: 'dependentRequired', property: 'maintain_begin' } }],
  ['a window starting at 03:00', { given: { ...base, maintain_begin: '03:00', maintain_end: '06:00' }, want: { path: '/maintain_begin', rule: 'enum' } }],
  ['a window written with seconds', { given: { ...base, maintain_begin: '22:00:00', maintain_end: '02:00' }, want: { path: '/maintain_begin', rule: 'enum' } }],
  ['a window 22:00–06:00 (eight hours)', { given: { ...base, maintain_begin: '22:00', maintain_end: '06:00' }, want: { path: '/maintain_end', rule: 'const' } }],
  ['a window ending at 03:00, off the list', { given: { ...base, maintain_begin: '02:00', maintain_end: '03:00' }, want: { path: '/maintain_end', rule: 'enum' } }],
  // tags
  ['tags that are not an array', { given: { ...base, tags: { env: 'production' } }, want: { path: '/tags', rule: 'type' } }],
  ['a tag with an unknown member', { given: { ...base, tags: [{ key: 'env', value: 'prod', scope: 'all' }] }, want: { path: '/tags/0', rule: 'additionalProperties', property: 'scope' } }],
  ['an empty tag key', { given: { ...base, tags: [{ key: '', value: 'prod' }] }, want: { path: '/tags/0/key', rule: 'minLength' } }],
  ['a 37-character tag key', { given: { ...base, tags: [{ key: '键'.repeat(37), value: 'prod' }] }, want: { path: '/tags/0/key', rule: 'maxLength' } }],
  ['a 44-character tag value', { given: { ...base, tags: [{ key: 'env', value: tooLong(44) }] }, want: { path: '/tags/0/value', rule: 'maxLength' } }],
  ...['=', '*', '<', '>', ',', '|', '/', '\u0000', '\n', '\u001f'].flatMap((c): [string, { given: object; want: RuleViolation }][] => [
    [`a tag key with ${JSON.stringify(c)}`, { given: { ...base, tags: [{ key: `a${c}b`, value: 'v' }] }, want: { path: '/tags/0/key', rule: 'pattern' } }],
    [`a tag value with ${JSON.stringify(c)}`, { given: { ...base, tags: [{ key: 'k', value: `a${c}b` }] }, want: { path: '/tags/0/value', rule: 'pattern' } }],
  ]),
  // unknown fields
  ['an unknown top-level field', { given: { ...base, broker_num: 3 }, want: { path: '', rule: 'unevaluatedProperties', property: 'broker_num' } }],
  [
    'bss_param, which this pay-per-use operation does not take',
    { given: { ...base, bss_param: { charging_mode: 'postPaid' } }, want: { path: '', rule: 'unevaluatedProperties', property: 'bss_param' } },
  ],
];
