// Generated from specs/huaweicloud-rabbitmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
import {
  type HuaweiCloudClientOptions,
  createHuaweiCloudClient,
  type PaginateOptions,
  paginateInstances,
  paginateList,
  type ServiceClient,
  type AcceptingReadonly,
  createFieldsOf as createFlavourFields,
  type FindFlavoursOptions,
  type Flavour,
  findFlavours as findServiceFlavours,
  type WaitForDeletedOptions,
  type WaitForInstanceOptions,
  type WaitForResizeOptions,
  type WaitForTaskOptions,
  waitForTask as waitForServiceTask,
  waitForDeleted as waitForServiceInstanceDeleted,
  waitForInstance as waitForServiceInstance,
  waitForResize as waitForServiceResize,
} from '@cloudmq/core';
import type { operations, paths, Readable, Writable } from './schema.js';
import { flavourOperations, instanceOperations, pagedOperations, type Region, service, taskOperations } from './service.js';

export type { components, operations, paths } from './schema.js';
export { REGIONS, type Region, SIGNING_ALGORITHM } from './service.js';
export type { Flavour } from '@cloudmq/core';

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

/**
 * Polls showInstance after a resize until the instance is RUNNING and `resized(instance)` holds
 * (its new flavour, storage or broker count: right after the call it may still show the old one),
 * and resolves with it. Rejects with a WaiterError when the resize failed, after `timeoutMs` or on abort.
 */
export function waitForResize(client: Client<boolean>, options: WaitForResizeOptions<Instance> & { projectId?: string }): Promise<Instance> {
  return waitForServiceResize<Instance>(client, instanceOperations, options);
}

/** A background task as showBackgroundTask answers it. */
export type BackgroundTask = NonNullable<operations['showBackgroundTask']['responses'][200]['content']['application/json']['tasks']>[number];

/**
 * Polls showBackgroundTask until the task (the \`job_id\` a resize, configuration change or upgrade
 * answered) succeeds, and resolves with it. Rejects with a WaiterError naming the task when it
 * failed, was cancelled or its record deleted, after \`timeoutMs\` or on abort.
 */
export function waitForTask(client: Client<boolean>, options: WaitForTaskOptions & { projectId?: string }): Promise<BackgroundTask> {
  return waitForServiceTask<BackgroundTask>(client, taskOperations, options);
}

/** Every instance listInstances finds with `filters`, page after page: `for await (const instance of paginate(client, { ... }))`. */
export function paginate(client: Client<boolean>, options: PaginateOptions<InstanceFilters> & { projectId?: string }): AsyncGenerator<ListedInstance, void, undefined> {
  return paginateInstances<ListedInstance>(client, instanceOperations, options);
}

/** One item of a page of listInstances. */
export type ListInstancesItem = NonNullable<NonNullable<ListInstancesAnswer>['instances']>[number];

/** Every item of listInstances (GET /v2/{project_id}/instances), page after page: `for await (const item of paginateListInstances(client, { ... }))`. `pageSize` sets `limit` (default 50, the most allowed). */
export function paginateListInstances(client: Client<boolean>, options: { params?: { path?: Omit<ListInstancesParameters['path'], 'project_id'> & Partial<Pick<ListInstancesParameters['path'], 'project_id'>>; query?: Omit<NonNullable<ListInstancesParameters['query']>, 'offset' | 'limit' | 'engine'> }; pageSize?: number; signal?: AbortSignal } = {}): AsyncGenerator<ListInstancesItem, void, undefined> {
  return paginateList<ListInstancesItem>(client, pagedOperations.listInstances, options);
}

/** One item of a page of listBackgroundTasks. */
export type ListBackgroundTasksItem = NonNullable<NonNullable<ListBackgroundTasksAnswer>['tasks']>[number];

/** Every item of listBackgroundTasks (GET /v2/{project_id}/instances/{instance_id}/tasks), page after page: `for await (const item of paginateListBackgroundTasks(client, { ... }))`. `pageSize` sets `limit` (default 100, the most allowed). */
export function paginateListBackgroundTasks(client: Client<boolean>, options: { params: { path: Omit<ListBackgroundTasksParameters['path'], 'project_id'> & Partial<Pick<ListBackgroundTasksParameters['path'], 'project_id'>>; query?: Omit<NonNullable<ListBackgroundTasksParameters['query']>, 'offset' | 'limit' | 'start'> }; pageSize?: number; signal?: AbortSignal }): AsyncGenerator<ListBackgroundTasksItem, void, undefined> {
  return paginateList<ListBackgroundTasksItem>(client, pagedOperations.listBackgroundTasks, options);
}

/** A flavour as listEngineProducts answers it. */
export type Product = NonNullable<operations['listEngineProducts']['responses'][200]['content']['application/json']['products']>[number];

