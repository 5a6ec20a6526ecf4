// Generated from specs/huaweicloud-rabbitmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
import {
  type HuaweiCloudClientOptions,
  createHuaweiCloudClient,
  type PaginateOptions,
  paginateInstances,
  type ServiceClient,
  type AcceptingReadonly,
  type WaitForDeletedOptions,
  type WaitForInstanceOptions,
  waitForDeleted as waitForServiceInstanceDeleted,
  waitForInstance as waitForServiceInstance,
} from '@cloudmq/core';
import type { operations, paths, Readable, Writable } from './schema.js';
import { instanceOperations, type Region, service } from './service.js';

export type { components, operations, paths } from './schema.js';
export { REGIONS, type Region, SIGNING_ALGORITHM } from './service.js';

/** Options of {@link createClient}: credentials (default: the vendor's credential chain, from the environment to instance metadata), region or endpoint, timeouts, retries. */
export type ClientOptions = HuaweiCloudClientOptions<Region>;
/**
 * An openapi-fetch client typed by this service's paths, with validation, signing, timeouts and
 * safe retries. `Client<true>` is the one made with `throwOnError: true`: its answers always carry data.
 */
export type Client<ThrowOnError extends boolean = false> = ServiceClient<paths, ThrowOnError, "project_id">;

/** Creates a client of Huawei Cloud DMS for RabbitMQ. */
export function createClient(options: ClientOptions & { throwOnError: true }): Client<true>;
export function createClient(options: ClientOptions): Client;
export function createClient(options: ClientOptions): Client<boolean> {
  return createHuaweiCloudClient<paths, Region>(service, options);
}

/** An instance as the showInstance operation answers it. */
export type Instance = operations['showInstance']['responses'][200]['content']['application/json'];
/** The status of an instance. */
export type InstanceStatus = NonNullable<Instance['status']>;
/** An instance as the listInstances operation answers it. */
export type ListedInstance = NonNullable<operations['listInstances']['responses'][200]['content']['application/json']['instances']>[number];
/** The filters of the listInstances operation; {@link paginate} sets the rest. */
export type InstanceFilters = Omit<NonNullable<operations['listInstances']['parameters']['query']>, 'offset' | 'limit' | 'engine'>;

/**
 * Polls showInstance with backoff until the instance has status `until` (default `RUNNING`), and
 * resolves with it. Rejects with a WaiterError (`reason`, `lastStatus`) when the instance reaches a
 * status it does not leave by itself, after `timeoutMs` (default 30 minutes) or on abort.
 */
export function waitForInstance(client: Client<boolean>, options: WaitForInstanceOptions<InstanceStatus> & { projectId?: string }): Promise<Instance> {
  return waitForServiceInstance<Instance, InstanceStatus>(client, instanceOperations, options);
}

/** Polls showInstance with backoff until the instance is gone (404, or a status that means deleted). */
export function waitForDeleted(client: Client<boolean>, options: WaitForDeletedOptions & { projectId?: string }): Promise<void> {
  return waitForServiceInstanceDeleted(client, instanceOperations, options);
}

/** Every instance listInstances finds with `filters`, page after page: `for await (const instance of paginate(client, { ... }))`. */
export function paginate(client: Client<boolean>, options: PaginateOptions<InstanceFilters> & { projectId?: string }): AsyncGenerator<ListedInstance, void, undefined> {
  return paginateInstances<ListedInstance>(client, instanceOperations, options);
}

/** An operation's JSON request body as you write it: write-only fields in, read-only ones out, arrays readonly or not. */
export type RequestBody<OperationId extends keyof operations> = AcceptingReadonly<Writable<NonNullable<operations[OperationId]['requestBody']>['content']['application/json']>>;
/** An operation's path and query parameters, as its description declares them. */
export type RequestParameters<OperationId extends keyof operations> = Pick<operations[OperationId]['parameters'], 'path' | 'query'>;
/** An operation's JSON answer (HTTP 200) as you read it: read-only fields in, write-only ones out. */
export type ResponseBody<OperationId extends keyof operations> = Readable<operations[OperationId]['responses'] extends { 200: { content: { 'application/json': infer Body } } } ? Body : never>;
/** The parameters of listInstances (GET /v2/{project_id}/instances). */
export type ListInstancesParameters = RequestParameters<'listInstances'>;
/** The answer of listInstances (GET /v2/{project_id}/instances). */
export type ListInstancesAnswer = ResponseBody<'listInstances'>;
/** The parameters of showInstance (GET /v2/{project_id}/instances/{instance_id}). */
export type ShowInstanceParameters = RequestParameters<'showInstance'>;
/** The answer of showInstance (GET /v2/{project_id}/instances/{instance_id}). */
export type ShowInstanceAnswer = ResponseBody<'showInstance'>;
/** The parameters of deleteInstance (DELETE /v2/{project_id}/instances/{instance_id}). */
export type DeleteInstanceParameters = RequestParameters<'deleteInstance'>;
/** The parameters of createPostPaidInstanceByEngine (POST /v2/{engine}/{project_id}/instances). */
export type CreatePostPaidInstanceByEngineParameters = RequestParameters<'createPostPaidInstanceByEngine'>;
/** The body of createPostPaidInstanceByEngine (POST /v2/{engine}/{project_id}/instances). */
export type CreatePostPaidInstanceByEngineBody = RequestBody<'createPostPaidInstanceByEngine'>;
/** The answer of createPostPaidInstanceByEngine (POST /v2/{engine}/{project_id}/instances). */
export type CreatePostPaidInstanceByEngineAnswer = ResponseBody<'createPostPaidInstanceByEngine'>;
