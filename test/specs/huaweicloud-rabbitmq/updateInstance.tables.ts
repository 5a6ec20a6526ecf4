// The tables of Huawei Cloud RabbitMQ's "Modifying Instance Information" (UpdateInstance, PUT /v2/{project_id}/instances/{instance_id})
// against the description: every field and every rule. Page: https://support.huaweicloud.com/intl/en-us/api-rabbitmq/UpdateInstance.html
// (fields as in the official SDK model UpdateInstanceReq); the window's HH:mm form also accepted, as the Terraform provider sends it.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import { type FieldFacts, requestBodyValidator, type RuleViolation } from '../../support/spec.ts';

export const service = 'huaweicloud-rabbitmq';
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
  ['enable_publicip', { type: 'boolean', required: false }],
  ['publicip_id', { type: 'string', required: false }],
  ['enterprise_project_id', { type: 'string', required: false }],
  ['enable_acl', { type: 'boolean', required: false }],
];

// The page's first example.
export const base = { name: 'rabbitmq-01', description: 'instance description' };
const eip = '2a4c9f1e-5b7d-4e3a-9c8b-1d6e0f2a3b4c';

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
  ["the page's second example", { ...base, maintain_begin: '02:00:00', maintain_end: '06:00:00' }],
  ['an empty body (nothing to change)', {}],
  ['a 4-character name', { name: 'rmq1' }],
  ['a 64-character name', { name: chars(64) }],
  ['a name of letters, digits and hyphens', { name: 'Rabbit-MQ-01' }],
  ['an empty description', { description: '' }],
  ['a 1024-character description', { description: chars(1024) }],
  ...windows.map(([begin, end]): [string, object] => [`maintenance window ${begin}–${end}`, { maintain_begin: begin, maintain_end: end }]),
  ...windows.map(([begin, end]): [string, object] => [`maintenance window ${begin.slice(0, 5)}–${end.slice(0, 5)} (HH:mm)`, { maintain_begin: begin.slice(0, 5), maintain_end: end.slice(0, 5) }]),
  ['another security group', { security_group_id: '0aaa0033-bf7f-4c41-a6c2-18cd04cad2c8' }],
  ['public access on with an EIP', { enable_publicip: true, publicip_id: eip }],
  ['public access off', { enable_publicip: false }],
  ['public access off with an empty EIP', { enable_publicip: false, publicip_id: '' }],
  ['an EIP alone', { publicip_id: eip }],
  ['another enterprise project', { enterprise_project_id: '0' }],
  ['ACLs on', { enable_acl: true }],
  ['ACLs off', { enable_acl: false }],
  [
    'every field',
    {
      name: 'rabbitmq-orders',
      description: 'Order queues',
      maintain_begin: '22:00:00',
      maintain_end: '02:00:00',
      security_group_id: '0aaa0033-bf7f-4c41-a6c2-18cd04cad2c8',
      enable_publicip: true,
      publicip_id: eip,
      enterprise_project_id: '0',
      enable_acl: true,
    },
  ],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ['a 3-character name', { given: { name: 'rmq' }, want: { path: '/name', rule: 'minLength' } }],
  ['a 65-character name', { given: { name: chars(65) }, want: { path: '/name', rule: 'maxLength' } }],
  ['a name with an underscore (the create allows it, this page does not)', { given: { name: 'rabbit_mq' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name starting with a digit', { given: { name: '1rabbit' }, want: { path: '/name', rule: 'pattern' } }],
  ['a name with a space', { given: { name: 'rabbit mq' }, want: { path: '/name', rule: 'pattern' } }],
  ['a 1025-character description', { given: { description: chars(1025) }, want: { path: '/description', rule: 'maxLength' } }],
  ['a window start without an end', { given: { maintain_begin: '22:00:00' }, want: { path: '', rule: 'dependentRequired', property: 'maintain_end' } }],
  ['a window end without a start', { given: { maintain_end: '06:00:00' }, want: { path: '', rule: 'dependentRequired', property: 'maintain_begin' } }],
  ['a window starting at 01:00:00', { given: { maintain_begin: '01:00:00', maintain_end: '06:00:00' }, want: { path: '/maintain_begin', rule: 'enum' } }],
  ['a window 14:00:00–22:00:00 (eight hours)', { given: { maintain_begin: '14:00:00', maintain_end: '22:00:00' }, want: { path: '/maintain_end', rule: 'enum' } }],
  ['a window ending at 18:30:00, off the list', { given: { maintain_begin: '14:00:00', maintain_end: '18:30:00' }, want: { path: '/maintain_end', rule: 'enum' } }],
  ['public access on without an EIP', { given: { enable_publicip: true }, want: { path: '', rule: 'required', property: 'publicip_id' } }],
  ['public access on with an empty EIP', { given: { enable_publicip: true, publicip_id: '' }, want: { path: '/publicip_id', rule: 'minLength' } }],
  ['public access as a string', { given: { enable_publicip: 'true', publicip_id: eip }, want: { path: '/enable_publicip', rule: 'type' } }],
  ['ACLs as a string', { given: { enable_acl: 'on' }, want: { path: '/enable_acl', rule: 'type' } }],
  ['a field of the create operation (ssl_enable)', { given: { ...base, ssl_enable: true }, want: { path: '', rule: 'unevaluatedProperties', property: 'ssl_enable' } }],
];
