// Generated from specs/huaweicloud-rocketmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
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

/** Creates a client of Huawei Cloud DMS for RocketMQ. */
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

/** One item of a page of listEngineProducts. */
export type ListEngineProductsItem = NonNullable<NonNullable<ListEngineProductsAnswer>['products']>[number];

/** Every item of listEngineProducts (GET /v2/{engine}/products), page after page: `for await (const item of paginateListEngineProducts(client, { ... }))`. `pageSize` sets `limit`. */
export function paginateListEngineProducts(client: Client<boolean>, options: { params?: { query?: Omit<NonNullable<ListEngineProductsParameters['query']>, 'offset' | 'limit'> }; pageSize?: number; signal?: AbortSignal } = {}): AsyncGenerator<ListEngineProductsItem, void, undefined> {
  return paginateList<ListEngineProductsItem>(client, pagedOperations.listEngineProducts, options);
}

/** One item of a page of showRocketmqTags. */
export type ShowRocketmqTagsItem = NonNullable<NonNullable<ShowRocketmqTagsAnswer>['tags']>[number];

/** Every item of showRocketmqTags (GET /v2/{project_id}/rocketmq/{instance_id}/tags), page after page: `for await (const item of paginateShowRocketmqTags(client, { ... }))`. `pageSize` sets `limit`. */
export function paginateShowRocketmqTags(client: Client<boolean>, options: { params: { path: Omit<ShowRocketmqTagsParameters['path'], 'project_id'> & Partial<Pick<ShowRocketmqTagsParameters['path'], 'project_id'>> }; pageSize?: number; signal?: AbortSignal }): AsyncGenerator<ShowRocketmqTagsItem, void, undefined> {
  return paginateList<ShowRocketmqTagsItem>(client, pagedOperations.showRocketmqTags, options);
}

/** One item of a page of showRocketmqProjectTags. */
export type ShowRocketmqProjectTagsItem = NonNullable<NonNullable<ShowRocketmqProjectTagsAnswer>['tags']>[number];

/** Every item of showRocketmqProjectTags (GET /v2/{project_id}/rocketmq/tags), page after page: `for await (const item of paginateShowRocketmqProjectTags(client, { ... }))`. `pageSize` sets `limit`. */
export function paginateShowRocketmqProjectTags(client: Client<boolean>, options: { params?: { path?: Omit<ShowRocketmqProjectTagsParameters['path'], 'project_id'> & Partial<Pick<ShowRocketmqProjectTagsParameters['path'], 'project_id'>> }; pageSize?: number; signal?: AbortSignal } = {}): AsyncGenerator<ShowRocketmqProjectTagsItem, void, undefined> {
  return paginateList<ShowRocketmqProjectTagsItem>(client, pagedOperations.showRocketmqProjectTags, options);
}

/** One item of a page of showEngineInstanceExtendProductInfoForRocketMq. */
export type ShowEngineInstanceExtendProductInfoForRocketMqItem = NonNullable<NonNullable<ShowEngineInstanceExtendProductInfoForRocketMqAnswer>['products']>[number];

