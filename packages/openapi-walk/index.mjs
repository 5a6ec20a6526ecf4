// Reads what the code generators need from a bundled OpenAPI document: operations, schema pointers, endpoints.

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Keywords whose values map names to schemas: a key there is a field name, never a keyword or an annotation. */
export const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependentRequired']);
const ANNOTATIONS = new Set(['description', 'examples', 'example', 'title', 'summary', 'externalDocs', 'deprecated']);

/** A JSON pointer token (RFC 6901) as it stands in a pointer: `~` as `~0`, `/` as `~1`. */
export function escapeToken(token) {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** A JSON pointer token as the key it names. */
export function unescapeToken(token) {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** A JSON pointer (RFC 6901) from tokens, URI-encoded for use in a `$ref` fragment. */
export function pointer(tokens) {
  return tokens.map((token) => `/${encodeURIComponent(escapeToken(token))}`).join('');
}

/** The keys a local `$ref` (`#/components/schemas/X`) names, in order. */
export function refTokens(ref) {
  if (!ref.startsWith('#/')) throw new Error(`non-local $ref ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((token) => unescapeToken(decodeURIComponent(token)));
}

/** The keys a JSON pointer (RFC 6901, not URI-encoded: `/data/list`) names, in order; `""` names the whole document. */
export function pointerTokens(jsonPointer) {
  if (jsonPointer === '') return [];
  if (!jsonPointer.startsWith('/')) throw new Error(`a JSON pointer starts with /: ${jsonPointer}`);
  return jsonPointer.slice(1).split('/').map(unescapeToken);
}

/** The value a JSON pointer (as pointerTokens reads it) names in `value`; undefined where the path stops short. */
export function valueAt(value, jsonPointer) {
  return pointerTokens(jsonPointer).reduce((found, key) => found?.[key], value);
}

/** Follows local `$ref`s from `node`: the node reached and the pointer tokens of where it is. A dangling `$ref` throws. */
function follow(document, node, tokens) {
  if (node && typeof node.$ref === 'string') {
    const target = refTokens(node.$ref);
    const reached = target.reduce((value, token) => value?.[token], document);
    if (reached === undefined) throw new Error(`dangling $ref ${node.$ref}`);
    return follow(document, reached, target);
  }
  return { node, tokens };
}

/** The node a (chain of) local `$ref`(s) points at, or `node` itself. */
export function resolveRef(document, node) {
  return follow(document, node, []).node;
}

/** Every operation in document order: `{ method, path, operationId, operation }`. */
export function operationsOf(document) {
  return Object.entries(document.paths).flatMap(([path, pathItem]) =>
    METHODS.filter((method) => pathItem[method]).map((method) => ({ method, path, operationId: pathItem[method].operationId, operation: pathItem[method] })),
  );
}

/** The operation named `operationId`, as operationsOf lists it; throws when the description has none. */
export function findOperation(document, operationId) {
  const found = operationsOf(document).find((candidate) => candidate.operationId === operationId);
  if (!found) throw new Error(`the description has no operation ${operationId}`);
  return found;
}

/**
 * Every operation with what a client needs of it: path and query parameters (name, required,
 * deprecated, pointer to the schema), the pointer to the JSON request body schema, the Alibaba action, how
 * a list pages (x-cloudmq-paginated), the idempotency-token query parameter and the 2xx statuses
 * answered without a body.
 */
export function collectOperations(document) {
  return operationsOf(document).map(({ method, path, operation }) => {
    const pathItem = document.paths[path];
    const parameters = [
      ...(pathItem.parameters ?? []).map((p, i) => [p, ['paths', path, 'parameters', i]]),
      ...(operation.parameters ?? []).map((p, i) => [p, ['paths', path, method, 'parameters', i]]),
    ].map(([p, tokens]) => follow(document, p, tokens));
    const byLocation = (location) =>
      parameters
        .filter(({ node }) => node.in === location)
        .map(({ node, tokens }) => ({
          name: node.name,
          required: node.required === true,
          deprecated: node.deprecated === true,
          schemaPointer: pointer([...tokens, 'schema']),
          idempotencyToken: node['x-cloudmq-idempotency-token'] === true,
        }));
    const schemas = {};
    for (const location of ['path', 'query']) if (byLocation(location).length > 0) schemas[location] = byLocation(location);
    if (operation.requestBody) {
      const { node, tokens } = follow(document, operation.requestBody, ['paths', path, method, 'requestBody']);
      if (node.content?.['application/json']) schemas.body = pointer([...tokens, 'content', 'application/json', 'schema']);
    }
    return {
      method,
      path,
      operationId: operation.operationId,
      action: operation['x-cloudmq-action'],
      paginated: operation['x-cloudmq-paginated'],
      idempotencyTokenParameter: byLocation('query').find((p) => p.idempotencyToken)?.name,
      bodylessStatuses: Object.entries(operation.responses ?? {})
        .filter(([status, response]) => /^2\d\d$/.test(status) && !resolveRef(document, response).content)
        .map(([status]) => Number(status)),
      schemas,
    };
  });
}

/**
 * One request per request-body example of every operation (one request without a body where there
 * is none), with each path and query parameter set to its own example:
 * `{ name, method, path, operationId, params: { path?, query? }, body }`.
 */
export function exampleRequests(document) {
  return operationsOf(document).flatMap(({ method, path, operationId, operation }) => {
    const params = {};
    for (const parameter of [...(document.paths[path].parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolveRef(document, p))) {
      if (parameter.in !== 'path' && parameter.in !== 'query') continue;
      const [example] = examplesOf(document, parameter);
      if (example) {
        params[parameter.in] ??= {};
        params[parameter.in][parameter.name] = example[1];
      } else if (parameter.required) throw new Error(`${operationId}: required ${parameter.in} parameter ${parameter.name} has no example`);
    }
    const media = operation.requestBody && resolveRef(document, operation.requestBody).content?.['application/json'];
    const bodies = media ? examplesOf(document, media) : [['without a body', undefined]];
    return bodies.map(([name, body]) => ({ name: `${operationId} ${name}`, method, path, operationId, params, body }));
  });
}

/** `[name, value]` of the examples of a media type or parameter (`example` for the single `example` field). */
export function examplesOf(document, holder) {
  const named = Object.entries(holder.examples ?? {}).map(([name, example]) => [name, resolveRef(document, example).value]);
  return holder.example === undefined ? named : [['example', holder.example], ...named];
}

/**
 * The request of the first example of the first create operation that is not deprecated: how to
 * create an instance of the service today (the demo and the lifecycle tests use it).
 */
export function exampleCreateRequest(document) {
  const request = exampleRequests(document).find(({ operationId, path, method }) => operationId.startsWith('create') && !document.paths[path][method].deprecated);
  if (!request) throw new Error('the description has no current create operation with an example');
  return request;
}

/** A copy of the document without annotations (descriptions, examples, titles): validation does not read them. */
export function stripAnnotations(node, parentKey) {
  if (Array.isArray(node)) return node.map((item) => stripAnnotations(item));
  if (!node || typeof node !== 'object') return node;
  const keepAll = NAME_MAPS.has(parentKey);
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => keepAll || (!ANNOTATIONS.has(key) && !key.startsWith('x-')))
      .map(([key, value]) => [key, stripAnnotations(value, key)]),
  );
}

/** Region → base URL, from the servers' region variable; the first server listing a region wins. */
export function regionEndpoints(document) {
  const endpoints = {};
  for (const server of document.servers ?? []) {
    for (const [name, variable] of Object.entries(server.variables ?? {})) {
      for (const region of variable.enum ?? []) endpoints[region] ??= server.url.replace(`{${name}}`, region);
    }
  }
  return endpoints;
}

/**
 * A schema and the parts that state its properties and items with it: its `allOf` parts and, with
 * `branches`, its non-null `oneOf`/`anyOf` branches (`data: oneOf [Instance, null]` is an Instance
 * when there is one), recursively, `$ref`s followed; not `if`/`then`, which only narrow them. A
 * `$ref` with siblings (`deprecated: true` beside it, as OpenAPI 3.1 allows) is a part too.
 * @param {any} document
 * @param {any} node
 * @param {{ branches?: boolean }} [options]
 * @returns {any[]}
 */
export function schemaParts(document, node, { branches = true } = {}) {
  if (!node || typeof node !== 'object') return [];
  const schema = resolveRef(document, node);
  const siblings = schema !== node ? [node] : [];
  const alternatives = branches ? [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].filter((branch) => resolveRef(document, branch).type !== 'null') : [];
  return [...siblings, schema, ...[...(schema.allOf ?? []), ...alternatives].flatMap((part) => schemaParts(document, part, { branches }))];
}

/**
 * The names a schema requires whatever the data: its own `required` and its `allOf` parts', not
 * those of `anyOf`/`oneOf` branches or `if`/`then`.
 * @param {any} document
 * @param {any} node
 * @returns {Set<string>}
 */
export function requiredNames(document, node) {
  return new Set(schemaParts(document, node, { branches: false }).flatMap((part) => part.required ?? []));
}

/**
 * `node` with the local `$ref`s in it replaced by (copies of) what they point at in `document`. A
 * `$ref` with sibling keywords becomes `allOf: [target]` beside them, since both apply (OpenAPI
 * 3.1); a `$ref` back into a schema being inlined stays, which stops a recursive schema.
 * @param {any} document
 * @param {any} node
 */
export function inlineRefs(document, node) {
  return inlined(document, node, []);
}

function inlined(document, node, refChain) {
  if (Array.isArray(node)) return node.map((item) => inlined(document, item, refChain));
  if (node === null || typeof node !== 'object') return node;
  const { $ref, ...rest } = node;
  const siblings = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, inlined(document, value, refChain)]));
  if (typeof $ref !== 'string' || refChain.includes($ref)) return $ref === undefined ? siblings : { $ref, ...siblings };
  const target = inlined(document, resolveRef(document, { $ref }), [...refChain, $ref]);
  return Object.keys(siblings).length > 0 ? { allOf: [target], ...siblings } : target;
}
