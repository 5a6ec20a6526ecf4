// Generates the source of one client package (the current directory, packages/<service id>) from its bundled description.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { createOpenApiAjv, schemaIdFor } from './lib/openapi-ajv.mjs';
import { collectOperations, regionEndpoints, resolveRef, stripAnnotations } from './lib/openapi-walk.mjs';
import { VENDORS, vendorOf } from './lib/vendors.mjs';

const serviceId = basename(process.cwd());
const specFile = resolve(`../../specs/${serviceId}/dist/openapi.json`);
const document = JSON.parse(readFileSync(specFile, 'utf8'));
const outDir = 'src';
const vendorId = vendorOf(document);
const vendor = VENDORS[vendorId].clientPrefix;
const header = `// Generated from specs/${serviceId}/openapi.yaml by scripts/generate-client.mjs. Do not edit: run \`npm run build\`.\n`;

/** What the typed waiters and paginator of each vendor's packages read from the generated schema types. */
const LIFECYCLE = {
  HuaweiCloud: {
    show: 'showInstance',
    instance: "operations['showInstance']['responses'][200]['content']['application/json']",
    listed: "NonNullable<operations['listInstances']['responses'][200]['content']['application/json']['instances']>[number]",
    paging: ['offset', 'limit'],
    // A Huawei instance belongs to a project: the helpers need its id as the calls do.
    ref: (options) => `${options} & { projectId: string }`,
  },
  AlibabaCloud: {
    show: 'getInstance',
    instance: "NonNullable<operations['getInstance']['responses'][200]['content']['application/json']['data']>",
    listed: "NonNullable<NonNullable<operations['listInstances']['responses'][200]['content']['application/json']['data']>['list']>[number]",
    paging: ['pageNumber', 'pageSize'],
    ref: (options) => `Omit<${options}, 'projectId'>`,
  },
};

// Read once: service.ts states them, index.ts types the paginator's filters by them.
const lifecycleOperations = instanceOperations();

// src/ holds generated files only: starting empty means a file added there by hand shows up as deleted.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir);
writeFileSync(join(outDir, 'schema.ts'), `${header}${astToString(await openapiTS(document, { defaultNonNullable: false, readWriteMarkers: true }))}`);
mkdirSync(join(outDir, 'validators'));
for (const [file, source] of generateValidators()) writeFileSync(join(outDir, 'validators', file), source);
writeFileSync(join(outDir, 'service.ts'), generateService());
writeFileSync(join(outDir, 'index.ts'), generateIndex());

/**
 * Precompiled ajv validators (standalone code): no schema compilation and no ajv at run time. One
 * module per operation, loaded on its first call, so that importing a client costs the same
 * however many operations it has; the ajv runtime helpers they use live in `runtime.ts`.
 * @returns {Map<string, string>} file name → source
 */
function generateValidators() {
  // strictNumbers: NaN and ±Infinity are no numbers; JSON would send them as null, a query as "Infinity".
  const ajv = createOpenApiAjv({}, { code: { source: true, esm: true }, strictNumbers: true });
  // Descriptions and examples do not validate anything: leaving them out keeps the package small.
  const docId = schemaIdFor(serviceId);
  ajv.addSchema(stripAnnotations(document), docId);
  const files = new Map();
  const helpers = new Set();
  for (const operation of collectOperations(document)) {
    const exports = {};
    for (const [location, schema] of Object.entries(operation.schemas)) {
      const id = `${docId}/validators/${operation.operationId}/${location}`;
      ajv.addSchema(location === 'body' ? { $ref: `${docId}#${schema}` } : parametersSchema(schema, docId), id);
      exports[location] = id;
    }
    if (Object.keys(exports).length === 0) continue;
    const { code, used } = withRuntimeImports(standaloneCode(ajv, exports).replace(/^"use strict";/, ''));
    for (const name of used) helpers.add(name);
    const imports = [`import type { CompiledValidator } from '@cloudmq/core';`, ...(used.length > 0 ? [`import { ${used.join(', ')} } from './runtime.js';`] : [])];
    const typed = formatted(code).replace(/export const (\w+) = /g, 'export const $1: CompiledValidator = ');
    files.set(`${operation.operationId}.ts`, `${header}// @ts-nocheck -- ajv's standalone output is plain JavaScript; the exports are typed.\n${imports.join('\n')}\n${typed}`);
  }
  files.set('runtime.ts', `${header}// @ts-nocheck -- ajv's runtime helpers, copied from ajv: plain JavaScript.\n${ajvRuntime([...helpers].sort())}`);
  return files;
}

