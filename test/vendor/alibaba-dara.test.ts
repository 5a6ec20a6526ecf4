// The Darabonba reader: a miniature of an Alibaba Cloud async main.dara read into a vendor snapshot.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { alibabaSnapshot } from '../../scripts/lib/vendor/alibaba-dara.mjs';
import { folderTree } from '../../scripts/lib/vendor/source-tree.mjs';

const fixtures = fileURLToPath(new URL('fixtures/alibaba-dara', import.meta.url));
const snapshot = alibabaSnapshot(folderTree(fixtures), 'demo-service', 'demo-20220801');

/** The snapshot's value at `path` (property names and array indexes) inside the operation named `action`. */
function at(action: string, path: (string | number)[]): unknown {
  const operation = snapshot.operations.find(({ name }) => name === action);
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], operation);
}

const optional = { required: false, deprecated: false };

// [feature, { given: operation and path in it, want: the value there }]
const features: [string, { given: [string, (string | number)[]]; want: unknown }][] = [
  [
    'path, query and header parameters in the IDL order, by wire name, without the Host field',
    {
      given: ['CreateWidget', ['parameters']],
      want: [
        { name: 'instanceId', in: 'path', type: 'string', required: true, deprecated: false },
        { name: 'clientToken', in: 'query', type: 'string', ...optional },
        { name: 'zoneIds', in: 'query', type: 'array', ...optional, items: { type: 'string', ...optional } },
        { name: 'x-demo-trace-id', in: 'header', type: 'string', ...optional },
      ],
    },
  ],
  ['a body of the Body fields, itself optional', { given: ['CreateWidget', ['requestBody']], want: expect.objectContaining({ type: 'object', ...optional }) }],
  ['only the Body fields in the body', { given: ['CreateWidget', ['requestBody', 'properties']], want: { spec: expect.anything(), legacyCode: expect.anything(), labels: expect.anything() } }],
  ['a required field (no `?`)', { given: ['CreateWidget', ['requestBody', 'properties', 'spec', 'required']], want: true }],
  [
    'a multi-line description with an escaped quote, which does not end the string',
    { given: ['CreateWidget', ['requestBody', 'properties', 'spec', 'properties', 'size']], want: { type: 'integer', required: true, deprecated: false } },
  ],
  ["a deprecated field, deprecated='true'", { given: ['CreateWidget', ['requestBody', 'properties', 'legacyCode']], want: { type: 'string', required: false, deprecated: true } }],
  ['a map, as an object without properties', { given: ['CreateWidget', ['requestBody', 'properties', 'labels']], want: { type: 'object', ...optional } }],
  [
    'a nested inline object with an array of objects, deprecated=true bare',
    {
      given: ['CreateWidget', ['requestBody', 'properties', 'spec', 'properties', 'network']],
      want: {
        type: 'object',
        ...optional,
        properties: {
          vpcId: { type: 'string', required: true, deprecated: false },
          vSwitches: {
            type: 'array',
            ...optional,
            items: { type: 'object', ...optional, properties: { vSwitchId: { type: 'string', ...optional }, zoneId: { type: 'string', required: false, deprecated: true } } },
          },
        },
      },
    },
  ],
  ['float as number', { given: ['CreateWidget', ['requestBody', 'properties', 'spec', 'properties', 'ratio', 'type']], want: 'number' }],
  [
    'a response body model referenced by name',
    { given: ['CreateWidget', ['responseBody']], want: { type: 'object', ...optional, properties: { requestId: { type: 'string', ...optional }, data: { type: 'string', ...optional } } } },
  ],
  ['only a path parameter when the other field is Host', { given: ['GetWidget', ['parameters']], want: [{ name: 'widgetId', in: 'path', type: 'string', required: true, deprecated: false }] }],
  ['no body when no field is in it', { given: ['GetWidget', ['requestBody']], want: null }],
  [
    'scalars, any and a map of models in a response',
    {
      given: ['GetWidget', ['responseBody', 'properties', 'data', 'properties']],
      want: expect.objectContaining({
        widgetId: { type: 'string', ...optional },
        createTime: { type: 'integer', ...optional },
        weight: { type: 'number', ...optional },
        enabled: { type: 'boolean', ...optional },
        extra: { type: 'any', ...optional },
        lagMap: { type: 'object', ...optional },
      }),
    },
  ],
  [
    'an array of a recursive model, stopped at its repeat',
    {
      given: ['GetWidget', ['responseBody', 'properties', 'data', 'properties', 'parts']],
      want: {
        type: 'array',
        ...optional,
        items: {
          type: 'object',
          ...optional,
          properties: {
            name: { type: 'string', ...optional },
            subParts: { type: 'array', ...optional, items: { type: 'object', ...optional, model: 'GetWidgetResponseBodyDataParts' } },
          },
        },
      },
    },
  ],
];

describe('alibabaSnapshot', () => {
  it('records the Darafile version and the files read; a plain folder has no commit', () => {
    expect(snapshot.service).toBe('demo-service');
    expect(snapshot.source).toEqual({
      repository: 'aliyun/alibabacloud-sdk',
      commit: undefined,
      date: undefined,
      files: ['demo-20220801/async/Darafile', 'demo-20220801/async/main.dara'],
      version: '0.3.1',
    });
  });

  it('reads one operation per @handler.do call: the action, method and path, deprecated by its @deprecated tag', () => {
    expect(snapshot.operations.map(({ name, method, path, deprecated }) => ({ name, method, path, deprecated }))).toEqual([
      { name: 'CreateWidget', method: 'POST', path: '/instances/{instanceId}/widgets', deprecated: false },
      { name: 'GetWidget', method: 'GET', path: '/widgets/{widgetId}', deprecated: true },
    ]);
  });

  it.each(features)('reads %s', (_, { given: [action, path], want }) => {
    expect(at(action, path)).toEqual(want);
  });
});

describe('a broken IDL fails loudly, naming file and line', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'cloudmq-dara-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const darafile = JSON.stringify({ version: '0.0.1', main: './main.dara' });
  const operation = (model: string) =>
    `model GetWidgetRequest {\n${model}\n}\nmodel GetWidgetResponse = {\n  body?: any(name='body'),\n}\nasync function getWidget(request: GetWidgetRequest): GetWidgetResponse {\n  return @handler.do('RESTFUL', 'GetWidget', 'GET', '/widgets/{id}', 'json', false, 'json', request);\n}\n`;

  it.each<[string, { given: string; want: RegExp }]>([
    ['an unterminated string', { given: `${operation("  id: string(name='id', position='Path'),")}model Broken {\n  a?: string(name='a),\n}\n`, want: /main\.dara:11: unterminated string/ }],
    ['an unterminated comment', { given: `/* never closed\n${operation("  id: string(name='id', position='Path'),")}`, want: /main\.dara:1: unterminated comment/ }],
    ['an unknown position', { given: operation("  id: string(name='id', position='Cookie'),"), want: /unknown position 'Cookie'/ }],
    ['an unknown model', { given: operation("  spec: WidgetSpec(name='spec', position='Body'),"), want: /unknown type WidgetSpec/ }],
  ])('%s', (_, { given, want }) => {
    const folder = mkdtempSync(join(scratch, 'case-'));
    mkdirSync(join(folder, 'demo-20220801', 'async'), { recursive: true });
    writeFileSync(join(folder, 'demo-20220801', 'async', 'Darafile'), darafile);
    writeFileSync(join(folder, 'demo-20220801', 'async', 'main.dara'), given);
    expect(() => alibabaSnapshot(folderTree(folder), 'demo-service', 'demo-20220801')).toThrow(want);
  });
});
