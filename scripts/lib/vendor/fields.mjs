// Flattens what an operation sends and answers into one notation for both sides: `path:engine`, `query:offset`, `bss_param.charging_mode`, `tags[].key`.
import { requiredNames, resolveRef, schemaParts } from '@cloudmq/openapi-walk';

/**
 * The facts compared of one field or parameter.
 * @typedef {object} FieldFacts
 * @property {string | undefined} type JSON Schema type (`integer`, `string`, ...), undefined where the schema states none
 * @property {boolean} required
 * @property {boolean} deprecated
 * @property {unknown[] | undefined} enum
 */

/**
 * What an operation sends and answers, flattened.
 * @typedef {object} FlatOperation
 * @property {Map<string, FieldFacts>} request parameters (`path:`, `query:`, `header:`) and body fields
 * @property {Map<string, FieldFacts>} response the fields of the success answer's body
 */

/**
 * One vendor operation of a snapshot, flattened.
 * @param {import('./snapshot-format.mjs').VendorOperation} operation
 * @returns {FlatOperation}
 */
export function flatVendorOperation(operation) {
  const request = new Map();
  // Header names are case-insensitive: both sides are compared in lower case.
  for (const parameter of operation.parameters) request.set(`${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`, vendorFacts(parameter));
  if (operation.requestBody) addVendorFields(request, operation.requestBody, '');
  const response = new Map();
  if (operation.responseBody) addVendorFields(response, operation.responseBody, '');
  return { request, response };
}

/** @param {import('./snapshot-format.mjs').VendorField} field */
function vendorFacts(field) {
  return { type: field.type === 'any' ? undefined : field.type, required: field.required, deprecated: field.deprecated, enum: field.enum };
}

function addVendorFields(fields, field, prefix) {
  for (const [name, inner] of Object.entries(field.properties ?? {})) {
    fields.set(`${prefix}${name}`, vendorFacts(inner));
    addVendorFields(fields, inner, `${prefix}${name}.`);
    if (inner.items) addVendorFields(fields, inner.items, `${prefix}${name}[].`);
  }
}

/**
 * One operation of a bundled description, flattened. Properties are collected through `$ref`,
 * `allOf` and the `oneOf` branches other than `type: null` (`data: oneOf [Instance, null]` is an
 * Instance when there is one); not through if/then, which only narrow them. A field is required
 * when a `required` list of its object (or of an `allOf` part of it) names it.
 * @param {any} document
 * @param {{ path: string, operation: any }} described as operationsOf lists it
 * @returns {FlatOperation}
 */
export function flatDescribedOperation(document, { path, operation }) {
  const request = new Map();
  const parameters = [...(document.paths[path].parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolveRef(document, p));
  for (const parameter of parameters) {
    if (!['path', 'query', 'header'].includes(parameter.in)) continue;
    request.set(`${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`, {
      ...schemaFacts(document, parameter.schema ?? {}),
      required: parameter.required === true,
      deprecated: parameter.deprecated === true || schemaParts(document, parameter.schema ?? {}).some((part) => part.deprecated === true),
    });
  }
  const body = operation.requestBody && resolveRef(document, operation.requestBody).content?.['application/json']?.schema;
  if (body) addDescribedFields(document, request, body, '');
  const response = new Map();
  for (const [status, answer] of Object.entries(operation.responses ?? {})) {
    if (!/^2(\d\d|XX)$/.test(status)) continue;
    const schema = resolveRef(document, answer).content?.['application/json']?.schema;
    if (schema) addDescribedFields(document, response, schema, '');
  }
  return { request, response };
}

function addDescribedFields(document, fields, node, prefix) {
  const parts = schemaParts(document, node);
  const required = requiredNames(document, node);
  for (const part of parts) {
    for (const [name, value] of Object.entries(part.properties ?? {})) {
      const key = `${prefix}${name}`;
      const facts = { ...schemaFacts(document, value), required: required.has(name), deprecated: schemaParts(document, value).some((inner) => inner.deprecated === true) };
      const known = fields.get(key);
      // A property stated in two parts (allOf): keep what either says.
      fields.set(key, known ? { type: known.type ?? facts.type, required: known.required || facts.required, deprecated: known.deprecated || facts.deprecated, enum: known.enum ?? facts.enum } : facts);
      addDescribedFields(document, fields, value, `${key}.`);
      for (const inner of schemaParts(document, value)) if (inner.items) addDescribedFields(document, fields, inner.items, `${key}[].`);
    }
  }
}

/** The type and enum a schema states, through its parts: `type: [string, 'null']` is a string; a `const` is a one-value enum. */
function schemaFacts(document, node) {
  let type;
  let values;
  for (const part of schemaParts(document, node)) {
    const types = (Array.isArray(part.type) ? part.type : [part.type]).filter((t) => t !== undefined && t !== 'null');
    type ??= types[0];
    if (part.enum) values ??= part.enum.filter((value) => value !== null);
    else if (part.const !== undefined) values ??= [part.const];
  }
  if (type === undefined && values?.length) type = typeof values[0] === 'number' ? (values.every(Number.isInteger) ? 'integer' : 'number') : typeof values[0];
  return { type, enum: values };
}
