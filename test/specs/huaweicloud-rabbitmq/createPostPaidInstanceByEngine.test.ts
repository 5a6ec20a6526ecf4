// Page 004 (Huawei Cloud DMS for RabbitMQ, "Creating an Instance") against the description: every field and every rule.
import { describe, expect, it } from 'vitest';
import { bundledSpec, type FieldFacts, parameterValidator, resolve, type RuleViolation } from '../../support/spec.ts';
import { omit, testPageTables } from '../../support/page-tables.ts';

const service = 'huaweicloud-rabbitmq';
const operation = ['post', '/v2/{engine}/{project_id}/instances'] as const;

const chars = (n: number, c = 'a') => c.repeat(n);

// The page's request tables (2, 3 and 4), every row: [field, { type, required }].
const pageFields: [string, FieldFacts][] = [
  ['name', { type: 'string', required: true }],
  ['description', { type: 'string', required: false }],
  ['engine', { type: 'string', required: true }],
  ['engine_version', { type: 'string', required: true }],
  ['storage_space', { type: 'integer', required: true }],
  ['access_user', { type: 'string', required: true }],
  ['password', { type: 'string', required: true }],
  ['vpc_id', { type: 'string', required: true }],
  ['security_group_id', { type: 'string', required: true }],
  ['subnet_id', { type: 'string', required: true }],
  ['available_zones', { type: 'array<string>', required: true }],
  ['product_id', { type: 'string', required: true }],
  ['broker_num', { type: 'integer', required: false }],
  ['maintain_begin', { type: 'string', required: false }],
  ['maintain_end', { type: 'string', required: false }],
  ['enable_publicip', { type: 'boolean', required: false }],
  ['publicip_id', { type: 'string', required: false }],
  ['ssl_enable', { type: 'boolean', required: false }],
  ['storage_spec_code', { type: 'string', required: true }],
  ['enterprise_project_id', { type: 'string', required: false }],
  ['tags', { type: 'array<object>', required: false }],
  ['tags[].key', { type: 'string', required: false }],
  ['tags[].value', { type: 'string', required: false }],
  ['bss_param', { type: 'object', required: false }],
  ['bss_param.is_auto_renew', { type: 'boolean', required: false }],
  ['bss_param.charging_mode', { type: 'string', required: false }],
  ['bss_param.is_auto_pay', { type: 'boolean', required: false }],
  ['bss_param.period_type', { type: 'string', required: false }],
  ['bss_param.period_num', { type: 'integer', required: false }],
];

// The page's first example with only the mandatory fields, its masks replaced and engine as the table says.
const base = {
  name: 'rabbitmq-demo',
  engine: 'rabbitmq',
  engine_version: '3.8.35',
  storage_space: 100,
  access_user: 'rabbit-admin',
  password: 'Rabbit@2023demo',
  vpc_id: '1e93f86e-13af-46c8-97d6-d40fa62b76c2',
  security_group_id: '0aaa0033-bf7f-4c41-a6c2-18cd04cad2c8',
  subnet_id: 'b5fa806c-35e7-4299-b659-b39398dd4718',
  available_zones: ['d573142f24894ef3bd3664de068b44b0'],
  product_id: 'c6.2u4g.single',
  storage_spec_code: 'dms.physical.storage.high.v2',
};
const cluster = { ...base, product_id: 'c6.4u8g.cluster', broker_num: 3, storage_space: 300 };
const prePaid = { charging_mode: 'prePaid', period_type: 'month', period_num: 1 };