/** Every item of showEngineInstanceExtendProductInfoForRocketMq (GET /v2/{project_id}/rocketmq/instances/{instance_id}/extend), page after page: `for await (const item of paginateShowEngineInstanceExtendProductInfoForRocketMq(client, { ... }))`. `pageSize` sets `limit`. */
export function paginateShowEngineInstanceExtendProductInfoForRocketMq(client: Client<boolean>, options: { params: { path: Omit<ShowEngineInstanceExtendProductInfoForRocketMqParameters['path'], 'project_id'> & Partial<Pick<ShowEngineInstanceExtendProductInfoForRocketMqParameters['path'], 'project_id'>>; query?: Omit<NonNullable<ShowEngineInstanceExtendProductInfoForRocketMqParameters['query']>, 'offset' | 'limit'> }; pageSize?: number; signal?: AbortSignal }): AsyncGenerator<ShowEngineInstanceExtendProductInfoForRocketMqItem, void, undefined> {
  return paginateList<ShowEngineInstanceExtendProductInfoForRocketMqItem>(client, pagedOperations.showEngineInstanceExtendProductInfoForRocketMq, options);
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

/** The fields of a createPostPaidInstance body a flavour decides, as that body types them. */
export type FlavourFields = Pick<RequestBody<'createPostPaidInstance'>, 'product_id' | 'storage_spec_code' | 'available_zones'> & Partial<Pick<RequestBody<'createPostPaidInstance'>, 'engine_version' | 'broker_num' | 'storage_space'>>;

/**
 * The fields of a createPostPaidInstance body `flavour` decides, at their smallest (its last engine version,
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
/** The parameters of createPostPaidInstance (POST /v2/{project_id}/instances). */
export type CreatePostPaidInstanceParameters = RequestParameters<'createPostPaidInstance'>;
/** The body of createPostPaidInstance (POST /v2/{project_id}/instances). */
export type CreatePostPaidInstanceBody = RequestBody<'createPostPaidInstance'>;
/** The answer of createPostPaidInstance (POST /v2/{project_id}/instances). */
export type CreatePostPaidInstanceAnswer = ResponseBody<'createPostPaidInstance'>;
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
/** The parameters of batchDeleteInstances (POST /v2/{project_id}/instances/action). */
export type BatchDeleteInstancesParameters = RequestParameters<'batchDeleteInstances'>;
/** The body of batchDeleteInstances (POST /v2/{project_id}/instances/action). */
export type BatchDeleteInstancesBody = RequestBody<'batchDeleteInstances'>;
/** The answer of batchDeleteInstances (POST /v2/{project_id}/instances/action). */
export type BatchDeleteInstancesAnswer = ResponseBody<'batchDeleteInstances'>;
/** The parameters of createInstanceByEngine (POST /v2/{engine}/{project_id}/instances). */
export type CreateInstanceByEngineParameters = RequestParameters<'createInstanceByEngine'>;
/** The body of createInstanceByEngine (POST /v2/{engine}/{project_id}/instances). */
export type CreateInstanceByEngineBody = RequestBody<'createInstanceByEngine'>;
/** The answer of createInstanceByEngine (POST /v2/{engine}/{project_id}/instances). */
export type CreateInstanceByEngineAnswer = ResponseBody<'createInstanceByEngine'>;
/** The parameters of createPostPaidInstanceForRocketMq (POST /v2/{project_id}/rocketmq/instances). */
export type CreatePostPaidInstanceForRocketMqParameters = RequestParameters<'createPostPaidInstanceForRocketMq'>;
/** The body of createPostPaidInstanceForRocketMq (POST /v2/{project_id}/rocketmq/instances). */
export type CreatePostPaidInstanceForRocketMqBody = RequestBody<'createPostPaidInstanceForRocketMq'>;
/** The answer of createPostPaidInstanceForRocketMq (POST /v2/{project_id}/rocketmq/instances). */
export type CreatePostPaidInstanceForRocketMqAnswer = ResponseBody<'createPostPaidInstanceForRocketMq'>;
/** The parameters of listAvailableZones (GET /v2/available-zones). */
export type ListAvailableZonesParameters = RequestParameters<'listAvailableZones'>;
/** The answer of listAvailableZones (GET /v2/available-zones). */
export type ListAvailableZonesAnswer = ResponseBody<'listAvailableZones'>;
/** The parameters of listEngineProducts (GET /v2/{engine}/products). */
export type ListEngineProductsParameters = RequestParameters<'listEngineProducts'>;
/** The answer of listEngineProducts (GET /v2/{engine}/products). */
export type ListEngineProductsAnswer = ResponseBody<'listEngineProducts'>;
/** The parameters of showRocketmqTags (GET /v2/{project_id}/rocketmq/{instance_id}/tags). */
export type ShowRocketmqTagsParameters = RequestParameters<'showRocketmqTags'>;
/** The answer of showRocketmqTags (GET /v2/{project_id}/rocketmq/{instance_id}/tags). */
export type ShowRocketmqTagsAnswer = ResponseBody<'showRocketmqTags'>;
/** The parameters of batchCreateOrDeleteRocketmqTag (POST /v2/{project_id}/rocketmq/{instance_id}/tags/action). */
export type BatchCreateOrDeleteRocketmqTagParameters = RequestParameters<'batchCreateOrDeleteRocketmqTag'>;
/** The body of batchCreateOrDeleteRocketmqTag (POST /v2/{project_id}/rocketmq/{instance_id}/tags/action). */
export type BatchCreateOrDeleteRocketmqTagBody = RequestBody<'batchCreateOrDeleteRocketmqTag'>;
/** The parameters of showRocketmqProjectTags (GET /v2/{project_id}/rocketmq/tags). */
export type ShowRocketmqProjectTagsParameters = RequestParameters<'showRocketmqProjectTags'>;
/** The answer of showRocketmqProjectTags (GET /v2/{project_id}/rocketmq/tags). */
export type ShowRocketmqProjectTagsAnswer = ResponseBody<'showRocketmqProjectTags'>;
/** The parameters of showEngineInstanceExtendProductInfo (GET /v2/{engine}/{project_id}/instances/{instance_id}/extend). */
export type ShowEngineInstanceExtendProductInfoParameters = RequestParameters<'showEngineInstanceExtendProductInfo'>;
/** The answer of showEngineInstanceExtendProductInfo (GET /v2/{engine}/{project_id}/instances/{instance_id}/extend). */
export type ShowEngineInstanceExtendProductInfoAnswer = ResponseBody<'showEngineInstanceExtendProductInfo'>;
/** The parameters of resizeInstance (POST /v2/{engine}/{project_id}/instances/{instance_id}/extend). */
export type ResizeInstanceParameters = RequestParameters<'resizeInstance'>;
/** The body of resizeInstance (POST /v2/{engine}/{project_id}/instances/{instance_id}/extend). */
export type ResizeInstanceBody = RequestBody<'resizeInstance'>;
/** The answer of resizeInstance (POST /v2/{engine}/{project_id}/instances/{instance_id}/extend). */
export type ResizeInstanceAnswer = ResponseBody<'resizeInstance'>;
/** The parameters of showEngineInstanceExtendProductInfoForRocketMq (GET /v2/{project_id}/rocketmq/instances/{instance_id}/extend). */
export type ShowEngineInstanceExtendProductInfoForRocketMqParameters = RequestParameters<'showEngineInstanceExtendProductInfoForRocketMq'>;
/** The answer of showEngineInstanceExtendProductInfoForRocketMq (GET /v2/{project_id}/rocketmq/instances/{instance_id}/extend). */
export type ShowEngineInstanceExtendProductInfoForRocketMqAnswer = ResponseBody<'showEngineInstanceExtendProductInfoForRocketMq'>;
/** The parameters of resizeInstanceForRocketMq (POST /v2/{project_id}/rocketmq/instances/{instance_id}/extend). */
export type ResizeInstanceForRocketMqParameters = RequestParameters<'resizeInstanceForRocketMq'>;
/** The body of resizeInstanceForRocketMq (POST /v2/{project_id}/rocketmq/instances/{instance_id}/extend). */
export type ResizeInstanceForRocketMqBody = RequestBody<'resizeInstanceForRocketMq'>;
/** The answer of resizeInstanceForRocketMq (POST /v2/{project_id}/rocketmq/instances/{instance_id}/extend). */
export type ResizeInstanceForRocketMqAnswer = ResponseBody<'resizeInstanceForRocketMq'>;
/** The parameters of showRocketMqScalePreCheckInfo (GET /v2/{project_id}/rocketmq/instances/{instance_id}/extend-check). */
export type ShowRocketMqScalePreCheckInfoParameters = RequestParameters<'showRocketMqScalePreCheckInfo'>;
/** The answer of showRocketMqScalePreCheckInfo (GET /v2/{project_id}/rocketmq/instances/{instance_id}/extend-check). */
export type ShowRocketMqScalePreCheckInfoAnswer = ResponseBody<'showRocketMqScalePreCheckInfo'>;
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
/** The parameters of showBackgroundTaskProgress (GET /v2/{project_id}/instances/{instance_id}/tasks/{task_id}/progress). */
export type ShowBackgroundTaskProgressParameters = RequestParameters<'showBackgroundTaskProgress'>;
/** The answer of showBackgroundTaskProgress (GET /v2/{project_id}/instances/{instance_id}/tasks/{task_id}/progress). */
export type ShowBackgroundTaskProgressAnswer = ResponseBody<'showBackgroundTaskProgress'>;
/** The parameters of showRocketMqProductCores (GET /v2/rocketmq/products/cores). */
export type ShowRocketMqProductCoresParameters = RequestParameters<'showRocketMqProductCores'>;
/** The answer of showRocketMqProductCores (GET /v2/rocketmq/products/cores). */
export type ShowRocketMqProductCoresAnswer = ResponseBody<'showRocketMqProductCores'>;
/** The parameters of showQuotas (GET /v2/{project_id}/quotas). */
export type ShowQuotasParameters = RequestParameters<'showQuotas'>;
/** The answer of showQuotas (GET /v2/{project_id}/quotas). */
export type ShowQuotasAnswer = ResponseBody<'showQuotas'>;
