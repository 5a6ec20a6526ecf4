// The generator's emitters, each against a small fixture description: what the service, validators, index and types modules say.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { emitIndex } from '../../scripts/lib/emit/index-module.mjs';
import { emitReadme } from '../../scripts/lib/emit/readme.mjs';
import { emitService, instanceOperations, pagedOperations } from '../../scripts/lib/emit/service.mjs';
import { emitTypes } from '../../scripts/lib/emit/types.mjs';
import { emitValidators } from '../../scripts/lib/emit/validators.mjs';

const projectId = { name: 'project_id', in: 'path', required: true, schema: { type: 'string', minLength: 1 }, example: 'p-1' };
const instanceId = { name: 'instance_id', in: 'path', required: true, schema: { type: 'string' }, example: 'i-1' };
const projectIdRef = { $ref: '#/components/parameters/project_id' };
const instanceIdRef = { $ref: '#/components/parameters/instance_id' };
const answer = (schema: object) => ({ description: 'OK', content: { 'application/json': { schema } } });

/** A Huawei-style service with the operations the waiters need, a create and a delete answered by 204. */
const fixture = {
  openapi: '3.1.0',
  info: { title: 'Demo Engine', version: '1.0', 'x-cloudmq-service-id': 'huaweicloud-demo', 'x-cloudmq-vendor': 'huaweicloud' },
  servers: [{ url: 'https://demo.{region}.example.com', variables: { region: { default: 'r-1', enum: ['r-1', 'r-2'] } } }],
  components: {
    securitySchemes: { signed: { type: 'apiKey', in: 'header', name: 'Authorization', 'x-cloudmq-signing': { algorithm: 'SDK-HMAC-SHA256' } } },
    // Shared by reference, as the descriptions share theirs: the operations with the same parameters share their check.
    parameters: { project_id: projectId, instance_id: instanceId },
  },
  paths: {
    '/v2/{project_id}/instances': {
      get: {
        operationId: 'listInstances',
        'x-cloudmq-paginated': { items: '/instances', total: '/instance_num', itemId: 'instance_id', offset: 'offset', pageSize: 'limit' },
        parameters: [
          projectIdRef,
          { name: 'engine', in: 'query', required: true, schema: { type: 'string', enum: ['demo'] }, example: 'demo' },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50 } },
        ],
        responses: { 200: answer({ type: 'object', properties: { instances: { type: 'array', items: { type: 'object' } }, instance_num: { type: 'integer' } } }) },
      },
      post: {
        operationId: 'createInstance',
        parameters: [projectIdRef],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 4 } }, additionalProperties: false },
              examples: { demo: { value: { name: 'demo-1' } } },
            },
          },
        },
        responses: { 200: answer({ type: 'object', properties: { instance_id: { type: 'string' } } }) },
      },
    },
    '/v2/{project_id}/instances/{instance_id}': {
      get: { operationId: 'showInstance', parameters: [projectIdRef, instanceIdRef], responses: { 200: answer({ type: 'object', properties: { status: { type: 'string' } } }) } },
      delete: { operationId: 'deleteInstance', parameters: [projectIdRef, instanceIdRef], responses: { 204: { description: 'Deleted' } } },
    },
    '/v2/{project_id}/instances/{instance_id}/tags': {
      get: {
        operationId: 'listTags',
        'x-cloudmq-paginated': { items: '/page/tags', inputToken: 'marker', outputToken: '/page/next~1marker' },
        parameters: [projectIdRef, instanceIdRef, { name: 'marker', in: 'query', schema: { type: 'string' } }, { name: 'start', in: 'query', deprecated: true, schema: { type: 'string' } }],
        responses: { 200: answer({ type: 'object', properties: { page: { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } }, 'next/marker': { type: 'string' } } } } }) },
      },
    },
  },
};

