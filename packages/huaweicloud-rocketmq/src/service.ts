// Generated from specs/huaweicloud-rocketmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
import type { FlavourOperations, InstanceOperations, PagedOperation, ServiceDefinition, TaskOperations } from '@cloudmq/core';

/** The regions whose public endpoint this client knows (the description's server variables). */
export const REGIONS = ["ae-ad-1","af-north-1","af-south-1","ap-southeast-1","ap-southeast-2","ap-southeast-3","ap-southeast-4","ap-southeast-5","cn-east-2","cn-east-3","cn-east-4","cn-east-5","cn-north-1","cn-north-2","cn-north-4","cn-north-9","cn-north-11","cn-north-12","cn-south-1","cn-south-2","cn-south-4","cn-southwest-2","cn-southwest-3","eu-west-0","la-north-2","la-south-2","me-east-1","my-kualalumpur-1","na-mexico-1","ru-moscow-1","ru-northwest-2","sa-brazil-1","tr-west-1","eu-west-101"] as const;
export type Region = (typeof REGIONS)[number];

export const service: ServiceDefinition<Region> = {
  id: "huaweicloud-rocketmq",
  version: "0.1.0",
  endpoints: {
    "ae-ad-1": "https://dms.ae-ad-1.myhuaweicloud.com",
    "af-north-1": "https://dms.af-north-1.myhuaweicloud.com",
    "af-south-1": "https://dms.af-south-1.myhuaweicloud.com",
    "ap-southeast-1": "https://dms.ap-southeast-1.myhuaweicloud.com",
    "ap-southeast-2": "https://dms.ap-southeast-2.myhuaweicloud.com",
    "ap-southeast-3": "https://dms.ap-southeast-3.myhuaweicloud.com",
    "ap-southeast-4": "https://dms.ap-southeast-4.myhuaweicloud.com",
    "ap-southeast-5": "https://dms.ap-southeast-5.myhuaweicloud.com",
    "cn-east-2": "https://dms.cn-east-2.myhuaweicloud.com",
    "cn-east-3": "https://dms.cn-east-3.myhuaweicloud.com",
    "cn-east-4": "https://dms.cn-east-4.myhuaweicloud.com",
    "cn-east-5": "https://dms.cn-east-5.myhuaweicloud.com",
    "cn-north-1": "https://dms.cn-north-1.myhuaweicloud.com",
    "cn-north-2": "https://dms.cn-north-2.myhuaweicloud.com",
    "cn-north-4": "https://dms.cn-north-4.myhuaweicloud.com",
    "cn-north-9": "https://dms.cn-north-9.myhuaweicloud.com",
    "cn-north-11": "https://dms.cn-north-11.myhuaweicloud.com",
    "cn-north-12": "https://dms.cn-north-12.myhuaweicloud.com",
    "cn-south-1": "https://dms.cn-south-1.myhuaweicloud.com",
    "cn-south-2": "https://dms.cn-south-2.myhuaweicloud.com",
    "cn-south-4": "https://dms.cn-south-4.myhuaweicloud.com",
    "cn-southwest-2": "https://dms.cn-southwest-2.myhuaweicloud.com",
    "cn-southwest-3": "https://dms.cn-southwest-3.myhuaweicloud.com",
    "eu-west-0": "https://dms.eu-west-0.myhuaweicloud.com",
    "la-north-2": "https://dms.la-north-2.myhuaweicloud.com",
    "la-south-2": "https://dms.la-south-2.myhuaweicloud.com",
    "me-east-1": "https://dms.me-east-1.myhuaweicloud.com",
    "my-kualalumpur-1": "https://dms.my-kualalumpur-1.myhuaweicloud.com",
    "na-mexico-1": "https://dms.na-mexico-1.myhuaweicloud.com",
    "ru-moscow-1": "https://dms.ru-moscow-1.myhuaweicloud.com",
    "ru-northwest-2": "https://dms.ru-northwest-2.myhuaweicloud.com",
    "sa-brazil-1": "https://dms.sa-brazil-1.myhuaweicloud.com",
    "tr-west-1": "https://dms.tr-west-1.myhuaweicloud.com",
    "eu-west-101": "https://dms.eu-west-101.myhuaweicloud.eu"
  },
  operations: {
    "GET /v2/{project_id}/instances": { operationId: "listInstances", bodylessStatuses: [], validators: () => import('./validators/listInstances.js') },
    "POST /v2/{project_id}/instances": { operationId: "createPostPaidInstance", bodylessStatuses: [], validators: () => import('./validators/createPostPaidInstance.js') },
    "GET /v2/{project_id}/instances/{instance_id}": { operationId: "showInstance", bodylessStatuses: [], validators: () => import('./validators/showInstance.js') },
    "PUT /v2/{project_id}/instances/{instance_id}": { operationId: "updateInstance", bodylessStatuses: [204], validators: () => import('./validators/updateInstance.js') },
    "DELETE /v2/{project_id}/instances/{instance_id}": { operationId: "deleteInstance", bodylessStatuses: [204], validators: () => import('./validators/deleteInstance.js') },
    "POST /v2/{project_id}/instances/action": { operationId: "batchDeleteInstances", bodylessStatuses: [204], validators: () => import('./validators/batchDeleteInstances.js') },
    "POST /v2/{engine}/{project_id}/instances": { operationId: "createInstanceByEngine", bodylessStatuses: [], validators: () => import('./validators/createInstanceByEngine.js') },
    "POST /v2/{project_id}/rocketmq/instances": { operationId: "createPostPaidInstanceForRocketMq", bodylessStatuses: [], validators: () => import('./validators/createPostPaidInstanceForRocketMq.js') },
    "GET /v2/available-zones": { operationId: "listAvailableZones", bodylessStatuses: [], validators: async () => ({}) },
    "GET /v2/{engine}/products": { operationId: "listEngineProducts", bodylessStatuses: [], validators: () => import('./validators/listEngineProducts.js') },
    "GET /v2/{project_id}/rocketmq/{instance_id}/tags": { operationId: "showRocketmqTags", bodylessStatuses: [], validators: () => import('./validators/showRocketmqTags.js') },
    "POST /v2/{project_id}/rocketmq/{instance_id}/tags/action": { operationId: "batchCreateOrDeleteRocketmqTag", bodylessStatuses: [204], validators: () => import('./validators/batchCreateOrDeleteRocketmqTag.js') },
    "GET /v2/{project_id}/rocketmq/tags": { operationId: "showRocketmqProjectTags", bodylessStatuses: [], validators: () => import('./validators/showRocketmqProjectTags.js') },
    "GET /v2/{engine}/{project_id}/instances/{instance_id}/extend": { operationId: "showEngineInstanceExtendProductInfo", bodylessStatuses: [], validators: () => import('./validators/showEngineInstanceExtendProductInfo.js') },
    "POST /v2/{engine}/{project_id}/instances/{instance_id}/extend": { operationId: "resizeInstance", bodylessStatuses: [], validators: () => import('./validators/resizeInstance.js') },
    "GET /v2/{project_id}/rocketmq/instances/{instance_id}/extend": { operationId: "showEngineInstanceExtendProductInfoForRocketMq", bodylessStatuses: [], validators: () => import('./validators/showEngineInstanceExtendProductInfoForRocketMq.js') },
    "POST /v2/{project_id}/rocketmq/instances/{instance_id}/extend": { operationId: "resizeInstanceForRocketMq", bodylessStatuses: [], validators: () => import('./validators/resizeInstanceForRocketMq.js') },
    "GET /v2/{project_id}/rocketmq/instances/{instance_id}/extend-check": { operationId: "showRocketMqScalePreCheckInfo", bodylessStatuses: [], validators: () => import('./validators/showRocketMqScalePreCheckInfo.js') },
    "GET /v2/{project_id}/instances/{instance_id}/tasks": { operationId: "listBackgroundTasks", bodylessStatuses: [], validators: () => import('./validators/listBackgroundTasks.js') },
    "GET /v2/{project_id}/instances/{instance_id}/tasks/{task_id}": { operationId: "showBackgroundTask", bodylessStatuses: [], validators: () => import('./validators/showBackgroundTask.js') },
    "DELETE /v2/{project_id}/instances/{instance_id}/tasks/{task_id}": { operationId: "deleteBackgroundTask", bodylessStatuses: [204], validators: () => import('./validators/deleteBackgroundTask.js') },
    "GET /v2/{project_id}/instances/{instance_id}/tasks/{task_id}/progress": { operationId: "showBackgroundTaskProgress", bodylessStatuses: [], validators: () => import('./validators/showBackgroundTaskProgress.js') },
    "GET /v2/rocketmq/products/cores": { operationId: "showRocketMqProductCores", bodylessStatuses: [], validators: () => import('./validators/showRocketMqProductCores.js') },
    "GET /v2/{project_id}/quotas": { operationId: "showQuotas", bodylessStatuses: [], validators: () => import('./validators/showQuotas.js') },
  },
};