/**
 * Which flavours this engine can be created with, and in which zones: listEngineProducts and
 * listAvailableZones, asked at once and joined. Each flavour gives a create its `product_id`, its
 * `engine_version` values, each `storage_spec_code` with the ids of the zones that sell it now
 * (`available_zones`), its `arch_type` values and its `broker_num` and storage ranges.
 */
export function findFlavours(client: Client<boolean>, options: FindFlavoursOptions = {}): Promise<Flavour<Product>[]> {
  return findServiceFlavours<Product>(client, flavourOperations, options);
}

/** The fields of a createPostPaidInstanceByEngine body a flavour decides, as that body types them. */
export type FlavourFields = Pick<RequestBody<'createPostPaidInstanceByEngine'>, 'product_id' | 'storage_spec_code' | 'available_zones'> & Partial<Pick<RequestBody<'createPostPaidInstanceByEngine'>, 'engine_version' | 'broker_num' | 'storage_space'>>;

/**
 * The fields of a createPostPaidInstanceByEngine body `flavour` decides, at their smallest (its last engine version,
 * its first storage class in one zone, the fewest brokers, the least storage), to spread into the
 * body beside its name and network. They come from the service's answers: validation checks them
 * against the description before the create is sent.
 */
export function createFieldsOf(flavour: Flavour<Product>): FlavourFields {
  return createFlavourFields(flavour, ['product_id', 'storage_spec_code', 'available_zones', 'engine_version', 'broker_num', 'storage_space']) as FlavourFields;
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
/** The parameters of updateInstance (PUT /v2/{project_id}/instances/{instance_id}). */
export type UpdateInstanceParameters = RequestParameters<'updateInstance'>;
/** The body of updateInstance (PUT /v2/{project_id}/instances/{instance_id}). */
export type UpdateInstanceBody = RequestBody<'updateInstance'>;
/** The parameters of deleteInstance (DELETE /v2/{project_id}/instances/{instance_id}). */
export type DeleteInstanceParameters = RequestParameters<'deleteInstance'>;
/** The parameters of resetPassword (POST /v2/{project_id}/instances/{instance_id}/password). */
export type ResetPasswordParameters = RequestParameters<'resetPassword'>;
/** The body of resetPassword (POST /v2/{project_id}/instances/{instance_id}/password). */
export type ResetPasswordBody = RequestBody<'resetPassword'>;
/** The parameters of batchRestartOrDeleteInstances (POST /v2/{project_id}/instances/action). */
export type BatchRestartOrDeleteInstancesParameters = RequestParameters<'batchRestartOrDeleteInstances'>;
/** The body of batchRestartOrDeleteInstances (POST /v2/{project_id}/instances/action). */
export type BatchRestartOrDeleteInstancesBody = RequestBody<'batchRestartOrDeleteInstances'>;
/** The answer of batchRestartOrDeleteInstances (POST /v2/{project_id}/instances/action). */
export type BatchRestartOrDeleteInstancesAnswer = ResponseBody<'batchRestartOrDeleteInstances'>;
/** The parameters of createPostPaidInstanceByEngine (POST /v2/{engine}/{project_id}/instances). */
export type CreatePostPaidInstanceByEngineParameters = RequestParameters<'createPostPaidInstanceByEngine'>;
/** The body of createPostPaidInstanceByEngine (POST /v2/{engine}/{project_id}/instances). */
export type CreatePostPaidInstanceByEngineBody = RequestBody<'createPostPaidInstanceByEngine'>;
/** The answer of createPostPaidInstanceByEngine (POST /v2/{engine}/{project_id}/instances). */
export type CreatePostPaidInstanceByEngineAnswer = ResponseBody<'createPostPaidInstanceByEngine'>;
/** The parameters of listAvailableZones (GET /v2/available-zones). */
export type ListAvailableZonesParameters = RequestParameters<'listAvailableZones'>;
/** The answer of listAvailableZones (GET /v2/available-zones). */
export type ListAvailableZonesAnswer = ResponseBody<'listAvailableZones'>;
/** The parameters of showMaintainWindows (GET /v2/instances/maintain-windows). */
export type ShowMaintainWindowsParameters = RequestParameters<'showMaintainWindows'>;
/** The answer of showMaintainWindows (GET /v2/instances/maintain-windows). */
export type ShowMaintainWindowsAnswer = ResponseBody<'showMaintainWindows'>;
/** The parameters of listEngineProducts (GET /v2/{engine}/products). */
export type ListEngineProductsParameters = RequestParameters<'listEngineProducts'>;
/** The answer of listEngineProducts (GET /v2/{engine}/products). */
export type ListEngineProductsAnswer = ResponseBody<'listEngineProducts'>;
/** The parameters of listProducts (GET /v2/products). @deprecated use `listEngineProducts` (`GET /v2/{engine}/products`) instead, which lists the current flavours (`c6.*` product IDs) with their limits; the vendor keeps this call as a historical one that may stop being maintained. */
export type ListProductsParameters = RequestParameters<'listProducts'>;
/** The answer of listProducts (GET /v2/products). @deprecated use `listEngineProducts` (`GET /v2/{engine}/products`) instead, which lists the current flavours (`c6.*` product IDs) with their limits; the vendor keeps this call as a historical one that may stop being maintained. */
export type ListProductsAnswer = ResponseBody<'listProducts'>;
/** The parameters of showRabbitMqTags (GET /v2/{project_id}/rabbitmq/{instance_id}/tags). */
export type ShowRabbitMqTagsParameters = RequestParameters<'showRabbitMqTags'>;
/** The answer of showRabbitMqTags (GET /v2/{project_id}/rabbitmq/{instance_id}/tags). */
export type ShowRabbitMqTagsAnswer = ResponseBody<'showRabbitMqTags'>;
/** The parameters of batchCreateOrDeleteRabbitMqTag (POST /v2/{project_id}/rabbitmq/{instance_id}/tags/action). */
export type BatchCreateOrDeleteRabbitMqTagParameters = RequestParameters<'batchCreateOrDeleteRabbitMqTag'>;
/** The body of batchCreateOrDeleteRabbitMqTag (POST /v2/{project_id}/rabbitmq/{instance_id}/tags/action). */
export type BatchCreateOrDeleteRabbitMqTagBody = RequestBody<'batchCreateOrDeleteRabbitMqTag'>;
/** The parameters of showRabbitMqProjectTags (GET /v2/{project_id}/rabbitmq/tags). */
export type ShowRabbitMqProjectTagsParameters = RequestParameters<'showRabbitMqProjectTags'>;
/** The answer of showRabbitMqProjectTags (GET /v2/{project_id}/rabbitmq/tags). */
export type ShowRabbitMqProjectTagsAnswer = ResponseBody<'showRabbitMqProjectTags'>;
/** The parameters of showEngineInstanceExtendProductInfo (GET /v2/{engine}/{project_id}/instances/{instance_id}/extend). */
export type ShowEngineInstanceExtendProductInfoParameters = RequestParameters<'showEngineInstanceExtendProductInfo'>;
/** The answer of showEngineInstanceExtendProductInfo (GET /v2/{engine}/{project_id}/instances/{instance_id}/extend). */
export type ShowEngineInstanceExtendProductInfoAnswer = ResponseBody<'showEngineInstanceExtendProductInfo'>;
/** The parameters of resizeEngineInstance (POST /v2/{engine}/{project_id}/instances/{instance_id}/extend). */
export type ResizeEngineInstanceParameters = RequestParameters<'resizeEngineInstance'>;
/** The body of resizeEngineInstance (POST /v2/{engine}/{project_id}/instances/{instance_id}/extend). */
export type ResizeEngineInstanceBody = RequestBody<'resizeEngineInstance'>;
/** The answer of resizeEngineInstance (POST /v2/{engine}/{project_id}/instances/{instance_id}/extend). */
export type ResizeEngineInstanceAnswer = ResponseBody<'resizeEngineInstance'>;
/** The parameters of listBackgroundTasks (GET /v2/{project_id}/instances/{instance_id}/tasks). */
export type ListBackgroundTasksParameters = RequestParameters<'listBackgroundTasks'>;
/** The answer of listBackgroundTasks (GET /v2/{project_id}/instances/{instance_id}/tasks). */
export type ListBackgroundTasksAnswer = ResponseBody<'listBackgroundTasks'>;
/** The parameters of showBackgroundTask (GET /v2/{project_id}/instances/{instance_id}/tasks/{task_id}). */
export type ShowBackgroundTaskParameters = RequestParameters<'showBackgroundTask'>;
/** The answer of showBackgroundTask (GET /v2/{project_id}/instances/{instance_id}/tasks/{task_id}). */
export type ShowBackgroundTaskAnswer = ResponseBody<'showBackgroundTask'>;
/** The parameters of deleteBackgroundTask (DELETE /v2/{project_id}/instances/{instance_id}/tasks/{task_id}). */
export type DeleteBackgroundTaskParameters = RequestParameters<'deleteBackgroundTask'>;
/** The parameters of showRabbitMqProductCores (GET /v2/rabbitmq/products/cores). */
export type ShowRabbitMqProductCoresParameters = RequestParameters<'showRabbitMqProductCores'>;
/** The answer of showRabbitMqProductCores (GET /v2/rabbitmq/products/cores). */
export type ShowRabbitMqProductCoresAnswer = ResponseBody<'showRabbitMqProductCores'>;
/** The parameters of showQuotas (GET /v2/{project_id}/quotas). */
export type ShowQuotasParameters = RequestParameters<'showQuotas'>;
/** The answer of showQuotas (GET /v2/{project_id}/quotas). */
export type ShowQuotasAnswer = ResponseBody<'showQuotas'>;
