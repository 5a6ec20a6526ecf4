// Reads the bundled descriptions and answers the questions the table-driven spec tests ask of them.
import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { createOpenApiAjv, schemaIdFor } from '../../scripts/lib/openapi-ajv.mjs';
import { escapeToken, requiredNames, resolveRef, schemaParts } from '@cloudmq/openapi-walk';
import { bundlePath, SERVICE_IDS } from '../../scripts/lib/services.mjs';
import { brokenRules } from '../../packages/core/src/validation.ts';
import { type ServiceId, servicesUnderTest } from './services-under-test.ts';

export { SERVICE_IDS, type ServiceId };
/** The services this run tests: one in a service's own test task, else all (services-under-test.ts). */
export const SERVICES_UNDER_TEST = servicesUnderTest();
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Json = any;

const documents = new Map<ServiceId, Json>();

/** The bundled description of a service (specs/<id>/dist/openapi.json, made by `npm run build`). */
export function bundledSpec(service: ServiceId): Json {
  let document = documents.get(service);
  if (!document) {
    document = JSON.parse(readFileSync(bundlePath(service), 'utf8'));
    documents.set(service, document);
  }
  return document;
}

const sharedAjv = createOpenApiAjv({});
/** The shared ajv, knowing the bundled document of `service` (registered on first use). */
function ajvFor(service: ServiceId) {
  if (!sharedAjv.getSchema(schemaIdFor(service))) sharedAjv.addSchema(bundledSpec(service), schemaIdFor(service));
  return sharedAjv;
}

/** One broken rule, as a test states it: where (JSON pointer into the body), which keyword, which property. */
export interface RuleViolation {
  path: string;
  rule: string;
  property?: string;
}

/** A validator for the JSON schema at `pointer` (an RFC 6901 JSON pointer into the bundled document). */
export function validatorAt(service: ServiceId, pointer: string): (value: unknown) => RuleViolation[] {
  const ref = `${schemaIdFor(service)}#${pointer.split('/').map(encodeURIComponent).join('/')}`;
  const ajv = ajvFor(service);
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  return (value) => (validate(value) ? [] : ruleViolations(validate.errors ?? []));
}

/** A validator for the application/json request body of an operation. */
export function requestBodyValidator(service: ServiceId, method: HttpMethod, path: string) {
  return validatorAt(service, ['', 'paths', path, method, 'requestBody', 'content', 'application/json', 'schema'].map(escapeToken).join('/'));
}

/** A validator for the application/json answer `status` of an operation, whether the answer is inline or a $ref to components.responses. */
export function answerValidator(service: ServiceId, method: HttpMethod, path: string, status = '200') {
  const response = bundledSpec(service).paths[path][method].responses[status];
  const base = response.$ref ? response.$ref.slice(1) : ['', 'paths', path, method, 'responses', status].map(escapeToken).join('/');
  return validatorAt(service, `${base}/content/application~1json/schema`);
}

/** A validator for a parameter's schema (path, query or header) of an operation. */
export function parameterValidator(service: ServiceId, method: HttpMethod, path: string, name: string) {
  const operation = bundledSpec(service).paths[path][method];
  const index = operation.parameters.findIndex((p: Json) => resolve(service, p).name === name);
  if (index < 0) throw new Error(`${method.toUpperCase()} ${path} has no parameter ${name}`);
  const parameter = operation.parameters[index];
  const pointer = parameter.$ref ? `${parameter.$ref.slice(1)}/schema` : ['', 'paths', path, method, 'parameters', index, 'schema'].map(escapeToken).join('/');
  return validatorAt(service, pointer);
}

/** ajv's errors as the rules a test names: core's reduction (no `if` wrappers, no failed anyOf branches). */
function ruleViolations(errors: ErrorObject[]): RuleViolation[] {
  return brokenRules(errors).map((e) => {
    const property = (e.params.missingProperty ?? e.params.unevaluatedProperty ?? e.params.additionalProperty) as string | undefined;
    return property === undefined ? { path: e.instancePath, rule: e.keyword } : { path: e.instancePath, rule: e.keyword, property };
  });
}

/** Follows a local `$ref` (and chains of them) inside a service's bundled document; a dangling one throws. */
export function resolve(service: ServiceId, node: Json): Json {
  return resolveRef(bundledSpec(service), node);
}

/** What a page says of a field: its JSON type (for arrays, `array<item type>`) and whether it is mandatory. */
export interface FieldFacts {
  type: string;
  required: boolean;
}

/**
 * The facts the schema of an operation's request body states for a field, or undefined when the
 * field is missing. `field` is a dotted path; `[]` steps into array items: `bss_param.period_num`,
 * `tags[].key`, `networkInfo.vSwitches[].vSwitchId`. Properties and `required` lists are collected
 * through `$ref` and `allOf` (not through if/then, which states conditional rules).
 */
export function requestBodyField(service: ServiceId, method: HttpMethod, path: string, field: string): FieldFacts | undefined {
  const operation = bundledSpec(service).paths[path]?.[method];
  if (!operation) throw new Error(`${service} has no ${method.toUpperCase()} ${path}`);
  let schema = resolve(service, resolve(service, operation.requestBody).content['application/json'].schema);
  let facts: FieldFacts | undefined;
  for (const step of field.split('.')) {
    const name = step.replace(/\[\]$/, '');
    const object = flattenObject(service, schema);
    const property = object.properties[name];
    if (!property) return undefined;
    schema = property;
    facts = { type: typeName(service, property), required: object.required.has(name) };
    if (step.endsWith('[]')) schema = resolve(service, property.items);
  }
  return facts;
}

/** The properties (and required names) a schema declares itself or through its `allOf` parts, with `$ref`s followed. */
export function flattenObject(service: ServiceId, node: Json): { properties: Record<string, Json>; required: Set<string> } {
  const document = bundledSpec(service);
  const properties: Record<string, Json> = {};
  for (const part of schemaParts(document, node, { branches: false })) {
    for (const [name, value] of Object.entries(part.properties ?? {})) properties[name] = resolve(service, value);
  }
  return { properties, required: requiredNames(document, node) };
}

function typeName(service: ServiceId, node: Json): string {
  const schema = resolve(service, node);
  const type = Array.isArray(schema.type) ? schema.type.join('|') : schema.type;
  return type === 'array' ? `array<${typeName(service, schema.items ?? {})}>` : String(type);
}
