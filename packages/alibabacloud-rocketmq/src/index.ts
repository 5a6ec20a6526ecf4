// Generated from specs/alibabacloud-rocketmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
import {
  type AlibabaCloudClientOptions,
  createAlibabaCloudClient,
  type PaginateOptions,
  paginateInstances,
  paginateList,
  type ServiceClient,
  type AcceptingReadonly,
  type WaitForDeletedOptions,
  type WaitForInstanceOptions,
  type WaitForResizeOptions,
  waitForDeleted as waitForServiceInstanceDeleted,
  waitForInstance as waitForServiceInstance,
  waitForResize as waitForServiceResize,
} from '@cloudmq/core';
import type { operations, paths, Readable, Writable } from './schema.js';
import { instanceOperations, pagedOperations, type Region, service } from './service.js';

export type { components, operations, paths } from './schema.js';
export { REGIONS, type Region, SIGNING_ALGORITHM } from './service.js';

/** Options of {@link createClient}: credentials (default: the vendor's credential chain, from the environment to instance metadata), region or endpoint, timeouts, retries. */
export type ClientOptions = AlibabaCloudClientOptions<Region>;
/**
 * An openapi-fetch client typed by this service's paths, with validation, signing, timeouts and
 * safe retries. `Client<true>` is the one made with `throwOnError: true`: its answers always carry data.
 */
export type Client<ThrowOnError extends boolean = false> = ServiceClient<paths, ThrowOnError>;

/** Creates a client of Alibaba Cloud ApsaraMQ for RocketMQ. */
export function createClient(options: ClientOptions & { throwOnError: true }): Client<true>;
export function createClient(options: ClientOptions): Client;
export function createClient(options: ClientOptions): Client<boolean> {
  return createAlibabaCloudClient<paths, Region>(service, options);
}

/** An instance as the getInstance operation answers it. */
export type Instance = NonNullable<operations['getInstance']['responses'][200]['content']['application/json']['data']>;
/** The status of an instance. */
export type InstanceStatus = NonNullable<Instance['status']>;
/** An instance as the listInstances operation answers it. */
export type ListedInstance = NonNullable<NonNullable<operations['listInstances']['responses'][200]['content']['application/json']['data']>['list']>[number];
/** The filters of the listInstances operation; {@link paginate} sets the rest. */
export type InstanceFilters = Omit<NonNullable<operations['listInstances']['parameters']['query']>, 'pageNumber' | 'pageSize'>;

/**
 * Polls getInstance with backoff until the instance has status `until` (default `RUNNING`), and
 * resolves with it. Rejects with a WaiterError (`reason`, `lastStatus`) when the instance reaches a
 * status it does not leave by itself, after `timeoutMs` (default 30 minutes) or on abort.
 */
export function waitForInstance(client: Client<boolean>, options: Omit<WaitForInstanceOptions<InstanceStatus>, 'projectId'>): Promise<Instance> {
  return waitForServiceInstance<Instance, InstanceStatus>(client, instanceOperations, options);
}

/** Polls getInstance with backoff until the instance is gone (404, or a status that means deleted). */
export function waitForDeleted(client: Client<boolean>, options: Omit<WaitForDeletedOptions, 'projectId'>): Promise<void> {
  return waitForServiceInstanceDeleted(client, instanceOperations, options);
}

/**
 * Polls getInstance after a resize until the instance is RUNNING and `resized(instance)` holds
 * (its new flavour, storage or broker count: right after the call it may still show the old one),
 * and resolves with it. Rejects with a WaiterError when the resize failed, after `timeoutMs` or on abort.
 */
export function waitForResize(client: Client<boolean>, options: Omit<WaitForResizeOptions<Instance>, 'projectId'>): Promise<Instance> {
  return waitForServiceResize<Instance>(client, instanceOperations, options);
}

/** Every instance listInstances finds with `filters`, page after page: `for await (const instance of paginate(client, { ... }))`. */
export function paginate(client: Client<boolean>, options: Omit<PaginateOptions<InstanceFilters>, 'projectId'>): AsyncGenerator<ListedInstance, void, undefined> {
  return paginateInstances<ListedInstance>(client, instanceOperations, options);
}

