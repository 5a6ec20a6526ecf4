// The tables of Huawei Cloud Kafka's "Batch Restarting or Deleting Instances" (BatchRestartOrDeleteInstances,
// POST /v2/{project_id}/instances/action) against the description: every field and every rule.
// Page: https://support.huaweicloud.com/intl/en-us/api-kafka/BatchRestartOrDeleteInstances.html (force_delete from its current
// editions and the official SDK model BatchRestartOrDeleteInstanceReq). Rules beyond the table, as the description states them:
// all_failure and force_delete only with action delete; without all_failure, at least one instance.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import { type FieldFacts, requestBodyValidator, type RuleViolation } from '../../support/spec.ts';
import { missingFieldBodies } from '../../support/page-tables.ts';

export const service = 'huaweicloud-kafka';
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
export const base = { action: 'restart', instances: ids };

export const validBodies: [string, object][] = [
  ["the page's restart example", base],
  ["the page's delete example", { action: 'delete', instances: ids }],
  ["the page's all_failure example", { action: 'delete', all_failure: 'kafka' }],
  ['one instance', { action: 'restart', instances: [ids[0]] }],
  ['a forced delete', { action: 'delete', instances: [ids[0]], force_delete: true }],
  ['a delete to the recycle bin, stated', { action: 'delete', instances: ids, force_delete: false }],
  ['all_failure with an empty list', { action: 'delete', all_failure: 'kafka', instances: [] }],
  ['all_failure with instances', { action: 'delete', all_failure: 'kafka', instances: [ids[1]] }],
  ['all_failure, forced', { action: 'delete', all_failure: 'kafka', force_delete: true }],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ...missingFieldBodies(pageFields, base),
  ['an undocumented action', { given: { ...base, action: 'stop' }, want: { path: '/action', rule: 'enum' } }],
  ['action in capitals', { given: { ...base, action: 'DELETE' }, want: { path: '/action', rule: 'enum' } }],
  ['no instances and no all_failure', { given: { action: 'delete' }, want: { path: '', rule: 'required', property: 'instances' } }],
  ['an empty list without all_failure', { given: { action: 'restart', instances: [] }, want: { path: '/instances', rule: 'minItems' } }],
  ['an empty instance id', { given: { action: 'restart', instances: [''] }, want: { path: '/instances/0', rule: 'minLength' } }],
  ['instance ids as one string', { given: { action: 'restart', instances: ids.join(',') }, want: { path: '/instances', rule: 'type' } }],
  ["the v1.0 page's camelCase allFailure", { given: { action: 'delete', instances: ids, allFailure: 'kafka' }, want: { path: '', rule: 'unevaluatedProperties', property: 'allFailure' } }],
  ['all_failure of another engine', { given: { action: 'delete', all_failure: 'rabbitmq' }, want: { path: '/all_failure', rule: 'enum' } }],
  ["all_failure 'true', the legacy value of other engines", { given: { action: 'delete', all_failure: 'true' }, want: { path: '/all_failure', rule: 'enum' } }],
  ['all_failure with restart', { given: { action: 'restart', all_failure: 'kafka' }, want: { path: '/action', rule: 'const' } }],
  ['force_delete with restart', { given: { ...base, force_delete: true }, want: { path: '/action', rule: 'const' } }],
  ['force_delete as a string', { given: { action: 'delete', instances: ids, force_delete: 'true' }, want: { path: '/force_delete', rule: 'type' } }],
];
