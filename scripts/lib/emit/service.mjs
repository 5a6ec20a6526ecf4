// Emits service.ts: what the runtime needs of a service (regions, endpoints, operations, the paged lists, the waiters' show and list operations, the signing algorithm).
import { collectOperations, pointerTokens, regionEndpoints, resolveRef } from '@cloudmq/openapi-walk';
import { VENDORS, vendorOf } from '../vendors.mjs';

/**
 * @param {any} document a bundled description
 * @param {string} serviceId
 * @param {string} version the client package's version, sent in its User-Agent
 * @returns {string} the module's source
 */
export function emitService(document, serviceId, version) {
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
  const flavours = flavourOperations(document, serviceId);
  const tasks = taskOperations(document);
  const paged = pagedOperations(document);
  const { show } = instanceOperations(document, serviceId);
  return `import type { ${flavours ? 'FlavourOperations, ' : ''}InstanceOperations, PagedOperation, ServiceDefinition${tasks ? ', TaskOperations' : ''} } from '@cloudmq/core';

/** The regions whose public endpoint this client knows (the description's server variables). */
export const REGIONS = ${JSON.stringify(Object.keys(endpoints))} as const;
export type Region = (typeof REGIONS)[number];

export const service: ServiceDefinition<Region> = {
  id: ${JSON.stringify(serviceId)},
  version: ${JSON.stringify(version)},
  endpoints: ${JSON.stringify(endpoints, null, 4).replace(/\n}$/, '\n  }')},${document.info['x-cloudmq-api-version'] ? `\n  apiVersion: ${JSON.stringify(document.info['x-cloudmq-api-version'])},` : ''}
  operations: {
${operations.join('\n')}
  },
};

/** The list operations that page, and how: the paginators read them. */
export const pagedOperations: Record<${Object.keys(paged)
    .map((id) => JSON.stringify(id))
    .join(' | ')}, PagedOperation> = {
${Object.entries(paged)
  .map(([id, operation]) => `  ${id}: ${JSON.stringify(operation)},`)
  .join('\n')}
};

/** The show and list operations the waiters and the paginator call. */
export const instanceOperations: InstanceOperations = { vendor: ${JSON.stringify(vendorOf(document))}, show: ${JSON.stringify(show)}, list: pagedOperations.listInstances };
${flavours ? `\n/** The products and zones operations findFlavours joins. */\nexport const flavourOperations: FlavourOperations = ${flavourSource(flavours, paged)};\n` : ''}${tasks ? `\n/** The operation waitForTask polls. */\nexport const taskOperations: TaskOperations = ${JSON.stringify(tasks)};\n` : ''}
/** The request-signing algorithm of this service. */
export const SIGNING_ALGORITHM = ${JSON.stringify(signing.algorithm)};
`;
}

/**
 * The path of the show operation (found by operationId) and the paged listInstances operation, which the
 * waiters and the instance paginator call.
 * @param {any} document
 * @param {string} serviceId
 */
export function instanceOperations(document, serviceId) {
  const showId = VENDORS[vendorOf(document)].lifecycle.show;
  const show = getOperation(collectOperations(document), showId);
  if (!show) throw new Error(`${serviceId} has no GET operation ${showId}: the waiters need it`);
  const list = pagedOperations(document).listInstances;
  if (!list) throw new Error(`${serviceId} has no paged GET operation listInstances (x-cloudmq-paginated): the instance paginator needs it`);
  return { show: show.path, list };
}

/**
 * Each GET operation that declares x-cloudmq-paginated, as core's paginator reads it (PagedOperation):
 * its pointers as lists of keys, the page size asked for when the caller names none (the page-size
 * parameter's maximum, where it has one), and the parameters it requires with one allowed value
 * (Huawei `engine`), which the paginator sends. The lint rule cloudmq-operation-paginated checks
 * the names and pointers.
 * @param {any} document
 * @returns {Record<string, object>}
 */
export function pagedOperations(document) {
  const vendor = vendorOf(document);
  const paged = collectOperations(document).filter((operation) => operation.method === 'get' && operation.paginated);
  return Object.fromEntries(
    paged.map(({ operationId, path, paginated, schemas }) => {
      const { items, total, itemId, pageSize, outputToken, ...paging } = paginated;
      const fixed = { path: {}, query: {} };
      for (const location of ['path', 'query']) {
        for (const parameter of schemas[location] ?? []) {
          const only = onlyValueOf(document, parameter);
          if (parameter.required && only !== undefined) fixed[location][parameter.name] = only;
        }
      }
      const sizeParameter = pageSize && schemas.query.find(({ name }) => name === pageSize);
      const largest = sizeParameter && resolveRef(document, { $ref: `#${sizeParameter.schemaPointer}` }).maximum;
      const operation = {
        vendor,
        operationId,
        path,
        items: pointerTokens(items),
        ...(total ? { total: pointerTokens(total) } : {}),
        ...(itemId ? { itemId } : {}),
        ...(pageSize ? { pageSize: { name: pageSize, ...(largest === undefined ? {} : { default: largest }) } } : {}),
        paging: outputToken ? { ...paging, outputToken: pointerTokens(outputToken) } : paging,
        fixed,
      };
      return [operationId, operation];
    }),
  );
}

/**
 * The paths of the products and zones operations the flavour lookup joins, the products operation's
 * id, and the engine of the products path (its `{engine}` parameter's one value); undefined when the
 * vendor or the description lacks them.
 * @param {any} document
 * @param {string} serviceId
 */
export function flavourOperations(document, serviceId) {
  const names = VENDORS[vendorOf(document)].flavours;
  if (!names) return undefined;
  const operations = collectOperations(document);
  const [products, zones] = [names.products, names.zones].map((operationId) => getOperation(operations, operationId));
  if (!products || !zones) return undefined;
  const parameter = (products.schemas.path ?? []).find(({ name }) => name === 'engine');
  const engine = parameter && onlyValueOf(document, parameter);
  if (engine === undefined) throw new Error(`${serviceId}: the {engine} of ${products.path} must allow exactly one value for findFlavours`);
  return { products: products.path, productsId: products.operationId, zones: zones.path, engine };
}

/**
 * The flavourOperations object: the products operation's paging, where it pages, is the one the paginators read.
 * @param {{ productsId: string }} flavours flavourOperations
 * @param {Record<string, object>} paged pagedOperations
 */
function flavourSource({ productsId, ...flavours }, paged) {
  const fields = JSON.stringify(flavours).slice(0, -1);
  return paged[productsId] ? `${fields}, productPages: pagedOperations.${productsId} }` : `${fields}}`;
}

/**
 * The path of the operation that shows a background task; undefined when the vendor or the
 * description has none.
 * @param {any} document
 */
export function taskOperations(document) {
  const show = VENDORS[vendorOf(document)].tasks?.show;
  const found = show && getOperation(collectOperations(document), show);
  return found ? { show: found.path } : undefined;
}

/** The GET operation `operationId` among a description's operations (collectOperations), if there is one. */
function getOperation(operations, operationId) {
  return operations.find((operation) => operation.operationId === operationId && operation.method === 'get');
}

/** The one value a parameter allows, where its enum has exactly one (Huawei's `engine`); else undefined. */
function onlyValueOf(document, parameter) {
  const allowed = resolveRef(document, { $ref: `#${parameter.schemaPointer}` }).enum;
  return allowed?.length === 1 ? allowed[0] : undefined;
}
