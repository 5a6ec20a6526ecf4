// The tables of Huawei Cloud Kafka's "Modifying Instance Information" (UpdateInstance, PUT /v2/{project_id}/instances/{instance_id})
// against the description: every field and every rule. Page: https://support.huaweicloud.com/intl/en-us/api-kafka/UpdateInstance.html;
// the maintenance-window values, the pair rule and end = start + 4 h from the vendor's eu-west-0 edition of the same page (the
// current edition gives only the HH:mm:ss format); the HH:mm form also accepted, as the Terraform provider sends it.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import { type FieldFacts, requestBodyValidator, type RuleViolation } from '../../support/spec.ts';

export const service = 'huaweicloud-kafka';
export const operation = ['put', '/v2/{project_id}/instances/{instance_id}'] as const;
export const validate = requestBodyValidator(service, ...operation);

export const chars = (n: number, c = 'a') => c.repeat(n);

// The page's request table (Table 2), every row: [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [
  ['name', { type: 'string', required: false }],
  ['description', { type: 'string', required: false }],
  ['maintain_begin', { type: 'string', required: false }],
  ['maintain_end', { type: 'string', required: false }],
  ['security_group_id', { type: 'string', required: false }],
  ['retention_policy', { type: 'string', required: false }],
  ['enterprise_project_id', { type: 'string', required: false }],
];

// The page's first example.
export const base = { name: 'kafka001', description: 'kafka description' };

const windows = [
  ['22:00:00', '02:00:00'],
  ['02:00:00', '06:00:00'],
  ['06:00:00', '10:00:00'],
  ['10:00:00', '14:00:00'],
  ['14:00:00', '18:00:00'],
  ['18:00:00', '22:00:00'],
];

export const validBodies: [string, object][] = [
  ["the page's first example", base],
  ["the page's second example", { name: 'dms002', description: 'instance description', maintain_begin: '02:00:00', maintain_end: '06:00:00' }],
  ["the page's third example", { retention_policy: 'time_base' }],
  ['an empty body (nothing to change)', {}],
  ['a 4-character name', { name: 'kfk1' }],
  ['a 64-character name', { name: chars(64) }],
  ['a name of letters, digits, _ and -', { name: 'Kafka_Orders-01' }],
  ['an empty description', { description: '' }],
  ['a 1024-character description', { description: chars(1024) }],
  ['a description with a backslash and quotes', { description: 'C:\\dir "quoted"' }],
  ...windows.map(([begin, end]): [string, object] => [`maintenance window ${begin}–${end}`, { maintain_begin: begin, maintain_end: end }]),
  ...windows.map(([begin, end]): [string, object] => [`maintenance window ${begin.slice(0, 5)}–${end.slice(0, 5)} (HH:mm)`, { maintain_begin: begin.slice(0, 5), maintain_end: end.slice(0, 5) }]),
  ['a window 22:00–02:00:00 in mixed forms', { maintain_begin: '22:00', maintain_end: '02:00:00' }],
  ['another security group', { security_group_id: '8e7d6c5b-4a39-4281-b7c6-d5e4f3a2b1c0' }],
  ['retention policy produce_reject', { retention_policy: 'produce_reject' }],
  ['another enterprise project', { enterprise_project_id: '0' }],
  [
    'every field',
    {
      name: 'kafka-orders',
      description: 'Order events',
      maintain_begin: '14:00:00',
      maintain_end: '18:00:00',
      security_group_id: '8e7d6c5b-4a39-4281-b7c6-d5e4f3a2b1c0',
      retention_policy: 'produce_reject',
      enterprise_project_id: '1f2e3d4c-5b6a-4789-8a7b-6c5d4e3f2a1b',
    },
  ],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ['a 3-character name', { given: { name: 'kfk' }, want: { path: '/name', rule: 'minLength' } }],
  ['a 65-character name', { given: { name: chars(65) }, want: { path: '/name', rule: 'maxLength' } }],
  ['a name starting with a digit', { given: { name: '1kafka' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name starting with a hyphen', { given: { name: '-kafka' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name with a dot', { given: { name: 'kafka.001' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name that is not a string', { given: { name: 1234 }, want: { path: '/name', rule: 'type' } }],
  ['a 1025-character description', { given: { description: chars(1025) }, want: { path: '/description', rule: 'maxLength' } }],
  ['a window start without an end', { given: { maintain_begin: '22:00:00' }, want: { path: '', rule: 'dependentRequired', property: 'maintain_end' } }],
  ['a window end without a start', { given: { maintain_end: '06:00:00' }, want: { path: '', rule: 'dependentRequired', property: 'maintain_begin' } }],
  ['a window starting at 03:00:00', { given: { maintain_begin: '03:00:00', maintain_end: '06:00:00' }, want: { path: '/maintain_begin', rule: 'enum' } }],
  ['a window start with a single-digit hour', { given: { maintain_begin: '2:00:00', maintain_end: '06:00:00' }, want: { path: '/maintain_begin', rule: 'enum' } }],
  ['a window 22:00:00–06:00:00 (eight hours)', { given: { maintain_begin: '22:00:00', maintain_end: '06:00:00' }, want: { path: '/maintain_end', rule: 'enum' } }],
  ['a window 02:00–02:00:00 (no length)', { given: { maintain_begin: '02:00', maintain_end: '02:00:00' }, want: { path: '/maintain_end', rule: 'enum' } }],
  ['a window ending at 07:00:00, off the list', { given: { maintain_begin: '02:00:00', maintain_end: '07:00:00' }, want: { path: '/maintain_end', rule: 'enum' } }],
  ['a security group id that is not a string', { given: { security_group_id: 42 }, want: { path: '/security_group_id', rule: 'type' } }],
  ['an undocumented retention policy', { given: { retention_policy: 'size_base' }, want: { path: '/retention_policy', rule: 'enum' } }],
  ['an enterprise project id that is not a string', { given: { enterprise_project_id: 0 }, want: { path: '/enterprise_project_id', rule: 'type' } }],
  ['a field of the create operation (enable_acl)', { given: { ...base, enable_acl: true }, want: { path: '', rule: 'unevaluatedProperties', property: 'enable_acl' } }],
  ['a field of the create operation (ipv6_enable)', { given: { ipv6_enable: true }, want: { path: '', rule: 'unevaluatedProperties', property: 'ipv6_enable' } }],
];
