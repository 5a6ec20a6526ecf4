// The tables of Huawei Cloud Kafka's "Creating an Instance" (CreateInstanceByEngine, POST /v2/{engine}/{project_id}/instances)
// against the description: every field and every rule. Page: the vendor's English page, read from its Open Telekom Cloud copy
// (opentelekomcloud-docs/distributed-message-service, api-ref/source/apis_v2_recommended/lifecycle_management/creating_an_instance.rst);
// beyond its table: the official SDK model CreateInstanceByEngineReq (@huaweicloud/huaweicloud-sdk-kafka 3.1.215; its Go twin
// carries the vendor's API text) for tenant_ips, port_protocol, the broker range of each flavor and the two extra disk types.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import { type FieldFacts, requestBodyValidator, type RuleViolation } from '../../support/spec.ts';
import { missingFieldBodies, omit } from '../../support/page-tables.ts';

export const service = 'huaweicloud-kafka';
export const operation = ['post', '/v2/{engine}/{project_id}/instances'] as const;
export const validate = requestBodyValidator(service, ...operation);

// The page's request table (Table 2, with the TagEntity and BssParam rows of Tables 3 and 4), then the SDK model's fields the
// page leaves out (tenant_ips, port_protocol and its members): [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [
  ['name', { type: 'string', required: true }],
  ['description', { type: 'string', required: false }],
  ['engine', { type: 'string', required: true }],
  ['engine_version', { type: 'string', required: true }],
  ['broker_num', { type: 'integer', required: true }],
  ['storage_space', { type: 'integer', required: true }],
  ['access_user', { type: 'string', required: false }],
  ['password', { type: 'string', required: false }],
  ['vpc_id', { type: 'string', required: true }],
  ['security_group_id', { type: 'string', required: true }],
  ['subnet_id', { type: 'string', required: true }],
  ['available_zones', { type: 'array<string>', required: true }],
  ['product_id', { type: 'string', required: true }],
  ['maintain_begin', { type: 'string', required: false }],
  ['maintain_end', { type: 'string', required: false }],
  ['enable_publicip', { type: 'boolean', required: false }],
  ['publicip_id', { type: 'string', required: false }],
  ['ssl_enable', { type: 'boolean', required: false }],
  ['kafka_security_protocol', { type: 'string', required: false }],
  ['sasl_enabled_mechanisms', { type: 'array<string>', required: false }],
  ['retention_policy', { type: 'string', required: false }],
  ['ipv6_enable', { type: 'boolean', required: false }],
  ['disk_encrypted_enable', { type: 'boolean', required: false }],
  ['disk_encrypted_key', { type: 'string', required: false }],
  ['connector_enable', { type: 'boolean', required: false }],
  ['enable_auto_topic', { type: 'boolean', required: false }],
  ['storage_spec_code', { type: 'string', required: true }],
  ['enterprise_project_id', { type: 'string', required: false }],
  ['tags', { type: 'array<object>', required: false }],
  ['arch_type', { type: 'string', required: false }],
  ['vpc_client_plain', { type: 'boolean', required: false }],
  ['bss_param', { type: 'object', required: false }],
  ['tags[].key', { type: 'string', required: false }],
  ['tags[].value', { type: 'string', required: false }],
  ['bss_param.is_auto_renew', { type: 'boolean', required: false }],
  ['bss_param.charging_mode', { type: 'string', required: false }],
  ['bss_param.is_auto_pay', { type: 'boolean', required: false }],
  ['bss_param.period_type', { type: 'string', required: false }],
  ['bss_param.period_num', { type: 'integer', required: false }],
  // Not on the page's table; in the SDK model (CreateInstanceByEngineReq, PortProtocol).
  ['tenant_ips', { type: 'array<string>', required: false }],
  ['port_protocol', { type: 'object', required: false }],
  ['port_protocol.private_plain_enable', { type: 'boolean', required: false }],
  ['port_protocol.private_sasl_ssl_enable', { type: 'boolean', required: false }],
  ['port_protocol.private_sasl_plaintext_enable', { type: 'boolean', required: false }],
  ['port_protocol.public_plain_enable', { type: 'boolean', required: false }],
  ['port_protocol.public_sasl_ssl_enable', { type: 'boolean', required: false }],
  ['port_protocol.public_sasl_plaintext_enable', { type: 'boolean', required: false }],
];

