// The tables of Huawei Cloud RocketMQ's "Batch Deleting Instances" (BatchDeleteInstances, POST /v2/{project_id}/instances/action)
// against the description: every field and every rule. Page: https://support.huaweicloud.com/intl/en-us/api-hrm/BatchDeleteInstances.html
// (force_delete from its current editions; the same fields in the official SDK model BatchDeleteInstanceReq).
// Rule beyond the table, as the description states it: without all_failure, at least one instance.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import { type FieldFacts, requestBodyValidator, type RuleViolation } from '../../support/spec.ts';
import { missingFieldBodies } from '../../support/page-tables.ts';

export const service = 'huaweicloud-rocketmq';
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
  ["the page's all_failure example", { action: 'delete', all_failure: 'reliability' }],
  ['one instance', { action: 'delete', instances: [ids[0]] }],
  ['a forced delete', { ...base, force_delete: true }],
  ['a delete to the recycle bin', { ...base, force_delete: false }],
  ['all_failure with an empty list', { action: 'delete', all_failure: 'reliability', instances: [] }],
  ['all_failure, forced', { action: 'delete', all_failure: 'reliability', force_delete: true }],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ...missingFieldBodies(pageFields, base),
  ['restart (not offered for RocketMQ)', { given: { ...base, action: 'restart' }, want: { path: '/action', rule: 'enum' } }],
  ['no instances and no all_failure', { given: { action: 'delete' }, want: { path: '', rule: 'required', property: 'instances' } }],
  ['an empty list without all_failure', { given: { action: 'delete', instances: [] }, want: { path: '/instances', rule: 'minItems' } }],
  ['an empty instance id', { given: { action: 'delete', instances: [''] }, want: { path: '/instances/0', rule: 'minLength' } }],
  ['all_failure rocketmq (the engine alias the page does not take here)', { given: { action: 'delete', all_failure: 'rocketmq' }, want: { path: '/all_failure', rule: 'enum' } }],
  ['all_failure of another engine', { given: { action: 'delete', all_failure: 'kafka' }, want: { path: '/all_failure', rule: 'enum' } }],
  ['force_delete as a string', { given: { ...base, force_delete: 'false' }, want: { path: '/force_delete', rule: 'type' } }],
  ['an unknown field', { given: { ...base, reason: 'cleanup' }, want: { path: '', rule: 'unevaluatedProperties', property: 'reason' } }],
];
