// The tables of Huawei Cloud RocketMQ's "Adding or Deleting Instance Tags in Batches" (BatchCreateOrDeleteRocketmqTag,
// https://support.huaweicloud.com/intl/en-us/api-hrm/BatchCreateOrDeleteRocketmqTag.html) against the description:
// every field and every rule. Every member is mandatory; the key and value limits and the 20-tag cap apply to tags
// being added (`action: create`); removing checks only the types, so that tags set under older limits can be removed.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import type { FieldFacts, RuleViolation } from '../../support/spec.ts';
import { missingFieldBodies } from '../../support/page-tables.ts';

export const service = 'huaweicloud-rocketmq';
export const operation = ['post', '/v2/{project_id}/rocketmq/{instance_id}/tags/action'] as const;

export const chars = (n: number, c = 'a') => c.repeat(n);
const tag = (key: string, value = 'v') => ({ key, value });
const many = (n: number) => Array.from({ length: n }, (_, i) => tag(`k${i}`));

// The page's request tables (2 and 3), every row: [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [
  ['action', { type: 'string', required: true }],
  ['tags', { type: 'array<object>', required: true }],
  ['tags[].key', { type: 'string', required: true }],
  ['tags[].value', { type: 'string', required: true }],
];

// The page's example.
export const base = { action: 'create', tags: [tag('key1', 'value1'), tag('key2', 'value2')] };
const adding = (...tags: object[]) => ({ action: 'create', tags });
const removing = (...tags: object[]) => ({ action: 'delete', tags });

export const validBodies: [string, object][] = [
  ["the page's example", base],
  ['removing a tag', removing(tag('env', 'production'))],
  ['an empty tag list', adding()],
  ['a tag with an empty value', adding(tag('env', ''))],
  ['a 1-character key', adding(tag('k'))],
  ['a 128-character key', adding(tag(chars(128)))],
  ['a 255-character value', adding(tag('k', chars(255)))],
  ['a key with every allowed special character', adding(tag('a_b.c:d=e+f-g@h'))],
  ['a value with every allowed special character', adding(tag('k', 'a_b.c:d=e+f-g@h'))],
  ['a key and value with inner spaces', adding(tag('cost center', 'shop front end'))],
  ['a key and value in non-Latin letters and digits', adding(tag('环境', 'Среда ٣'))],
  ['a key with _sys_ inside it', adding(tag('my_sys_tag'))],
  ['two tags with different keys', adding(tag('env', 'prod'), tag('team', 'prod'))],
  ['20 tags at once, the most an instance takes', adding(...many(20))],
  ['removing 21 tags (the cap is on adding)', removing(...many(21))],
  ['removing a tag set under the older limits (slash, padded value)', removing(tag('team/env', ' a/b '))],
  ['removing a tag whose key begins with _sys_', removing(tag('_sys_enterprise'))],
  ['removing the same tag twice', removing(tag('env'), tag('env'))],
];

// Not here: "Must be unique for the same instance" (key). JSON Schema cannot compare the keys of two entries, and
// `uniqueItems` on object entries cannot be compiled into the client's validators (see the request schema's comment).
export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ...missingFieldBodies(pageFields, base),
  ['a tag without key', { given: adding({ value: 'v' }), want: { path: '/tags/0', rule: 'required', property: 'key' } }],
  ['a tag without value', { given: adding({ key: 'env' }), want: { path: '/tags/0', rule: 'required', property: 'value' } }],
  ['a tag without value, even when removing', { given: removing({ key: 'env' }), want: { path: '/tags/0', rule: 'required', property: 'value' } }],
  ['an unknown action', { given: { ...base, action: 'add' }, want: { path: '/action', rule: 'enum' } }],
  ['an upper-case action', { given: { ...base, action: 'DELETE' }, want: { path: '/action', rule: 'enum' } }],
  ['tags that are not an array', { given: { action: 'create', tags: { env: 'prod' } }, want: { path: '/tags', rule: 'type' } }],
  ['a tag with an unknown member', { given: adding({ key: 'k', value: 'v', color: 'red' }), want: { path: '/tags/0', rule: 'additionalProperties', property: 'color' } }],
  ['an unknown member beside action and tags', { given: { ...base, instance_id: 'i-1' }, want: { path: '', rule: 'unevaluatedProperties', property: 'instance_id' } }],
  ['an empty key', { given: adding(tag('')), want: { path: '/tags/0/key', rule: 'minLength' } }],
  ['a key that is not a string', { given: adding({ key: 7, value: 'v' }), want: { path: '/tags/0/key', rule: 'type' } }],
  ['a 129-character key', { given: adding(tag(chars(129))), want: { path: '/tags/0/key', rule: 'maxLength' } }],
  ['a key beginning with a space', { given: adding(tag(' env')), want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a key ending with a space', { given: adding(tag('env ')), want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a key with a slash', { given: adding(tag('team/env')), want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a key with #', { given: adding(tag('a#b')), want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a key beginning with _sys_', { given: adding(tag('_sys_enterprise')), want: { path: '/tags/0/key', rule: 'not' } }],
  ['a 256-character value', { given: adding(tag('k', chars(256))), want: { path: '/tags/0/value', rule: 'maxLength' } }],
  ['a value with a comma', { given: adding(tag('k', 'a,b')), want: { path: '/tags/0/value', rule: 'pattern' } }],
  ['a value with a slash', { given: adding(tag('k', 'a/b')), want: { path: '/tags/0/value', rule: 'pattern' } }],
  ['a value beginning with a space', { given: adding(tag('k', ' v')), want: { path: '/tags/0/value', rule: 'pattern' } }],
  ['a value ending with a space', { given: adding(tag('k', 'v ')), want: { path: '/tags/0/value', rule: 'pattern' } }],
  ['21 tags when adding', { given: adding(...many(21)), want: { path: '/tags', rule: 'maxItems' } }],
];
