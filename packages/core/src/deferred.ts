// The public functions that call a service (waiters, paginators, the flavour lookup, request signing), each loading its module on its first call: importing a client package needs none of them.
import type * as FlavourLookup from './flavour-lookup.js';
import type * as Instances from './instances.js';
import type * as Paginate from './paginate.js';
import type * as SignAlibaba from './sign-alibaba.js';
import type * as SignHuawei from './sign-huawei.js';
import type * as Tasks from './tasks.js';

/** {@link Instances.waitForInstance}, loaded on its first call. */
export const waitForInstance: typeof Instances.waitForInstance = async (client, operations, options) => (await import('./instances.js')).waitForInstance(client, operations, options);

/** {@link Instances.waitForDeleted}, loaded on its first call. */
export const waitForDeleted: typeof Instances.waitForDeleted = async (client, operations, options) => (await import('./instances.js')).waitForDeleted(client, operations, options);

/** {@link Instances.waitForResize}, loaded on its first call. */
export const waitForResize: typeof Instances.waitForResize = async (client, operations, options) => (await import('./instances.js')).waitForResize(client, operations, options);

/** {@link Instances.paginateInstances}, loaded when the first page is asked for. */
export const paginateInstances: typeof Instances.paginateInstances = async function* (client, operations, options) {
  yield* (await import('./instances.js')).paginateInstances(client, operations, options);
};

/** {@link Paginate.paginateList}, loaded when the first page is asked for. */
export const paginateList: typeof Paginate.paginateList = async function* (client, operation, options) {
  yield* (await import('./paginate.js')).paginateList(client, operation, options);
};

/** {@link Tasks.waitForTask}, loaded on its first call. */
export const waitForTask: typeof Tasks.waitForTask = async (client, operations, options) => (await import('./tasks.js')).waitForTask(client, operations, options);

/** {@link FlavourLookup.findFlavours}, loaded on its first call. */
export const findFlavours: typeof FlavourLookup.findFlavours = async (client, operations, options) => (await import('./flavour-lookup.js')).findFlavours(client, operations, options);

/** {@link SignAlibaba.signAlibabaRequest}, loaded on its first call. */
export const signAlibabaRequest: typeof SignAlibaba.signAlibabaRequest = async (request, options) => (await import('./sign-alibaba.js')).signAlibabaRequest(request, options);

/** {@link SignHuawei.signHuaweiRequest}, loaded on its first call. */
export const signHuaweiRequest: typeof SignHuawei.signHuaweiRequest = async (request, options) => (await import('./sign-huawei.js')).signHuaweiRequest(request, options);
