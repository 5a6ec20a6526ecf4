// The tables of Huawei Cloud Kafka's "Resetting the Password" (ResetPassword, POST /v2/{project_id}/instances/{instance_id}/password)
// against the description: every field and every rule. Page: https://support.huaweicloud.com/intl/en-us/api-kafka/ResetPassword.html
// (new_password mandatory; the same in the official SDK model ResetPasswordReq).
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import { type FieldFacts, requestBodyValidator, type RuleViolation } from '../../support/spec.ts';
import { missingFieldBodies } from '../../support/page-tables.ts';

export const service = 'huaweicloud-kafka';
export const operation = ['post', '/v2/{project_id}/instances/{instance_id}/password'] as const;
export const validate = requestBodyValidator(service, ...operation);

// The page's request table (Table 2): [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [['new_password', { type: 'string', required: true }]];

// The page's example with its masked password replaced.
export const base = { new_password: 'Kafka@2024reset' };

export const validBodies: [string, object][] = [
  ["the page's example, unmasked", base],
  ['8 characters: lower case, upper case, digits', { new_password: 'Abcdefg1' }],
  ['32 characters', { new_password: `Aa1${'x'.repeat(29)}` }],
  ['lower case, digits and a special character', { new_password: 'kafka#2024' }],
  ['upper case, digits and a special character', { new_password: 'KAFKA#2024' }],
  ['lower case, upper case and a special character', { new_password: 'Kafka#Reset' }],
  ['a space as the special character', { new_password: 'blue kafka 42' }],
  ['a backslash and a semicolon', { new_password: 'abc\\def;12' }],
  ['a double and a single quote', { new_password: `Ab"cd'ef` }],
  ['the first half of the special characters', { new_password: 'a1`~!@#$%^&*()-_=+' }],
  ['the second half of the special characters', { new_password: 'a1\\|[{}];:\'",<.>/? ' }],
  ['a hyphen after the first character', { new_password: 'a-Bcdef12' }],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ...missingFieldBodies(pageFields, base),
  ["the page's masked example", { given: { new_password: '********' }, want: { path: '/new_password', rule: 'pattern' } }],
  ['7 characters', { given: { new_password: 'Abcde1!' }, want: { path: '/new_password', rule: 'minLength' } }],
  ['33 characters', { given: { new_password: `Aa1${'x'.repeat(30)}` }, want: { path: '/new_password', rule: 'maxLength' } }],
  ['two character types (lower case and digits)', { given: { new_password: 'kafka2024' }, want: { path: '/new_password', rule: 'pattern' } }],
  ['two character types (upper and lower case)', { given: { new_password: 'KafkaReset' }, want: { path: '/new_password', rule: 'pattern' } }],
  ['two character types (digits and specials)', { given: { new_password: '2024!@#$' }, want: { path: '/new_password', rule: 'pattern' } }],
  ['one character type', { given: { new_password: 'abcdefghij' }, want: { path: '/new_password', rule: 'pattern' } }],
  ['a leading hyphen', { given: { new_password: '-Kafka2024' }, want: { path: '/new_password', rule: 'pattern' } }],
  ['a character outside the list (é)', { given: { new_password: 'Kafka2024é' }, want: { path: '/new_password', rule: 'pattern' } }],
  ['a tab', { given: { new_password: 'Kafka\t2024' }, want: { path: '/new_password', rule: 'pattern' } }],
  ['a password that is not a string', { given: { new_password: 12345678 }, want: { path: '/new_password', rule: 'type' } }],
  ['an unknown field', { given: { ...base, user_name: 'kafka-client' }, want: { path: '', rule: 'unevaluatedProperties', property: 'user_name' } }],
];