/** One item of a page of listInstances. */
export type ListInstancesItem = NonNullable<NonNullable<NonNullable<ListInstancesAnswer>['data']>['list']>[number];

/** Every item of listInstances (GET /instances), page after page: `for await (const item of paginateListInstances(client, { ... }))`. `pageSize` sets `pageSize` (default 200, the most allowed). */
export function paginateListInstances(client: Client<boolean>, options: { params?: { query?: Omit<NonNullable<ListInstancesParameters['query']>, 'pageNumber' | 'pageSize'> }; pageSize?: number; signal?: AbortSignal } = {}): AsyncGenerator<ListInstancesItem, void, undefined> {
  return paginateList<ListInstancesItem>(client, pagedOperations.listInstances, options);
}

/** One item of a page of listInstanceIpWhitelist. */
export type ListInstanceIpWhitelistItem = NonNullable<NonNullable<NonNullable<ListInstanceIpWhitelistAnswer>['data']>['list']>[number];

/** Every item of listInstanceIpWhitelist (GET /instances/{instanceId}/ip/whitelist), page after page: `for await (const item of paginateListInstanceIpWhitelist(client, { ... }))`. `pageSize` sets `pageSize` (default 10000, the most allowed). */
export function paginateListInstanceIpWhitelist(client: Client<boolean>, options: { params: { path: ListInstanceIpWhitelistParameters['path']; query?: Omit<NonNullable<ListInstanceIpWhitelistParameters['query']>, 'pageNumber' | 'pageSize'> }; pageSize?: number; signal?: AbortSignal }): AsyncGenerator<ListInstanceIpWhitelistItem, void, undefined> {
  return paginateList<ListInstanceIpWhitelistItem>(client, pagedOperations.listInstanceIpWhitelist, options);
}

/** One item of a page of listTagResources. */
export type ListTagResourcesItem = NonNullable<NonNullable<NonNullable<ListTagResourcesAnswer>['data']>['tagResources']>[number];

/** Every item of listTagResources (GET /resourceTag/list), page after page: `for await (const item of paginateListTagResources(client, { ... }))`. */
export function paginateListTagResources(client: Client<boolean>, options: { params: { query: Omit<NonNullable<ListTagResourcesParameters['query']>, 'nextToken' | 'resourceType'> }; signal?: AbortSignal }): AsyncGenerator<ListTagResourcesItem, void, undefined> {
  return paginateList<ListTagResourcesItem>(client, pagedOperations.listTagResources, options);
}