// A minimal body the page accepts (pay-per-use, Kafka 3.x, the smallest cluster flavor with three brokers and 300 GB of high
// I/O disk in one AZ, no SASL, no public access); every case below starts from it.
export const base = {
  name: 'kafka-orders',
  engine: 'kafka',
  engine_version: '3.x',
  broker_num: 3,
  storage_space: 300,
  vpc_id: '3db8490c-4d6d-4d8f-8d3f-047b0de4c5cf',
  security_group_id: '23c5977f-ff33-4b95-a73e-08d8a0bc4e6c',
  subnet_id: '0a0f1fcb-f019-458d-b9e5-301867394d50',
  available_zones: ['9f1c5806706d4c1fb0eb72f0a9b18c77'],
  product_id: 'c6.2u4g.cluster',
  storage_spec_code: 'dms.physical.storage.high.v2',
};
/** SASL turned on with everything the page then requires. */
export const sasl = { ssl_enable: true, kafka_security_protocol: 'SASL_SSL', sasl_enabled_mechanisms: ['SCRAM-SHA-512'], access_user: 'kafka-client', password: 'Sasl-Passw0rd' };
export const credentials = { access_user: 'kafka-client', password: 'Sasl-Passw0rd' };
export const publicAccess = { enable_publicip: true, publicip_id: '1d7a8d3e-3c1b-4f7a-9c5e-7b2f0e4a6c11,6f0e2d4c-8a9b-4c1d-b2e3-f4a5b6c7d8e9,a1b2c3d4-e5f6-4a7b-8c9d-e0f1a2b3c4d5' };
export const encrypted = { disk_encrypted_enable: true, disk_encrypted_key: '7d2e4c19-b953-4875-a743-5f0a8e6b3c21' };
export const threeZones = ['az-1', 'az-2', 'az-3'];
export const monthly = { charging_mode: 'prePaid', period_type: 'month', period_num: 1 };
export const yearly = { charging_mode: 'prePaid', period_type: 'year', period_num: 1 };

// The five flavors the page names: [product_id, most storage (GB, page), most brokers (vendor's API text)]; all start at 300 GB
// and three brokers.
export const flavors: [string, number, number][] = [
  ['c6.2u4g.cluster', 300000, 30],
  ['c6.4u8g.cluster', 600000, 30],
  ['c6.8u16g.cluster', 1500000, 50],
  ['c6.12u24g.cluster', 1500000, 50],
  ['c6.16u32g.cluster', 1500000, 50],
];
export const storageClasses = ['dms.physical.storage.high.v2', 'dms.physical.storage.ultra.v2', 'dms.physical.storage.general', 'dms.physical.storage.extreme'];
export const windows: [string, string][] = [
  ['22:00', '02:00'],
  ['02:00', '06:00'],
  ['06:00', '10:00'],
  ['10:00', '14:00'],
  ['14:00', '18:00'],
  ['18:00', '22:00'],
];

// The page's request example with its masked values filled in and its engine_version "2.7,3.x" sent as the "2.7" its title
// names (the description's corrected pageExample).
export const pageExample = {
  name: 'kafka-test',
  description: '',
  engine: 'kafka',
  engine_version: '2.7',
  storage_space: 300,
  vpc_id: '5e1c2a7d-9b4a-44c5-a964-0d3f8b2e6a11',
  subnet_id: '8c4b1f30-8fbf-4438-ba71-3a9e7d2c5f04',
  security_group_id: '1a7e9c52-e073-4aad-991f-6b2d4e8f0c37',
  available_zones: ['9f1c5806706d4c1fb0eb72f0a9b18c77'],
  product_id: 'c6.2u4g.cluster',
  ssl_enable: true,
  kafka_security_protocol: 'SASL_SSL',
  sasl_enabled_mechanisms: ['SCRAM-SHA-512'],
  storage_spec_code: 'dms.physical.storage.ultra.v2',
  broker_num: 3,
  arch_type: 'X86',
  enterprise_project_id: '0',
  access_user: 'kafka-user',
  password: 'Sasl-Passw0rd',
  enable_publicip: true,
  tags: [{ key: 'aaa', value: '111' }],
  retention_policy: 'time_base',
  disk_encrypted_enable: true,
  disk_encrypted_key: '7d2e4c19-b953-4875-a743-5f0a8e6b3c21',
  publicip_id: '3b9e7a21-88fc-4a8c-86d0-2c4f6e8a0b13,6db1129f-16af-455d-8d54-d7ab9f277393,9a0c5e82-3d69-4367-95ab-1e7f3c5d9b24',
  vpc_client_plain: true,
  enable_auto_topic: true,
};

export type Valid = [string, object];
export type Invalid = [string, { given: object; want: RuleViolation }];

