// Generated from specs/alibabacloud-rocketmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
export type $Read<T> = {
  readonly $read: T;
};
export type $Write<T> = {
  readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
  [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
  [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
  [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
  "/instances": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List instances
     * @description Lists the ApsaraMQ for RocketMQ 5.x instances of the account in the region of the endpoint
     *     called, one page at a time, optionally filtered. Needs the RAM action `rocketmq:ListInstances`
     *     on `acs:rocketmq:{regionId}:{accountId}:instance/*`.
     *
     *     Paging: pages are numbered from 1 (`pageNumber`) and hold up to `pageSize` instances (10 to
     *     200). `data.totalCount` counts the matching instances over all pages: ask for page 1, 2, ...
     *     while `pageNumber * pageSize < totalCount`. An instance created or released while the pages
     *     are read can shift the others by one place, so deduplicate by `instanceId`. The items are a
     *     summary (`InstanceSummary`); call GetInstance for the endpoints and the full specification.
     *
     *     A `200` answer can still carry `success: false`: check `success` before reading `data`.
     */
    get: operations["listInstances"];
    put?: never;
    /**
     * Create an instance
     * @description Creates an ApsaraMQ for RocketMQ 5.x instance and answers with its ID; the instance is then
     *     built asynchronously. Needs the RAM action `rocketmq:CreateInstance` on
     *     `acs:rocketmq:{regionId}:{accountId}:Instance/*`. Send `clientToken` to make retries safe.
     *
     *     A `200` answer can still carry `success: false`: check `success` before reading `data`.
     */
    post: operations["createInstance"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/instances/{instanceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an instance
     * @description Answers the details of one instance: status, specification, network and endpoints, access
     *     control, software, quotas and tags. Needs the RAM action `rocketmq:GetInstance` on
     *     `acs:rocketmq:{regionId}:{accountId}:instance/{instanceId}`. Call it on the endpoint of the
     *     instance's region.
     *
     *     Poll it after CreateInstance until `data.status` is `RUNNING` (it is `CREATING` meanwhile),
     *     and after DeleteInstance until it answers status `RELEASED` or HTTP 404 with code
     *     `Instance.NotFound`, which is how an unknown or released instance is reported.
     *
     *     A `200` answer can still carry `success: false`: check `success` before reading `data`.
     */
    get: operations["getInstance"];
    put?: never;
    post?: never;
    /**
     * Delete an instance
     * @description Releases a pay-as-you-go instance (`paymentType: PayAsYouGo`). A released instance cannot be
     *     restored. Subscription instances are not deleted this way: the vendor releases them
     *     automatically when their term expires. Needs the RAM action `rocketmq:DeleteInstance` on the
     *     instance.
     *
     *     The release is asynchronous. Afterwards GetInstance may still answer the instance, with
     *     status `RELEASED`, and later answers HTTP 404 with code `Instance.NotFound`; poll GetInstance
     *     until either, as Alibaba Cloud's Terraform provider does. The vendor's pages do not say how
     *     long the `RELEASED` answer lasts.
     *
     *     A `200` answer can still carry `success: false`: check `success` before relying on the
     *     deletion.
     */
    delete: operations["deleteInstance"];
    options?: never;
    head?: never;
    /**
     * Update an instance
     * @description Changes the basic information (name, remark) and some settings of an instance: the send/receive
     *     ratio, burst scaling, message retention and tracing (`productInfo`), the public access
     *     whitelist (`networkInfo.internetInfo.ipWhitelist`) and the authentication settings
     *     (`aclInfo`). Send only the members to change. Needs the RAM action `rocketmq:UpdateInstance` on
     *     `acs:rocketmq:{regionId}:{accountId}:instance/{instanceId}`; call it on the endpoint of the
     *     instance's region.
     *
     *     Changes to the specification may take a while to apply: afterwards poll GetInstance until
     *     `data.status` is `RUNNING` again (it can be `CHANGING` meanwhile), as Alibaba Cloud's Terraform
     *     provider does after every update. The answer carries no task ID.
     *
     *     To add or remove single entries of the instance's IP whitelist, CreateInstanceIpWhitelist and
     *     DeleteInstanceIpWhitelist are the dedicated operations.
     *
     *     A `200` answer can still carry `success: false`: check `success` before relying on the change.
     *
     *     Source: "UpdateInstance - 更新实例", https://help.aliyun.com/zh/apsaramq-for-rocketmq/cloud-message-queue-rocketmq-5-x-series/developer-reference/api-rocketmq-2022-08-01-updateinstance
     */
    patch: operations["updateInstance"];
    trace?: never;
  };
  "/instances/{instanceId}/ip/whitelist": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an instance's IP whitelist
     * @description Lists the entries of the instance's access control IP whitelist, one page at a time, optionally
     *     filtered. Needs the RAM action `rocketmq:ListInstanceIpWhitelist` on
     *     `acs:rocketmq:{regionId}:{accountId}:instance/{instanceId}`.
     *
     *     Paging: pages are numbered from 1 (`pageNumber`) and hold up to `pageSize` entries (10 to
     *     10000). `data.totalCount` counts the matching entries over all pages: ask for page 1, 2, ...
     *     while `pageNumber * pageSize < totalCount`. GetInstanceIpWhitelist answers the whole whitelist
     *     in one answer instead.
     *
     *     A `200` answer can still carry `success: false`: check `success` before reading `data`.
     *
     *     Source: "ListInstanceIpWhitelist - 查询IP白名单列表", https://help.aliyun.com/zh/apsaramq-for-rocketmq/cloud-message-queue-rocketmq-5-x-series/developer-reference/api-rocketmq-2022-08-01-listinstanceipwhitelist
     */
    get: operations["listInstanceIpWhitelist"];
    put?: never;
    /**
     * Add entries to an instance's IP whitelist
     * @description Adds IP addresses or CIDR blocks to the instance's access control IP whitelist, which decides
     *     which client addresses may connect to the instance. A new instance's whitelist holds
     *     `0.0.0.0/0`, which lets every address connect. Needs the RAM action
     *     `rocketmq:CreateInstanceIpWhitelist` on `acs:rocketmq:{regionId}:{accountId}:instance/{instanceId}`.
     *
     *     GetInstanceIpWhitelist and ListInstanceIpWhitelist show the whitelist; DeleteInstanceIpWhitelist
     *     removes entries. The answer carries no task ID.
     *
     *     A `200` answer can still carry `success: false`: check `success` before relying on the entries.
     *
     *     Source: "CreateInstanceIpWhitelist - 创建IP白名单", https://help.aliyun.com/zh/apsaramq-for-rocketmq/cloud-message-queue-rocketmq-5-x-series/developer-reference/api-rocketmq-2022-08-01-createinstanceipwhitelist
     */
    post: operations["createInstanceIpWhitelist"];
    /**
     * Remove entries from an instance's IP whitelist
     * @description Removes IP addresses or CIDR blocks from the instance's access control IP whitelist. Clients
     *     whose address a removed entry let in can no longer connect, at once: keep the addresses you
     *     need in the list. Name the entries in `ipWhitelists` (the deprecated `ipWhitelist` names one).
     *     Needs the RAM action `rocketmq:DeleteInstanceIpWhitelist` on
     *     `acs:rocketmq:{regionId}:{accountId}:instance/{instanceId}`.
     *
     *     The answer carries no task ID; GetInstanceIpWhitelist shows the whitelist that remains.
     *
     *     A `200` answer can still carry `success: false`: check `success` before relying on the removal.
     *
     *     Source: "DeleteInstanceIpWhitelist - 删除IP白名单", https://help.aliyun.com/zh/apsaramq-for-rocketmq/cloud-message-queue-rocketmq-5-x-series/developer-reference/api-rocketmq-2022-08-01-deleteinstanceipwhitelist
     */
    delete: operations["deleteInstanceIpWhitelist"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/instances/{instanceId}/ip/whitelists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an instance's IP whitelist
     * @description Answers the instance's access control IP whitelist in one answer (no paging), or only the
     *     entries named in `ipWhitelists`. Needs the RAM action `rocketmq:GetInstanceIpWhitelist` on
     *     `acs:rocketmq:{regionId}:{accountId}:instance/{instanceId}`.
     *
     *     Use it to check the outcome of CreateInstanceIpWhitelist and DeleteInstanceIpWhitelist: the
     *     entries are in `data.ipWhitelists`. Alibaba Cloud's Terraform provider reads the whitelist this
     *     way and treats the error codes `InstanceIpOrCidr.NotExisted` and `Instance.NotFound` as "no
     *     whitelist".
     *
     *     A `200` answer can still carry `success: false`: check `success` before reading `data`.
     *
     *     Source: "GetInstanceIpWhitelist - 查询IP白名单详情", https://help.aliyun.com/zh/apsaramq-for-rocketmq/cloud-message-queue-rocketmq-5-x-series/developer-reference/api-rocketmq-2022-08-01-getinstanceipwhitelist
     */
    get: operations["getInstanceIpWhitelist"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/regions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List regions
     * @description Lists the regions of ApsaraMQ for RocketMQ, each with whether the 5.x series (the instances
     *     this API manages) and the older 4.x series are available there. It takes no parameters and
     *     answers every region in one list. No RAM action is published for it.
     *
     *     Use it to choose where an instance goes. A region is never part of a request body: the
     *     endpoint called decides it. Pick a region with `supportRocketmqV5: true` and call CreateInstance,
     *     and every later operation on the instance, on that region's endpoint,
     *     `https://rocketmq.{regionId}.aliyuncs.com` (or `https://rocketmq-vpc.{regionId}.aliyuncs.com`
     *     from inside Alibaba Cloud); the VPC and vSwitches given to CreateInstance must be in the same
     *     region, and ListAvailableZones on that endpoint answers the region's zones. A region answered
     *     here but missing from this description's `servers` can still be called by giving its endpoint
     *     explicitly.
     *
     *     A `200` answer can still carry `success: false`: check `success` before reading `data`.
     */
    get: operations["listRegions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/zones": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List available zones
     * @description Lists the zones of the region whose endpoint is called in which ApsaraMQ for RocketMQ 5.x
     *     instances can be placed. It takes no parameters and answers every zone of the region in one
     *     list. No RAM action is published for it.
     *
     *     Use it before CreateInstance. CreateInstance takes no zone ID: an instance sits in the zones of
     *     the vSwitches it is given (`networkInfo.vpcInfo.vSwitches[].vSwitchId`), and every vSwitch lies
     *     in one zone, the zone ID Alibaba Cloud VPC reports for it. Pick vSwitches of the VPC given as
     *     `networkInfo.vpcInfo.vpcId` whose zone ID is one of the `zoneId` values answered here, and call
     *     both operations on the same regional endpoint. Once the instance exists, GetInstance shows the
     *     zone of each of its vSwitches in `networkInfo.vpcInfo.vSwitches[].zoneId`.
     *
     *     A `200` answer can still carry `success: false`: check `success` before reading `data`.
     */
    get: operations["listAvailableZones"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/resourceGroup/change": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move an instance to another resource group
     * @description Moves an instance into another resource group of the account. Every parameter travels in the
     *     query string; there is no body. Needs the RAM action `rocketmq:ChangeResourceGroup` on
     *     `acs:rocketmq:{regionId}:{accountId}:instance/{instanceId}`. The answer carries no task ID;
     *     GetInstance and ListInstances show the group an instance is in as `resourceGroupId`, and
     *     ListInstances can filter by it.
     *
     *     The resource groups of an account are listed by Resource Management's ListResourceGroups
     *     operation.
     *
     *     A `200` answer can still carry `success: false`: check `success` before relying on the move.
     *
     *     Source: "ChangeResourceGroup - 修改资源组", https://help.aliyun.com/document_detail/606952.html
     */
    post: operations["changeResourceGroup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/resourceTag/create": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach tags to instances
     * @description Attaches tags (key-value pairs) to one or more instances of the region, to group, search and
     *     bill them by tag. Every parameter travels in the query string; there is no body. `resourceId`
     *     and `tag` are JSON texts: `resourceId=["rmq-cn-pe3355cs707"]` and
     *     `tag=[{"key":"env","value":"prod"}]`, percent-encoded like any query value. Needs the RAM action
     *     `rocketmq:TagResources`, which is granted on all resources (`*`).
     *
     *     GetInstance and ListInstances show an instance's tags (`tags`), ListTagResources lists them,
     *     and UntagResources detaches them.
     *
     *     A `200` answer can still carry `success: false`: check `success` before relying on the tags.
     *
     *     Source: "TagResources - 创建标签资源关系", https://help.aliyun.com/zh/apsaramq-for-rocketmq/cloud-message-queue-rocketmq-5-x-series/developer-reference/api-rocketmq-2022-08-01-tagresources
     */
    post: operations["tagResources"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/resourceTag/delete": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Detach tags from instances
     * @description Detaches tags from one or more instances of the region: the tags whose keys `tagKey` lists, or
     *     every tag with `all=true`. Every parameter travels in the query string; there is no body.
     *     `resourceId` and `tagKey` are JSON texts (`resourceId=["rmq-cn-pe3355cs707"]`,
     *     `tagKey=["key1","key2"]`), percent-encoded like any query value. Needs the RAM action
     *     `rocketmq:UntagResources`, which is granted on all resources (`*`).
     *
     *     The pages do not say what happens when both `tagKey` and `all` are sent; send one of them.
     *
     *     A `200` answer can still carry `success: false`: check `success` before relying on the
     *     removal.
     *
     *     Source: "UntagResources - 删除标签资源关系", https://help.aliyun.com/zh/apsaramq-for-rocketmq/cloud-message-queue-rocketmq-5-x-series/developer-reference/api-rocketmq-2022-08-01-untagresources
     */
    delete: operations["untagResources"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/resourceTag/list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List tags of instances
     * @description Lists resource-tag pairs of the region: the tags of the instances named in `resourceId`, the
     *     instances that carry the tags named in `tag`, or every tagged instance of the region (or of
     *     one resource group). Each item is one tag of one instance. Needs the RAM action
     *     `rocketmq:ListTagResources`, which is granted on all resources (`*`).
     *
     *     `resourceId` and `tag` are JSON texts, as in TagResources. The pages do not say whether an
     *     instance must carry every tag given in `tag` or any of them.
     *
     *     Paging: the answer holds one page. While it carries a non-empty `data.nextToken`, call again
     *     with the same filters and `nextToken` set to that value; the page without one is the last.
     *     The page size is the service's: there is no parameter to set it.
     *
     *     A `200` answer can still carry `success: false`: check `success` before reading `data`.
     *
     *     Source: "ListTagResources - 查询资源标签关系", https://help.aliyun.com/zh/apsaramq-for-rocketmq/cloud-message-queue-rocketmq-5-x-series/developer-reference/api-rocketmq-2022-08-01-listtagresources
     */
    get: operations["listTagResources"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * ResultEnvelope
     * @description Envelope of an answer of this API. When `success` is `true`, `data` holds the result. The service may also answer HTTP 200 with `success: false`: that is an error, described by `code`, `message`, `dynamicCode` and `dynamicMessage`, and `data` is then absent or null.
     */
    ResultEnvelope: {
      /**
       * @description Unique ID of this request, to quote when troubleshooting.
       * @example 05AB7FBD-F1D3-5D87-BF78-BD782249****
       */
      requestId: string;
      /**
       * @description Whether the call succeeded. Check it even on HTTP 200.
       * @example true
       */
      success: boolean;
      /**
       * @description Result code; an error code (such as `Instance.NotFound`) when `success` is false.
       * @example 200
       */
      code?: string;
      /**
       * @description Result message; an explanation of the error when `success` is false.
       * @example Success
       */
      message?: string;
      /**
       * @description HTTP status code of the result, repeated in the body.
       * @example 200
       */
      httpStatusCode?: number;
      /**
       * @description Detail code that completes `code` (for errors, typically the offending parameter).
       * @example InstanceId
       */
      dynamicCode?: string;
      /**
       * @description Detail message that completes `message`.
       * @example instanceId
       */
      dynamicMessage?: string;
    };
    /**
     * InstanceStatus
     * @description Status of an ApsaraMQ for RocketMQ 5.x instance, one of the five values the GetInstance and
     *     ListInstances pages list:
     *
     *     - `CREATING`: being created. CreateInstance answers at once and the instance builds
     *       asynchronously; poll GetInstance until `RUNNING`.
     *     - `RUNNING`: running and serving clients.
     *     - `CHANGING`: a change of the instance (such as a new specification) is being applied.
     *     - `STOPPED`: service stopped (停服 on the Chinese page); the instance still exists but does not
     *       serve. The pages give no cause; their example releases an instance seven days after it
     *       expires (`expireTime`, `releaseTime`).
     *     - `RELEASED`: released, by DeleteInstance or automatically when a subscription has expired;
     *       it does not come back. GetInstance may still answer a released instance with this status,
     *       and later answers HTTP 404 with code `Instance.NotFound` (the pages do not say how long the
     *       first answer lasts). Alibaba Cloud's Terraform provider treats both answers as "gone".
     * @example RUNNING
     * @enum {string}
     */
    InstanceStatus: "CREATING" | "RUNNING" | "CHANGING" | "STOPPED" | "RELEASED";
    /**
     * InstanceSummaryProductInfo
     * @description The part of the instance's specification that ListInstances answers; GetInstance answers all of it.
     */
    InstanceSummaryProductInfo: {
      /**
       * @description Capacity mode, as chosen at creation: `provisioned` (a reserved capacity) or `onDemand`. The ListInstances page does not describe it.
       * @example onDemand
       */
      capacityType?: string;
      /**
       * @description Whether message tracing is on. The page calls the field "not in use": tracing is on whatever it says, except for serverless instances, which choose it at creation.
       * @example true
       */
      traceOn?: boolean;
    };
    /**
     * InstanceTag
     * @description A resource tag attached to the instance.
     */
    InstanceTag: {
      /**
       * @description Tag key.
       * @example env
       */
      key?: string;
      /**
       * @description Tag value.
       * @example prod
       */
      value?: string;
    };
    /**
     * InstanceSummary
     * @description One instance as ListInstances answers it: the main fields of GetInstance's `Instance`, without network, ACL, software, account and quota details (call GetInstance for those). Times are strings `yyyy-MM-dd HH:mm:ss` (not RFC 3339); the pages do not state their time zone.
     */
    InstanceSummary: {
      /**
       * @description ID of the region the instance is in.
       * @example cn-hangzhou
       */
      regionId?: string;
      /**
       * @description ID of the instance; pass it to GetInstance or DeleteInstance.
       * @example rmq-cn-7e22ody****
       */
      instanceId: string;
      /**
       * @description Name of the instance.
       * @example test instance
       */
      instanceName?: string;
      /** @description Status of the instance. */
      status: components["schemas"]["InstanceStatus"];
      /**
       * @description When the instance was created, `yyyy-MM-dd HH:mm:ss`, as GetInstance describes the field (the ListInstances page calls it the time the instance's version was updated).
       * @example 2022-08-01 00:00:00
       */
      createTime?: string;
      /**
       * @description When the instance was started, `yyyy-MM-dd HH:mm:ss` (the ListInstances page calls it the creation time).
       * @example 2022-08-01 00:00:00
       */
      startTime?: string;
      /**
       * @description When the instance was last modified, `yyyy-MM-dd HH:mm:ss`.
       * @example 2022-08-02 00:00:00
       */
      updateTime?: string;
      /**
       * @description When the instance expires (the end of a subscription term), `yyyy-MM-dd HH:mm:ss`.
       * @example 2022-09-01 00:00:00
       */
      expireTime?: string;
      /**
       * @description When the instance is or was released, `yyyy-MM-dd HH:mm:ss`.
       * @example 2022-09-07 00:00:00
       */
      releaseTime?: string;
      /**
       * @description ID of the Alibaba Cloud account that owns the instance.
       * @example 111111111111111
       */
      userId?: string;
      /**
       * @description Billing commodity of the instance, such as `ons_rmqsub_public_cn` (see `commodityCode` of CreateInstance for the codes and what they mean).
       * @example ons_rmqsub_public_cn
       */
      commodityCode?: string;
      /**
       * @description Code of the service; always `rmq` for ApsaraMQ for RocketMQ.
       * @example rmq
       * @enum {string}
       */
      serviceCode?: "rmq";
      /**
       * @description Primary series (edition): `standard` (Standard Edition), `professional` (Professional Edition), `ultimate` (Platinum Edition), `dedicated` (Exclusive Edition) or `shared` (Shared Edition). The ListInstances answer table lists the first three, its `seriesCodes` filter all five.
       * @example standard
       * @enum {string}
       */
      seriesCode?: "standard" | "professional" | "ultimate" | "dedicated" | "shared";
      /**
       * @description Sub-series: `cluster_ha` (high-availability cluster), `single_node` (single node) or `serverless` (the ListInstances page lists the first two; CreateInstance also creates `serverless` instances).
       * @example cluster_ha
       * @enum {string}
       */
      subSeriesCode?: "cluster_ha" | "single_node" | "serverless";
      /**
       * @description Billing method: `PayAsYouGo` (postpaid) or `Subscription` (prepaid).
       * @example Subscription
       * @enum {string}
       */
      paymentType?: "PayAsYouGo" | "Subscription";
      /** @description Capacity mode and tracing of the instance. */
      productInfo?: components["schemas"]["InstanceSummaryProductInfo"];
      /**
       * @description Number of topics on the instance.
       * @example 20
       */
      topicCount?: number;
      /**
       * @description Number of consumer groups on the instance.
       * @example 10
       */
      groupCount?: number;
      /**
       * @description Description of the instance.
       * @example This is remark for instance.
       */
      remark?: string;
      /**
       * @description ID of the resource group the instance belongs to.
       * @example rg-acfmx7caj******
       */
      resourceGroupId?: string;
      /** @description Resource tags attached to the instance. */
      tags?: components["schemas"]["InstanceTag"][];
    };
    /**
     * ListInstancesData
     * @description One page of instances. Pages are numbered from 1; there are `ceil(totalCount / pageSize)` of them. Read the next page while `pageNumber * pageSize < totalCount` (or until a page comes back empty).
     */
    ListInstancesData: {
      /**
       * @description Number of this page, starting at 1 (the `pageNumber` asked for, after the service's clamping).
       * @example 1
       */
      pageNumber?: number;
      /**
       * @description Largest number of instances on a page (the `pageSize` asked for, after the service's clamping).
       * @example 10
       */
      pageSize?: number;
      /**
       * @description Number of instances that match the filters, over all pages.
       * @example 100
       */
      totalCount: number;
      /** @description The instances of this page, at most `pageSize`; empty past the last page. */
      list: components["schemas"]["InstanceSummary"][];
    };
    /**
     * ListInstancesResponse
     * @description Answer envelope of ListInstances. When `success` is `true`, `data` holds one page of instances.
     */
    ListInstancesResponse: {
      /** @description One page of instances (absent or null when `success` is false). */
      data?: components["schemas"]["ListInstancesData"] | null;
    } & components["schemas"]["ResultEnvelope"];
    /**
     * ServiceError
     * @description Error envelope of the ApsaraMQ for RocketMQ service itself: the same envelope as a successful answer, with `success: false`. It also arrives with HTTP 200.
     */
    ServiceError: {
      /**
       * @description Unique ID of this request, to quote when troubleshooting.
       * @example AF9A8B10-C426-530F-A0DD-96320B39****
       */
      requestId?: string;
      /**
       * @description Always `false` for an error.
       * @constant
       */
      success: false;
      /**
       * @description Machine-readable error code.
       * @example InvalidParameter
       */
      code: string;
      /**
       * @description Human-readable explanation of the error.
       * @example The specified parameter is invalid.
       */
      message: string;
      /**
       * @description HTTP status code of the error, repeated in the body.
       * @example 400
       */
      httpStatusCode?: number;
      /**
       * @description Detail code that completes `code`, such as the name of the offending parameter.
       * @example commodityCode
       */
      dynamicCode?: string;
      /**
       * @description Detail message that completes `message`.
       * @example commodityCode
       */
      dynamicMessage?: string;
      /** @description Usually absent or null on errors. */
      data?: unknown;
    };
    /**
     * GatewayError
     * @description Error body of the Alibaba Cloud API gateway in front of the service, for requests refused before they reach it: bad signature (`SignatureDoesNotMatch`), clock skew over 15 minutes (`InvalidTimeStamp.Expired`), reused nonce (`SignatureNonceUsed`), unknown AccessKey (`InvalidAccessKeyId.NotFound`), throttling (codes containing `Throttling`), missing permission, ...
     */
    GatewayError: {
      /**
       * @description Unique ID of this request, to quote when troubleshooting.
       * @example 5C9B3C8F-2E1A-5D7B-9F4E-7A1B2C3D4E5F
       */
      RequestId?: string;
      /**
       * @description The endpoint host that answered.
       * @example rocketmq.cn-hangzhou.aliyuncs.com
       */
      HostId?: string;
      /**
       * @description Machine-readable error code.
       * @example SignatureDoesNotMatch
       */
      Code: string;
      /**
       * @description Human-readable explanation of the error.
       * @example The request signature does not conform to Alibaba Cloud standards.
       */
      Message: string;
      /**
       * @description Link to the vendor's diagnosis page for this request.
       * @example https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=RocketMQ
       */
      Recommend?: string;
    };
    /**
     * AlibabaCloudError
     * @description Any error body of this API: either the service's envelope (`success: false`, `code`, `message`, ...) or the API gateway's (`Code`, `Message`, `RequestId`, `HostId`, `Recommend`). Tell them apart by the case of the member names.
     */
    AlibabaCloudError: components["schemas"]["ServiceError"] | components["schemas"]["GatewayError"];
    /**
     * ProductInfo
     * @description Specification of the instance. Every member is optional on the page. Which computing specifications allow burst scaling, and the allowed message retention periods, are listed on the vendor's "Instance types" and "Limits" pages; the service checks them.
     */
    ProductInfo: {
      /**
       * @description Computing specification for sending and receiving messages, which sets the instance's TPS limit (for example `rmq.s2.2xlarge`); the specifications are listed on the vendor's "Instance types" page.
       * @example rmq.s2.2xlarge
       */
      msgProcessSpec?: string;
      /**
       * @description Share of the instance's total TPS given to sending, from 0.05 to 0.95; the rest goes to receiving. With 1,000 TPS in total and 0.8, 800 TPS are for sending and 200 for receiving.
       * @default 0.5
       * @example 0.5
       */
      sendReceiveRatio?: number;
      /**
       * @description Allow bursts above the specification's base TPS, billed for the extra TPS (`true`), or not (`false`). Only some specifications support it.
       * @example true
       */
      autoScaling?: boolean;
      /**
       * @description How long messages are kept, in hours. Storage is billed by use, so a shorter retention means less storage. The allowed range is on the vendor's "Limits" page, not on this one.
       * @example 72
       */
      messageRetentionTime?: number;
      /**
       * @description Encrypt the stored messages (`true`) or not (`false`).
       * @example false
       */
      storageEncryption?: boolean;
      /**
       * Format: password
       * @description Key used to encrypt the stored messages, for use with `storageEncryption: true` (the page does not make it depend on that flag, so it is not refused without it). Handled as a secret: write-only.
       */
      storageSecretKey?: $Write<string>;
      /**
       * @description Capacity mode: `provisioned` (a reserved capacity, see `provisionedCapacity`, that can grow elastically) or `onDemand` (pay for what is used).
       * @example provisioned
       * @enum {string}
       */
      capacityType?: "provisioned" | "onDemand";
      /**
       * @description Reserved capacity, for `capacityType: provisioned`. The page gives neither unit nor range.
       * @example 5000
       */
      provisionedCapacity?: number;
      /**
       * @description Turn message tracing on (`true`, traces are billed) or off (`false`). Only for serverless instances (`subSeriesCode: serverless`): the other instances always trace, and the field is refused for them.
       * @example true
       */
      traceOn?: boolean;
    };
    /**
     * VSwitch
     * @description One vSwitch of the instance.
     */
    VSwitch: {
      /**
       * @description ID of the vSwitch (optional on the page).
       * @example vsw-uf6gwtbn6etadpv*******
       */
      vSwitchId?: string;
    };
    /**
     * VpcInfo
     * @description The VPC, vSwitches and security group of the instance. None of them can be changed after the instance is created: moving it means releasing it and buying a new one.
     */
    VpcInfo: {
      /**
       * @description ID of the VPC the instance is attached to. Fixed for the instance's lifetime.
       * @example vpc-wz9qt50xhtj9krb******
       */
      vpcId: string;
      /**
       * @deprecated
       * @description Deprecated: use `vSwitches`. ID of the vSwitch the instance is attached to; several IDs are joined with a vertical bar (`|`), with no empty entries.
       * @example vsw-uf6gwtbn6etadpv*******
       */
      vSwitchId?: string;
      /**
       * @description ID of the security group of the instance (a single string, despite the plural name).
       * @example sg-bp17hpmgz96tvnsdy6so
       */
      securityGroupIds?: string;
      /** @description The vSwitches the instance is attached to, replacing the deprecated `vSwitchId`. Fixed for the instance's lifetime. The page's table marks this list as optional while its prose calls it required; the schema follows the table, but callers should send it. Alibaba Cloud's Terraform provider adds that a serverless instance needs at least two vSwitches and other instances take exactly one; the page does not say so, and the schema does not check it. */
      vSwitches?: components["schemas"]["VSwitch"][];
    };
    /**
     * InternetInfo
     * @description Public access. Instances are always reachable inside their VPC; enabling public access adds an Internet endpoint, billed for outbound traffic. With `internetSpec: enable` pick `payByBandwidth` (then give `flowOutBandwidth`) or `payByTraffic`; with `disable` the billing method is `uninvolved`.
     */
    InternetInfo: {
      /**
       * @description Enable (`enable`) or disable (`disable`) access from the Internet.
       * @example disable
       * @enum {string}
       */
      internetSpec: "enable" | "disable";
      /**
       * @description How public traffic is billed: `payByBandwidth` (by fixed bandwidth) or `payByTraffic` (by data transferred) when public access is enabled, `uninvolved` when it is disabled.
       * @example uninvolved
       * @enum {string}
       */
      flowOutType: "payByBandwidth" | "payByTraffic" | "uninvolved";
      /**
       * @description Public bandwidth in Mbit/s, 1 to 1000. Required when `flowOutType` is `payByBandwidth`.
       * @example 100
       */
      flowOutBandwidth?: number;
      /**
       * @deprecated
       * @description Deprecated. IP addresses or CIDR ranges allowed to reach the public endpoint; without a list every address may. It applies to the public endpoint only, never to the VPC one, so it is refused when public access is disabled.
       */
      ipWhitelist?: (string | unknown | unknown)[];
    } & (unknown & unknown & unknown);
    /**
     * NetworkInfo
     * @description Where the instance lives (its VPC) and whether it can be reached from the Internet. Both parts are required.
     */
    NetworkInfo: {
      /** @description The VPC the instance is attached to. Required. */
      vpcInfo: components["schemas"]["VpcInfo"];
      /** @description Public (Internet) access settings. Required. */
      internetInfo: components["schemas"]["InternetInfo"];
    };
    /**
     * Tag
     * @description A resource tag. The page marks both members optional and states no limits.
     */
    Tag: {
      /**
       * @description Tag key.
       * @example xxxKey
       */
      key?: string;
      /**
       * @description Tag value.
       * @example xxxValue
       */
      value?: string;
    };
    /**
     * AclInfo
     * @description Access control of the instance.
     */
    AclInfo: {
      /**
       * @description Let clients inside the VPC connect without credentials, recognised by the intelligent identity check (`true`), or not (`false`).
       * @example false
       */
      defaultVpcAuthFree?: boolean;
    };
    /**
     * CreateInstanceRequest
     * @description The instance to create. The page lists the body itself as an optional row ("body, object, No")
     *     although five of its members are required, so a request without a body cannot succeed: the
     *     description marks the body as required.
     *
     *     Fields that the page calls valid only in some cases are refused outside them: `period` and
     *     `autoRenew` only with `paymentType: Subscription`, `autoRenewPeriod` only with
     *     `autoRenew: true`, `productInfo.traceOn` only for `subSeriesCode: serverless`, and
     *     `networkInfo.internetInfo.ipWhitelist` only with public access enabled. The page attaches no
     *     such condition to `periodUnit`, `productInfo.storageSecretKey`,
     *     `productInfo.provisionedCapacity` or `networkInfo.internetInfo.flowOutBandwidth`, so they are
     *     accepted whatever the other fields say.
     */
    CreateInstanceRequest: {
      /**
       * @description Display name of the new instance. When left out, the service names the instance after its instance ID. The page states no length or character limits.
       * @example rmq-cn-72u3048uxxx
       */
      instanceName?: string;
      /**
       * @description Code of the service; always `rmq` for ApsaraMQ for RocketMQ.
       * @enum {string}
       */
      serviceCode: "rmq";
      /**
       * @description Primary series (edition) of the instance: `standard` (Standard Edition), `professional`
       *     (Professional Edition), `ultimate` (Platinum Edition), `dedicated` (Exclusive Edition) or
       *     `shared` (Shared Edition). The series can only be upgraded later (standard, then
       *     professional, then ultimate), never downgraded.
       *
       *     The page contradicts itself here: its prose lists five series, while the generated
       *     "Valid values" list under it has only `standard`, `ultimate` and `professional`. This
       *     description accepts all five: the prose is the more complete, newer text, and the three
       *     machine-list values are a subset of it, so no value the vendor documents is refused on
       *     the client side (the service remains the judge of whether `dedicated` or `shared` can be
       *     bought through this API).
       * @example standard
       * @enum {string}
       */
      seriesCode: "standard" | "professional" | "ultimate" | "dedicated" | "shared";
      /**
       * @description Sub-series of the instance, fixed for its lifetime: `cluster_ha` (high-availability cluster), `single_node` (single node, for testing) or `serverless`. Both lists on the page agree on these three values. A Platinum Edition instance (`seriesCode: ultimate`) must be `cluster_ha`.
       * @example cluster_ha
       * @enum {string}
       */
      subSeriesCode: "cluster_ha" | "single_node" | "serverless";
      /**
       * @description Billing method: `PayAsYouGo` (postpaid, billed for what is used) or `Subscription` (prepaid for a fixed term, see `period` and `periodUnit`).
       * @example Subscription
       * @enum {string}
       */
      paymentType: "PayAsYouGo" | "Subscription";
      /**
       * @description Length of the subscription term, counted in `periodUnit`: 1 to 6 months, or 1 to 3 years. Only for `paymentType: Subscription`; refused with `PayAsYouGo`. The page does not make it (or `periodUnit`) mandatory for subscriptions, so the schema does not either; the page does not say what term the service picks when they are left out.
       * @example 3
       */
      period?: number;
      /**
       * @description Unit of `period`: `Month` or `Year` (a yearly term is at most 3 years). It only matters for subscriptions, but unlike `period` the page does not call it valid only with `paymentType: Subscription`, so it is not refused with `PayAsYouGo`. The page gives no default.
       * @example Month
       * @enum {string}
       */
      periodUnit?: "Month" | "Year";
      /**
       * @description Renew the subscription automatically when its term ends (`true`) or not (`false`). Only for `paymentType: Subscription`; refused with `PayAsYouGo`.
       * @example true
       */
      autoRenew?: boolean;
      /**
       * @description Length of each automatic renewal, in months: 1, 2, 3, 6 or 12. Only when `autoRenew` is `true`; refused otherwise.
       * @example 3
       * @enum {integer}
       */
      autoRenewPeriod?: 1 | 2 | 3 | 6 | 12;
      /**
       * @description Free-text note kept with the instance. The page states no length limit.
       * @example This is the remark for test.
       */
      remark?: string;
      /** @description Specification of the instance (computing spec, storage, capacity, tracing). */
      productInfo?: components["schemas"]["ProductInfo"];
      /** @description Network placement of the instance (VPC) and its public access settings. Required. */
      networkInfo: components["schemas"]["NetworkInfo"];
      /**
       * @deprecated
       * @description Deprecated (the vendor's API metadata marks it so since 2026-05; the page, older, does not),
       *     yet still what makes a serverless instance. Billing commodity of the instance; it must match
       *     the billing method:
       *     `ons_rmqpost_public_intl` (pay-as-you-go), `ons_rmqsub_public_intl` (subscription) and
       *     `ons_rmqsrvlesspost_public_intl` (serverless), as the page lists them for the
       *     international site, plus `ons_rmqpost_public_cn`, `ons_rmqsub_public_cn` and
       *     `ons_rmqsrvlesspost_public_cn`, the same three for accounts of the China site. Required
       *     for serverless instances.
       *
       *     The page's own example, `ons_ rmqpost_public_cn`, has a stray space and names a China-site
       *     code that its list leaves out. The space is a typo (no code contains one, so the schema
       *     refuses it); the China-site codes are real (the page's example and Alibaba Cloud's
       *     Terraform provider use them) and are accepted.
       *
       *     The code must agree with the instance: a `serverless` instance takes a `srvlesspost` code;
       *     other instances take a `sub` code when `paymentType` is `Subscription` and a `post` code
       *     when it is `PayAsYouGo`.
       * @example ons_rmqsub_public_intl
       * @enum {string}
       */
      commodityCode?: "ons_rmqpost_public_intl" | "ons_rmqsub_public_intl" | "ons_rmqsrvlesspost_public_intl" | "ons_rmqpost_public_cn" | "ons_rmqsub_public_cn" | "ons_rmqsrvlesspost_public_cn";
      /**
       * @description ID of the resource group to place the instance in; the account's default group when left out.
       * @example rg-aekzy6pist7uuna
       */
      resourceGroupId?: string;
      /** @description Resource tags to attach to the new instance. */
      tags?: components["schemas"]["Tag"][];
      /** @description Access control settings of the instance. */
      aclInfo?: components["schemas"]["AclInfo"];
    } & (unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown);
    /**
     * CreateInstanceResponse
     * @description Answer envelope of CreateInstance. When `success` is `true`, `data` holds the ID of the new instance, which is then built asynchronously (status `CREATING`, then `RUNNING`). The service may also answer HTTP 200 with `success: false`: that is an error, described by `code`, `message`, `dynamicCode` and `dynamicMessage`, and `data` is then absent or null.
     */
    CreateInstanceResponse: {
      /**
       * @description Unique ID of this request, to quote when troubleshooting.
       * @example AF9A8B10-C426-530F-A0DD-96320B39****
       */
      requestId: string;
      /**
       * @description Whether the call succeeded. Check it even on HTTP 200.
       * @example true
       */
      success: boolean;
      /**
       * @description ID of the created instance (absent or null when `success` is false).
       * @example rmq-cn-7e22ody****
       */
      data?: string | null;
      /**
       * @description Result code; `200` on success, an error code otherwise.
       * @example 200
       */
      code?: string;
      /**
       * @description Result message; `Success` on success, an explanation otherwise.
       * @example Success
       */
      message?: string;
      /**
       * @description HTTP status code of the result, repeated in the body.
       * @example 200
       */
      httpStatusCode?: number;
      /**
       * @description Detail code that completes `code` (for errors, typically the offending parameter).
       * @example InstanceId
       */
      dynamicCode?: string;
      /**
       * @description Detail message that completes `message`.
       * @example instanceId
       */
      dynamicMessage?: string;
    };
    /**
     * InstanceVSwitch
     * @description One vSwitch the instance is attached to.
     */
    InstanceVSwitch: {
      /**
       * @description ID of the vSwitch.
       * @example vsw-uf6gwtbn6etadpvz7****
       */
      vSwitchId?: string;
      /**
       * @description ID of the zone the vSwitch is in (the SDK's example is the region ID `cn-hangzhou`).
       * @example cn-hangzhou-h
       */
      zoneId?: string;
    };
    /**
     * InstanceVpcInfo
     * @description The VPC, vSwitches and security group of the instance, fixed for its lifetime.
     */
    InstanceVpcInfo: {
      /**
       * @description ID of the VPC the instance is attached to.
       * @example vpc-uf6of9452b2pba82c****
       */
      vpcId?: string;
      /**
       * @deprecated
       * @description Deprecated: read `vSwitches`. ID of the vSwitch the instance is attached to; several IDs are joined with a vertical bar (`|`).
       * @example vsw-uf6gwtbn6etadpvz7****
       */
      vSwitchId?: string;
      /** @description The vSwitches the instance is attached to, each with its zone. */
      vSwitches?: components["schemas"]["InstanceVSwitch"][];
      /**
       * @description ID of the security group of the instance (a single string, despite the plural name).
       * @example sg-hp35r2hc3a3sv8q2sb16
       */
      securityGroupIds?: string;
    };
    /**
     * InstanceInternetInfo
     * @description Public (Internet) access of the instance, as set at creation or by a later change.
     */
    InstanceInternetInfo: {
      /**
       * @description Whether the instance can be reached from the Internet: `enable` or `disable`. The instance is always reachable inside its VPC; public access is billed for outbound traffic.
       * @example enable
       * @enum {string}
       */
      internetSpec?: "enable" | "disable";
      /**
       * @description How public traffic is billed: by fixed bandwidth (`payByBandwidth`) or by data transferred (`payByTraffic`) when public access is enabled, `uninvolved` when it is disabled. The pages spell the values inconsistently (`PayByBandwidth`, `payByBandwidth`), so no list is enforced here.
       * @example payByBandwidth
       */
      flowOutType?: string;
      /**
       * @description Public bandwidth, in Mbit/s (the pages write "MB/s"), for `payByBandwidth`.
       * @example 20
       */
      flowOutBandwidth?: number;
      /** @description IP addresses or CIDR ranges allowed to reach the broker over the Internet. Without a list, every address may connect; with one, only the listed addresses. */
      ipWhitelist?: string[];
    };
    /**
     * InstanceEndpoint
     * @description One endpoint clients connect to in order to send and receive messages.
     */
    InstanceEndpoint: {
      /**
       * @description ID of the endpoint. The pages do not describe it; the SDK's example is `ep-bpxxx`.
       * @example ep-bpxxx
       */
      endpointId?: string;
      /**
       * @description Kind of endpoint: `TCP_VPC` (reachable inside the VPC) or `TCP_INTERNET` (public).
       * @example TCP_INTERNET
       * @enum {string}
       */
      endpointType?: "TCP_VPC" | "TCP_INTERNET";
      /**
       * @description Address of the endpoint, as `host:port`, to configure in the client SDK.
       * @example rmq-cn-c4d2tbk****-vpc.cn-hangzhou.rmq.aliyuncs.com:8080
       */
      endpointUrl?: string;
      /**
       * @deprecated
       * @description Deprecated: read `networkInfo.internetInfo.ipWhitelist`. IP addresses or CIDR ranges allowed to reach the broker over the Internet; only for a public endpoint. Without a list, every address may connect.
       */
      ipWhitelist?: string[];
    };
    /**
     * InstanceNetworkInfo
     * @description Where the instance lives (its VPC), whether it is public, and the endpoints clients use.
     */
    InstanceNetworkInfo: {
      /** @description The VPC, vSwitches and security group of the instance. */
      vpcInfo?: components["schemas"]["InstanceVpcInfo"];
      /** @description Public (Internet) access settings. */
      internetInfo?: components["schemas"]["InstanceInternetInfo"];
      /** @description The endpoints of the instance: its VPC endpoint (`TCP_VPC`) and, when public access is enabled, its public endpoint (`TCP_INTERNET`). */
      endpoints?: components["schemas"]["InstanceEndpoint"][];
    };
    /**
     * InstanceProductInfo
     * @description Specification of the instance (computing specification, storage, capacity, tracing). The encryption key (`storageSecretKey`), which the SDK model also declares, is a secret and is left out of this answer schema.
     */
    InstanceProductInfo: {
      /**
       * @description Computing specification for sending and receiving messages, which sets the instance's TPS limit; the specifications are listed on the vendor's "Instance types" page.
       * @example rmq.s2.2xlarge
       */
      msgProcessSpec?: string;
      /**
       * @description Share of the instance's total TPS given to sending (0.05 to 0.95 at creation); the rest goes to receiving.
       * @example 0.5
       */
      sendReceiveRatio?: number;
      /**
       * @description Whether the instance's edition and specification support elastic TPS, that is bursts above the specification's TPS, billed for the extra TPS. Only some specifications do.
       * @example true
       */
      supportAutoScaling?: boolean;
      /**
       * @description Whether elastic TPS is enabled (`true`); only possible when `supportAutoScaling` is `true`.
       * @example true
       */
      autoScaling?: boolean;
      /**
       * @description How long messages are kept, in hours. The allowed values are on the vendor's "Limits" page; storage is billed by use.
       * @example 72
       */
      messageRetentionTime?: number;
      /**
       * @description Whether the stored messages are encrypted.
       * @example false
       */
      storageEncryption?: boolean;
      /**
       * @description Capacity mode, as chosen at creation: `provisioned` (a reserved capacity, see `provisionedCapacity`) or `onDemand`. The GetInstance page does not describe it.
       * @example provisioned
       */
      capacityType?: string;
      /**
       * @description Reserved capacity, for `capacityType: provisioned`. The pages give neither unit nor range.
       * @example 5000
       */
      provisionedCapacity?: number;
      /**
       * @description Replication mode of the instance's disaster recovery. The pages do not describe it or list its values; the SDK's example is `async_cross_az`.
       * @example async_cross_az
       */
      drReplicationMode?: string;
      /**
       * @description Whether message tracing is on. The GetInstance page calls the field "not in use": tracing is on whatever it says, except for serverless instances, which choose it at creation (`productInfo.traceOn` of CreateInstance).
       * @example true
       */
      traceOn?: boolean;
    };
    /**
     * InstanceExtConfig
     * @description Deprecated extended configuration of the instance, repeating settings that `productInfo`, `networkInfo.internetInfo` and `aclInfo` now carry; read those instead.
     */
    InstanceExtConfig: {
      /**
       * @description Authentication type of the instance; the one value the pages list is `default` (intelligent authentication).
       * @example default
       */
      aclType?: string;
      /**
       * @description Whether elastic TPS is enabled; only possible when `supportAutoScaling` is `true`. Same as `productInfo.autoScaling`.
       * @example true
       */
      autoScaling?: boolean;
      /**
       * @description Whether the instance supports elastic TPS. Same as `productInfo.supportAutoScaling`.
       * @example true
       */
      supportAutoScaling?: boolean;
      /**
       * @description Public bandwidth, in Mbit/s (the pages write "MB/s"). Same as `networkInfo.internetInfo.flowOutBandwidth`.
       * @example 10
       */
      flowOutBandwidth?: number;
      /**
       * @description How public traffic is billed: by traffic, by bandwidth, or `uninvolved` without public access. The pages spell the values inconsistently (`PayByTraffic`, `paybybandwidth`, `payByBandwidth`), so no list is enforced here. Same as `networkInfo.internetInfo.flowOutType`.
       * @example payByBandwidth
       */
      flowOutType?: string;
      /**
       * @description Whether public access is enabled (`enable`) or not (`disable`). Same as `networkInfo.internetInfo.internetSpec`.
       * @example enable
       * @enum {string}
       */
      internetSpec?: "enable" | "disable";
      /**
       * @description How long messages are kept, in hours. Same as `productInfo.messageRetentionTime`.
       * @example 72
       */
      messageRetentionTime?: number;
      /**
       * @description Computing specification for sending and receiving messages. Same as `productInfo.msgProcessSpec`.
       * @example rmq.s2.2xlarge
       */
      msgProcessSpec?: string;
      /**
       * @description Share of the total TPS given to sending. Same as `productInfo.sendReceiveRatio`.
       * @example 0.5
       */
      sendReceiveRatio?: number;
    };
    /**
     * InstanceAclInfo
     * @description Access control (authentication) settings of the instance.
     */
    InstanceAclInfo: {
      /**
       * @deprecated
       * @description Deprecated, no longer in use: read `aclTypes`. Authentication type of the instance: `default` (intelligent identity authentication) or `apache_acl` (access control list identity authentication).
       * @example default
       * @enum {string}
       */
      aclType?: "default" | "apache_acl";
      /**
       * @description Authentication types enabled on the instance: `default` (intelligent identity authentication) and/or `apache_acl` (access control list identity authentication).
       * @example [
       *       "default"
       *     ]
       */
      aclTypes?: ("default" | "apache_acl")[];
      /**
       * @description Whether clients inside the VPC may connect without credentials (`true`) or not (`false`), as set by `aclInfo.defaultVpcAuthFree` at creation.
       * @example true
       */
      defaultVpcAuthFree?: boolean;
    };
    /**
     * InstanceSoftware
     * @description Software of the instance and how it is upgraded.
     */
    InstanceSoftware: {
      /**
       * @description Version of the instance's software.
       * @example 5.0-rmq-20230619-1
       */
      softwareVersion?: string;
      /**
       * @description Daily time window for upgrades, as `HH:mm-HH:mm`.
       * @example 02:00-06:00
       */
      maintainTime?: string;
      /**
       * @description How the software is upgraded: automatically or manually. The pages list `Auto` and `Manual` but show `auto` as the example, so no list is enforced here.
       * @example auto
       */
      upgradeMethod?: string;
    };
    /**
     * InstanceAccountInfo
     * @description The instance's default account. Only the username is answered; the password is not part of GetInstance.
     */
    InstanceAccountInfo: {
      /**
       * @description Username of the instance. Clients that connect over the Internet configure it, with the instance's password, in the SDK code to authenticate.
       * @example 6W0xz2uPfiwp****
       */
      username?: string;
    };
    /**
     * InstanceQuota
     * @description One quota of the instance, with how much of it is used.
     */
    InstanceQuota: {
      /**
       * @description Name of the quota. The one value the pages list is `TOPIC_COUNT`, the number of topics that can be created on the instance.
       * @example TOPIC_COUNT
       */
      quotaName?: string;
      /**
       * @description Total amount of the quota (for `TOPIC_COUNT`, how many topics the instance may have).
       * @example 100
       */
      totalCount?: number;
      /**
       * @description Amount of the quota in use (for `TOPIC_COUNT`, how many topics exist).
       * @example 10
       */
      usedCount?: number;
      /**
       * @description Part of the quota that is free of charge (for `TOPIC_COUNT`, how many topics are not billed).
       * @example 20
       */
      freeCount?: number;
    };
    /**
     * Instance
     * @description Details of one ApsaraMQ for RocketMQ 5.x instance. Times are strings `yyyy-MM-dd HH:mm:ss` (not RFC 3339); the pages do not state their time zone.
     */
    Instance: {
      /**
       * @description ID of the region the instance is in.
       * @example cn-hangzhou
       */
      regionId?: string;
      /**
       * @description ID of the instance.
       * @example rmq-cn-7e22ody****
       */
      instanceId: string;
      /**
       * @description Name of the instance (its ID when none was given at creation).
       * @example test instance
       */
      instanceName?: string;
      /** @description Status of the instance; poll until `RUNNING` after CreateInstance. */
      status: components["schemas"]["InstanceStatus"];
      /**
       * @description When the instance was created, `yyyy-MM-dd HH:mm:ss`.
       * @example 2022-08-01 00:00:00
       */
      createTime?: string;
      /**
       * @description When the instance was started, `yyyy-MM-dd HH:mm:ss`.
       * @example 2022-08-01 00:00:00
       */
      startTime?: string;
      /**
       * @description When the instance was last modified, `yyyy-MM-dd HH:mm:ss`.
       * @example 2022-08-02 00:00:00
       */
      updateTime?: string;
      /**
       * @description When the instance expires (the end of a subscription term), `yyyy-MM-dd HH:mm:ss`.
       * @example 2022-09-01 00:00:00
       */
      expireTime?: string;
      /**
       * @description When the instance is or was released, `yyyy-MM-dd HH:mm:ss`. In the pages' example it is seven days after `expireTime`.
       * @example 2022-09-07 00:00:00
       */
      releaseTime?: string;
      /**
       * @description ID of the Alibaba Cloud account that owns the instance.
       * @example 111111111111111
       */
      userId?: string;
      /**
       * @description Business ID (BID) of the sales channel of the commodity.
       * @example 26842
       */
      bid?: string;
      /**
       * @description Billing commodity of the instance, such as `ons_rmqsub_public_cn` (see `commodityCode` of CreateInstance for the codes and what they mean).
       * @example ons_rmqsub_public_cn
       */
      commodityCode?: string;
      /**
       * @description Code of the service; always `rmq` for ApsaraMQ for RocketMQ.
       * @example rmq
       * @enum {string}
       */
      serviceCode?: "rmq";
      /**
       * @description Primary series (edition): `standard` (Standard Edition), `professional` (Professional Edition), `ultimate` (Platinum Edition), `dedicated` (Exclusive Edition) or `shared` (Shared Edition). The GetInstance page lists the first three, the ListInstances page all five.
       * @example standard
       * @enum {string}
       */
      seriesCode?: "standard" | "professional" | "ultimate" | "dedicated" | "shared";
      /**
       * @description Sub-series: `cluster_ha` (high-availability cluster), `single_node` (single node) or `serverless` (the GetInstance page lists the first two; CreateInstance also creates `serverless` instances).
       * @example cluster_ha
       * @enum {string}
       */
      subSeriesCode?: "cluster_ha" | "single_node" | "serverless";
      /**
       * @description Billing method: `PayAsYouGo` (postpaid) or `Subscription` (prepaid).
       * @example Subscription
       * @enum {string}
       */
      paymentType?: "PayAsYouGo" | "Subscription";
      /** @description Whether a subscription renews itself when its term ends. Not on the GetInstance page; the vendor's API metadata answers it (2026-05), as CreateInstance sets it. */
      autoRenew?: boolean;
      /**
       * @description Months of each automatic renewal, when `autoRenew` is true (CreateInstance takes 1, 2, 3, 6 or 12). Not on the GetInstance page; the vendor's API metadata answers it (2026-05).
       * @example 3
       */
      autoRenewPeriod?: number;
      /** @description VPC, public access and endpoints of the instance. */
      networkInfo?: components["schemas"]["InstanceNetworkInfo"];
      /** @description Specification of the instance. */
      productInfo?: components["schemas"]["InstanceProductInfo"];
      /**
       * @deprecated
       * @description Deprecated extended configuration; read `productInfo`, `networkInfo.internetInfo` and `aclInfo` instead.
       */
      extConfig?: components["schemas"]["InstanceExtConfig"];
      /** @description Access control settings. */
      aclInfo?: components["schemas"]["InstanceAclInfo"];
      /** @description Software version and upgrade settings. */
      software?: components["schemas"]["InstanceSoftware"];
      /** @description The instance's default account (username only). */
      accountInfo?: components["schemas"]["InstanceAccountInfo"];
      /** @description Quotas of the instance and their use (such as the number of topics). */
      instanceQuotas?: components["schemas"]["InstanceQuota"][];
      /**
       * @description Number of topics on the instance.
       * @example 10
       */
      topicCount?: number;
      /**
       * @description Number of consumer groups on the instance.
       * @example 10
       */
      groupCount?: number;
      /**
       * @description Description of the instance.
       * @example This is remark for instance.
       */
      remark?: string;
      /**
       * @description ID of the resource group the instance belongs to.
       * @example rg-acfm3tmjruyribi
       */
      resourceGroupId?: string;
      /** @description Resource tags attached to the instance. */
      tags?: components["schemas"]["InstanceTag"][];
    };
    /**
     * GetInstanceResponse
     * @description Answer envelope of GetInstance. When `success` is `true`, `data` holds the instance. An instance that does not exist (or no longer does) is answered with HTTP 404 and code `Instance.NotFound`, not with a 200.
     */
    GetInstanceResponse: {
      /** @description The instance (absent or null when `success` is false). */
      data?: components["schemas"]["Instance"] | null;
    } & components["schemas"]["ResultEnvelope"];
    /**
     * DeleteInstanceResponse
     * @description Answer envelope of DeleteInstance. `success: true` with `data: true` means the release was accepted; the instance then goes to status `RELEASED` and finally disappears (HTTP 404 `Instance.NotFound` from GetInstance).
     */
    DeleteInstanceResponse: {
      /**
       * @description `true` when the instance is being released (absent or null when `success` is false).
       * @example true
       */
      data?: boolean | null;
    } & components["schemas"]["ResultEnvelope"];
    /**
     * IpWhitelistEntry
     * @description One IPv4 or IPv6 address or CIDR block, such as `203.0.113.7`, `10.0.0.0/24`, `0.0.0.0/0` (every address) or `2001:db8::/32`. Host names and masked values such as `192.168.x.x/24` are refused.
     * @example 10.0.0.0/24
     */
    IpWhitelistEntry: string | unknown | unknown;
    /**
     * UpdateInstanceInternetInfo
     * @description Changes to public access. The page calls it effective only when public access is enabled for the instance; whether it is cannot be told from this body, so the service judges.
     */
    UpdateInstanceInternetInfo: {
      /**
       * @description IP addresses or CIDR blocks allowed to reach the instance over the Internet. Without a whitelist every address may connect; with one, only the addresses in it. The page does not say whether the list replaces the current one; Alibaba Cloud's Terraform provider sends the whole list it wants. CreateInstanceIpWhitelist and DeleteInstanceIpWhitelist add and remove single entries of the instance's IP whitelist instead.
       * @example [
       *       "192.168.0.0/24"
       *     ]
       */
      ipWhitelist?: components["schemas"]["IpWhitelistEntry"][];
    };
    /**
     * UpdateInstanceNetworkInfo
     * @description Changes to the network settings. Only the public (Internet) access whitelist can be changed; the VPC, vSwitches and security group of an instance are fixed.
     */
    UpdateInstanceNetworkInfo: {
      /** @description Changes to public access. Effective only when public access is enabled for the instance. */
      internetInfo?: components["schemas"]["UpdateInstanceInternetInfo"];
    };
    /**
     * UpdateInstanceProductInfo
     * @description Changes to the specification of the instance. Every member is optional. The computing specification (`msgProcessSpec`) and the storage settings cannot be changed here.
     */
    UpdateInstanceProductInfo: {
      /**
       * @description Ratio of the messages the instance can send to those it can receive, from 0.25 to 1, as the UpdateInstance page and the vendor's API metadata state it. (CreateInstance's page describes the same setting as the sending share of the instance's total TPS, from 0.05 to 0.95.)
       * @example 0.5
       */
      sendReceiveRatio?: number;
      /**
       * @description Allow bursts above the specification's TPS limit, billed for the extra TPS (`true`), or not (`false`). Only some specifications support it; the vendor's "Instance types" page lists them.
       * @example true
       */
      autoScaling?: boolean;
      /**
       * @description How long messages are kept, in hours. Storage is billed by use, so a shorter retention means less storage. The allowed values are on the vendor's "Limits" page ("Limits on resource quotas"), not on this one; the service checks them.
       * @example 72
       */
      messageRetentionTime?: number;
      /**
       * @description Turn message tracing on (`true`, traces are billed) or off (`false`). Effective only for serverless instances: the others always trace, whatever is sent (the vendor's API metadata calls the field "not in use").
       * @example true
       */
      traceOn?: boolean;
    };
    /**
     * UpdateInstanceAclInfo
     * @description Changes to the access control (authentication) settings of the instance.
     */
    UpdateInstanceAclInfo: {
      /**
       * @description Authentication types to enable on the instance: `default` (intelligent identity authentication, with the instance's user name and password) and/or `apache_acl` (access control list identity authentication, with ACL users; the vendor enables it for an instance on request).
       * @example [
       *       "default",
       *       "apache_acl"
       *     ]
       */
      aclTypes?: ("default" | "apache_acl")[];
      /**
       * @description Let clients inside the VPC connect without credentials (`true`) or not (`false`).
       * @example false
       */
      defaultVpcAuthFree?: boolean;
    };
    /**
     * UpdateInstanceRequest
     * @description The changes to make. Every member is optional; send only what changes. The page marks the body
     *     itself optional; a body without members changes nothing.
     *
     *     None of the page's rules ties one field to another, so no combination is refused here. What
     *     depends on the instance is left to the service: burst scaling (`productInfo.autoScaling`) exists
     *     only for some specifications, the public whitelist (`networkInfo.internetInfo`) takes effect
     *     only when public access is enabled, and `productInfo.traceOn` only for serverless instances.
     */
    UpdateInstanceRequest: {
      /**
       * @description New display name of the instance. The pages state no length or character limits.
       * @example test_instance
       */
      instanceName?: string;
      /**
       * @description New free-text note of the instance. The pages state no length limit.
       * @example This is the remark for test.
       */
      remark?: string;
      /** @description Changes to the network settings of the instance (only its public whitelist can change). */
      networkInfo?: components["schemas"]["UpdateInstanceNetworkInfo"];
      /** @description Changes to the specification of the instance (send/receive ratio, burst scaling, retention, tracing). */
      productInfo?: components["schemas"]["UpdateInstanceProductInfo"];
      /** @description Changes to the access control (authentication) settings of the instance. */
      aclInfo?: components["schemas"]["UpdateInstanceAclInfo"];
    };
    /**
     * UpdateInstanceResponse
     * @description Answer envelope of UpdateInstance. `success: true` with `data: true` means the changes were accepted; specification changes then take effect asynchronously (see the operation).
     */
    UpdateInstanceResponse: {
      /**
       * @description `true` when the changes were accepted (absent or null when `success` is false).
       * @example true
       */
      data?: boolean | null;
    } & components["schemas"]["ResultEnvelope"];
    /**
     * ListInstanceIpWhitelistData
     * @description One page of the instance's IP whitelist. Pages are numbered from 1; read the next page while `pageNumber * pageSize < totalCount` (or until a page comes back empty).
     */
    ListInstanceIpWhitelistData: {
      /**
       * @description Number of this page, starting at 1.
       * @example 1
       */
      pageNumber?: number;
      /**
       * @description Largest number of entries on a page.
       * @example 10
       */
      pageSize?: number;
      /**
       * @description Number of whitelist entries that match the filter, over all pages.
       * @example 5
       */
      totalCount: number;
      /** @description The whitelist entries of this page, at most `pageSize`; empty past the last page. */
      list: string[];
    };
    /**
     * ListInstanceIpWhitelistResponse
     * @description Answer envelope of ListInstanceIpWhitelist. When `success` is `true`, `data` holds one page of the instance's IP whitelist.
     */
    ListInstanceIpWhitelistResponse: {
      /** @description One page of whitelist entries (absent or null when `success` is false). */
      data?: components["schemas"]["ListInstanceIpWhitelistData"] | null;
      /**
       * @description Details of an access denial, present only when the call was refused because the RAM user or role lacks a permission it needs.
       * @example xxx
       */
      accessDeniedDetail?: string;
    } & components["schemas"]["ResultEnvelope"];
    /**
     * CreateInstanceIpWhitelistRequest
     * @description The entries to add to the instance's IP whitelist.
     */
    CreateInstanceIpWhitelistRequest: {
      /**
       * @description The IP addresses or CIDR blocks to add, such as `203.0.113.7` or `10.0.0.0/24`. Required. The pages state no limit on the number of entries.
       * @example [
       *       "0.0.0.0/0"
       *     ]
       */
      ipWhitelists: components["schemas"]["IpWhitelistEntry"][];
    };
    /**
     * CreateInstanceIpWhitelistResponse
     * @description Answer envelope of CreateInstanceIpWhitelist. `success: true` with `data: true` means the entries were added to the instance's IP whitelist.
     */
    CreateInstanceIpWhitelistResponse: {
      /**
       * @description `true` when the entries were added (absent or null when `success` is false).
       * @example true
       */
      data?: boolean | null;
      /**
       * @description Details of an access denial, present only when the call was refused because the RAM user or role lacks a permission it needs.
       * @example xxx
       */
      accessDeniedDetail?: string;
    } & components["schemas"]["ResultEnvelope"];
    /**
     * DeleteInstanceIpWhitelistResponse
     * @description Answer envelope of DeleteInstanceIpWhitelist. `success: true` with `data: true` means the entries were removed from the instance's IP whitelist.
     */
    DeleteInstanceIpWhitelistResponse: {
      /**
       * @description `true` when the entries were removed (absent or null when `success` is false).
       * @example true
       */
      data?: boolean | null;
      /**
       * @description Details of an access denial, present only when the call was refused because the RAM user or role lacks a permission it needs.
       * @example xxx
       */
      accessDeniedDetail?: string;
    } & components["schemas"]["ResultEnvelope"];
    /**
     * InstanceIpWhitelist
     * @description The IP whitelist of one instance, or the entries of it that match the filter asked for.
     */
    InstanceIpWhitelist: {
      /**
       * @description ID of the region the instance is in.
       * @example cn-hangzhou
       */
      regionId?: string;
      /**
       * @description ID of the instance.
       * @example rmq-cn-7e22ody****
       */
      instanceId?: string;
      /** @description The whitelist entries. A new instance's whitelist holds `0.0.0.0/0`, which lets every address connect (the vendor's guide "Configure IP address whitelists"). */
      ipWhitelists?: string[];
    };
    /**
     * GetInstanceIpWhitelistResponse
     * @description Answer envelope of GetInstanceIpWhitelist. When `success` is `true`, `data` holds the instance's IP whitelist.
     */
    GetInstanceIpWhitelistResponse: {
      /** @description The instance's IP whitelist (absent or null when `success` is false). */
      data?: components["schemas"]["InstanceIpWhitelist"] | null;
    } & components["schemas"]["ResultEnvelope"];
    /**
     * RegionTag
     * @description A label the service attaches to a region, as a code and a value. The tag codes and their values are not documented; treat them as informative only.
     */
    RegionTag: {
      /**
       * @description Code of the tag.
       * @example xx
       */
      tagCode?: string;
      /**
       * @description Value of the tag, of any JSON type.
       * @example xx
       */
      tagValue?: unknown;
    };
    /**
     * RegionInfo
     * @description One region as ListRegions answers it. Only a region with `supportRocketmqV5: true` offers ApsaraMQ for RocketMQ 5.x, the instances this API manages. Times are strings `yyyy-MM-dd HH:mm:ss` (not RFC 3339) with no stated time zone.
     */
    RegionInfo: {
      /**
       * @description ID of the region, such as `cn-hangzhou`. It names the region's endpoint, `https://rocketmq.{regionId}.aliyuncs.com`, where the instances of that region are created and managed.
       * @example cn-hangzhou
       */
      regionId: string;
      /**
       * @description Name of the region for display, which may be in Chinese (such as `杭州` for Hangzhou). Use `regionId`, never this name, in calls.
       * @example 杭州
       */
      regionName?: string;
      /**
       * @description Whether ApsaraMQ for RocketMQ 5.x (the series this API manages) is available in the region. Create 5.x instances only in regions where this is `true`.
       * @example true
       */
      supportRocketmqV5?: boolean;
      /**
       * @description Whether the older ApsaraMQ for RocketMQ 4.x series is available in the region. It does not matter to this API, which manages 5.x instances only.
       * @example true
       */
      supportRocketmqV4?: boolean;
      /**
       * @description When the region's entry was created, `yyyy-MM-dd HH:mm:ss`.
       * @example 2022-08-01 20:05:50
       */
      createTime?: string;
      /**
       * @description When the region's entry was last modified, `yyyy-MM-dd HH:mm:ss`.
       * @example 2022-08-01 20:05:50
       */
      updateTime?: string;
      /** @description Labels the service attaches to the region (informative; their codes are not documented). */
      tags?: components["schemas"]["RegionTag"][];
    };
    /**
     * ListRegionsResponse
     * @description Answer envelope of ListRegions. When `success` is `true`, `data` lists the regions of ApsaraMQ for RocketMQ, all of them in one answer (there is no paging).
     */
    ListRegionsResponse: {
      /** @description The regions (absent or null when `success` is false). */
      data?: components["schemas"]["RegionInfo"][] | null;
    } & components["schemas"]["ResultEnvelope"];
    /**
     * ZoneInfo
     * @description One zone in which ApsaraMQ for RocketMQ 5.x instances can be placed. Times are strings `yyyy-MM-dd HH:mm:ss` (not RFC 3339) with no stated time zone.
     */
    ZoneInfo: {
      /**
       * @description ID of the zone, such as `cn-hangzhou-h`: the zone ID that Alibaba Cloud VPC reports for a vSwitch, and that GetInstance reports as `networkInfo.vpcInfo.vSwitches[].zoneId`.
       * @example cn-qingdao-b
       */
      zoneId: string;
      /**
       * @description Name the service gives the zone. It can be an internal name rather than a display name (such as `ha-cn-t9b30w902vm_qrs`): rely on `zoneId`.
       * @example ha-cn-t9b30w902vm_qrs
       */
      zoneName?: string;
      /**
       * @description When the zone's entry was created, `yyyy-MM-dd HH:mm:ss`.
       * @example 2022-08-01 20:05:50
       */
      createTime?: string;
      /**
       * @description When the zone's entry was last modified, `yyyy-MM-dd HH:mm:ss`.
       * @example 2022-08-01 20:05:50
       */
      updateTime?: string;
    };
    /**
     * ListAvailableZonesResponse
     * @description Answer envelope of ListAvailableZones. When `success` is `true`, `data` lists the zones of the region called, all of them in one answer (there is no paging).
     */
    ListAvailableZonesResponse: {
      /** @description The zones (absent or null when `success` is false). */
      data?: components["schemas"]["ZoneInfo"][] | null;
    } & components["schemas"]["ResultEnvelope"];
    /**
     * ChangeResourceGroupResponse
     * @description Answer envelope of ChangeResourceGroup. `success: true` with `data: true` means the instance now belongs to the resource group asked for.
     */
    ChangeResourceGroupResponse: {
      /**
       * @description `true` when the instance was moved (absent or null when `success` is false).
       * @example true
       */
      data?: boolean | null;
    } & components["schemas"]["ResultEnvelope"];
    /**
     * TagResourcesResponse
     * @description Answer envelope of TagResources. `success: true` with `data: true` means the tags are attached to every resource named.
     */
    TagResourcesResponse: {
      /**
       * @description `true` when the tags were attached (absent or null when `success` is false).
       * @example true
       */
      data?: boolean | null;
    } & components["schemas"]["ResultEnvelope"];
    /**
     * UntagResourcesResponse
     * @description Answer envelope of UntagResources. `success: true` with `data: true` means the tags asked for are detached from every resource named.
     */
    UntagResourcesResponse: {
      /**
       * @description `true` when the tags were detached (absent or null when `success` is false).
       * @example true
       */
      data?: boolean | null;
    } & components["schemas"]["ResultEnvelope"];
    /**
     * TagResource
     * @description One tag attached to one resource.
     */
    TagResource: {
      /**
       * @description Type of the resource; `instance` for ApsaraMQ for RocketMQ 5.x instances.
       * @example instance
       */
      resourceType?: string;
      /**
       * @description ID of the resource, an instance ID.
       * @example rmq-cn-pe334n08h08
       */
      resourceId?: string;
      /**
       * @description Key of the tag.
       * @example key
       */
      tagKey?: string;
      /**
       * @description Value of the tag.
       * @example value
       */
      tagValue?: string;
      /**
       * @description Category of the tag, such as `custom` (a tag a user attached).
       * @example custom
       */
      category?: string;
      /**
       * @description Visibility scope of the tag, such as `public`.
       * @example public
       */
      scope?: string;
      /**
       * @description ID of the Alibaba Cloud account that owns the resource.
       * @example 1876441048322426
       */
      aliUid?: number;
    };
    /**
     * ListTagResourcesData
     * @description One page of resource-tag pairs: one item per tag per resource.
     *
     *     Paging: while `nextToken` is present and not empty, call ListTagResources again with the same
     *     filters and `nextToken` set to it to read the next page; an answer without it (or with it
     *     empty) is the last page. The pages give no page size and no parameter to set one.
     */
    ListTagResourcesData: {
      /**
       * @description ID of the request (the envelope's `requestId` repeated).
       * @example F00C6A70-C782-5DD6-9D11-0CFC710100C7
       */
      requestId?: string;
      /** @description The resource-tag pairs of this page; empty when nothing matches. */
      tagResources?: components["schemas"]["TagResource"][];
      /**
       * @description Where the next page starts: send it as the `nextToken` of the next call. Absent or empty on the last page. A paging position, not a credential.
       * @example d09e2b63e1b12d905b7080ff70
       */
      nextToken?: string;
    };
    /**
     * ListTagResourcesResponse
     * @description Answer envelope of ListTagResources. When `success` is `true`, `data` holds one page of resource-tag pairs.
     */
    ListTagResourcesResponse: {
      /** @description One page of resource-tag pairs (absent or null when `success` is false). */
      data?: components["schemas"]["ListTagResourcesData"] | null;
    } & components["schemas"]["ResultEnvelope"];
  };
  responses: {
    /** @description The request breaks a rule: a parameter is missing or invalid (service envelope), or the gateway refused the signature (`SignatureDoesNotMatch`), the date (`InvalidTimeStamp.Expired`, more than 15 minutes off) or the nonce (`SignatureNonceUsed`). Recognise throttling by a code containing `Throttling`, or by an `x-acs-retry-after` header, whatever the status. */
    bad_request: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AlibabaCloudError"];
      };
    };
    /** @description The credentials are valid but the RAM user or role lacks the operation's RAM action, such as `rocketmq:CreateInstance` or `rocketmq:GetInstance`. */
    forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AlibabaCloudError"];
      };
    };
    /** @description Something the request names does not exist: the instance (`Instance.NotFound`, also the answer for an instance released some time ago) or the AccessKey ID (`InvalidAccessKeyId.NotFound`). */
    not_found: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AlibabaCloudError"];
      };
    };
    /** @description The caller is throttled (a code containing `Throttling`, such as `Throttling.User`). Retry later with backoff, after the wait given in `x-acs-retry-after` when present. */
    too_many_requests: {
      headers: {
        "x-acs-retry-after": components["headers"]["x_acs_retry_after"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AlibabaCloudError"];
      };
    };
    /** @description The service or the gateway failed. Retry later; a proxy in between may answer with a body that is not JSON. */
    server_error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["AlibabaCloudError"];
      };
    };
  };
  parameters: {
    /** @description Idempotency token chosen by the caller: repeating a request with the same token does not create a second instance, so use a new token for every distinct request. 1 to 64 characters, all ASCII. Leave it out rather than sending it empty: an empty token makes no request idempotent, so the clients refuse it and make one of their own when there is none. */
    client_token: string;
    /** @description ID of the ApsaraMQ for RocketMQ 5.x instance, as CreateInstance answers it (`data`) and ListInstances lists it (`instanceId`). The vendor's pages state no length or character rules; every ID they show has the form `rmq-cn-` followed by letters and digits (such as `rmq-cn-7e22ody****`, masked). The schema accepts `rmq-` followed by letters, digits and hyphens, so that no other text reaches the path. */
    instance_id: string;
    /**
     * @description ID of the region of the resources, such as `cn-hangzhou`: the region whose endpoint is called (`https://rocketmq.{regionId}.aliyuncs.com`), where the instances are. The pages state no format.
     * @example cn-hangzhou
     */
    region_id: string;
    /**
     * @description Type of the resources. Always `instance`: ApsaraMQ for RocketMQ 5.x instances are the only resources these operations handle.
     * @example instance
     */
    resource_type: "instance";
  };
  requestBodies: never;
  headers: {
    /** @description How long the gateway asks the caller to wait before retrying a throttled request, in milliseconds (the unit the vendor's own SDK runtime reads it in). */
    x_acs_retry_after: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listInstances: {
    parameters: {
      query?: {
        /**
         * @description Filter text; without it every instance is listed. The page does not say which fields it is matched against; its example is an instance ID.
         * @example rmq-cn-7e22ody****
         */
        filter?: string;
        /**
         * @description Number of the page to answer, from 1 to 100000000. The service does not refuse other values: it answers page 1 for a smaller number and page 100000000 for a larger one; this schema keeps to the range. The SDK and the page mark it optional and give no default.
         * @example 1
         */
        pageNumber?: number;
        /**
         * @description Largest number of instances on a page, from 10 to 200. The service does not refuse other values: it uses 10 for a smaller size and 200 for a larger one; this schema keeps to the range. The SDK and the page mark it optional and give no default.
         * @example 10
         */
        pageSize?: number;
        /**
         * @description Lists only the instances of this resource group.
         * @example rg-acfmx7caj******
         */
        resourceGroupId?: string;
        /**
         * @description Lists only the instances of these primary series (editions): `standard` (Standard Edition), `professional` (Professional Edition), `ultimate` (Platinum Edition), `dedicated` (Exclusive Edition), `shared` (Shared Edition). Sent as one parameter whose value joins the codes with commas, `seriesCodes=standard,ultimate` (the SDK's "simple" array style), not as repeated parameters.
         * @example [
         *       "standard",
         *       "ultimate"
         *     ]
         */
        seriesCodes?: ("standard" | "professional" | "ultimate" | "dedicated" | "shared")[];
        /**
         * @description Lists only the instances that carry these resource tags. The value is a JSON text, an array of `{"key": ..., "value": ...}` objects, sent as one (percent-encoded) query parameter, as the SDK sends it: `tags=[{"key": "rmq-test", "value": "test"}]`. The page does not say whether an instance must carry every tag given or any of them.
         * @example [{"key": "rmq-test", "value": "test"}]
         */
        tags?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was handled. With `success: true`, `data` is one page of instances; with `success: false`, `code` and `message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListInstancesResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  createInstance: {
    parameters: {
      query?: {
        /** @description Idempotency token chosen by the caller: repeating a request with the same token does not create a second instance, so use a new token for every distinct request. 1 to 64 characters, all ASCII. Leave it out rather than sending it empty: an empty token makes no request idempotent, so the clients refuse it and make one of their own when there is none. */
        clientToken?: components["parameters"]["client_token"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The instance to create. The page marks the body row itself as optional, but the body holds five required members, so it is required here. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateInstanceRequest"];
      };
    };
    responses: {
      /** @description The request was handled. With `success: true`, `data` is the ID of the new instance; with `success: false` the instance was not created and `code`/`message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateInstanceResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  getInstance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the ApsaraMQ for RocketMQ 5.x instance, as CreateInstance answers it (`data`) and ListInstances lists it (`instanceId`). The vendor's pages state no length or character rules; every ID they show has the form `rmq-cn-` followed by letters and digits (such as `rmq-cn-7e22ody****`, masked). The schema accepts `rmq-` followed by letters, digits and hyphens, so that no other text reaches the path. */
        instanceId: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was handled. With `success: true`, `data` is the instance; with `success: false`, `code` and `message` say why it is not there. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetInstanceResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  deleteInstance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the ApsaraMQ for RocketMQ 5.x instance, as CreateInstance answers it (`data`) and ListInstances lists it (`instanceId`). The vendor's pages state no length or character rules; every ID they show has the form `rmq-cn-` followed by letters and digits (such as `rmq-cn-7e22ody****`, masked). The schema accepts `rmq-` followed by letters, digits and hyphens, so that no other text reaches the path. */
        instanceId: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was handled. With `success: true` and `data: true` the instance is being released; with `success: false` it was not, and `code` and `message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeleteInstanceResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  updateInstance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the ApsaraMQ for RocketMQ 5.x instance, as CreateInstance answers it (`data`) and ListInstances lists it (`instanceId`). The vendor's pages state no length or character rules; every ID they show has the form `rmq-cn-` followed by letters and digits (such as `rmq-cn-7e22ody****`, masked). The schema accepts `rmq-` followed by letters, digits and hyphens, so that no other text reaches the path. */
        instanceId: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    /** @description The changes to make; the page marks the body optional and every member of it optional. */
    requestBody?: {
      content: {
        "application/json": components["schemas"]["UpdateInstanceRequest"];
      };
    };
    responses: {
      /** @description The request was handled. With `success: true` and `data: true` the changes were accepted; with `success: false` they were not, and `code` and `message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UpdateInstanceResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  listInstanceIpWhitelist: {
    parameters: {
      query?: {
        /**
         * @description Number of the page to answer, from 1 to 100000000; 1 when left out.
         * @example 1
         */
        pageNumber?: number;
        /**
         * @description Largest number of entries on a page, from 10 to 10000. The sources give no default.
         * @example 10
         */
        pageSize?: number;
        /**
         * @description Lists only the entries that match this filter, an IP address or CIDR block such as `0.0.0.0/0`. The pages do not say how it is matched.
         * @example 0.0.0.0/0
         */
        ipWhitelist?: string;
      };
      header?: never;
      path: {
        /** @description ID of the ApsaraMQ for RocketMQ 5.x instance, as CreateInstance answers it (`data`) and ListInstances lists it (`instanceId`). The vendor's pages state no length or character rules; every ID they show has the form `rmq-cn-` followed by letters and digits (such as `rmq-cn-7e22ody****`, masked). The schema accepts `rmq-` followed by letters, digits and hyphens, so that no other text reaches the path. */
        instanceId: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was handled. With `success: true`, `data` is one page of whitelist entries; with `success: false`, `code` and `message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListInstanceIpWhitelistResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  createInstanceIpWhitelist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the ApsaraMQ for RocketMQ 5.x instance, as CreateInstance answers it (`data`) and ListInstances lists it (`instanceId`). The vendor's pages state no length or character rules; every ID they show has the form `rmq-cn-` followed by letters and digits (such as `rmq-cn-7e22ody****`, masked). The schema accepts `rmq-` followed by letters, digits and hyphens, so that no other text reaches the path. */
        instanceId: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    /** @description The entries to add. The page marks the body row itself optional, but its one member is required, so the body is required here. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateInstanceIpWhitelistRequest"];
      };
    };
    responses: {
      /** @description The request was handled. With `success: true` and `data: true` the entries were added; with `success: false` they were not, and `code` and `message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateInstanceIpWhitelistResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  deleteInstanceIpWhitelist: {
    parameters: {
      query?: {
        /** @description The entries to remove. Sent as one parameter whose value joins them with commas, `ipWhitelists=10.0.0.0/24,203.0.113.7` (the SDK's "simple" array style), not as repeated parameters. */
        ipWhitelists?: components["schemas"]["IpWhitelistEntry"][];
        /**
         * @deprecated
         * @description Deprecated: use `ipWhitelists` instead. One entry to remove, such as `0.0.0.0/0`.
         */
        ipWhitelist?: components["schemas"]["IpWhitelistEntry"];
      };
      header?: never;
      path: {
        /** @description ID of the ApsaraMQ for RocketMQ 5.x instance, as CreateInstance answers it (`data`) and ListInstances lists it (`instanceId`). The vendor's pages state no length or character rules; every ID they show has the form `rmq-cn-` followed by letters and digits (such as `rmq-cn-7e22ody****`, masked). The schema accepts `rmq-` followed by letters, digits and hyphens, so that no other text reaches the path. */
        instanceId: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was handled. With `success: true` and `data: true` the entries were removed; with `success: false` they were not, and `code` and `message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeleteInstanceIpWhitelistResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  getInstanceIpWhitelist: {
    parameters: {
      query?: {
        /**
         * @description Answers only these entries (the pages call it a filter list and do not say how it is matched). Sent as one parameter whose value joins them with commas, `ipWhitelists=0.0.0.0/0,10.0.0.0/24` (the SDK's "simple" array style), not as repeated parameters.
         * @example [
         *       "0.0.0.0/0"
         *     ]
         */
        ipWhitelists?: string[];
      };
      header?: never;
      path: {
        /** @description ID of the ApsaraMQ for RocketMQ 5.x instance, as CreateInstance answers it (`data`) and ListInstances lists it (`instanceId`). The vendor's pages state no length or character rules; every ID they show has the form `rmq-cn-` followed by letters and digits (such as `rmq-cn-7e22ody****`, masked). The schema accepts `rmq-` followed by letters, digits and hyphens, so that no other text reaches the path. */
        instanceId: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was handled. With `success: true`, `data` is the whitelist; with `success: false`, `code` and `message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetInstanceIpWhitelistResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  listRegions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was handled. With `success: true`, `data` lists the regions; with `success: false`, `code` and `message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListRegionsResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  listAvailableZones: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was handled. With `success: true`, `data` lists the zones; with `success: false`, `code` and `message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListAvailableZonesResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  changeResourceGroup: {
    parameters: {
      query: {
        /** @description ID of the instance to move, as CreateInstance answers it and ListInstances lists it (such as `rmq-cn-7e22ody****`). */
        resourceId: string;
        /**
         * @description ID of the region of the resources, such as `cn-hangzhou`: the region whose endpoint is called (`https://rocketmq.{regionId}.aliyuncs.com`), where the instances are. The pages state no format.
         * @example cn-hangzhou
         */
        regionId: components["parameters"]["region_id"];
        /**
         * @description Type of the resources. Always `instance`: ApsaraMQ for RocketMQ 5.x instances are the only resources these operations handle.
         * @example instance
         */
        resourceType: components["parameters"]["resource_type"];
        /** @description ID of the resource group to move the instance into (such as `rg-9gLOoK****`), one of the groups Resource Management's ListResourceGroups lists. */
        resourceGroupId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was handled. With `success: true` and `data: true` the instance is in the new resource group; with `success: false` it was not moved, and `code` and `message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ChangeResourceGroupResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  tagResources: {
    parameters: {
      query: {
        /**
         * @description ID of the region of the resources, such as `cn-hangzhou`: the region whose endpoint is called (`https://rocketmq.{regionId}.aliyuncs.com`), where the instances are. The pages state no format.
         * @example cn-hangzhou
         */
        regionId: components["parameters"]["region_id"];
        /**
         * @description Type of the resources. Always `instance`: ApsaraMQ for RocketMQ 5.x instances are the only resources these operations handle.
         * @example instance
         */
        resourceType: components["parameters"]["resource_type"];
        /** @description The instances to tag: a JSON array of instance IDs, as one query value (`["rmq-cn-pe3355cs707"]`). Not an array parameter: it is JSON text, and anything but a JSON array (a bare ID) is refused. */
        resourceId: string;
        /** @description The tags to attach: a JSON array of `{"key": ..., "value": ...}` objects, as one query value (`[{"key": "rmq-test", "value": "test"}]`). Not an array parameter: it is JSON text, and anything but a JSON array is refused. The 5.x pages state no limits on keys or values. */
        tag: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was handled. With `success: true` and `data: true` the tags are attached; with `success: false` they were not, and `code` and `message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TagResourcesResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  untagResources: {
    parameters: {
      query: {
        /**
         * @description ID of the region of the resources, such as `cn-hangzhou`: the region whose endpoint is called (`https://rocketmq.{regionId}.aliyuncs.com`), where the instances are. The pages state no format.
         * @example cn-hangzhou
         */
        regionId: components["parameters"]["region_id"];
        /**
         * @description Type of the resources. Always `instance`: ApsaraMQ for RocketMQ 5.x instances are the only resources these operations handle.
         * @example instance
         */
        resourceType: components["parameters"]["resource_type"];
        /** @description The instances to detach tags from: a JSON array of instance IDs, as one query value (`["rmq-cn-pe3355cs707"]`). Not an array parameter: it is JSON text, and anything but a JSON array (a bare ID) is refused. */
        resourceId: string;
        /** @description Keys of the tags to detach: a JSON array of keys, as one query value (`["key1", "key2"]`). Not an array parameter: it is JSON text, and anything but a JSON array is refused. */
        tagKey?: string;
        /** @description `true` detaches every tag of the instances named; `false` (or leaving it out) detaches only the keys in `tagKey`. */
        all?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was handled. With `success: true` and `data: true` the tags are detached; with `success: false` they were not, and `code` and `message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UntagResourcesResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  listTagResources: {
    parameters: {
      query: {
        /**
         * @description ID of the region of the resources, such as `cn-hangzhou`: the region whose endpoint is called (`https://rocketmq.{regionId}.aliyuncs.com`), where the instances are. The pages state no format.
         * @example cn-hangzhou
         */
        regionId: components["parameters"]["region_id"];
        /**
         * @description Type of the resources. Always `instance`: ApsaraMQ for RocketMQ 5.x instances are the only resources these operations handle.
         * @example instance
         */
        resourceType: components["parameters"]["resource_type"];
        /**
         * @description Lists only the tags of these instances: a JSON array of instance IDs, as one query value (`["rmq-cn-pe334n08h08"]`). Not an array parameter: it is JSON text, and anything but a JSON array is refused.
         * @example ["rmq-cn-pe334n08h08"]
         */
        resourceId?: string;
        /**
         * @description Lists only the instances that carry these tags: a JSON array of `{"key": ..., "value": ...}` objects, as one query value (`[{"key": "rmq-test", "value": "test"}]`). Not an array parameter: it is JSON text, and anything but a JSON array is refused.
         * @example [{"key": "rmq-test", "value": "test"}]
         */
        tag?: string;
        /**
         * @description Lists only the instances of this resource group.
         * @example rg-acfmx7caj******
         */
        resourceGroupId?: string;
        /**
         * @description Where the page to answer starts: the `data.nextToken` of the previous answer. Leave it out for the first page.
         * @example d09e2b63e1b12d905b7080ff70
         */
        nextToken?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request was handled. With `success: true`, `data` is one page of resource-tag pairs; with `success: false`, `code` and `message` say why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListTagResourcesResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
}
