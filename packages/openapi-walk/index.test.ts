// The one reader of OpenAPI documents: pointer tokens, $ref resolution and inlining, schema parts and required names, operations.
import { describe, expect, it } from 'vitest';
import { collectOperations, escapeToken, inlineRefs, operationsOf, pointer, pointerTokens, refTokens, requiredNames, resolveRef, schemaParts, unescapeToken, valueAt } from './index.mjs';

describe('pointer tokens', () => {
  it.each<[string, { given: string; escaped: string }]>([
    ['a plain key', { given: 'schemas', escaped: 'schemas' }],
    ['a path', { given: '/v2/{project_id}/instances', escaped: '~1v2~1{project_id}~1instances' }],
    ['a tilde', { given: 'a~b', escaped: 'a~0b' }],
    ['a tilde before a slash', { given: '~/', escaped: '~0~1' }],
  ])('escapes and unescapes %s', (_, { given, escaped }) => {
    expect(escapeToken(given)).toBe(escaped);
    expect(unescapeToken(escaped)).toBe(given);
  });

  it('writes a $ref fragment, URI-encoded', () => {
    expect(pointer(['paths', '/v2/{project_id}/instances', 'post'])).toBe('/paths/~1v2~1%7Bproject_id%7D~1instances/post');
    expect(refTokens(`#${pointer(['paths', '/v2/{project_id}/instances', 'post'])}`)).toEqual(['paths', '/v2/{project_id}/instances', 'post']);
  });

  it.each<[string, { given: string; want: string[] }]>([
    ['the whole document', { given: '', want: [] }],
    ['nested keys', { given: '/data/list', want: ['data', 'list'] }],
    ['escaped keys, not URI-decoded', { given: '/next~1marker/a~0b/%7B', want: ['next/marker', 'a~b', '%7B'] }],
  ])('reads the keys of a JSON pointer: %s', (_, { given, want }) => {
    expect(pointerTokens(given)).toEqual(want);
  });

  it.each<[string, { given: string; want: unknown }]>([
    ['the whole value', { given: '', want: { data: { 'next/marker': 'm1', list: [1, 2] } } }],
    ['a nested key', { given: '/data/list', want: [1, 2] }],
    ['an array index', { given: '/data/list/1', want: 2 }],
    ['an escaped key', { given: '/data/next~1marker', want: 'm1' }],
    ['a path that stops short', { given: '/data/missing/deeper', want: undefined }],
  ])('reads the value a JSON pointer names: %s', (_, { given, want }) => {
    expect(valueAt({ data: { 'next/marker': 'm1', list: [1, 2] } }, given)).toEqual(want);
  });

  it('refuses a JSON pointer without its leading slash', () => {
    expect(() => pointerTokens('data/list')).toThrow(/starts with \//);
  });

  it('refuses a $ref to another document', () => {
    expect(() => refTokens('other.yaml#/components/schemas/X')).toThrow(/non-local/);
  });
});

const document = {
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        'x-cloudmq-paginated': { items: '/things', offset: 'offset' },
        parameters: [{ $ref: '#/components/parameters/limit' }, { name: 'start', in: 'query', deprecated: true, schema: { type: 'integer' } }],
      },
      post: { operationId: 'createThing', requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } }, responses: { 204: { description: 'ok' } } },
    },
  },
  components: {
    parameters: { limit: { name: 'limit', in: 'query', required: false, schema: { type: 'integer' } } },
    schemas: {
      Alias: { $ref: '#/components/schemas/Thing' },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema if/then rule, not a thenable.
      Thing: { type: 'object', required: ['name'], properties: { name: { type: 'string' } }, allOf: [{ $ref: '#/components/schemas/Tagged' }, { if: { required: ['x'] }, then: { required: ['y'] } }] },
      Tagged: { required: ['tag'], properties: { tag: { type: 'string' } } },
      Either: { oneOf: [{ $ref: '#/components/schemas/Tagged' }, { type: 'null' }], anyOf: [{ required: ['z'], properties: { z: {} } }] },
      Dangling: { $ref: '#/components/schemas/Missing' },
      Tree: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } } },
    },
  },
};

describe('resolveRef', () => {
  it.each<[string, { given: object; want: unknown }]>([
    ['a node without $ref is itself', { given: { type: 'string' }, want: { type: 'string' } }],
    ['a $ref is followed', { given: { $ref: '#/components/schemas/Tagged' }, want: document.components.schemas.Tagged }],
    ['a chain of $refs is followed to its end', { given: { $ref: '#/components/schemas/Alias' }, want: document.components.schemas.Thing }],
  ])('%s', (_, { given, want }) => {
    expect(resolveRef(document, given)).toEqual(want);
  });

  it('throws on a dangling $ref', () => {
    expect(() => resolveRef(document, { $ref: '#/components/schemas/Dangling' })).toThrow(/dangling \$ref/);
  });
});

