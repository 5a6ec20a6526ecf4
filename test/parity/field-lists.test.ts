// fieldsMissingFrom: what one request's field list has that another's lacks, as the parity test reports it.
import { expect, it } from 'vitest';
import { fieldsMissingFrom } from './field-lists.ts';

// [case, { given: [fields, the other list], want: the fields reported missing }]
const cases: [string, { given: [string[], string[]]; want: string[] }][] = [
  ['a top-level field the other lacks', { given: [['name', 'tls_mode'], ['name']], want: ['tls_mode'] }],
  ['a member of an object both have', { given: [['bss_param', 'bss_param.order_id'], ['bss_param']], want: ['bss_param.order_id'] }],
  ['an object the other lacks, standing for its members', { given: [['port_protocol', 'port_protocol.public_plain_enable'], []], want: ['port_protocol'] }],
  ['a member of array items both have', { given: [['tags', 'tags[].key'], ['tags']], want: ['tags[].key'] }],
  ['parameters and body fields, sorted', { given: [['path:engine', 'broker_num'], []], want: ['broker_num', 'path:engine'] }],
];

it.each(cases)('reports %s', (_, { given: [fields, other], want }) => {
  expect(fieldsMissingFrom(fields, other)).toEqual(want);
});