/** The list operations that page, and how: the paginators read them. */
export const pagedOperations: Record<"listInstances" | "listEngineProducts" | "showRocketmqTags" | "showRocketmqProjectTags" | "showEngineInstanceExtendProductInfoForRocketMq" | "listBackgroundTasks", PagedOperation> = {
  listInstances: {"vendor":"huaweicloud","operationId":"listInstances","path":"/v2/{project_id}/instances","items":["instances"],"total":["instance_num"],"itemId":"instance_id","pageSize":{"name":"limit","default":50},"paging":{"offset":"offset"},"fixed":{"path":{},"query":{"engine":"rocketmq"}}},
  listEngineProducts: {"vendor":"huaweicloud","operationId":"listEngineProducts","path":"/v2/{engine}/products","items":["products"],"total":["total"],"pageSize":{"name":"limit"},"paging":{"offset":"offset"},"fixed":{"path":{"engine":"reliability"},"query":{}}},
  showRocketmqTags: {"vendor":"huaweicloud","operationId":"showRocketmqTags","path":"/v2/{project_id}/rocketmq/{instance_id}/tags","items":["tags"],"total":["total"],"itemId":"key","pageSize":{"name":"limit"},"paging":{"offset":"offset"},"fixed":{"path":{},"query":{}}},
  showRocketmqProjectTags: {"vendor":"huaweicloud","operationId":"showRocketmqProjectTags","path":"/v2/{project_id}/rocketmq/tags","items":["tags"],"total":["total"],"itemId":"key","pageSize":{"name":"limit"},"paging":{"offset":"offset"},"fixed":{"path":{},"query":{}}},
  showEngineInstanceExtendProductInfoForRocketMq: {"vendor":"huaweicloud","operationId":"showEngineInstanceExtendProductInfoForRocketMq","path":"/v2/{project_id}/rocketmq/instances/{instance_id}/extend","items":["products"],"total":["total"],"pageSize":{"name":"limit"},"paging":{"offset":"offset"},"fixed":{"path":{},"query":{}}},
  listBackgroundTasks: {"vendor":"huaweicloud","operationId":"listBackgroundTasks","path":"/v2/{project_id}/instances/{instance_id}/tasks","items":["tasks"],"total":["task_count"],"itemId":"id","pageSize":{"name":"limit","default":100},"paging":{"offset":"offset"},"fixed":{"path":{},"query":{}}},
};

/** The show and list operations the waiters and the paginator call. */
export const instanceOperations: InstanceOperations = { vendor: "huaweicloud", show: "/v2/{project_id}/instances/{instance_id}", list: pagedOperations.listInstances };

/** The products and zones operations findFlavours joins. */
export const flavourOperations: FlavourOperations = {"products":"/v2/{engine}/products","zones":"/v2/available-zones","engine":"reliability", productPages: pagedOperations.listEngineProducts };

/** The operation waitForTask polls. */
export const taskOperations: TaskOperations = {"show":"/v2/{project_id}/instances/{instance_id}/tasks/{task_id}"};

/** The request-signing algorithm of this service. */
export const SIGNING_ALGORITHM = "SDK-HMAC-SHA256";
