// Emits validators/<operationId>.js with its .d.ts per operation, and validators/runtime.js: precompiled ajv validators of its path, query and body.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import standaloneCode from 'ajv/dist/standalone/index.js';
import ts from 'typescript';
import { createOpenApiAjv, schemaIdFor } from '../openapi-ajv.mjs';
import { collectOperations, refTokens, stripAnnotations } from '@cloudmq/openapi-walk';

/**
 * Precompiled ajv validators (standalone code): no schema compilation and no ajv at run time. One
 * module per operation, loaded on its first call, so that importing a client costs the same
 * however many operations it has. Each checks one location (path, query or body) in a module of
 * its own, `<operationId>.<location>.js`, named after the first operation that needs it: the
 * operations with the same parameters (show, delete, update, tags: the project and the instance)
 * share it. The ajv runtime helpers they use live in `runtime.js`. They are JavaScript with a
 * declaration beside the operation's module, copied to dist as they are: compiled by tsc, whose
 * printer lays every block out, the same code takes 70 % more room in the package.
 * @param {any} document a bundled description
 * @param {string} serviceId
 * @returns {Map<string, string>} file name (in validators/) → source: `<operationId>.js` and `.d.ts`, `<operationId>.<location>.js`, `runtime.js`
 */
export function emitValidators(document, serviceId) {
  // Descriptions and examples do not validate anything: leaving them out keeps the package small.
  const docId = schemaIdFor(serviceId);
  const stripped = stripAnnotations(document);
  const files = new Map();
  const helpers = new Set();
  /** Module name by its code: one location's check, compiled alone, reads the same wherever its schema is the same. */
  const modules = new Map();
  for (const operation of collectOperations(document)) {
    const locations = Object.entries(operation.schemas);
    if (locations.length === 0) continue;
    const reexports = locations.map(([location, schema]) => {
      const { code, used } = compiledAlone(stripped, docId, location === 'body' ? { $ref: `${docId}#${componentPointer(stripped, schema)}` } : parametersSchema(schema, docId));
      let module = modules.get(code);
      if (!module) {
        module = `${operation.operationId}.${location}.js`;
        modules.set(code, module);
        for (const name of used) helpers.add(name);
        files.set(module, `${used.length > 0 ? `import { ${used.join(', ')} } from './runtime.js';\n` : ''}${code}`);
      }
      return `export { validate as ${location} } from './${module}';`;
    });
    files.set(`${operation.operationId}.js`, `${reexports.join('\n')}\n`);
    const declarations = locations.map(([location]) => `export declare const ${location}: CompiledValidator;`);
    files.set(`${operation.operationId}.d.ts`, `import type { CompiledValidator } from '@cloudmq/core';\n${declarations.join('\n')}\n`);
  }
  files.set('runtime.js', `// The helpers the validators import: ajv's runtime helpers, copied from ajv, and withError.\n${runtimeHelpers([...helpers].sort())}`);
  return files;
}

/** The standalone code of one schema, exported as `validate`, by an ajv of its own (so the same schema compiles to the same text), one statement a line. */
function compiledAlone(document, docId, schema) {
  // strictNumbers: NaN and ±Infinity are no numbers; JSON would send them as null, a query as "Infinity".
  // messages: the core words each issue from its keyword and parameters; ajv's text would repeat in every module.
  // validateSchema: the meta-schema sees only the document's top level (its schemas sit under keys
  // it does not know; the lint checks them), and compiling it for every location was a fifth of a
  // package's generate.
  const ajv = createOpenApiAjv({}, { code: { source: true, esm: true }, strictNumbers: true, messages: false, validateSchema: false });
  ajv.addSchema(document, docId);
  ajv.addSchema(schema, 'check');
  const { code, used } = withErrorsAddedByHelper(withRuntimeImports(standaloneCode(ajv, { validate: 'check' }).replace(/^"use strict";/, '')));
  return { code: oneStatementALine(code), used };
}

/**
 * Where a body schema is checked from: the component a bare `$ref` names (`#/components/schemas/X`),
 * else the media type's own schema. Operations whose bodies are one component (two paths, one SDK
 * model) then compile to the same code and share one module.
 */