/** Standalone code with each `require("ajv/dist/runtime/<name>").default` replaced by `<name>`, imported from runtime.ts. */
function withRuntimeImports(code) {
  const used = [...new Set([...code.matchAll(/require\("ajv\/dist\/runtime\/(\w+)"\)\.default/g)].map((match) => match[1]))].sort();
  let replaced = code;
  for (const name of used) replaced = replaced.replaceAll(`require("ajv/dist/runtime/${name}").default`, name);
  if (/require\(/.test(replaced)) throw new Error('standalone validators still require a module');
  return { code: replaced, used };
}

/** ajv's runtime helpers `names`, each function's own source copied from ajv, exported. */
function ajvRuntime(names) {
  const require = createRequire(import.meta.url);
  return names
    .map((name) => {
      const source = readFileSync(require.resolve(`ajv/dist/runtime/${name}`), 'utf8');
      const fn = source.match(new RegExp(`function ${name}\\([\\s\\S]*?\\n}\\n`))?.[0];
      if (!fn) throw new Error(`cannot copy ajv runtime ${name}: add it as a dependency instead`);
      return `export ${fn}`;
    })
    .join('\n');
}

/**
 * One top-level statement a line: ajv writes a module on one line, which no diff can review. Each
 * statement keeps ajv's compact text, which tsc keeps as it is: printing the blocks out would add
 * half again to the package.
 */
function formatted(code) {
  const source = ts.createSourceFile('validators.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  return `${source.statements.map((statement) => statement.getText(source)).join('\n')}\n`;
}

/** An object schema for the path or query parameters of an operation: documented names only. */
function parametersSchema(parameters, docId) {
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, { $ref: `${docId}#${p.schemaPointer}` }])),
    required: parameters.filter((p) => p.required).map((p) => p.name),
    additionalProperties: false,
  };
}

function generateService() {
  const endpoints = regionEndpoints(document);
  const signing = Object.values(document.components.securitySchemes)[0]['x-cloudmq-signing'];
  const operations = collectOperations(document).map((operation) => {
    const fields = [
      `operationId: ${JSON.stringify(operation.operationId)}`,
      ...(operation.idempotencyTokenParameter ? [`idempotencyTokenParameter: ${JSON.stringify(operation.idempotencyTokenParameter)}`] : []),
      ...(operation.action ? [`action: ${JSON.stringify(operation.action)}`] : []),
      `bodylessStatuses: ${JSON.stringify(operation.bodylessStatuses)}`,
      `validators: ${Object.keys(operation.schemas).length > 0 ? `() => import('./validators/${operation.operationId}.js')` : 'async () => ({})'}`,
    ];
    return `    ${JSON.stringify(`${operation.method.toUpperCase()} ${operation.path}`)}: { ${fields.join(', ')} },`;
  });
  return `${header}import type { InstanceOperations, ServiceDefinition } from '@cloudmq/core';

/** The regions whose public endpoint this client knows (the description's server variables). */
export const REGIONS = ${JSON.stringify(Object.keys(endpoints))} as const;
export type Region = (typeof REGIONS)[number];

export const service: ServiceDefinition<Region> = {
  id: ${JSON.stringify(serviceId)},
  endpoints: ${JSON.stringify(endpoints, null, 4).replace(/\n}$/, '\n  }')},${document.info['x-cloudmq-api-version'] ? `\n  apiVersion: ${JSON.stringify(document.info['x-cloudmq-api-version'])},` : ''}
  operations: {
${operations.join('\n')}
  },
};

/** The show and list operations the waiters and the paginator call. */
export const instanceOperations: InstanceOperations = ${JSON.stringify(lifecycleOperations)};

/** The request-signing algorithm of this service. */
export const SIGNING_ALGORITHM = ${JSON.stringify(signing.algorithm)};
`;
}

/**
 * The paths of the show and list operations (found by operationId), and the list operation's
 * query parameters that are required and allow one value (Huawei \`engine\`): the paginator sets them.
 */
