// Reads one operation of our bundled descriptions into the route and field list the parity test compares.
import { operationsOf } from '../../scripts/lib/openapi-walk.mjs';
import { bundledSpec, flattenObject, resolve, type ServiceId } from '../support/spec.ts';

type Json = any;

/** What our description says an operation sends: `POST /path` and its fields in the parity notation. */
export interface DescribedRequest {
  route: string;
  fields: string[];
}

/**
 * The operation `operationId` of a service: its path and query parameters as `path:name` and
 * `query:name` (headers are not compared), then every request-body field as a dotted path with
 * `[]` stepping into array items. Properties are collected through `$ref`, `allOf`, `properties`
 * and `items`, not through if/then, which only state conditional rules about them.
 */
export function describedRequest(service: ServiceId, operationId: string): DescribedRequest {
  const document = bundledSpec(service);
  const found = operationsOf(document).find((candidate) => candidate.operationId === operationId);
  if (!found) throw new Error(`${service} has no operation ${operationId}`);
  const { method, path, operation } = found;
  const parameters = [...(document.paths[path].parameters ?? []), ...(operation.parameters ?? [])]
    .map((p: Json) => resolve(service, p))
    .filter((p: Json) => p.in === 'path' || p.in === 'query')
    .map((p: Json) => `${p.in}:${p.name}`);
  const body = operation.requestBody && resolve(service, operation.requestBody).content['application/json'].schema;
  return { route: `${method.toUpperCase()} ${path}`, fields: [...parameters, ...(body ? bodyFields(service, body, '') : [])] };
}

function bodyFields(service: ServiceId, node: Json, prefix: string): string[] {
  return Object.entries(flattenObject(service, node).properties).flatMap(([name, value]) => {
    const schema = resolve(service, value);
    const items = schema.items && resolve(service, schema.items);
    return [
      `${prefix}${name}`,
      ...bodyFields(service, schema, `${prefix}${name}.`),
      ...(items ? bodyFields(service, items, `${prefix}${name}[].`) : []),
    ];
  });
}