function componentPointer(document, schemaPointer) {
  const node = refTokens(`#${schemaPointer}`).reduce((value, token) => value?.[token], document);
  const bare = node && typeof node.$ref === 'string' && Object.keys(node).length === 1 && node.$ref.startsWith('#/');
  return bare ? node.$ref.slice(1) : schemaPointer;
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

/** How ajv adds an error to the list it returns (`vErrors`), written out at every rule a validator checks. */
const ERROR_ADDED = /if\(vErrors === null\)\{vErrors = \[(err\d+)\];\}else \{vErrors\.push\(\1\);\}/g;

/** Our own helpers the validators may import, by name. */
const OWN_HELPERS = {
  withError: `/** The list with the error added: a new one in place of none (null). */
export function withError(errors, error) {
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}
`,
};

/**
 * The code with each error added by a call to `withError`: ajv's four statements, written out
 * hundreds of times in a package, were a tenth of its validators. The same list comes out.
 * @param {{ code: string, used: string[] }} compiled
 */
function withErrorsAddedByHelper({ code, used }) {
  const replaced = code.replace(ERROR_ADDED, 'vErrors = withError(vErrors, $1);');
  return replaced === code ? { code, used } : { code: replaced, used: [...used, 'withError'].sort() };
}

/** The helpers `names`: ours as written here, ajv's each function's own source copied from ajv, exported. */
function runtimeHelpers(names) {
  const require = createRequire(import.meta.url);
  return names
    .map((name) => {
      if (name in OWN_HELPERS) return OWN_HELPERS[name];
      const source = readFileSync(require.resolve(`ajv/dist/runtime/${name}`), 'utf8');
      const fn = source.match(new RegExp(`function ${name}\\([\\s\\S]*?\\n}\\n`))?.[0];
      if (!fn) throw new Error(`cannot copy ajv runtime ${name}: add it as a dependency instead`);
      return `export ${fn}`;
    })
    .join('\n');
}

/**
 * One top-level statement a line: ajv writes a module on one line, which no diff can review. Each
 * statement keeps ajv's compact text: printing the blocks out would add 70 % to the package.
 */
function oneStatementALine(code) {
  const source = ts.createSourceFile('validators.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  return `${withSchemaPartsOnly(source.statements.map((statement) => statement.getText(source))).join('\n')}\n`;
}

const SCHEMA_DECLARATION = /^const (schema\d+) = (\{.*\});$/s;
const SCHEMA_REFERENCE = /\b(schema\d+)((?:\.[A-Za-z_$][\w$]*|\[(?:"(?:[^"\\]|\\.)*"|\d+)\])+)/g;
const PATH_SEGMENT = /\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*"|\d+)\]/g;

/**
 * The statements with each schema object ajv keeps in the module cut to the parts its code reads
 * (the `enum` lists an error gives as allowed values), each a constant of its own: ajv keeps the
 * whole schema, which can weigh more than the check, and a schema no code reads at all.
 * @param {string[]} statements
 */
function withSchemaPartsOnly(statements) {
  const schemas = new Map();
  for (const statement of statements) {
    const declared = SCHEMA_DECLARATION.exec(statement);
    if (declared) schemas.set(declared[1], JSON.parse(declared[2]));
  }
  const parts = new Map();
  const rewritten = statements
    .filter((statement) => !SCHEMA_DECLARATION.test(statement))
    .map((statement) =>
      statement.replace(SCHEMA_REFERENCE, (reference, name, path) => {
        if (!schemas.has(name)) return reference;
        if (!parts.has(reference)) {
          const keys = [...path.matchAll(PATH_SEGMENT)].map(([, key, indexOrString]) => key ?? JSON.parse(indexOrString));
          parts.set(reference, { name: `${name}_${parts.size}`, value: keys.reduce((value, key) => value[key], schemas.get(name)) });
        }
        return parts.get(reference).name;
      }),
    );
  const remaining = rewritten.filter((statement) => new RegExp(`\\b(${[...schemas.keys()].join('|') || '$^'})\\b`).test(statement));
  if (remaining.length > 0) throw new Error(`a validator reads a whole schema object: ${remaining[0].slice(0, 80)}`);
  const declarations = [...parts.values()].map(({ name, value }) => `const ${name} = ${JSON.stringify(value)};`);
  // The imports and the export stay first.
  const head = rewritten.findIndex((statement) => !/^(import|export) /.test(statement));
  return [...rewritten.slice(0, head), ...declarations, ...rewritten.slice(head)];
}
