// Emits service.ts: what the runtime needs of a service (regions, endpoints, operations, the waiters' show and list operations, the signing algorithm).
import { collectOperations, regionEndpoints, resolveRef } from '@cloudmq/openapi-walk';
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
  return `import type { ${flavours ? 'FlavourOperations, ' : ''}InstanceOperations, ServiceDefinition${tasks ? ', TaskOperations' : ''} } from '@cloudmq/core';

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

/** The show and list operations the waiters and the paginator call. */
export const instanceOperations: InstanceOperations = ${JSON.stringify(instanceOperations(document, serviceId))};
${flavours ? `\n/** The products and zones operations findFlavours joins. */\nexport const flavourOperations: FlavourOperations = ${JSON.stringify(flavours)};\n` : ''}${tasks ? `\n/** The operation waitForTask polls. */\nexport const taskOperations: TaskOperations = ${JSON.stringify(tasks)};\n` : ''}
/** The request-signing algorithm of this service. */
export const SIGNING_ALGORITHM = ${JSON.stringify(signing.algorithm)};
`;
}

/**
 * The paths of the show and list operations (found by operationId), and the list operation's
 * query parameters that are required and allow one value (Huawei `engine`): the paginator sets them.
 * @param {any} document
 * @param {string} serviceId
 */
export function instanceOperations(document, serviceId) {
  const vendor = vendorOf(document);
  const operations = collectOperations(document);
  const find = (operationId) => {
    const found = getOperation(operations, operationId);
    if (!found) throw new Error(`${serviceId} has no GET operation ${operationId}: the waiters and the paginator need it`);
    return found;
  };
  const list = find('listInstances');
  const listQuery = {};
  for (const parameter of list.schemas.query ?? []) {
    const only = onlyValueOf(document, parameter);
    if (parameter.required && only !== undefined) listQuery[parameter.name] = only;
  }
  return { vendor, show: find(VENDORS[vendor].lifecycle.show).path, list: list.path, listQuery };
}

/**
 * The paths of the products and zones operations the flavour lookup joins, and the engine of the
 * products path (its `{engine}` parameter's one value); undefined when the vendor or the
 * description lacks them.
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
  return { products: products.path, zones: zones.path, engine };
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
