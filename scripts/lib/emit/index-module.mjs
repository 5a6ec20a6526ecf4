// Emits index.ts: the package's public surface (createClient, its types, the typed waiters and paginator) over core and the other generated modules.
import { VENDORS, vendorOf } from '../vendors.mjs';
import { instanceOperations } from './service.mjs';

/**
 * @param {any} document a bundled description
 * @param {string} serviceId
 * @returns {string} the module's source
 */
export function emitIndex(document, serviceId) {
  const { clientPrefix: vendor, lifecycle, credentialPathParameter: filled } = VENDORS[vendorOf(document)];
  const setByPaginator = [...lifecycle.paging, ...Object.keys(instanceOperations(document, serviceId).listQuery)].map((name) => JSON.stringify(name).replaceAll('"', "'")).join(' | ');
  return `import {
  type ${vendor}ClientOptions,
  create${vendor}Client,
  type PaginateOptions,
  paginateInstances,
  type ServiceClient,
  type WaitForDeletedOptions,
  type WaitForInstanceOptions,
  waitForDeleted as waitForServiceInstanceDeleted,
  waitForInstance as waitForServiceInstance,
} from '@cloudmq/core';
import type { operations, paths } from './schema.js';
import { instanceOperations, type Region, service } from './service.js';

export type { components, operations, paths } from './schema.js';
export { REGIONS, type Region, SIGNING_ALGORITHM } from './service.js';

/** Options of {@link createClient}: credentials (default: the vendor's credential chain, from the environment to instance metadata), region or endpoint, timeouts, retries. */
export type ClientOptions = ${vendor}ClientOptions<Region>;
/**
 * An openapi-fetch client typed by this service's paths, with validation, signing, timeouts and
 * safe retries. \`Client<true>\` is the one made with \`throwOnError: true\`: its answers always carry data.
 */
export type Client<ThrowOnError extends boolean = false> = ServiceClient<paths, ThrowOnError${filled ? `, ${JSON.stringify(filled)}` : ''}>;

/** Creates a client of ${document.info.title}. */
export function createClient(options: ClientOptions & { throwOnError: true }): Client<true>;
export function createClient(options: ClientOptions): Client;
export function createClient(options: ClientOptions): Client<boolean> {
  return create${vendor}Client<paths, Region>(service, options);
}

/** An instance as the ${lifecycle.show} operation answers it. */
export type Instance = ${lifecycle.instance};
/** The status of an instance. */
export type InstanceStatus = NonNullable<Instance['status']>;
/** An instance as the listInstances operation answers it. */
export type ListedInstance = ${lifecycle.listed};
/** The filters of the listInstances operation; {@link paginate} sets the rest. */
export type InstanceFilters = Omit<NonNullable<operations['listInstances']['parameters']['query']>, ${setByPaginator}>;

/**
 * Polls ${lifecycle.show} with backoff until the instance has status \`until\` (default \`RUNNING\`), and
 * resolves with it. Rejects with a WaiterError (\`reason\`, \`lastStatus\`) when the instance reaches a
 * status it does not leave by itself, after \`timeoutMs\` (default 30 minutes) or on abort.
 */
export function waitForInstance(client: Client<boolean>, options: ${lifecycle.ref('WaitForInstanceOptions<InstanceStatus>')}): Promise<Instance> {
  return waitForServiceInstance<Instance, InstanceStatus>(client, instanceOperations, options);
}

/** Polls ${lifecycle.show} with backoff until the instance is gone (404, or a status that means deleted). */
export function waitForDeleted(client: Client<boolean>, options: ${lifecycle.ref('WaitForDeletedOptions')}): Promise<void> {
  return waitForServiceInstanceDeleted(client, instanceOperations, options);
}

/** Every instance listInstances finds with \`filters\`, page after page: \`for await (const instance of paginate(client, { ... }))\`. */
export function paginate(client: Client<boolean>, options: ${lifecycle.ref('PaginateOptions<InstanceFilters>')}): AsyncGenerator<ListedInstance, void, undefined> {
  return paginateInstances<ListedInstance>(client, instanceOperations, options);
}
`;
}
