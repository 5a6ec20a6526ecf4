// Generates the source of one client package (the current directory, packages/<service id>) from its bundled description.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import openapiTS, { astToString } from 'openapi-typescript';
import { createOpenApiAjv, schemaIdFor } from './lib/openapi-ajv.mjs';
import { collectOperations, regionEndpoints, stripAnnotations } from './lib/openapi-walk.mjs';

const serviceId = basename(process.cwd());
const specFile = resolve(`../../specs/${serviceId}/dist/openapi.json`);
const document = JSON.parse(readFileSync(specFile, 'utf8'));
const outDir = 'src';
const header = `// Generated from specs/${serviceId}/openapi.yaml by scripts/generate-client.mjs. Do not edit: run \`npm run build\`.\n`;

// src/ holds generated files only: starting empty means a file added there by hand shows up as deleted.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir);
writeFileSync(join(outDir, 'schema.ts'), `${header}${astToString(await openapiTS(document, { defaultNonNullable: false, readWriteMarkers: true }))}`);
writeFileSync(join(outDir, 'validators.ts'), generateValidators());
writeFileSync(join(outDir, 'service.ts'), generateService());
writeFileSync(join(outDir, 'index.ts'), generateIndex());

/** Precompiled ajv validators (standalone code): no schema compilation and no ajv at run time. */
function generateValidators() {
  const ajv = createOpenApiAjv({}, { code: { source: true, esm: true } });
  // Descriptions and examples do not validate anything: leaving them out keeps the package small.
  const docId = schemaIdFor(serviceId);
  ajv.addSchema(stripAnnotations(document), docId);
  const exports = {};
  for (const operation of collectOperations(document)) {
    for (const [location, schema] of Object.entries(operation.schemas)) {
      const name = `${operation.operationId}${location[0].toUpperCase()}${location.slice(1)}`;
      const id = `${docId}/validators/${name}`;
      ajv.addSchema(location === 'body' ? { $ref: `${docId}#${schema}` } : parametersSchema(schema, docId), id);
      exports[name] = id;
    }
  }
  let code = standaloneCode(ajv, exports);
  code = inlineAjvRuntime(code.replace(/^"use strict";/, ""));
  code = code.replace(/export const (\w+) = /g, 'export const $1: CompiledValidator = ');
  return `${header}// @ts-nocheck -- ajv's standalone output is plain JavaScript; the exports are typed below.\nimport type { CompiledValidator } from '@cloudmq/core';\n${code}\n`;
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

/** Replaces `require("ajv/dist/runtime/<name>").default` with that function's own source, copied from ajv. */
function inlineAjvRuntime(code) {
  const require = createRequire(import.meta.url);
  const used = new Set([...code.matchAll(/require\("ajv\/dist\/runtime\/(\w+)"\)\.default/g)].map((match) => match[1]));
  let inlined = code;
  for (const name of used) {
    const source = readFileSync(require.resolve(`ajv/dist/runtime/${name}`), 'utf8');
    const fn = source.match(new RegExp(`function ${name}\\([\\s\\S]*?\\n}\\n`))?.[0];
    if (!fn) throw new Error(`cannot inline ajv runtime ${name}: add it as a dependency instead`);
    inlined = `${fn}${inlined.replaceAll(`require("ajv/dist/runtime/${name}").default`, name)}`;
  }
  if (/require\(/.test(inlined)) throw new Error('standalone validators still require a module');
  return inlined;
}

function generateService() {
  const endpoints = regionEndpoints(document);
  const signing = Object.values(document.components.securitySchemes)[0]['x-cloudmq-signing'];
  const operations = collectOperations(document).map((operation) => {
    const validators = Object.keys(operation.schemas).map((location) => `${location}: validators.${operation.operationId}${location[0].toUpperCase()}${location.slice(1)}`);
    const fields = [
      `operationId: ${JSON.stringify(operation.operationId)}`,
      `idempotent: ${operation.idempotencyTokenParameter !== undefined}`,
      ...(operation.idempotencyTokenParameter ? [`idempotencyTokenParameter: ${JSON.stringify(operation.idempotencyTokenParameter)}`] : []),
      ...(operation.action ? [`action: ${JSON.stringify(operation.action)}`] : []),
      `validators: { ${validators.join(', ')} }`,
    ];
    return `    ${JSON.stringify(`${operation.method.toUpperCase()} ${operation.path}`)}: { ${fields.join(', ')} },`;
  });
  return `${header}import type { ServiceDefinition } from '@cloudmq/core';
import * as validators from './validators.js';

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

/** The request-signing algorithm of this service. */
export const SIGNING_ALGORITHM = ${JSON.stringify(signing.algorithm)};
`;
}

function generateIndex() {
  const vendor = serviceId.startsWith('huaweicloud') ? 'HuaweiCloud' : 'AlibabaCloud';
  return `${header}import { type ${vendor}ClientOptions, create${vendor}Client, type ServiceClient } from '@cloudmq/core';
import type { paths } from './schema.js';
import { type Region, service } from './service.js';

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
`;
}