/** An operation's JSON request body as you write it: write-only fields in, read-only ones out, arrays readonly or not. */
export type RequestBody<OperationId extends keyof operations> = AcceptingReadonly<Writable<NonNullable<operations[OperationId]['requestBody']>['content']['application/json']>>;
/** An operation's path and query parameters, as its description declares them. */
export type RequestParameters<OperationId extends keyof operations> = Pick<operations[OperationId]['parameters'], 'path' | 'query'>;
/** An operation's JSON answer (HTTP 200) as you read it: read-only fields in, write-only ones out. */
export type ResponseBody<OperationId extends keyof operations> = Readable<operations[OperationId]['responses'] extends { 200: { content: { 'application/json': infer Body } } } ? Body : never>;
/** The parameters of listInstances (GET /instances). */
export type ListInstancesParameters = RequestParameters<'listInstances'>;
/** The answer of listInstances (GET /instances). */
export type ListInstancesAnswer = ResponseBody<'listInstances'>;
/** The parameters of createInstance (POST /instances). */
export type CreateInstanceParameters = RequestParameters<'createInstance'>;
/** The body of createInstance (POST /instances). */
export type CreateInstanceBody = RequestBody<'createInstance'>;
/** The answer of createInstance (POST /instances). */
export type CreateInstanceAnswer = ResponseBody<'createInstance'>;
/** The parameters of getInstance (GET /instances/{instanceId}). */
export type GetInstanceParameters = RequestParameters<'getInstance'>;
/** The answer of getInstance (GET /instances/{instanceId}). */
export type GetInstanceAnswer = ResponseBody<'getInstance'>;
/** The parameters of deleteInstance (DELETE /instances/{instanceId}). */
export type DeleteInstanceParameters = RequestParameters<'deleteInstance'>;
/** The answer of deleteInstance (DELETE /instances/{instanceId}). */
export type DeleteInstanceAnswer = ResponseBody<'deleteInstance'>;
/** The parameters of updateInstance (PATCH /instances/{instanceId}). */
export type UpdateInstanceParameters = RequestParameters<'updateInstance'>;
/** The body of updateInstance (PATCH /instances/{instanceId}). */
export type UpdateInstanceBody = RequestBody<'updateInstance'>;
/** The answer of updateInstance (PATCH /instances/{instanceId}). */
export type UpdateInstanceAnswer = ResponseBody<'updateInstance'>;
/** The parameters of listInstanceIpWhitelist (GET /instances/{instanceId}/ip/whitelist). */
export type ListInstanceIpWhitelistParameters = RequestParameters<'listInstanceIpWhitelist'>;
/** The answer of listInstanceIpWhitelist (GET /instances/{instanceId}/ip/whitelist). */
export type ListInstanceIpWhitelistAnswer = ResponseBody<'listInstanceIpWhitelist'>;
/** The parameters of createInstanceIpWhitelist (POST /instances/{instanceId}/ip/whitelist). */
export type CreateInstanceIpWhitelistParameters = RequestParameters<'createInstanceIpWhitelist'>;
/** The body of createInstanceIpWhitelist (POST /instances/{instanceId}/ip/whitelist). */
export type CreateInstanceIpWhitelistBody = RequestBody<'createInstanceIpWhitelist'>;
/** The answer of createInstanceIpWhitelist (POST /instances/{instanceId}/ip/whitelist). */
export type CreateInstanceIpWhitelistAnswer = ResponseBody<'createInstanceIpWhitelist'>;
/** The parameters of deleteInstanceIpWhitelist (DELETE /instances/{instanceId}/ip/whitelist). */
export type DeleteInstanceIpWhitelistParameters = RequestParameters<'deleteInstanceIpWhitelist'>;
/** The answer of deleteInstanceIpWhitelist (DELETE /instances/{instanceId}/ip/whitelist). */
export type DeleteInstanceIpWhitelistAnswer = ResponseBody<'deleteInstanceIpWhitelist'>;
/** The parameters of getInstanceIpWhitelist (GET /instances/{instanceId}/ip/whitelists). */
export type GetInstanceIpWhitelistParameters = RequestParameters<'getInstanceIpWhitelist'>;
/** The answer of getInstanceIpWhitelist (GET /instances/{instanceId}/ip/whitelists). */
export type GetInstanceIpWhitelistAnswer = ResponseBody<'getInstanceIpWhitelist'>;
/** The parameters of listRegions (GET /regions). */
export type ListRegionsParameters = RequestParameters<'listRegions'>;
/** The answer of listRegions (GET /regions). */
export type ListRegionsAnswer = ResponseBody<'listRegions'>;
/** The parameters of listAvailableZones (GET /zones). */
export type ListAvailableZonesParameters = RequestParameters<'listAvailableZones'>;
/** The answer of listAvailableZones (GET /zones). */
export type ListAvailableZonesAnswer = ResponseBody<'listAvailableZones'>;
/** The parameters of changeResourceGroup (POST /resourceGroup/change). */
export type ChangeResourceGroupParameters = RequestParameters<'changeResourceGroup'>;
/** The answer of changeResourceGroup (POST /resourceGroup/change). */
export type ChangeResourceGroupAnswer = ResponseBody<'changeResourceGroup'>;
/** The parameters of tagResources (POST /resourceTag/create). */
export type TagResourcesParameters = RequestParameters<'tagResources'>;
/** The answer of tagResources (POST /resourceTag/create). */
export type TagResourcesAnswer = ResponseBody<'tagResources'>;
/** The parameters of untagResources (DELETE /resourceTag/delete). */
export type UntagResourcesParameters = RequestParameters<'untagResources'>;
/** The answer of untagResources (DELETE /resourceTag/delete). */
export type UntagResourcesAnswer = ResponseBody<'untagResources'>;
/** The parameters of listTagResources (GET /resourceTag/list). */
export type ListTagResourcesParameters = RequestParameters<'listTagResources'>;
/** The answer of listTagResources (GET /resourceTag/list). */
export type ListTagResourcesAnswer = ResponseBody<'listTagResources'>;
