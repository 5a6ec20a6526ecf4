// Reads one operation of our bundled descriptions into the route and field lists the parity test compares.
import { findOperation } from '../../scripts/lib/openapi-walk.mjs';
import { bundledSpec, resolve, type ServiceId } from '../support/spec.ts';

type Json = any;

/** What our description says an operation sends: `POST /path` and its fields in the parity notation. */
export interface DescribedRequest {
  route: string;
  fields: string[];
}

/**
 * The operation `operationId` of a service: its path and query parameters as `path:name` and
 * `query:name` (headers are not compared), then every request-body field as a dotted path with
 * `[]` stepping into array items (see schemaFields).
 */
export function describedRequest(service: ServiceId, operationId: string): DescribedRequest {
  const document = bundledSpec(service);
  const { method, path, operation } = findOperation(bundledSpec(service), operationId);
  const parameters = [...(document.paths[path].parameters ?? []), ...(operation.parameters ?? [])]
    .map((p: Json) => resolve(service, p))
    .filter((p: Json) => p.in === 'path' || p.in === 'query')
    .map((p: Json) => `${p.in}:${p.name}`);
  const body = operation.requestBody && resolve(service, operation.requestBody).content['application/json'].schema;
  return { route: `${method.toUpperCase()} ${path}`, fields: [...parameters, ...(body ? schemaFields(service, body, '') : [])] };
}

/**
 * The fields of the JSON answers (`application/json` of every 2xx response) of the operation
 * `operationId`, in the notation of describedRequest's body fields; none for an answer without
 * a JSON body, such as a 204.
 */
export function describedResponse(service: ServiceId, operationId: string): string[] {
  const { operation } = findOperation(bundledSpec(service), operationId);
  const schemas = Object.entries(operation.responses ?? {})
    .filter(([status]) => /^2(\d\d|XX)$/.test(status))
    .map(([, response]) => resolve(service, response).content?.['application/json']?.schema)
    .filter(Boolean);
  return [...new Set(schemas.flatMap((schema: Json) => schemaFields(service, schema, '')))];
}

/**
 * Every field of a body schema as a dotted path, `[]` stepping into array items. Properties and
 * items are collected through `$ref`, `allOf` and the `oneOf` branches other than `type: null`
 * (`data: oneOf [Instance, null]` is an Instance when there is one); not through if/then, which
 * only state conditional rules about them.
 */
function schemaFields(service: ServiceId, node: Json, prefix: string): string[] {
  const fields = partsOf(service, node).flatMap((part) =>
    Object.entries(part.properties ?? {}).flatMap(([name, value]) => [
      `${prefix}${name}`,
      ...schemaFields(service, value, `${prefix}${name}.`),
      ...partsOf(service, value)
        .filter((inner) => inner.items)
        .flatMap((inner) => schemaFields(service, inner.items, `${prefix}${name}[].`)),
    ]),
  );
  return [...new Set(fields)];
}

/** A schema and the parts that state its properties and items with it: its `allOf` parts and non-null `oneOf` branches, recursively, `$ref`s followed. */
function partsOf(service: ServiceId, node: Json): Json[] {
  const schema = resolve(service, node);
  const branches = (schema.oneOf ?? []).filter((branch: Json) => resolve(service, branch).type !== 'null');
  return [schema, ...[...(schema.allOf ?? []), ...branches].flatMap((part: Json) => partsOf(service, part))];
}
