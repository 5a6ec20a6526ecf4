// The tables of Huawei Cloud RabbitMQ's "Batch Deleting Instances" (BatchRestartOrDeleteInstances, POST /v2/{project_id}/instances/action)
// against the description: every field and every rule. Page: https://support.huaweicloud.com/intl/en-us/api-rabbitmq/BatchRestartOrDeleteInstances.html
// (action delete only, all_failure rabbitmq, force_delete; the same in the official SDK model BatchRestartOrDeleteInstanceReq).
// The page's rule: with all_failure the instances may be empty, so without it at least one instance is listed.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import { type FieldFacts, requestBodyValidator, type RuleViolation } from '../../support/spec.ts';
import { missingFieldBodies } from '../../support/page-tables.ts';

export const service = 'huaweicloud-rabbitmq';
export const operation = ['post', '/v2/{project_id}/instances/action'] as const;
export const validate = requestBodyValidator(service, ...operation);

// The page's request table (Table 2): [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [
  ['instances', { type: 'array<string>', required: false }],
  ['action', { type: 'string', required: true }],
  ['all_failure', { type: 'string', required: false }],
  ['force_delete', { type: 'boolean', required: false }],
];

const ids = ['54602a9d-5e22-4239-9123-77e350df4a34', '7166cdea-dbad-4d79-9610-7163e6f8b640'];
// The page's first example.
export const base = { action: 'delete', instances: ids };

export const validBodies: [string, object][] = [
  ["the page's delete example", base],
  ["the page's all_failure example", { action: 'delete', all_failure: 'rabbitmq' }],
  ['one instance', { action: 'delete', instances: [ids[0]] }],
  ['a forced delete', { ...base, force_delete: true }],
  ['a delete to the recycle bin', { ...base, force_delete: false }],
  ['all_failure with an empty list', { action: 'delete', all_failure: 'rabbitmq', instances: [] }],
  ['all_failure with instances', { ...base, all_failure: 'rabbitmq' }],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ...missingFieldBodies(pageFields, base),
  ['restart, which older editions of the page offered', { given: { ...base, action: 'restart' }, want: { path: '/action', rule: 'enum' } }],
  ['no instances and no all_failure', { given: { action: 'delete' }, want: { path: '', rule: 'required', property: 'instances' } }],
  ['an empty list without all_failure', { given: { action: 'delete', instances: [] }, want: { path: '/instances', rule: 'minItems' } }],
  ['an empty instance id', { given: { action: 'delete', instances: [ids[0], ''] }, want: { path: '/instances/1', rule: 'minLength' } }],
  ["all_failure 'true', the older editions' value", { given: { action: 'delete', all_failure: 'true' }, want: { path: '/all_failure', rule: 'enum' } }],
  ['all_failure of another engine', { given: { action: 'delete', all_failure: 'kafka' }, want: { path: '/all_failure', rule: 'enum' } }],
  ["the older editions' camelCase allFailure", { given: { ...base, allFailure: 'true' }, want: { path: '', rule: 'unevaluatedProperties', property: 'allFailure' } }],
  ['force_delete as a string', { given: { ...base, force_delete: 'yes' }, want: { path: '/force_delete', rule: 'type' } }],
];