describe('inlineRefs', () => {
  const tagged = document.components.schemas.Tagged;
  it.each<[string, { given: unknown; want: unknown }]>([
    ['a node without $ref is a copy of itself', { given: { type: 'string', enum: ['a'] }, want: { type: 'string', enum: ['a'] } }],
    ['a $ref becomes its target', { given: { $ref: '#/components/schemas/Tagged' }, want: tagged }],
    ['a $ref deep inside arrays and objects', { given: { oneOf: [{ $ref: '#/components/schemas/Tagged' }, { type: 'null' }] }, want: { oneOf: [tagged, { type: 'null' }] } }],
    ['a $ref with siblings: both apply', { given: { $ref: '#/components/schemas/Tagged', description: 'why' }, want: { allOf: [tagged], description: 'why' } }],
    [
      'a chain of $refs, every target inlined',
      { given: { $ref: '#/components/schemas/Alias' }, want: { ...document.components.schemas.Thing, allOf: [tagged, document.components.schemas.Thing.allOf[1]] } },
    ],
    [
      'a recursive schema keeps its inner $ref',
      { given: { $ref: '#/components/schemas/Tree' }, want: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } } } },
    ],
    ['a primitive is itself', { given: 3, want: 3 }],
  ])('%s', (_, { given, want }) => {
    expect(inlineRefs(document, given)).toEqual(want);
  });

  it('copies: changing the result changes nothing in the document', () => {
    const result = inlineRefs(document, { $ref: '#/components/schemas/Tagged' }) as { properties: { tag: { type: string } } };
    result.properties.tag.type = 'changed';
    expect(document.components.schemas.Tagged.properties.tag.type).toBe('string');
  });

  it('throws on a dangling $ref', () => {
    expect(() => inlineRefs(document, { $ref: '#/components/schemas/Missing' })).toThrow(/dangling \$ref/);
  });
});

describe('schemaParts and requiredNames', () => {
  it('collects a schema with its allOf parts, following $refs, but not if/then', () => {
    const parts = schemaParts(document, { $ref: '#/components/schemas/Thing' });
    expect(parts.flatMap((part: { properties?: object }) => Object.keys(part.properties ?? {}))).toEqual(['name', 'tag']);
  });

  it('enters oneOf and anyOf branches other than null, unless told not to', () => {
    const keys = (branches: boolean) => schemaParts(document, document.components.schemas.Either, { branches }).flatMap((part: { properties?: object }) => Object.keys(part.properties ?? {}));
    expect(keys(true).sort()).toEqual(['tag', 'z']);
    expect(keys(false)).toEqual([]);
  });

  it('keeps the siblings of a $ref as a part', () => {
    const parts = schemaParts(document, { $ref: '#/components/schemas/Tagged', deprecated: true });
    expect(parts.some((part: { deprecated?: boolean }) => part.deprecated === true)).toBe(true);
  });

  it.each<[string, { given: object; want: string[] }]>([
    ['own and allOf parts', { given: { $ref: '#/components/schemas/Thing' }, want: ['name', 'tag'] }],
    ['not branches', { given: document.components.schemas.Either, want: [] }],
  ])('requiredNames: %s', (_, { given, want }) => {
    expect([...requiredNames(document, given)].sort()).toEqual(want);
  });
});

describe('operations', () => {
  it('lists every operation in document order', () => {
    expect(operationsOf(document).map((o: { method: string; operationId: string }) => `${o.method} ${o.operationId}`)).toEqual(['get listThings', 'post createThing']);
  });

  it('collects what a client needs of each', () => {
    const [list, create] = collectOperations(document);
    expect(list).toMatchObject({
      operationId: 'listThings',
      paginated: { items: '/things', offset: 'offset' },
      schemas: {
        query: [
          { name: 'limit', required: false, deprecated: false, schemaPointer: '/components/parameters/limit/schema' },
          { name: 'start', required: false, deprecated: true, schemaPointer: '/paths/~1things/get/parameters/1/schema' },
        ],
      },
    });
    expect(create.paginated).toBeUndefined();
    expect(create).toMatchObject({ operationId: 'createThing', bodylessStatuses: [204], schemas: { body: '/paths/~1things/post/requestBody/content/application~1json/schema' } });
  });
});
