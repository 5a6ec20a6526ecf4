// The tables of Huawei Cloud RabbitMQ's "Batch Adding or Deleting Tags" (BatchCreateOrDeleteRabbitMqTag,
// https://support.huaweicloud.com/intl/en-us/api-rabbitmq/BatchCreateOrDeleteRabbitMqTag.html) against the description:
// every field and every rule. The key and value limits apply to tags being added (`action: create`); removing
// checks only the types, so that tags set under older limits can be removed.
// Shared by the spec tests (beside this file) and the client tests (test/clients/).
import type { FieldFacts, RuleViolation } from '../../support/spec.ts';

export const service = 'huaweicloud-rabbitmq';
export const operation = ['post', '/v2/{project_id}/rabbitmq/{instance_id}/tags/action'] as const;

export const chars = (n: number, c = 'a') => c.repeat(n);
const tag = (key: string, value = 'v') => ({ key, value });

// The page's request tables (2 and 3), every row: [field, { type, required }].
export const pageFields: [string, FieldFacts][] = [
  ['action', { type: 'string', required: false }],
  ['tags', { type: 'array<object>', required: false }],
  ['tags[].key', { type: 'string', required: false }],
  ['tags[].value', { type: 'string', required: false }],
];

// The page's example.
export const base = { action: 'create', tags: [tag('key1', 'value1'), tag('key2', 'value2')] };
// Entries are unknown: the invalid bodies include entries that are no objects.
const adding = (...tags: unknown[]) => ({ action: 'create', tags });
const removing = (...tags: object[]) => ({ action: 'delete', tags });

export const validBodies: [string, object][] = [
  ["the page's example", base],
  ['removing a tag', removing(tag('env', 'production'))],
  ['an empty body (every member is optional in the table)', {}],
  ['tags without an action', { tags: [tag('env')] }],
  ['an action with no tags', { action: 'delete' }],
  ['an empty tag list', adding()],
  ['a tag with an empty value', adding(tag('env', ''))],
  ['a tag without value', adding({ key: 'env' })],
  ['a tag without key (optional in the table)', adding({ value: 'v' })],
  ['a 1-character key', adding(tag('k'))],
  ['a 128-character key', adding(tag(chars(128)))],
  ['a 255-character value', adding(tag('k', chars(255)))],
  ['a key with every allowed special character', adding(tag('a_b.c:d=e+f-g@h'))],
  ['a value with every allowed special character', adding(tag('k', 'a_b.c:d=e+f-g@h'))],
  ['a key and value with inner spaces', adding(tag('cost center', 'shop front end'))],
  ['a key and value in non-Latin letters and digits', adding(tag('环境', 'Среда ٣'))],
  ['a value that begins and ends with a space (allowed for values)', adding(tag('k', ' padded '))],
  ['a key with _sys_ inside it', adding(tag('my_sys_tag'))],
  ['a key beginning with sys_', adding(tag('sys_tag'))],
  ['a value beginning with _sys_', adding(tag('k', '_sys_v'))],
  ['two tags with different keys', adding(tag('env', 'prod'), tag('team', 'prod'))],
  ['25 tags at once (no limit is documented for RabbitMQ)', adding(...Array.from({ length: 25 }, (_, i) => tag(`k${i}`)))],
  ['removing a tag set under the older limits (slash, asterisk)', removing(tag('team/env', 'a*b'))],
  ['removing a tag whose value has a slash (the create operation allows one)', removing(tag('path', 'team/env'))],
  ['removing a tag with a 129-character key', removing(tag(chars(129)))],
  ['removing a tag whose key begins with _sys_', removing(tag('_sys_enterprise'))],
  ['removing the same tag twice', removing(tag('env'), tag('env'))],
];

// Not here: "Must be unique for the same instance" (key). JSON Schema cannot compare the keys of two entries, and
// `uniqueItems` on object entries cannot be compiled into the client's validators (see the request schema's comment).
export const invalidBodies: [string, { given: object; want: RuleViolation }][] = [
  ['an unknown action', { given: { ...base, action: 'add' }, want: { path: '/action', rule: 'enum' } }],
  ['an upper-case action', { given: { ...base, action: 'CREATE' }, want: { path: '/action', rule: 'enum' } }],
  ['tags that are not an array', { given: { action: 'create', tags: { env: 'prod' } }, want: { path: '/tags', rule: 'type' } }],
  ['a tag that is not an object', { given: adding('env'), want: { path: '/tags/0', rule: 'type' } }],
  ['a tag with an unknown member', { given: adding({ key: 'k', value: 'v', color: 'red' }), want: { path: '/tags/0', rule: 'additionalProperties', property: 'color' } }],
  ['an unknown member beside action and tags', { given: { ...base, instance_id: 'i-1' }, want: { path: '', rule: 'unevaluatedProperties', property: 'instance_id' } }],
  ['an empty key', { given: adding(tag('')), want: { path: '/tags/0/key', rule: 'minLength' } }],
  ['an empty key, even when removing', { given: removing(tag('')), want: { path: '/tags/0/key', rule: 'minLength' } }],
  ['a key that is not a string', { given: adding({ key: 7, value: 'v' }), want: { path: '/tags/0/key', rule: 'type' } }],
  ['a value that is not a string', { given: adding({ key: 'k', value: 7 }), want: { path: '/tags/0/value', rule: 'type' } }],
  ['a 129-character key', { given: adding(tag(chars(129))), want: { path: '/tags/0/key', rule: 'maxLength' } }],
  ['a key beginning with a space', { given: adding(tag(' env')), want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a key ending with a space', { given: adding(tag('env ')), want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a key with a slash', { given: adding(tag('team/env')), want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a key with #', { given: adding(tag('a#b')), want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a key with a line break', { given: adding(tag('a\nb')), want: { path: '/tags/0/key', rule: 'pattern' } }],
  ['a key beginning with _sys_', { given: adding(tag('_sys_enterprise')), want: { path: '/tags/0/key', rule: 'not' } }],
  ['a 256-character value', { given: adding(tag('k', chars(256))), want: { path: '/tags/0/value', rule: 'maxLength' } }],
  ['a value with a comma', { given: adding(tag('k', 'a,b')), want: { path: '/tags/0/value', rule: 'pattern' } }],
  ['a value with a slash (unlike the create operation, adding tags allows none)', { given: adding(tag('k', 'a/b')), want: { path: '/tags/0/value', rule: 'pattern' } }],
  ['the second tag breaking a rule', { given: adding(tag('env'), tag('a|b')), want: { path: '/tags/1/key', rule: 'pattern' } }],
];
