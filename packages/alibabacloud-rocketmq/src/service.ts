// Generated from specs/alibabacloud-rocketmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
import type { InstanceOperations, PagedOperation, ServiceDefinition } from '@cloudmq/core';

/** The regions whose public endpoint this client knows (the description's server variables). */
export const REGIONS = ["cn-qingdao","cn-beijing","cn-zhangjiakou","cn-huhehaote","cn-wulanchabu","cn-hangzhou","cn-shanghai","cn-nanjing","cn-fuzhou","cn-shenzhen","cn-heyuan","cn-guangzhou","ap-southeast-2","ap-southeast-6","ap-northeast-2"] as const;
export type Region = (typeof REGIONS)[number];

export const service: ServiceDefinition<Region> = {
  id: "alibabacloud-rocketmq",
  version: "0.1.0",
  endpoints: {
    "cn-qingdao": "https://rocketmq.cn-qingdao.aliyuncs.com",
    "cn-beijing": "https://rocketmq.cn-beijing.aliyuncs.com",
    "cn-zhangjiakou": "https://rocketmq.cn-zhangjiakou.aliyuncs.com",
    "cn-huhehaote": "https://rocketmq.cn-huhehaote.aliyuncs.com",
    "cn-wulanchabu": "https://rocketmq.cn-wulanchabu.aliyuncs.com",
    "cn-hangzhou": "https://rocketmq.cn-hangzhou.aliyuncs.com",
    "cn-shanghai": "https://rocketmq.cn-shanghai.aliyuncs.com",
    "cn-nanjing": "https://rocketmq.cn-nanjing.aliyuncs.com",
    "cn-fuzhou": "https://rocketmq.cn-fuzhou.aliyuncs.com",
    "cn-shenzhen": "https://rocketmq.cn-shenzhen.aliyuncs.com",
    "cn-heyuan": "https://rocketmq.cn-heyuan.aliyuncs.com",
    "cn-guangzhou": "https://rocketmq.cn-guangzhou.aliyuncs.com",
    "ap-southeast-2": "https://rocketmq.ap-southeast-2.aliyuncs.com",
    "ap-southeast-6": "https://rocketmq.ap-southeast-6.aliyuncs.com",
    "ap-northeast-2": "https://rocketmq.ap-northeast-2.aliyuncs.com"
  },
  apiVersion: "2022-08-01",
  operations: {
    "GET /instances": { operationId: "listInstances", action: "ListInstances", bodylessStatuses: [], validators: () => import('./validators/listInstances.js') },
    "POST /instances": { operationId: "createInstance", idempotencyTokenParameter: "clientToken", action: "CreateInstance", bodylessStatuses: [], validators: () => import('./validators/createInstance.js') },
    "GET /instances/{instanceId}": { operationId: "getInstance", action: "GetInstance", bodylessStatuses: [], validators: () => import('./validators/getInstance.js') },
    "DELETE /instances/{instanceId}": { operationId: "deleteInstance", action: "DeleteInstance", bodylessStatuses: [], validators: () => import('./validators/deleteInstance.js') },
    "PATCH /instances/{instanceId}": { operationId: "updateInstance", action: "UpdateInstance", bodylessStatuses: [], validators: () => import('./validators/updateInstance.js') },
    "GET /instances/{instanceId}/ip/whitelist": { operationId: "listInstanceIpWhitelist", action: "ListInstanceIpWhitelist", bodylessStatuses: [], validators: () => import('./validators/listInstanceIpWhitelist.js') },
    "POST /instances/{instanceId}/ip/whitelist": { operationId: "createInstanceIpWhitelist", action: "CreateInstanceIpWhitelist", bodylessStatuses: [], validators: () => import('./validators/createInstanceIpWhitelist.js') },
    "DELETE /instances/{instanceId}/ip/whitelist": { operationId: "deleteInstanceIpWhitelist", action: "DeleteInstanceIpWhitelist", bodylessStatuses: [], validators: () => import('./validators/deleteInstanceIpWhitelist.js') },
    "GET /instances/{instanceId}/ip/whitelists": { operationId: "getInstanceIpWhitelist", action: "GetInstanceIpWhitelist", bodylessStatuses: [], validators: () => import('./validators/getInstanceIpWhitelist.js') },
    "GET /regions": { operationId: "listRegions", action: "ListRegions", bodylessStatuses: [], validators: async () => ({}) },
    "GET /zones": { operationId: "listAvailableZones", action: "ListAvailableZones", bodylessStatuses: [], validators: async () => ({}) },
    "POST /resourceGroup/change": { operationId: "changeResourceGroup", action: "ChangeResourceGroup", bodylessStatuses: [], validators: () => import('./validators/changeResourceGroup.js') },
    "POST /resourceTag/create": { operationId: "tagResources", action: "TagResources", bodylessStatuses: [], validators: () => import('./validators/tagResources.js') },
    "DELETE /resourceTag/delete": { operationId: "untagResources", action: "UntagResources", bodylessStatuses: [], validators: () => import('./validators/untagResources.js') },
    "GET /resourceTag/list": { operationId: "listTagResources", action: "ListTagResources", bodylessStatuses: [], validators: () => import('./validators/listTagResources.js') },
  },
};

/** The list operations that page, and how: the paginators read them. */
export const pagedOperations: Record<"listInstances" | "listInstanceIpWhitelist" | "listTagResources", PagedOperation> = {
  listInstances: {"vendor":"alibabacloud","operationId":"listInstances","path":"/instances","items":["data","list"],"total":["data","totalCount"],"itemId":"instanceId","pageSize":{"name":"pageSize","default":200},"paging":{"pageNumber":"pageNumber"},"fixed":{"path":{},"query":{}}},
  listInstanceIpWhitelist: {"vendor":"alibabacloud","operationId":"listInstanceIpWhitelist","path":"/instances/{instanceId}/ip/whitelist","items":["data","list"],"total":["data","totalCount"],"pageSize":{"name":"pageSize","default":10000},"paging":{"pageNumber":"pageNumber"},"fixed":{"path":{},"query":{}}},
  listTagResources: {"vendor":"alibabacloud","operationId":"listTagResources","path":"/resourceTag/list","items":["data","tagResources"],"paging":{"inputToken":"nextToken","outputToken":["data","nextToken"]},"fixed":{"path":{},"query":{"resourceType":"instance"}}},
};

/** The show and list operations the waiters and the paginator call. */
export const instanceOperations: InstanceOperations = { vendor: "alibabacloud", show: "/instances/{instanceId}", list: pagedOperations.listInstances };

/** The request-signing algorithm of this service. */
export const SIGNING_ALGORITHM = "ACS3-HMAC-SHA256";
