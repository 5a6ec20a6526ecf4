// The tables of Huawei Cloud RabbitMQ's "Resetting the Password" (ResetPassword, POST /v2/{project_id}/instances/{instance_id}/password)
// against the description: every field and every rule. Page: https://support.huaweicloud.com/intl/en-us/api-rabbitmq/ResetPassword.html
// (new_password optional, as in the official SDK model ResetPasswordReq).
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import { type FieldFacts, requestBodyValidator, type RuleViolation } from '../../support/spec.ts';

export const service = 'huaweicloud-rabbitmq';
export const operation = ['post', '/v2/{project_id}/instances/{instance_id}/password'] as const;
export const validate = requestBodyValidator(service, ...operation);

// The page's request table (Table 2): [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [['new_password', { type: 'string', required: false }]];

// The page's example with its masked password replaced.
export const base = { new_password: 'Rabbit@2024new' };

export const validBodies: [string, object][] = [
  ["the page's example, unmasked", base],
  ['no password (the field is optional)', {}],
  ['8 characters: lower case, digits, a special character', { new_password: 'amqp#123' }],
  ['32 characters', { new_password: `Aa1${'z'.repeat(29)}` }],
  ['upper case, lower case, digits', { new_password: 'RabbitMq2024' }],
  ['spaces with upper case and digits', { new_password: 'ROTATE 2024 Q3' }],
  ['a backslash, a semicolon and a quote', { new_password: 'amqp\\;"x9' }],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ['a masked password (one character type)', { given: { new_password: '********' }, want: { path: '/new_password', rule: 'pattern' } }],
  ['4 characters of four types', { given: { new_password: 'Ab1!' }, want: { path: '/new_password', rule: 'minLength' } }],
  ['7 characters', { given: { new_password: 'Amqp#12' }, want: { path: '/new_password', rule: 'minLength' } }],
  ['33 characters', { given: { new_password: `Aa1${'z'.repeat(30)}` }, want: { path: '/new_password', rule: 'maxLength' } }],
  ['two character types', { given: { new_password: 'rabbitmq2024' }, want: { path: '/new_password', rule: 'pattern' } }],
  ['a leading hyphen', { given: { new_password: '-Rabbit2024' }, want: { path: '/new_password', rule: 'pattern' } }],
  ['a character outside the list (€)', { given: { new_password: 'Rabbit2024€' }, want: { path: '/new_password', rule: 'pattern' } }],
  ['a password that is not a string', { given: { new_password: null }, want: { path: '/new_password', rule: 'type' } }],
  ['an unknown field', { given: { ...base, old_password: 'Rabbit@2023old' }, want: { path: '', rule: 'unevaluatedProperties', property: 'old_password' } }],
];