function instanceOperations() {
  const operations = collectOperations(document);
  const find = (operationId) => {
    const found = operations.find((operation) => operation.operationId === operationId);
    if (found?.method !== 'get') throw new Error(`${serviceId} has no GET operation ${operationId}: the waiters and the paginator need it`);
    return found;
  };
  const list = find('listInstances');
  const listQuery = {};
  for (const parameter of list.schemas.query ?? []) {
    const allowed = resolveRef(document, { $ref: `#${parameter.schemaPointer}` }).enum;
    if (parameter.required && allowed?.length === 1) listQuery[parameter.name] = allowed[0];
  }
  return { vendor: vendorId, show: find(LIFECYCLE[vendor].show).path, list: list.path, listQuery };
}

function generateIndex() {
  const lifecycle = LIFECYCLE[vendor];
  const setByPaginator = [...lifecycle.paging, ...Object.keys(lifecycleOperations.listQuery)].map((name) => JSON.stringify(name).replaceAll('"', "'")).join(' | ');
  return `${header}import {
  type ${vendor}ClientOptions,
  create${vendor}Client,
  type PaginateOptions,
  paginateInstances,
  type ServiceClient,
  type WaitForDeletedOptions,
  type WaitForInstanceOptions,
  waitForDeleted as waitForServiceInstanceDeleted,
  waitForInstance as waitForServiceInstance,
} from '@cloudmq/core';
import type { operations, paths } from './schema.js';
import { instanceOperations, type Region, service } from './service.js';

export type { components, operations, paths } from './schema.js';
export { REGIONS, type Region, SIGNING_ALGORITHM } from './service.js';

/** Options of {@link createClient}: credentials (default: from the environment), region or endpoint, timeouts, retries. */
export type ClientOptions = ${vendor}ClientOptions<Region>;
/**
 * An openapi-fetch client typed by this service's paths, with validation, signing, timeouts and
 * safe retries. \`Client<true>\` is the one made with \`throwOnError: true\`: its answers always carry data.
 */
export type Client<ThrowOnError extends boolean = false> = ServiceClient<paths, ThrowOnError>;

/** Creates a client of ${document.info.title}. */
export function createClient(options: ClientOptions & { throwOnError: true }): Client<true>;
export function createClient(options: ClientOptions): Client;
export function createClient(options: ClientOptions): Client<boolean> {
  return create${vendor}Client<paths, Region>(service, options);
}

/** An instance as the ${lifecycle.show} operation answers it. */
export type Instance = ${lifecycle.instance};
/** The status of an instance. */
export type InstanceStatus = NonNullable<Instance['status']>;
/** An instance as the listInstances operation answers it. */
export type ListedInstance = ${lifecycle.listed};
/** The filters of the listInstances operation; {@link paginate} sets the rest. */
export type InstanceFilters = Omit<NonNullable<operations['listInstances']['parameters']['query']>, ${setByPaginator}>;

/**
 * Polls ${lifecycle.show} with backoff until the instance has status \`until\` (default \`RUNNING\`), and
 * resolves with it. Rejects with a WaiterError (\`reason\`, \`lastStatus\`) when the instance reaches a
 * status it does not leave by itself, after \`timeoutMs\` (default 30 minutes) or on abort.
 */
export function waitForInstance(client: Client<boolean>, options: ${lifecycle.ref('WaitForInstanceOptions<InstanceStatus>')}): Promise<Instance> {
  return waitForServiceInstance<Instance>(client, instanceOperations, options);
}

/** Polls ${lifecycle.show} with backoff until the instance is gone (404, or a status that means deleted). */
export function waitForDeleted(client: Client<boolean>, options: ${lifecycle.ref('WaitForDeletedOptions')}): Promise<void> {
  return waitForServiceInstanceDeleted(client, instanceOperations, options);
}

/** Every instance listInstances finds with \`filters\`, page after page: \`for await (const instance of paginate(client, { ... }))\`. */
export function paginate(client: Client<boolean>, options: ${lifecycle.ref('PaginateOptions<InstanceFilters>')}): AsyncGenerator<ListedInstance, void, undefined> {
  return paginateInstances<ListedInstance>(client, instanceOperations, options);
}
`;
}