const validBodies: [string, object][] = [
  ['the minimal body', base],
  ['the page example\'s optional fields', { ...base, description: '', ssl_enable: false, enable_publicip: false, publicip_id: '' }],
  ['a 4-character name', { ...base, name: 'rmq1' }],
  ['a 64-character name', { ...base, name: chars(64) }],
  ['a name of letters, digits, _ and -', { ...base, name: 'Rabbit_MQ-01' }],
  ['a name starting with a digit (the page does not forbid it)', { ...base, name: '1rabbit' }],
  ['a 1024-character description', { ...base, description: chars(1024) }],
  ['engine version 3.7.17', { ...base, engine_version: '3.7.17' }],
  ['storage space 90,000 GB', { ...base, storage_space: 90000 }],
  ['a 4-character access user', { ...base, access_user: 'abcd' }],
  ['a 64-character access user', { ...base, access_user: chars(64, 'A') }],
  ['an access user of letters, digits and hyphens', { ...base, access_user: 'App-User-7' }],
  ['an 8-character password of two kinds', { ...base, password: 'abcdefg1' }],
  ['a 32-character password', { ...base, password: `${chars(31)}!` }],
  ['a password of upper case and specials', { ...base, password: 'ABCD[{}]' }],
  ['high I/O storage', { ...base, storage_spec_code: 'dms.physical.storage.high.v2' }],
  ['ultra-high I/O storage', { ...base, storage_spec_code: 'dms.physical.storage.ultra.v2' }],
  ['DeC high I/O storage', { ...base, storage_spec_code: 'dms.physical.storage.high.dss.v2' }],
  ['DeC ultra-high I/O storage', { ...base, storage_spec_code: 'dms.physical.storage.ultra.dss.v2' }],
  ['one broker on a single-node flavour', { ...base, broker_num: 1 }],
  ['3 brokers with 300 GB', cluster],
  ['5 brokers with 500 GB', { ...cluster, broker_num: 5, storage_space: 500 }],
  ['7 brokers with 700 GB', { ...cluster, broker_num: 7, storage_space: 700 }],
  ['3 brokers with 90,000 GB', { ...cluster, storage_space: 90000 }],
  ['a product id that names no type, without broker_num', { ...base, product_id: '00300-30109-0--0' }],
  ['public access with an EIP', { ...base, enable_publicip: true, publicip_id: '2a4c9f1e-5b7d-4e3a-9c8b-1d6e0f2a3b4c' }],
  ['public access off with an empty EIP', { ...base, enable_publicip: false, publicip_id: '' }],
  ['SSL on', { ...base, ssl_enable: true }],
  ['an enterprise project', { ...base, enterprise_project_id: '0' }],
  ...[['22:00', '02:00'], ['02:00', '06:00'], ['06:00', '10:00'], ['10:00', '14:00'], ['14:00', '18:00'], ['18:00', '22:00']].map(
    ([begin, end]): [string, object] => [`maintenance window ${begin}–${end}`, { ...base, maintain_begin: begin, maintain_end: end }],
  ),
  ['no tags', { ...base, tags: [] }],
  ['a tag with an empty value', { ...base, tags: [{ key: 'env', value: '' }] }],
  ['a tag without value', { ...base, tags: [{ key: 'env' }] }],
  ['a 1-character tag key', { ...base, tags: [{ key: 'k', value: 'v' }] }],
  ['a 128-character tag key', { ...base, tags: [{ key: chars(128), value: 'v' }] }],
  ['a 255-character tag value', { ...base, tags: [{ key: 'k', value: chars(255) }] }],
  ['tag key with every allowed special character', { ...base, tags: [{ key: 'a_b.c:d=e+f-g@h', value: 'v' }] }],
  ['tag value with every allowed special character', { ...base, tags: [{ key: 'k', value: 'a_b.c:d/e=f+g-h@i' }] }],
  ['tag key and value with inner spaces', { ...base, tags: [{ key: 'cost center', value: 'shop front end' }] }],
  ['tag key and value in non-Latin letters and digits', { ...base, tags: [{ key: '环境', value: 'Среда ٣' }] }],
  ['pay-per-use bss_param', { ...base, bss_param: { charging_mode: 'postPaid' } }],
  ['an empty bss_param', { ...base, bss_param: {} }],
  ['the page\'s monthly subscription', { ...base, bss_param: { ...prePaid, is_auto_pay: true } }],
  ['a 9-month subscription', { ...base, bss_param: { ...prePaid, period_num: 9 } }],
  ['a 3-year subscription with auto-renewal', { ...base, bss_param: { ...prePaid, period_type: 'year', period_num: 3, is_auto_renew: true, is_auto_pay: false } }],
];