describe('emitService', () => {
  const source = emitService(fixture, 'huaweicloud-demo', '1.2.3');
  it.each<[string, { want: string }]>([
    ['names the service', { want: 'id: "huaweicloud-demo"' }],
    ['carries the package version for the User-Agent', { want: 'version: "1.2.3"' }],
    ['lists the regions of the server variable', { want: 'export const REGIONS = ["r-1","r-2"] as const;' }],
    ['resolves each region to its endpoint', { want: '"r-2": "https://demo.r-2.example.com"' }],
    ['keys each operation by method and path template', { want: '"DELETE /v2/{project_id}/instances/{instance_id}": { operationId: "deleteInstance"' }],
    ['marks the statuses documented without a body', { want: 'operationId: "deleteInstance", bodylessStatuses: [204]' }],
    ['loads validators on the first call', { want: `validators: () => import('./validators/createInstance.js')` }],
    ['states the signing algorithm', { want: 'export const SIGNING_ALGORITHM = "SDK-HMAC-SHA256";' }],
  ])('%s', (_, { want }) => {
    expect(source).toContain(want);
  });

  it.each<[string, { given: string; want: object }]>([
    [
      'by offset, with its page size at most, its total, the key of an item and the parameter with one allowed value',
      {
        given: 'listInstances',
        want: {
          vendor: 'huaweicloud',
          operationId: 'listInstances',
          path: '/v2/{project_id}/instances',
          items: ['instances'],
          total: ['instance_num'],
          itemId: 'instance_id',
          pageSize: { name: 'limit', default: 50 },
          paging: { offset: 'offset' },
          fixed: { path: {}, query: { engine: 'demo' } },
        },
      },
    ],
    [
      'by token, its pointers unescaped into keys',
      {
        given: 'listTags',
        want: {
          vendor: 'huaweicloud',
          operationId: 'listTags',
          path: '/v2/{project_id}/instances/{instance_id}/tags',
          items: ['page', 'tags'],
          paging: { inputToken: 'marker', outputToken: ['page', 'next/marker'] },
          fixed: { path: {}, query: {} },
        },
      },
    ],
  ])('describes a paged list %s', (_, { given, want }) => {
    expect(pagedOperations(fixture)[given]).toEqual(want);
  });

  it('finds the show operation and the paged list operation of instances', () => {
    expect(instanceOperations(fixture, 'huaweicloud-demo')).toEqual({ show: '/v2/{project_id}/instances/{instance_id}', list: pagedOperations(fixture).listInstances });
    expect(source).toContain('list: pagedOperations.listInstances };');
  });

  it('refuses a description without the paged list operation the instance paginator needs', () => {
    const { get: _, ...withoutList } = fixture.paths['/v2/{project_id}/instances'];
    expect(() => emitService({ ...fixture, paths: { ...fixture.paths, '/v2/{project_id}/instances': withoutList } }, 'huaweicloud-demo', '1.2.3')).toThrow(/no paged GET operation listInstances/);
  });
});

