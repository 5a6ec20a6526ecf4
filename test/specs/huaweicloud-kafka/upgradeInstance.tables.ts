// The tables of Huawei Cloud Kafka's "Upgrading an Instance" (UpgradeInstance, POST /v2/{project_id}/kafka/instances/{instance_id}/upgrade)
// against the description: every field and every rule. Page: https://support.huaweicloud.com/intl/en-us/api-kafka/UpgradeInstance.html
// (English 2026-01-05; both fields optional, execute_at mandatory for a scheduled upgrade); execute_at refused unless
// is_schedule is true: the vendor's Terraform documentation of huaweicloud_dms_kafka_instance_upgrade.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import type { FieldFacts, RuleViolation } from '../../support/spec.ts';
import { omit } from '../../support/page-tables.ts';

export const service = 'huaweicloud-kafka';
export const operation = ['post', '/v2/{project_id}/kafka/instances/{instance_id}/upgrade'] as const;

// The page's request table (Table 2), every row: [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [
  ['is_schedule', { type: 'boolean', required: false }],
  ['execute_at', { type: 'integer', required: false }],
];

// The page's example: an upgrade scheduled for 2023-09-27 06:32:38.970 UTC.
export const scheduled = { is_schedule: true, execute_at: 1695796358970 };
export const base = scheduled;

export const validBodies: [string, object][] = [
  ["the page's scheduled example", scheduled],
  ['an empty body (upgrade at once)', {}],
  ['is_schedule false (the body Terraform sends for an immediate upgrade)', { is_schedule: false }],
  ['a scheduled upgrade at 02:00 UTC on 2026-09-12', { is_schedule: true, execute_at: 1789178400000 }],
  ['the smallest timestamp in milliseconds taken, 10^12', { is_schedule: true, execute_at: 1000000000000 }],
];

export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ['a scheduled upgrade without execute_at', { given: omit(scheduled, 'execute_at'), want: { path: '', rule: 'required', property: 'execute_at' } }],
  ['execute_at without is_schedule', { given: omit(scheduled, 'is_schedule'), want: { path: '/execute_at', rule: 'false schema' } }],
  ['execute_at with is_schedule false', { given: { ...scheduled, is_schedule: false }, want: { path: '/execute_at', rule: 'false schema' } }],
  ['execute_at in seconds', { given: { ...scheduled, execute_at: 1695796358 }, want: { path: '/execute_at', rule: 'minimum' } }],
  ['execute_at with a fraction of a millisecond', { given: { ...scheduled, execute_at: 1695796358970.5 }, want: { path: '/execute_at', rule: 'type' } }],
  ['execute_at as a string', { given: { ...scheduled, execute_at: '1695796358970' }, want: { path: '/execute_at', rule: 'type' } }],
  ['is_schedule as a string', { given: { is_schedule: 'false' }, want: { path: '/is_schedule', rule: 'type' } }],
  ['a target version (the API takes none)', { given: { ...scheduled, target_version: '2.7.1-h0.cbu.dms.101.r0' }, want: { path: '', rule: 'unevaluatedProperties', property: 'target_version' } }],
];