const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ...['name', 'engine', 'engine_version', 'storage_space', 'access_user', 'password', 'vpc_id', 'security_group_id', 'subnet_id', 'available_zones', 'product_id', 'storage_spec_code'].map(
    (field): [string, { given: object; want: RuleViolation }] => [`no ${field}`, { given: omit(base, field), want: { path: '', rule: 'required', property: field } }],
  ),
  ['a 3-character name', { given: { ...base, name: 'rmq' }, want: { path: '/name', rule: 'minLength' } }],
  ['a 65-character name', { given: { ...base, name: chars(65) }, want: { path: '/name', rule: 'maxLength' } }],
  ['a name with a dot', { given: { ...base, name: 'rabbit.mq' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name with a space', { given: { ...base, name: 'rabbit mq' }, want: { path: '/name', rule: 'pattern' } }],
  ['a 1025-character description', { given: { ...base, description: chars(1025) }, want: { path: '/description', rule: 'maxLength' } }],
  ['the page example\'s engine "RabbitMQ"', { given: { ...base, engine: 'RabbitMQ' }, want: { path: '/engine', rule: 'enum' } }],
  ['engine kafka', { given: { ...base, engine: 'kafka' }, want: { path: '/engine', rule: 'enum' } }],
  ['an undocumented engine version', { given: { ...base, engine_version: '3.9.0' }, want: { path: '/engine_version', rule: 'enum' } }],
  ['99 GB of storage', { given: { ...base, storage_space: 99 }, want: { path: '/storage_space', rule: 'minimum' } }],
  ['90,001 GB of storage', { given: { ...base, storage_space: 90001 }, want: { path: '/storage_space', rule: 'maximum' } }],
  ['a fractional storage space', { given: { ...base, storage_space: 100.5 }, want: { path: '/storage_space', rule: 'type' } }],
  ['storage space as a string', { given: { ...base, storage_space: '100' }, want: { path: '/storage_space', rule: 'type' } }],
  ['the page example\'s masked access user', { given: { ...base, access_user: '******' }, want: { path: '/access_user', rule: 'pattern' } }],
  ['a 3-character access user', { given: { ...base, access_user: 'abc' }, want: { path: '/access_user', rule: 'minLength' } }],
  ['a 65-character access user', { given: { ...base, access_user: chars(65) }, want: { path: '/access_user', rule: 'maxLength' } }],
  ['an access user with an underscore', { given: { ...base, access_user: 'rabbit_admin' }, want: { path: '/access_user', rule: 'pattern' } }],
  ['a 7-character password', { given: { ...base, password: 'Abcde1!' }, want: { path: '/password', rule: 'minLength' } }],
  ['a 33-character password', { given: { ...base, password: `${chars(32)}!` }, want: { path: '/password', rule: 'maxLength' } }],
  ['a password of lower-case letters only', { given: { ...base, password: 'abcdefgh' }, want: { path: '/password', rule: 'pattern' } }],
  ['a password of digits only', { given: { ...base, password: '12345678' }, want: { path: '/password', rule: 'pattern' } }],
  ['a password of upper-case letters only', { given: { ...base, password: 'ABCDEFGH' }, want: { path: '/password', rule: 'pattern' } }],
  ['a password of special characters only', { given: { ...base, password: '!@#$%^&*' }, want: { path: '/password', rule: 'pattern' } }],
  ['a password with a space', { given: { ...base, password: 'Abc defg1' }, want: { path: '/password', rule: 'pattern' } }],
  ['a VPC id that is not a string', { given: { ...base, vpc_id: 123 }, want: { path: '/vpc_id', rule: 'type' } }],
  ['no availability zones', { given: { ...base, available_zones: [] }, want: { path: '/available_zones', rule: 'minItems' } }],
  ['an empty availability zone', { given: { ...base, available_zones: [''] }, want: { path: '/available_zones/0', rule: 'minLength' } }],
  ['null availability zones (the page: "cannot be empty or null")', { given: { ...base, available_zones: null }, want: { path: '/available_zones', rule: 'type' } }],
  ['an availability zone as a string', { given: { ...base, available_zones: 'az1' }, want: { path: '/available_zones', rule: 'type' } }],
  ['2 brokers (product id naming no type)', { given: { ...base, product_id: '00300-30109-0--0', broker_num: 2 }, want: { path: '/broker_num', rule: 'enum' } }],
  ['a cluster flavour without broker_num', { given: omit(cluster, 'broker_num'), want: { path: '', rule: 'required', property: 'broker_num' } }],
  ['a cluster flavour with 1 broker', { given: { ...cluster, broker_num: 1 }, want: { path: '/broker_num', rule: 'enum' } }],
  ['a single-node flavour with 3 brokers', { given: { ...base, broker_num: 3 }, want: { path: '/broker_num', rule: 'const' } }],
  ['a single-node flavour with 7 brokers', { given: { ...base, broker_num: 7 }, want: { path: '/broker_num', rule: 'const' } }],
  ['3 brokers with 299 GB', { given: { ...cluster, storage_space: 299 }, want: { path: '/storage_space', rule: 'minimum' } }],
  ['5 brokers with 499 GB', { given: { ...cluster, broker_num: 5, storage_space: 499 }, want: { path: '/storage_space', rule: 'minimum' } }],
  ['7 brokers with 699 GB', { given: { ...cluster, broker_num: 7, storage_space: 699 }, want: { path: '/storage_space', rule: 'minimum' } }],
  ['3 brokers with 299 GB (product id naming no type)', { given: { ...cluster, product_id: '00300-30109-0--0', storage_space: 299 }, want: { path: '/storage_space', rule: 'minimum' } }],
  ['public access without an EIP', { given: { ...base, enable_publicip: true }, want: { path: '', rule: 'required', property: 'publicip_id' } }],
  ['public access with an empty EIP', { given: { ...base, enable_publicip: true, publicip_id: '' }, want: { path: '/publicip_id', rule: 'minLength' } }],
  ['enable_publicip as a string', { given: { ...base, enable_publicip: 'true' }, want: { path: '/enable_publicip', rule: 'type' } }],
  ['ssl_enable as a string', { given: { ...base, ssl_enable: 'yes' }, want: { path: '/ssl_enable', rule: 'type' } }],
  ['an undocumented storage class', { given: { ...base, storage_spec_code: 'dms.physical.storage.high' }, want: { path: '/storage_spec_code', rule: 'enum' } }],
  ['a maintenance start without an end', { given: { ...base, maintain_begin: '02:00' }, want: { path: '', rule: 'dependentRequired', property: 'maintain_end' } }],
  ['a maintenance end without a start', { given: { ...base, maintain_end: '06:00' }, want: { path: '', rule: 'dependentRequired', property: 'maintain_begin' } }],
  ['a maintenance start of 23:00', { given: { ...base, maintain_begin: '23:00', maintain_end: '02:00' }, want: { path: '/maintain_begin', rule: 'enum' } }],
  ['a maintenance start without leading zero', { given: { ...base, maintain_begin: '2:00', maintain_end: '06:00' }, want: { path: '/maintain_begin', rule: 'enum' } }],
  ['a maintenance window of 8 hours', { given: { ...base, maintain_begin: '22:00', maintain_end: '06:00' }, want: { path: '/maintain_end', rule: 'const' } }],
  ['a maintenance end off the list', { given: { ...base, maintain_begin: '22:00', maintain_end: '01:00' }, want: { path: '/maintain_end', rule: 'enum' } }],
  ['tags that are not an array', { given: { ...base, tags: { env: 'prod' } }, want: { path: '/tags', rule: 'type' } }],
  ['an empty tag key', { given: { ...base, tags: [{ key: '', value: 'v' }] }, want: { path: '/tags/0/key', rule: 'minLength' } }],
  ['a 129-character tag key', { given: { ...base, tags: [{ key: chars(129), value: 'v' }] }, want: { path: '/tags/0/key', rule: 'maxLength' } }],
  ['a tag key starting with a space', { given: { ...base, tags: [{ key: ' env', value: 'v' }] }, want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a tag key ending with a space', { given: { ...base, tags: [{ key: 'env ', value: 'v' }] }, want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a tag key with a slash (allowed in values only)', { given: { ...base, tags: [{ key: 'team/env', value: 'v' }] }, want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a tag key with #', { given: { ...base, tags: [{ key: 'a#b', value: 'v' }] }, want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a 256-character tag value', { given: { ...base, tags: [{ key: 'k', value: chars(256) }] }, want: { path: '/tags/0/value', rule: 'maxLength' } }],
  ['a tag value with a comma', { given: { ...base, tags: [{ key: 'k', value: 'a,b' }] }, want: { path: '/tags/0/value', rule: 'pattern' } }],
  ['a tag with an unknown member', { given: { ...base, tags: [{ key: 'k', value: 'v', color: 'red' }] }, want: { path: '/tags/0', rule: 'additionalProperties', property: 'color' } }],
  ['prePaid without period_type', { given: { ...base, bss_param: omit(prePaid, 'period_type') }, want: { path: '/bss_param', rule: 'required', property: 'period_type' } }],
  ['prePaid without period_num', { given: { ...base, bss_param: omit(prePaid, 'period_num') }, want: { path: '/bss_param', rule: 'required', property: 'period_num' } }],
  ['an unknown charging mode', { given: { ...base, bss_param: { ...prePaid, charging_mode: 'prepaid' } }, want: { path: '/bss_param/charging_mode', rule: 'enum' } }],
  ['a weekly period', { given: { ...base, bss_param: { ...prePaid, period_type: 'week' } }, want: { path: '/bss_param/period_type', rule: 'enum' } }],
  ['0 periods', { given: { ...base, bss_param: { ...prePaid, period_num: 0 } }, want: { path: '/bss_param/period_num', rule: 'minimum' } }],
  ['10 months', { given: { ...base, bss_param: { ...prePaid, period_num: 10 } }, want: { path: '/bss_param/period_num', rule: 'maximum' } }],
  ['4 years', { given: { ...base, bss_param: { ...prePaid, period_type: 'year', period_num: 4 } }, want: { path: '/bss_param/period_num', rule: 'maximum' } }],
  ['10 years (past both maxima, reported once)', { given: { ...base, bss_param: { ...prePaid, period_type: 'year', period_num: 10 } }, want: { path: '/bss_param/period_num', rule: 'maximum' } }],
  ['a period type with pay-per-use billing (valid only for prePaid)', { given: { ...base, bss_param: { charging_mode: 'postPaid', period_type: 'month' } }, want: { path: '/bss_param/period_type', rule: 'false schema' } }],
  ['a period count with the default (pay-per-use) billing', { given: { ...base, bss_param: { period_num: 1 } }, want: { path: '/bss_param/period_num', rule: 'false schema' } }],
  ['is_auto_pay as a string', { given: { ...base, bss_param: { ...prePaid, is_auto_pay: 'true' } }, want: { path: '/bss_param/is_auto_pay', rule: 'type' } }],
  ['is_auto_renew as a string', { given: { ...base, bss_param: { ...prePaid, is_auto_renew: 'yes' } }, want: { path: '/bss_param/is_auto_renew', rule: 'type' } }],
  ['camelCase chargingMode (as the page words its rules)', { given: { ...base, bss_param: { chargingMode: 'prePaid' } }, want: { path: '/bss_param', rule: 'additionalProperties', property: 'chargingMode' } }],
  ['a misspelt top-level field', { given: { ...base, public_boundwidth: 3 }, want: { path: '', rule: 'unevaluatedProperties', property: 'public_boundwidth' } }],
  ['an undocumented top-level field', { given: { ...base, partition_num: 300 }, want: { path: '', rule: 'unevaluatedProperties', property: 'partition_num' } }],
];

describe(`${service}: ${operation.join(' ')}`, () => {
  testPageTables(service, operation, { pageFields, validBodies, invalidBodies });

  describe('path parameters', () => {
    const engine = parameterValidator(service, ...operation, 'engine');
    const projectId = parameterValidator(service, ...operation, 'project_id');
    it('accepts engine rabbitmq, its documented default', () => {
      const parameter = bundledSpec(service).paths[operation[1]].post.parameters.map((p: object) => resolve(service, p)).find((p: { name: string }) => p.name === 'engine');
      expect(parameter.required).toBe(true);
      expect(parameter.schema.default).toBe('rabbitmq');
      expect(engine('rabbitmq')).toEqual([]);
    });
    it.each(['RabbitMQ', 'kafka', 'rocketmq', ''])('rejects engine %j', (value) => {
      expect(engine(value)).toEqual([{ path: '', rule: 'enum' }]);
    });
    it('accepts a project id and rejects one with a slash', () => {
      expect(projectId('0605767a3300d5762fb0c0186d9e1c2e')).toEqual([]);
      expect(projectId('0605767a/3300d5762')).toEqual([{ path: '', rule: 'pattern' }]);
    });
  });

  describe('responses', () => {
    const responses = bundledSpec(service).paths[operation[1]].post.responses;
    it('documents 200 with the instance id and the Huawei error answers', () => {
      expect(Object.keys(responses).sort()).toEqual(['200', '400', '401', '403', '429', '5XX']);
      const ok = resolve(service, resolve(service, responses['200']).content['application/json'].schema);
      expect(ok.required).toEqual(['instance_id']);
      expect(ok.properties.instance_id.type).toBe('string');
      for (const status of ['400', '401', '403', '429', '5XX']) {
        const error = resolve(service, resolve(service, responses[status]).content['application/json'].schema);
        expect(error.required, status).toEqual(['error_code', 'error_msg']);
      }
    });
  });
});