describe('emitValidators', () => {
  const files = emitValidators(fixture, 'huaweicloud-demo');
  const scratch = mkdtempSync(join(tmpdir(), 'cloudmq-emit-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('writes a module per operation, one per distinct check, and the runtime helpers they use', () => {
    const operations = ['createInstance', 'deleteInstance', 'listInstances', 'listTags', 'showInstance'];
    // createInstance checks the path parameters listInstances does, deleteInstance and listTags those of showInstance: they reuse those checks.
    const checks = ['createInstance.body.js', 'listInstances.path.js', 'listInstances.query.js', 'listTags.query.js', 'showInstance.path.js'];
    expect([...files.keys()].sort()).toEqual([...operations.flatMap((name) => [`${name}.d.ts`, `${name}.js`]), ...checks, 'runtime.js'].sort());
    expect(files.get('deleteInstance.js')).toBe("export { validate as path } from './showInstance.path.js';\n");
    expect(files.get('runtime.js')).toContain('export function ucs2length(');
    expect(files.get('runtime.js')).toContain('export function withError(');
    expect(files.get('createInstance.body.js')).toContain(`import { ucs2length, withError } from './runtime.js';`);
  });

  it("adds each error through withError, not ajv's four statements written out at every rule", () => {
    for (const [file, source] of files) if (file.endsWith('.js') && file !== 'runtime.js') expect(source, file).not.toContain('vErrors.push');
    expect(files.get('createInstance.body.js')).toContain('vErrors = withError(vErrors, err');
  });

  it('exports the path, query and body checks an operation has, declared as CompiledValidator, with no require left', () => {
    expect(files.get('createInstance.js')).toBe("export { validate as path } from './listInstances.path.js';\nexport { validate as body } from './createInstance.body.js';\n");
    expect(files.get('listInstances.js')).toContain("export { validate as query } from './listInstances.query.js';");
    expect(files.get('createInstance.d.ts')).toBe(
      "import type { CompiledValidator } from '@cloudmq/core';\nexport declare const path: CompiledValidator;\nexport declare const body: CompiledValidator;\n",
    );
    for (const source of files.values()) expect(source).not.toMatch(/require\(/);
  });

  it('puts one top-level statement on each line', () => {
    const lines = files.get('listInstances.query.js')?.split('\n') ?? [];
    expect(lines.filter((line) => line.startsWith('export const ')).length).toBe(1);
    expect(lines.filter((line) => line.startsWith('function validate')).length).toBeGreaterThanOrEqual(1);
    expect(lines.filter((line) => line.startsWith('const ')).length).toBeGreaterThanOrEqual(1);
  });

  it('keeps of the schema objects only the parts the code reads: the allowed values an error names', () => {
    const lines = files.get('listInstances.query.js')?.split('\n') ?? [];
    expect(lines.filter((line) => /^const schema\d+ = /.test(line))).toEqual([]);
    expect(lines).toContainEqual(expect.stringMatching(/^const schema\d+_\d+ = \["demo"\];$/));
  });

  it.each<[string, { operation: string; location: 'path' | 'query' | 'body'; given: unknown; want: string[] }]>([
    ['a valid body', { operation: 'createInstance', location: 'body', given: { name: 'demo-1' }, want: [] }],
    ['a short name', { operation: 'createInstance', location: 'body', given: { name: 'abc' }, want: ['minLength'] }],
    ['an unknown field', { operation: 'createInstance', location: 'body', given: { name: 'demo-1', extra: 1 }, want: ['additionalProperties'] }],
    ['every broken rule, in order', { operation: 'createInstance', location: 'body', given: { name: 'abc', extra: 1 }, want: ['additionalProperties', 'minLength'] }],
    ['Infinity as an integer', { operation: 'listInstances', location: 'query', given: { engine: 'demo', offset: Number.POSITIVE_INFINITY }, want: ['type'] }],
    ['another engine', { operation: 'listInstances', location: 'query', given: { engine: 'kafka' }, want: ['enum'] }],
    ['an empty project id', { operation: 'showInstance', location: 'path', given: { project_id: '', instance_id: 'i' }, want: ['minLength'] }],
  ])('the emitted validators check %s', async (_, { operation, location, given, want }) => {
    mkdirSync(join(scratch, 'validators'), { recursive: true });
    for (const [file, source] of files) writeFileSync(join(scratch, 'validators', file), source);
    const module = await import(pathToFileURL(join(scratch, 'validators', `${operation}.js`)).href);
    const validate = module[location];
    validate(given);
    expect((validate.errors ?? []).map((error: { keyword: string }) => error.keyword)).toEqual(want);
  });
});

describe('emitIndex', () => {
  const source = emitIndex(fixture, 'huaweicloud-demo');
  it.each<[string, { want: string }]>([
    ["creates the client with the vendor's factory", { want: 'return createHuaweiCloudClient<paths, Region>(service, options);' }],
    ['names the service in the doc comment', { want: '/** Creates a client of Demo Engine. */' }],
    ['types the instance by the show answer', { want: "export type Instance = operations['showInstance']['responses'][200]['content']['application/json'];" }],
    ["lets Huawei helpers name a project, the credentials' one by default", { want: 'options: WaitForInstanceOptions<InstanceStatus> & { projectId?: string }' }],
    ['types calls that may leave out the project the credentials fill', { want: 'ServiceClient<paths, ThrowOnError, "project_id">' }],
    ['leaves the paging and the fixed engine out of the filters', { want: "'offset' | 'limit' | 'engine'>;" }],
    [
      'pages a list whose parameters are all optional, its project filled by the client',
      {
        want: "export function paginateListInstances(client: Client<boolean>, options: { params?: { path?: Omit<ListInstancesParameters['path'], 'project_id'> & Partial<Pick<ListInstancesParameters['path'], 'project_id'>> }; pageSize?: number; signal?: AbortSignal } = {}): AsyncGenerator<ListInstancesItem, void, undefined>",
      },
    ],
    ['names the default page size, the most allowed', { want: '`pageSize` sets `limit` (default 50, the most allowed).' }],
    ['types an item by where the answer lists them', { want: "export type ListTagsItem = NonNullable<NonNullable<NonNullable<ListTagsAnswer>['page']>['tags']>[number];" }],
    [
      'requires the parameters a list needs, and offers neither a deprecated one nor a page size the list does not take',
      {
        want: "export function paginateListTags(client: Client<boolean>, options: { params: { path: Omit<ListTagsParameters['path'], 'project_id'> & Partial<Pick<ListTagsParameters['path'], 'project_id'>> }; signal?: AbortSignal }): AsyncGenerator<ListTagsItem, void, undefined>",
      },
    ],
    ['names the body of an operation that has one', { want: "export type CreateInstanceBody = RequestBody<'createInstance'>;" }],
    ['names the parameters of every operation', { want: "export type DeleteInstanceParameters = RequestParameters<'deleteInstance'>;" }],
    ['names the answer of an operation that answers JSON', { want: "export type ShowInstanceAnswer = ResponseBody<'showInstance'>;" }],
  ])('%s', (_, { want }) => {
    expect(source).toContain(want);
  });

  it('names no body nor answer an operation does not have', () => {
    expect(source).not.toContain('DeleteInstanceBody');
    expect(source).not.toContain('DeleteInstanceAnswer');
  });

  it("marks a deprecated operation's named types @deprecated, with the sentence that says what to use instead", () => {
    const create = { ...fixture.paths['/v2/{project_id}/instances'].post, deprecated: true, description: 'Creates an instance. Deprecated: use `createNewInstance` instead.' };
    const deprecated = emitIndex({ ...fixture, paths: { ...fixture.paths, '/v2/{project_id}/instances': { ...fixture.paths['/v2/{project_id}/instances'], post: create } } }, 'huaweicloud-demo');
    expect(deprecated).toContain('/** The body of createInstance (POST /v2/{project_id}/instances). @deprecated use `createNewInstance` instead. */\nexport type CreateInstanceBody');
    expect(source).not.toContain('@deprecated');
  });
});

describe('emitTypes', () => {
  it('types every path and operation', async () => {
    const source = await emitTypes(fixture);
    for (const want of ['"/v2/{project_id}/instances": {', '"/v2/{project_id}/instances/{instance_id}": {', 'createInstance: {', 'deleteInstance: {']) expect(source).toContain(want);
  });

  it('indents by two spaces, a level at a time', async () => {
    const source = await emitTypes(fixture);
    expect(source).toMatch(/^export interface paths \{\n {2}"\/v2\/\{project_id\}\/instances": \{\n {4}parameters: \{$/m);
    for (const line of source.split('\n')) expect(line.match(/^ */)?.[0].length ?? 0).toSatisfy((indent: number) => indent % 2 === 0);
  });
});

describe('emitReadme', () => {
  const readme = emitReadme(fixture, 'huaweicloud-demo');
  it.each<[string, { want: string }]>([
    ['names the package and the service', { want: '# @cloudmq/huaweicloud-demo\n\nA typed, validating, signing client for Demo Engine' }],
    ['says how to install it', { want: 'npm install @cloudmq/huaweicloud-demo' }],
    ["lists the vendor's credential sources", { want: '`HUAWEICLOUD_SDK_AK`, `HUAWEICLOUD_SDK_SK` and `HUAWEICLOUD_SDK_PROJECT_ID`' }],
    ['creates with the documented example, the project left to the credentials', { want: 'const { data } = await client.POST(\'/v2/{project_id}/instances\', {\n  "body": {\n    "name": "demo-1"' }],
    ["reads the new instance's id the vendor's way, then waits", { want: "const instanceId = data.instance_id ?? '';\nconst running = await waitForInstance(client, { instanceId });" }],
    ['names the errors', { want: '`HuaweiCloudError`' }],
    ['lists every operation', { want: '| `DELETE /v2/{project_id}/instances/{instance_id}` | `deleteInstance` |' }],
    ['names the waiters and the operation they poll', { want: '- `waitForInstance`, `waitForDeleted`, `waitForResize`: poll `showInstance`' }],
    ['names a paginator per paged list', { want: '- `paginate` (instances, with filters) and `paginateListInstances`, `paginateListTags`: every item' }],
  ])('%s', (_, { want }) => {
    expect(readme).toContain(want);
  });

  it('names no helper whose operations the description lacks', () => {
    expect(readme).not.toContain('waitForTask');
    expect(readme).not.toContain('findFlavours');
  });
});