export const validBodies: Valid[] = [
  ['the minimal body', base],
  ["the page's own example (values unmasked, one engine version)", pageExample],
  // name and description
  ['a 4-character name', { ...base, name: 'kafk' }],
  ['a 64-character name with digits, underscores and hyphens', { ...base, name: `K_1-${'a'.repeat(60)}` }],
  ['an empty description', { ...base, description: '' }],
  ['a 1024-character description with quotes and backslashes', { ...base, description: `"a\\b" ${'d'.repeat(1018)}` }],
  // versions, flavors, brokers, storage
  ...['1.1.0', '2.3.0', '2.7', '3.x'].map((engine_version): Valid => [`Kafka ${engine_version}`, { ...base, engine_version }]),
  ...flavors.flatMap(([product_id, maxStorage, maxBrokers]): Valid[] => [
    [`${product_id} with 300 GB and three brokers`, { ...base, product_id, storage_space: 300, broker_num: 3 }],
    [`${product_id} with ${maxStorage} GB and ${maxBrokers} brokers`, { ...base, product_id, storage_space: maxStorage, broker_num: maxBrokers }],
  ]),
  ['a flavor the page does not name, with one broker and 100 GB (left to the service)', { ...base, product_id: 's6.2u4g.cluster.small', broker_num: 1, storage_space: 100 }],
  ...storageClasses.map((storage_spec_code): Valid => [`disk type ${storage_spec_code}`, { ...base, storage_spec_code }]),
  // availability zones and addresses
  ['three availability zones', { ...base, available_zones: threeZones }],
  ['four availability zones', { ...base, available_zones: [...threeZones, 'az-4'] }],
  ['fixed private addresses for some brokers', { ...base, tenant_ips: ['192.168.0.21', '192.168.0.22'] }],
  ['no fixed private addresses', { ...base, tenant_ips: [] }],
  ['IPv6 on', { ...base, ipv6_enable: true }],
  // public access
  ['public access with three comma-separated EIPs', { ...base, ...publicAccess }],
  ['public access with one EIP', { ...base, enable_publicip: true, publicip_id: '1d7a8d3e-3c1b-4f7a-9c5e-7b2f0e4a6c11' }],
  ['public access turned off, without an EIP', { ...base, enable_publicip: false }],
  // SASL through ssl_enable
  ['SASL with SASL_SSL and SCRAM-SHA-512', { ...base, ...sasl }],
  ['SASL with SASL_PLAINTEXT and SCRAM-SHA-512', { ...base, ...sasl, kafka_security_protocol: 'SASL_PLAINTEXT' }],
  ['SASL with both mechanisms', { ...base, ...sasl, sasl_enabled_mechanisms: ['PLAIN', 'SCRAM-SHA-512'] }],
  ['SASL with PLAIN only', { ...base, ...sasl, sasl_enabled_mechanisms: ['PLAIN'] }],
  ['SASL with a 4-character user', { ...base, ...sasl, access_user: 'user' }],
  ['SASL with a 64-character user with digits, hyphens and underscores', { ...base, ...sasl, access_user: `u_1-${'x'.repeat(60)}` }],
  ['SASL with an 8-character password of three character types', { ...base, ...sasl, password: 'Abcdefg1' }],
  ['SASL with a 32-character password', { ...base, ...sasl, password: 'P@ssw0rd'.repeat(4) }],
  ['SASL with a password of lower case, digits and specials', { ...base, ...sasl, password: 'abc#1234' }],
  ['SASL with a password of upper case, digits and a space', { ...base, ...sasl, password: 'ABC 1234' }],
  ['SASL with a 32-character password of every listed special character', { ...base, ...sasl, password: 'a1`~!@#$%^&*()-_=+|[{}]:\'",<.>/?' }],
  ['SASL turned off explicitly, without credentials', { ...base, ssl_enable: false }],
  ['SASL with port_protocol deciding the protocol, without kafka_security_protocol', { ...base, ...omit(sasl, 'kafka_security_protocol'), port_protocol: { private_sasl_ssl_enable: true } }],
  // port_protocol
  ['private plaintext access only', { ...base, port_protocol: { private_plain_enable: true } }],
  ['private plaintext and SASL_PLAINTEXT access, with credentials', { ...base, ...credentials, port_protocol: { private_plain_enable: true, private_sasl_plaintext_enable: true } }],
  ['private SASL_SSL access with credentials and no ssl_enable', { ...base, ...credentials, port_protocol: { private_sasl_ssl_enable: true } }],
  ['credentials with a public SASL mode only turning SASL on', { ...base, ...publicAccess, ...credentials, port_protocol: { private_plain_enable: true, public_sasl_plaintext_enable: true } }],
  ['every plaintext mode, private and public', { ...base, ...publicAccess, port_protocol: { private_plain_enable: true, public_plain_enable: true } }],
  ['SASL_SSL private and public, and public plaintext', { ...base, ...publicAccess, port_protocol: { private_sasl_ssl_enable: true, public_sasl_ssl_enable: true, public_plain_enable: true } }],
  [
    'public modes turned off explicitly, without public access',
    { ...base, port_protocol: { private_plain_enable: true, public_plain_enable: false, public_sasl_ssl_enable: false, public_sasl_plaintext_enable: false } },
  ],
  // other options
  ['retention policy produce_reject', { ...base, retention_policy: 'produce_reject' }],
  ['retention policy time_base', { ...base, retention_policy: 'time_base' }],
  ['disk encryption with a key', { ...base, ...encrypted }],
  ['disk encryption without a key (the page does not require one)', { ...base, disk_encrypted_enable: true }],
  ['disk encryption off, key blank', { ...base, disk_encrypted_enable: false, disk_encrypted_key: '' }],
  ['disk encryption not mentioned, key blank', { ...base, disk_encrypted_key: '' }],
  ['message dumping, automatic topics and intra-VPC plaintext on', { ...base, connector_enable: true, enable_auto_topic: true, vpc_client_plain: true }],
  ['architecture X86', { ...base, arch_type: 'X86' }],
  ['an enterprise project', { ...base, enterprise_project_id: '0' }],
  ...windows.map(([maintain_begin, maintain_end]): Valid => [`maintenance window ${maintain_begin}–${maintain_end}`, { ...base, maintain_begin, maintain_end }]),
  // tags: the page's Table 3 (key 1 to 128, value 0 to 255; letters, digits, spaces and _ . : = + - @; no space at either end of the key)
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
  ['a tag key and value with spaces and the characters . : + - @ _', { ...base, tags: [{ key: 'cost center: a.b+c-d@e_f', value: 'x y.z:1+2-3@4_5' }] }],
  ['a tag with Chinese letters', { ...base, tags: [{ key: '环境', value: '生产' }] }],
  ['a tag with an empty value', { ...base, tags: [{ key: 'env', value: '' }] }],
  ['a tag with its key only', { ...base, tags: [{ key: 'env' }] }],
  ['a 128-character tag key and a 255-character value', { ...base, tags: [{ key: 'k'.repeat(128), value: 'v'.repeat(255) }] }],
  ['a tag key and value with "="', { ...base, tags: [{ key: 'a=b', value: 'c=d' }] }],
  ['a tag key with a space inside', { ...base, tags: [{ key: 'cost center', value: 'v' }] }],
  ['no tags', { ...base, tags: [] }],
  // bss_param
  ['an empty bss_param (pay-per-use by default)', { ...base, bss_param: {} }],
  ['bss_param postPaid', { ...base, bss_param: { charging_mode: 'postPaid', is_auto_pay: false, is_auto_renew: false } }],
  ['1 month', { ...base, bss_param: monthly }],
  ['9 months', { ...base, bss_param: { ...monthly, period_num: 9 } }],
  ['1 year', { ...base, bss_param: yearly }],
  ['3 years, renewed and paid automatically', { ...base, bss_param: { ...yearly, period_num: 3, is_auto_renew: true, is_auto_pay: true } }],
  [
    'a yearly SASL instance over three AZs with encrypted disks, public access and fixed addresses',
    {
      ...base,
      ...sasl,
      ...encrypted,
      ...publicAccess,
      product_id: 'c6.8u16g.cluster',
      broker_num: 6,
      storage_space: 6000,
      available_zones: threeZones,
      tenant_ips: ['192.168.0.21', '192.168.0.22', '192.168.0.23'],
      maintain_begin: '22:00',
      maintain_end: '02:00',
      bss_param: yearly,
    },
  ],
];

