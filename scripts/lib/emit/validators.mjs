// Emits validators/<operationId>.ts per operation and validators/runtime.ts: precompiled ajv validators of its path, query and body.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import standaloneCode from 'ajv/dist/standalone/index.js';
import ts from 'typescript';
import { createOpenApiAjv, schemaIdFor } from '../openapi-ajv.mjs';
import { collectOperations, stripAnnotations } from '@cloudmq/openapi-walk';

/**
 * Precompiled ajv validators (standalone code): no schema compilation and no ajv at run time. One
 * module per operation, loaded on its first call, so that importing a client costs the same
 * however many operations it has; the ajv runtime helpers they use live in `runtime.ts`.
 * @param {any} document a bundled description
 * @param {string} serviceId
 * @returns {Map<string, string>} file name (in validators/) → source
 */
export function emitValidators(document, serviceId) {
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
    const typed = oneStatementALine(code).replace(/export const (\w+) = /g, 'export const $1: CompiledValidator = ');
    files.set(`${operation.operationId}.ts`, `// @ts-nocheck -- ajv's standalone output is plain JavaScript; the exports are typed.\n${imports.join('\n')}\n${typed}`);
  }
  files.set('runtime.ts', `// @ts-nocheck -- ajv's runtime helpers, copied from ajv: plain JavaScript.\n${ajvRuntime([...helpers].sort())}`);
  return files;
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
function oneStatementALine(code) {
  const source = ts.createSourceFile('validators.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  return `${source.statements.map((statement) => statement.getText(source)).join('\n')}\n`;
}