const saslOn = (extra: object) => ({ ...base, ...sasl, ...extra });

// One case per documented rule, each breaking exactly that rule.
export const invalidBodies: Invalid[] = [
  ...missingFieldBodies(pageFields, base),
  // name and description
  ['a name starting with a digit', { given: { ...base, name: '1kafka' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name starting with an underscore', { given: { ...base, name: '_kafka' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name with a dot', { given: { ...base, name: 'kafka.orders' }, want: { path: '/name', rule: 'pattern' } }],
  ['a 3-character name', { given: { ...base, name: 'kaf' }, want: { path: '/name', rule: 'minLength' } }],
  ['a 65-character name', { given: { ...base, name: `k${'a'.repeat(64)}` }, want: { path: '/name', rule: 'maxLength' } }],
  ['a name that is not a string', { given: { ...base, name: 42 }, want: { path: '/name', rule: 'type' } }],
  ['a 1025-character description', { given: { ...base, description: 'd'.repeat(1025) }, want: { path: '/description', rule: 'maxLength' } }],
  // engine and version
  ['engine rocketmq', { given: { ...base, engine: 'rocketmq' }, want: { path: '/engine', rule: 'enum' } }],
  ['engine spelt Kafka', { given: { ...base, engine: 'Kafka' }, want: { path: '/engine', rule: 'enum' } }],
  ['engine version 2.7.0', { given: { ...base, engine_version: '2.7.0' }, want: { path: '/engine_version', rule: 'enum' } }],
  ['the page example\'s engine version "2.7,3.x"', { given: { ...pageExample, engine_version: '2.7,3.x' }, want: { path: '/engine_version', rule: 'enum' } }],
  // flavors: storage and brokers
  ...flavors.flatMap(([product_id, maxStorage, maxBrokers]): Invalid[] => [
    [`${product_id} with 299 GB`, { given: { ...base, product_id, storage_space: 299 }, want: { path: '/storage_space', rule: 'minimum' } }],
    [`${product_id} with ${maxStorage + 1} GB`, { given: { ...base, product_id, storage_space: maxStorage + 1 }, want: { path: '/storage_space', rule: 'maximum' } }],
    [`${product_id} with two brokers`, { given: { ...base, product_id, broker_num: 2 }, want: { path: '/broker_num', rule: 'minimum' } }],
    [`${product_id} with ${maxBrokers + 1} brokers`, { given: { ...base, product_id, broker_num: maxBrokers + 1 }, want: { path: '/broker_num', rule: 'maximum' } }],
  ]),
  ['no brokers with a named flavor (reported once)', { given: { ...base, broker_num: 0 }, want: { path: '/broker_num', rule: 'minimum' } }],
  ['no brokers with a flavor the page does not name', { given: { ...base, product_id: 's6.2u4g.cluster.small', broker_num: 0 }, want: { path: '/broker_num', rule: 'minimum' } }],
  ['a fractional broker count', { given: { ...base, broker_num: 3.5 }, want: { path: '/broker_num', rule: 'type' } }],
  ['a storage space sent as a string', { given: { ...base, storage_space: '300' }, want: { path: '/storage_space', rule: 'type' } }],
  ['a product id that is not a string', { given: { ...base, product_id: 3 }, want: { path: '/product_id', rule: 'type' } }],
  ['an unknown disk type', { given: { ...base, storage_spec_code: 'dms.physical.storage.normal' }, want: { path: '/storage_spec_code', rule: 'enum' } }],
  ['the legacy disk type without .v2', { given: { ...base, storage_spec_code: 'dms.physical.storage.ultra' }, want: { path: '/storage_spec_code', rule: 'enum' } }],
  // availability zones and addresses
  ['no availability zone', { given: { ...base, available_zones: [] }, want: { path: '/available_zones', rule: 'minItems' } }],
  ['exactly two availability zones', { given: { ...base, available_zones: ['az-1', 'az-2'] }, want: { path: '/available_zones', rule: 'not' } }],
  ['an empty availability zone id', { given: { ...base, available_zones: ['az-1', 'az-2', ''] }, want: { path: '/available_zones/2', rule: 'minLength' } }],
  ['availability zones as one comma-separated string', { given: { ...base, available_zones: 'az-1,az-2,az-3' }, want: { path: '/available_zones', rule: 'type' } }],
  ['availability zones null', { given: { ...base, available_zones: null }, want: { path: '/available_zones', rule: 'type' } }],
  ['a VPC id that is not a string', { given: { ...base, vpc_id: 42 }, want: { path: '/vpc_id', rule: 'type' } }],
  ['an IPv6 broker address', { given: { ...base, tenant_ips: ['192.168.0.21', '2001:db8::15'] }, want: { path: '/tenant_ips/1', rule: 'format' } }],
  ['a broker address out of range', { given: { ...base, tenant_ips: ['192.168.0.256'] }, want: { path: '/tenant_ips/0', rule: 'format' } }],
  ['broker addresses as one comma-separated string', { given: { ...base, tenant_ips: '192.168.0.21,192.168.0.22' }, want: { path: '/tenant_ips', rule: 'type' } }],
  ['ipv6_enable sent as a string', { given: { ...base, ipv6_enable: 'true' }, want: { path: '/ipv6_enable', rule: 'type' } }],
  // public access
  ['public access without an EIP', { given: { ...base, enable_publicip: true }, want: { path: '', rule: 'required', property: 'publicip_id' } }],
  ['public access with an empty EIP id', { given: { ...base, ...publicAccess, publicip_id: '' }, want: { path: '/publicip_id', rule: 'minLength' } }],
  ['enable_publicip sent as a string', { given: { ...base, enable_publicip: 'true' }, want: { path: '/enable_publicip', rule: 'type' } }],
  // SASL through ssl_enable
  ['SASL without a user', { given: omit(saslOn({}), 'access_user'), want: { path: '', rule: 'required', property: 'access_user' } }],
  ['SASL without a password', { given: omit(saslOn({}), 'password'), want: { path: '', rule: 'required', property: 'password' } }],
  ['SASL without mechanisms', { given: omit(saslOn({}), 'sasl_enabled_mechanisms'), want: { path: '', rule: 'required', property: 'sasl_enabled_mechanisms' } }],
  ['SASL without a security protocol or port_protocol', { given: omit(saslOn({}), 'kafka_security_protocol'), want: { path: '', rule: 'required', property: 'kafka_security_protocol' } }],
  ['ssl_enable sent as a string', { given: { ...base, ssl_enable: 'true' }, want: { path: '/ssl_enable', rule: 'type' } }],
  ['security protocol SSL', { given: saslOn({ kafka_security_protocol: 'SSL' }), want: { path: '/kafka_security_protocol', rule: 'enum' } }],
  ['security protocol in lower case', { given: saslOn({ kafka_security_protocol: 'sasl_ssl' }), want: { path: '/kafka_security_protocol', rule: 'enum' } }],
  ['a security protocol together with port_protocol', { given: saslOn({ port_protocol: { private_sasl_ssl_enable: true } }), want: { path: '/kafka_security_protocol', rule: 'false schema' } }],
  ['mechanism SCRAM-SHA-256', { given: saslOn({ sasl_enabled_mechanisms: ['SCRAM-SHA-256'] }), want: { path: '/sasl_enabled_mechanisms/0', rule: 'enum' } }],
  ['no mechanism in the list', { given: saslOn({ sasl_enabled_mechanisms: [] }), want: { path: '/sasl_enabled_mechanisms', rule: 'minItems' } }],
  ['a mechanism listed twice', { given: saslOn({ sasl_enabled_mechanisms: ['PLAIN', 'PLAIN'] }), want: { path: '/sasl_enabled_mechanisms', rule: 'uniqueItems' } }],
  ['mechanisms as one string', { given: saslOn({ sasl_enabled_mechanisms: 'PLAIN' }), want: { path: '/sasl_enabled_mechanisms', rule: 'type' } }],
  // SASL credentials: their rules, and nothing turning SASL on
  ['a user starting with a digit', { given: saslOn({ access_user: '1client' }), want: { path: '/access_user', rule: 'pattern' } }],
  ['a user with a dot', { given: saslOn({ access_user: 'kafka.client' }), want: { path: '/access_user', rule: 'pattern' } }],
  ['a 3-character user', { given: saslOn({ access_user: 'usr' }), want: { path: '/access_user', rule: 'minLength' } }],
  ['a 65-character user', { given: saslOn({ access_user: `u${'x'.repeat(64)}` }), want: { path: '/access_user', rule: 'maxLength' } }],
  ['a 7-character password', { given: saslOn({ password: 'Abcde1!' }), want: { path: '/password', rule: 'minLength' } }],
  ['a 33-character password', { given: saslOn({ password: `P@ssw0rd${'x'.repeat(25)}` }), want: { path: '/password', rule: 'maxLength' } }],
  ['a password of two character types', { given: saslOn({ password: 'abcdefg1' }), want: { path: '/password', rule: 'pattern' } }],
  ['a password of lower-case letters and specials only', { given: saslOn({ password: 'abc-defg!' }), want: { path: '/password', rule: 'pattern' } }],
  ['a password starting with a hyphen', { given: saslOn({ password: '-Abcdef1' }), want: { path: '/password', rule: 'pattern' } }],
  ['a password with a character outside the list', { given: saslOn({ password: 'Abcdef1é' }), want: { path: '/password', rule: 'pattern' } }],
  ['a password with a tab', { given: saslOn({ password: 'Abc\tdef1' }), want: { path: '/password', rule: 'pattern' } }],
  ['a user without anything turning SASL on', { given: { ...base, access_user: 'kafka-client' }, want: { path: '', rule: 'anyOf' } }],
  ['a password with SASL turned off', { given: { ...base, ssl_enable: false, password: 'Sasl-Passw0rd' }, want: { path: '', rule: 'anyOf' } }],
  ['credentials with plaintext access modes only', { given: { ...base, ...credentials, port_protocol: { private_plain_enable: true } }, want: { path: '', rule: 'anyOf' } }],
  // port_protocol
  ['port_protocol with no private mode on', { given: { ...base, port_protocol: {} }, want: { path: '/port_protocol', rule: 'anyOf' } }],
  [
    'port_protocol with every private mode off and a public one on',
    { given: { ...base, ...publicAccess, port_protocol: { private_plain_enable: false, public_plain_enable: true } }, want: { path: '/port_protocol', rule: 'anyOf' } },
  ],
  ['both private SASL modes', { given: { ...base, port_protocol: { private_sasl_ssl_enable: true, private_sasl_plaintext_enable: true } }, want: { path: '/port_protocol', rule: 'not' } }],
  [
    'both public SASL modes',
    {
      given: { ...base, ...publicAccess, port_protocol: { private_plain_enable: true, public_sasl_ssl_enable: true, public_sasl_plaintext_enable: true } },
      want: { path: '/port_protocol', rule: 'not' },
    },
  ],
  [
    'public plaintext access without enable_publicip',
    { given: { ...base, port_protocol: { private_plain_enable: true, public_plain_enable: true } }, want: { path: '', rule: 'required', property: 'enable_publicip' } },
  ],
  [
    'public SASL_SSL access with public access off',
    { given: { ...base, enable_publicip: false, port_protocol: { private_plain_enable: true, public_sasl_ssl_enable: true } }, want: { path: '/enable_publicip', rule: 'const' } },
  ],
  [
    'a port_protocol member sent as a string',
    { given: { ...base, port_protocol: { private_plain_enable: true, private_sasl_plaintext_enable: 'true' } }, want: { path: '/port_protocol/private_sasl_plaintext_enable', rule: 'type' } },
  ],
  [
    'an unknown port_protocol member',
    {
      given: { ...base, port_protocol: { private_plain_enable: true, cross_vpc_plain_enable: true } },
      want: { path: '/port_protocol', rule: 'additionalProperties', property: 'cross_vpc_plain_enable' },
    },
  ],
  // other options
  ['retention policy delete', { given: { ...base, retention_policy: 'delete' }, want: { path: '/retention_policy', rule: 'enum' } }],
  ['a key with disk encryption off', { given: { ...base, ...encrypted, disk_encrypted_enable: false }, want: { path: '/disk_encrypted_key', rule: 'maxLength' } }],
  ['a key without disk_encrypted_enable', { given: omit({ ...base, ...encrypted }, 'disk_encrypted_enable'), want: { path: '/disk_encrypted_key', rule: 'maxLength' } }],
  ['a key that is not a string', { given: { ...base, disk_encrypted_enable: true, disk_encrypted_key: 42 }, want: { path: '/disk_encrypted_key', rule: 'type' } }],
  ['disk_encrypted_enable sent as a string', { given: { ...base, disk_encrypted_enable: 'yes' }, want: { path: '/disk_encrypted_enable', rule: 'type' } }],
  ['connector_enable sent as a string', { given: { ...base, connector_enable: 'no' }, want: { path: '/connector_enable', rule: 'type' } }],
  ['enable_auto_topic sent as a number', { given: { ...base, enable_auto_topic: 1 }, want: { path: '/enable_auto_topic', rule: 'type' } }],
  ['vpc_client_plain sent as a string', { given: { ...base, vpc_client_plain: 'true' }, want: { path: '/vpc_client_plain', rule: 'type' } }],
  ["architecture x86 in lower case (the page's prose spelling)", { given: { ...base, arch_type: 'x86' }, want: { path: '/arch_type', rule: 'enum' } }],
  ['architecture ARM', { given: { ...base, arch_type: 'ARM' }, want: { path: '/arch_type', rule: 'enum' } }],
  ['an enterprise project id that is not a string', { given: { ...base, enterprise_project_id: 0 }, want: { path: '/enterprise_project_id', rule: 'type' } }],
  // maintenance window
  ['a window start without an end', { given: { ...base, maintain_begin: '22:00' }, want: { path: '', rule: 'dependentRequired', property: 'maintain_end' } }],
  ['a window end without a start', { given: { ...base, maintain_end: '06:00' }, want: { path: '', rule: 'dependentRequired', property: 'maintain_begin' } }],
  ['a window starting at 03:00', { given: { ...base, maintain_begin: '03:00', maintain_end: '06:00' }, want: { path: '/maintain_begin', rule: 'enum' } }],
  ['a window written with seconds', { given: { ...base, maintain_begin: '22:00:00', maintain_end: '02:00' }, want: { path: '/maintain_begin', rule: 'enum' } }],
  ['a window ending at 05:00, off the list', { given: { ...base, maintain_begin: '02:00', maintain_end: '05:00' }, want: { path: '/maintain_end', rule: 'enum' } }],
  ['a window 22:00–06:00 (eight hours)', { given: { ...base, maintain_begin: '22:00', maintain_end: '06:00' }, want: { path: '/maintain_end', rule: 'const' } }],
  // tags: the page's Table 3
  ['tags that are not an array', { given: { ...base, tags: { env: 'production' } }, want: { path: '/tags', rule: 'type' } }],
  ['a tag with an unknown member', { given: { ...base, tags: [{ key: 'env', value: 'prod', scope: 'all' }] }, want: { path: '/tags/0', rule: 'additionalProperties', property: 'scope' } }],
  ['an empty tag key', { given: { ...base, tags: [{ key: '', value: 'prod' }] }, want: { path: '/tags/0/key', rule: 'minLength' } }],
  ['a tag value that is not a string', { given: { ...base, tags: [{ key: 'env', value: 1 }] }, want: { path: '/tags/0/value', rule: 'type' } }],
  ['a 129-character tag key', { given: { ...base, tags: [{ key: 'k'.repeat(129), value: 'v' }] }, want: { path: '/tags/0/key', rule: 'maxLength' } }],
  ['a 256-character tag value', { given: { ...base, tags: [{ key: 'k', value: 'v'.repeat(256) }] }, want: { path: '/tags/0/value', rule: 'maxLength' } }],
  ['a tag key starting with a space', { given: { ...base, tags: [{ key: ' env', value: 'v' }] }, want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a tag key ending with a space', { given: { ...base, tags: [{ key: 'env ', value: 'v' }] }, want: { path: '/tags/0/key', rule: 'pattern' } }],
  ...['*', '<', '>', ',', '|', '/', '#', '!', '\\', '\u0000', '\n'].flatMap((c): Invalid[] => [
    [`a tag key with ${JSON.stringify(c)}`, { given: { ...base, tags: [{ key: `a${c}b`, value: 'v' }] }, want: { path: '/tags/0/key', rule: 'pattern' } }],
    [`a tag value with ${JSON.stringify(c)}`, { given: { ...base, tags: [{ key: 'k', value: `a${c}b` }] }, want: { path: '/tags/0/value', rule: 'pattern' } }],
  ]),
  // bss_param
  ['prePaid without a period type', { given: { ...base, bss_param: omit(monthly, 'period_type') }, want: { path: '/bss_param', rule: 'required', property: 'period_type' } }],
  ['prePaid without a period count', { given: { ...base, bss_param: omit(monthly, 'period_num') }, want: { path: '/bss_param', rule: 'required', property: 'period_num' } }],
  ['an unknown charging mode', { given: { ...base, bss_param: { ...monthly, charging_mode: 'prepaid' } }, want: { path: '/bss_param/charging_mode', rule: 'enum' } }],
  ['period type week', { given: { ...base, bss_param: { ...monthly, period_type: 'week' } }, want: { path: '/bss_param/period_type', rule: 'enum' } }],
  ['0 months', { given: { ...base, bss_param: { ...monthly, period_num: 0 } }, want: { path: '/bss_param/period_num', rule: 'minimum' } }],
  ['10 months', { given: { ...base, bss_param: { ...monthly, period_num: 10 } }, want: { path: '/bss_param/period_num', rule: 'maximum' } }],
  ['4 years', { given: { ...base, bss_param: { ...yearly, period_num: 4 } }, want: { path: '/bss_param/period_num', rule: 'maximum' } }],
  ['a period type with postPaid', { given: { ...base, bss_param: { charging_mode: 'postPaid', period_type: 'month' } }, want: { path: '/bss_param/period_type', rule: 'false schema' } }],
  [
    'a period count without a charging mode (postPaid by default)',
    { given: { ...base, bss_param: { period_num: 3, is_auto_renew: true } }, want: { path: '/bss_param/period_num', rule: 'false schema' } },
  ],
  ['is_auto_renew sent as a string', { given: { ...base, bss_param: { ...monthly, is_auto_renew: 'true' } }, want: { path: '/bss_param/is_auto_renew', rule: 'type' } }],
  [
    "the camel-case chargingMode the page's prose uses",
    { given: { ...base, bss_param: { chargingMode: 'postPaid' } }, want: { path: '/bss_param', rule: 'additionalProperties', property: 'chargingMode' } },
  ],
  ['bss_param as a string', { given: { ...base, bss_param: 'prePaid' }, want: { path: '/bss_param', rule: 'type' } }],
  // fields of the legacy create and unknown fields
  ['the legacy bandwidth class', { given: { ...base, specification: '100MB' }, want: { path: '', rule: 'unevaluatedProperties', property: 'specification' } }],
  ['a Kafka Manager user (legacy create only)', { given: { ...base, kafka_manager_user: 'kafka-admin' }, want: { path: '', rule: 'unevaluatedProperties', property: 'kafka_manager_user' } }],
  ['a public bandwidth (legacy create only)', { given: { ...base, ...publicAccess, public_bandwidth: 3 }, want: { path: '', rule: 'unevaluatedProperties', property: 'public_bandwidth' } }],
  ['a misspelt field', { given: { ...base, disk_encrypt_enable: true }, want: { path: '', rule: 'unevaluatedProperties', property: 'disk_encrypt_enable' } }],
];
