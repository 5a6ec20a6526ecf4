// Generated from specs/huaweicloud-rocketmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
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
  "/v2/{project_id}/instances": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List instances
     * @description Lists the project's RocketMQ instances, optionally filtered by name, ID, status and enterprise project. `engine=rocketmq` is required: the DMS host and this path also serve Kafka and RabbitMQ.
     *
     *     Paging: `limit` (1–50, default 10) instances per call, after skipping `offset` (default 0). `instance_num` is the number of matching instances in all pages, so request `offset` = 0, `limit`, 2 × `limit`, ... while `offset` < `instance_num`. Instances that failed to be created are included unless `include_failure=false`.
     *
     *     Each entry has the fields of `showInstance` except `subnet_name` and `auto_volume_expand_enable`; call `showInstance` for those.
     */
    get: operations["listInstances"];
    put?: never;
    /**
     * Create a pay-per-use instance
     * @description Starts building a RocketMQ instance billed per use. The call answers at once with the new instance's ID; the instance then stays `CREATING` for several minutes before it is `RUNNING`. Kafka's legacy create call uses the same method and path on the same host; the `engine` field of the body tells them apart. For yearly/monthly billing use `createInstanceByEngine`.
     */
    post: operations["createPostPaidInstance"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/instances/{instance_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show an instance
     * @description Answers everything the service reports about one RocketMQ instance: status, version and flavor, network placement, storage, and the connection addresses clients use (metadata, broker and, for 5.x, gRPC endpoints, private and public).
     *
     *     Poll this call after creating an instance: it is `CREATING` for several minutes and then `RUNNING`; `CREATEFAILED` and `ERROR` are failures it does not leave by itself. After a delete the instance is `DELETING` for a while and then this call answers 404 with `DMS.00404022`. Read the connection addresses once the instance is `RUNNING`.
     *
     *     An IAM user needs the `dms:instance:getDetail` permission (alias `dms:instance:get`).
     */
    get: operations["showInstance"];
    /**
     * Modify a RocketMQ instance
     * @description Changes an instance's name, description, security group, ACL setting, public access or
     *     enterprise project. Send only the fields to change; the others keep their values. Turning
     *     public access on binds the elastic IPs given in `publicip_id`, which is then required.
     *
     *     The service answers `204` without a body; the show operation then reports the new settings
     *     (for public access, its `enable_publicip`; for ACLs, `enable_acl`).
     *
     *     An IAM user needs the `dms:instance:modify` action, and for public access the EIP actions
     *     `eip:publicIps:get` and `eip:publicIps:update`. The same URL on the same regional DMS host
     *     also modifies Kafka and RabbitMQ instances, whose bodies differ; this description covers
     *     RocketMQ instances.
     *
     *     Source: "Modifying Instance Information", https://support.huaweicloud.com/intl/en-us/api-hrm/UpdateInstance.html
     */
    put: operations["updateInstance"];
    post?: never;
    /**
     * Delete an instance
     * @description Deletes a RocketMQ instance and releases all its resources. The call only starts the deletion: it answers 204 at once, the instance then shows `DELETING`, and when it is gone `showInstance` answers 404 with `DMS.00404022`. Poll `showInstance` until that 404 to know the deletion has finished.
     *
     *     An instance whose current status does not allow deletion is refused with 400 (`DMS.00400026`); an unknown or already deleted instance answers 404. To delete several instances, or every instance whose creation failed, use the batch action `POST /v2/{project_id}/instances/action` (`batchDeleteInstances`).
     */
    delete: operations["deleteInstance"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/instances/action": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete RocketMQ instances in a batch
     * @description Deletes several instances in one call, or every RocketMQ instance of the project whose
     *     creation failed (`all_failure: reliability`). The only action is `delete`.
     *
     *     For a list of instances the answer is `200` with one entry per instance: `success` when the
     *     deletion was accepted for it, `failed` when it was not. Each accepted instance is then deleted
     *     in the background: the show operation answers `DELETING`, then `404` (`DMS.00404022`) once it
     *     is gone; poll it to know when. The instances' messages are deleted without a backup; with
     *     `force_delete: true` the instances skip the recycle bin, with `false` they go to it when the
     *     project's recycle bin is turned on.
     *
     *     With `all_failure` the answer is `204` without a body: the failed creations are being deleted.
     *
     *     The same URL on the same regional DMS host serves Kafka and RabbitMQ instances too, and
     *     instance IDs do not say their engine: check the IDs before deleting.
     *
     *     Source: "Batch Deleting Instances", https://support.huaweicloud.com/intl/en-us/api-hrm/BatchDeleteInstances.html
     */
    post: operations["batchDeleteInstances"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{engine}/{project_id}/instances": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an instance (pay-per-use or yearly/monthly)
     * @description Starts building a RocketMQ instance, billed per use or, with `bss_param`, by the month or year. The call answers at once with the new instance's ID; the instance then stays `CREATING` for several minutes before it is `RUNNING` (a yearly/monthly order that is not paid automatically waits for payment in the console first). Compared with `createPostPaidInstance` this call also offers the general-purpose and extreme SSD disks, the CPU architecture and disk encryption.
     */
    post: operations["createInstanceByEngine"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/rocketmq/instances": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an instance on the RocketMQ path (pay-per-use or yearly/monthly)
     * @description Starts building a RocketMQ instance, billed per use or, with `bss_param`, by the month or
     *     year. It takes exactly the body of `createInstanceByEngine`
     *     (`POST /v2/{engine}/{project_id}/instances`) on a path without the `engine` segment: the body's
     *     `engine` field (`rocketmq`, or its alias `reliability`) names the engine. Compared with the
     *     pay-per-use `createPostPaidInstance` it also offers yearly/monthly billing, the general-purpose
     *     and extreme SSD disks, the CPU architecture and disk encryption.
     *
     *     The call answers at once with the new instance's ID. A pay-per-use instance then stays
     *     `CREATING` for several minutes before it is `RUNNING`: poll `showInstance`
     *     (`GET /v2/{project_id}/instances/{instance_id}`); `CREATEFAILED` or `ERROR` means it failed.
     *     A yearly/monthly order is created first: with `is_auto_pay` true it is paid from the account
     *     balance, otherwise it waits for payment in the console. Until the order is processed,
     *     `showInstance` answers 404 with error code `DMS.00404022`; its answer then carries the order
     *     in `order_id`.
     *
     *     The page read for this operation is the vendor's text as published for another site, which
     *     offers RocketMQ 5.x only, with the basic flavors (`rocketmq.b1.large.1` single node;
     *     `rocketmq.b2.large.4`, `.8` and `.12` clusters) and 100 to 30,000 GB (single node) or 200 to
     *     60,000 GB (cluster) of storage. The request follows the vendor's text for Huawei Cloud, the
     *     same as for `createInstanceByEngine`: 4.8.0 and 5.x, the flavors listed under `product_id`,
     *     and storage limits left to the service beyond at least 300 GB for 4.8.0.
     *
     *     Source: Creating an Instance,
     *     https://support.huaweicloud.com/intl/en-us/api-hrm/CreatePostPaidInstanceForRocketMq.html
     */
    post: operations["createPostPaidInstanceForRocketMq"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/available-zones": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the availability zones of the region
     * @description Lists the availability zones of the region the request is sent to, with whether each one can
     *     take new instances. Call it before creating an instance: the create request's
     *     `available_zones` takes zone IDs, the `id` of the zones answered here. Choose zones that are
     *     not `soldOut` and whose `resource_availability` is `"true"` (a string).
     *
     *     Other answers name zones by their `code` (for example `cn-north-4a`) rather than their `id`:
     *     the product specification list gives, per flavor and disk type, the codes of the zones where
     *     that combination is available. Match those codes against `code` here to get the IDs to send.
     *
     *     The request has no project ID, parameters or body. It is signed like every other request;
     *     an IAM user needs no particular permission for it. The same URL on the same regional host
     *     serves every message engine. The RocketMQ documentation also lists a zone's `mode`
     *     (`dedicated`, `shared` or `center`) and `scope` (zone group); they are not declared here, and
     *     reach the caller as extra fields when the service sends them.
     *
     *     Source: "Listing AZ Information",
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ListAvailableZones.html (also under
     *     api-rocketmq and api-rabbitmq).
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
  "/v2/{engine}/products": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List flavours
     * @description Lists the RocketMQ flavours (products) that can be bought in the region: 4.8.0 flavours (`c6.*`) and 5.x flavours (`rocketmq.b*` basic edition, `rocketmq.p*` professional edition), each with its CPU architectures, billing modes, disk types and the availability zones that have stock for them, and its limits. The call has no project in its URL.
     *
     *     Use it to fill a create body (`createInstanceByEngine`, `createPostPaidInstance`) for a flavour: `products[].product_id` is `product_id`; `products[].properties.engine_versions` is `engine_version`; one `products[].ios[].io_spec` is `storage_spec_code`; zones from that same entry's `available_zones` are `available_zones`, but as zone codes (`cn-north-4a`) where the create takes zone IDs: look the codes up in the zone listing (`GET /v2/available-zones`, `available_zones[].code`) and send the matching `id`s; one `products[].arch_types[]` is `arch_type` (`createInstanceByEngine` only). For a 4.8.0 flavour, `broker_num` lies between `properties.min_broker` and `properties.max_broker` and `storage_space` between `broker_num` × `properties.min_storage_per_node` and `broker_num` × `properties.max_storage_per_node`; for a 5.x flavour, `storage_space` lies between `properties.min_storage` and `properties.max_storage`. `products[].charging_mode` says whether the flavour can be bought pay-per-use (`hourly`) or yearly/monthly (`monthly`, with `bss_param`). All limits are strings holding numbers.
     *
     *     Paging: `limit` (default 10) flavours are answered at a time, starting after `offset` of them; `total` counts the flavours the whole query matches, and `next_offset` is the `offset` of the next page (`-1` after the last one). `product_id` narrows the answer to one flavour.
     *
     *     Source: Querying Flavor List, https://support.huaweicloud.com/intl/en-us/api-hrm/ListEngineProducts.html
     */
    get: operations["listEngineProducts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/rocketmq/{instance_id}/tags": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the tags of a RocketMQ instance
     * @description Answers the tags of one RocketMQ instance as key/value pairs, a page at a time: `limit`
     *     (default 10) tags from `offset` (default 0). `total` counts all the tags; `next_offset` is
     *     the `offset` of the next page. An instance has at most 20 tags. Add and remove tags with the
     *     tag action operation (`POST /v2/{project_id}/rocketmq/{instance_id}/tags/action`); the
     *     instance's show and list operations answer the same tags in their `tags`.
     *
     *     Source: "Querying Instance Tags",
     *     https://support.huaweicloud.com/intl/en-us/api-hrm/ShowRocketmqTags.html
     */
    get: operations["showRocketmqTags"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/rocketmq/{instance_id}/tags/action": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add or remove tags of a RocketMQ instance
     * @description Adds tags to one RocketMQ instance (`action: create`) or removes tags from it
     *     (`action: delete`), several in one call; `action`, `tags` and every entry's `key` and `value`
     *     are mandatory. A `204` without a body means the tags were added or removed: the call starts
     *     no background task and answers no job ID, so there is nothing to poll; the tag listing
     *     (`GET /v2/{project_id}/rocketmq/{instance_id}/tags`) shows the result.
     *
     *     Tags being added follow the limits of `RocketMqNewInstanceTag`: keys of 1 to 128 characters
     *     and values of 0 to 255, both of letters and digits of any script, spaces and
     *     `_ . : = + - @`; neither may begin or end with a space, and a key may not begin with `_sys_`;
     *     a key is unique on the instance. An instance has at most 20 tags, so a request adding more
     *     than 20 is refused; the service also counts the tags the instance already has. Tags being
     *     removed are checked only for their types, so that tags set under older limits can be removed
     *     too.
     *
     *     An IAM user needs the `dms:instance:update` permission (alias `dms:instance:modify`) on the
     *     instance; identity policies can also test its tags (`g:ResourceTag/<tag-key>`), the tags in
     *     the request (`g:RequestTag/<tag-key>`, `g:TagKeys`) and its enterprise project.
     *
     *     Source: "Adding or Deleting Instance Tags in Batches",
     *     https://support.huaweicloud.com/intl/en-us/api-hrm/BatchCreateOrDeleteRocketmqTag.html
     */
    post: operations["batchCreateOrDeleteRocketmqTag"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/rocketmq/tags": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the tags used on the project's RocketMQ instances
     * @description Answers the tag keys in use on the RocketMQ instances of the project, each with every value it
     *     has on them, a page at a time: `limit` (default 10) entries from `offset` (default 0).
     *     `total` counts all the entries; `next_offset` is the `offset` of the next page. Useful to offer
     *     existing keys and values when tagging an instance.
     *
     *     An IAM user needs the `dms::listProjectTags` permission (identity policies).
     *
     *     Source: "Querying Project Tags",
     *     https://support.huaweicloud.com/intl/en-us/api-hrm/ShowRocketmqProjectTags.html
     */
    get: operations["showRocketmqProjectTags"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{engine}/{project_id}/instances/{instance_id}/extend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the flavours a RocketMQ instance can be resized to
     * @description Answers, for one RocketMQ instance (4.8.0 or 5.x), the flavours offered for a scale-up: each
     *     flavour's `product_id` (the `new_product_id` of `resizeInstance`), its disk types, the zones
     *     with and without stock, and its limits (`properties`, strings holding numbers: broker range
     *     and disk per broker for 4.8.0; broker count, traffic units and storage range for 5.x). The call
     *     changes nothing.
     *
     *     Source: Querying Product Information for Instance Specification Modification,
     *     https://support.huaweicloud.com/intl/en-us/api-hrm/ShowEngineInstanceExtendProductInfo.html
     */
    get: operations["showEngineInstanceExtendProductInfo"];
    put?: never;
    /**
     * Enlarge a RocketMQ instance (storage, brokers or flavour)
     * @description Starts a scale-up of a RocketMQ instance, one kind of change per call:
     *
     *     - `storage`: more disk; `new_storage_space` (GB) is required, each broker gaining at least
     *       100 GB.
     *     - `horizontal`: on RocketMQ 4.8.0, more brokers; on 5.x, a bigger instance flavour
     *       (`new_product_id`). `new_broker_num` is required either way; `publicip_id` is required when
     *       the instance has public access.
     *     - `vertical` (4.8.0 only): a bigger flavour for every broker, same broker count and disk;
     *       `new_product_id` is required.
     *
     *     Choose the flavour among those `showEngineInstanceExtendProductInfo` answers for this
     *     instance. Only pay-per-use instances can be resized through the API, only upwards, and only
     *     while the instance is `RUNNING`: a call made while another change runs is refused with 400 and
     *     error code `DMS.00400026`. For RocketMQ 5.x the vendor also offers
     *     `resizeInstanceForRocketMq` (`POST /v2/{project_id}/rocketmq/instances/{instance_id}/extend`),
     *     which takes no broker count; `showRocketMqScalePreCheckInfo` checks the instance first.
     *
     *     The call answers at once with a `job_id`. Poll `showInstance`
     *     (`GET /v2/{project_id}/instances/{instance_id}`): the instance is `EXTENDING` while the change
     *     runs and `RUNNING` again when it is done, with the new `storage_space`/`total_storage_space`,
     *     `broker_num` or `product_id`; `EXTENDEDFAILED` means the change failed.
     *
     *     Source: Modifying Instance Specifications,
     *     https://support.huaweicloud.com/intl/en-us/api-hrm/ResizeInstance.html
     */
    post: operations["resizeInstance"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/rocketmq/instances/{instance_id}/extend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the flavours a RocketMQ 5.x instance can be resized to
     * @description Answers, for one RocketMQ instance, the flavours offered for a scale-up, a page at a time:
     *     each flavour's `product_id` (the `new_product_id` of a `horizontal`
     *     `resizeInstanceForRocketMq`), its disk types, the zones with and without stock, and its limits
     *     (`properties`, strings holding numbers: broker count, traffic units, storage range). `limit`
     *     flavours (10 by default) are answered from `offset` on; `total` counts them all and
     *     `next_offset` is the `offset` of the next page. The call changes nothing.
     *
     *     Source: Querying Product Information for Instance Specification Modification,
     *     https://support.huaweicloud.com/intl/en-us/api-hrm/ShowEngineInstanceExtendProductInfoForRocketMq.html
     */
    get: operations["showEngineInstanceExtendProductInfoForRocketMq"];
    put?: never;
    /**
     * Enlarge a RocketMQ 5.x instance (storage or flavour)
     * @description Starts a scale-up of a RocketMQ 5.x instance, one kind of change per call:
     *
     *     - `storage`: more disk; `new_storage_space` (GB) is required, each broker gaining at least
     *       100 GB.
     *     - `horizontal`: a bigger instance flavour; `new_product_id` is required (cluster instances
     *       only), `new_storage_space` may grow with it, and `publicip_id` is required when the instance
     *       has public access.
     *
     *     Choose the flavour among those `showEngineInstanceExtendProductInfoForRocketMq` answers for
     *     this instance, and run `showRocketMqScalePreCheckInfo` first. Only upwards, and only while the
     *     instance is `RUNNING` (otherwise 400 with error code `DMS.00400026`).
     *
     *     The call answers at once with a `job_id`. Poll `showInstance`
     *     (`GET /v2/{project_id}/instances/{instance_id}`): the instance is `EXTENDING` while the change
     *     runs and `RUNNING` again when it is done, with the new `product_id` or storage;
     *     `EXTENDEDFAILED` means the change failed.
     *
     *     Source: Changing Instance Specifications,
     *     https://support.huaweicloud.com/intl/en-us/api-hrm/ResizeInstanceForRocketMq.html
     */
    post: operations["resizeInstanceForRocketMq"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/rocketmq/instances/{instance_id}/extend-check": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check a RocketMQ instance before resizing it
     * @description Runs the checks the service makes before a scale-up of the instance and answers each with
     *     whether it passed (`success`), why not (`reason`) and how risky a resize would be (`risk`:
     *     `low`, `medium` or `high`). Call it before `resizeInstance` or `resizeInstanceForRocketMq`.
     *     The call changes nothing.
     *
     *     The answer is one check item as the whole body or a list of check items; test for an array
     *     before reading it.
     *
     *     Source: Querying Pre-check Information Before Expanding a RocketMQ Instance,
     *     https://support.huaweicloud.com/intl/en-us/api-hrm/ShowRocketMqScalePreCheckInfo.html
     */
    get: operations["showRocketMqScalePreCheckInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/instances/{instance_id}/tasks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the background tasks of an instance
     * @description Lists the tasks the service has run or is running on an instance: the changes that take time
     *     (resizes, configuration changes, public access, SSL switches, kernel upgrades, ...), with
     *     their status and parameters. The vendor's example lists the newest task first.
     *
     *     To follow one change, prefer the show operation with the `job_id` the change answered: it
     *     needs no paging. Tasks started from the console or by operations that answer no `job_id`
     *     can only be found here, by their `name`.
     *
     *     Paging: `limit` caps the page and `offset` says where it starts; `task_count` is the number
     *     of matching tasks across all pages. The vendor's pages do not say whether the first task is
     *     `0` or `1`: the vendor's Terraform provider pages with `start=1`, then raises it by the
     *     number of tasks answered, until `task_count` is reached. `begin_time` and `end_time`
     *     (`YYYYMMDDHHmmss`) narrow the list to a time range.
     *
     *     The same URL on the same regional DMS host serves Kafka, RocketMQ and RabbitMQ instances.
     *
     *     Source: "Listing Background Tasks",
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ListBackgroundTasks.html (also under
     *     api-hrm for RocketMQ, "Querying a Background Task List of an Instance", and api-rabbitmq).
     */
    get: operations["listBackgroundTasks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/instances/{instance_id}/tasks/{task_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show a background task of an instance
     * @description Shows one background task of an instance, answered as a list of one (`tasks[0]`).
     *
     *     This is how to wait for a change that answers a `job_id` (a resize, a port-protocol or SSL
     *     switch, a configuration change, ...): poll with that ID as `task_id` until the status is
     *     final. `SUCCESS` means the change is made; `FAILED`, `CANCELLED` and `DELETED` are final
     *     without it; `CREATED` and `EXECUTING` mean it is still under way. The vendor's Terraform
     *     provider polls every 20 to 30 seconds after a first wait of 10 to 20 seconds, and treats any
     *     other value as still under way. The status list is not declared closed, so a client should
     *     do the same and bound its wait with a timeout.
     *
     *     The same URL on the same regional DMS host serves Kafka, RocketMQ and RabbitMQ instances.
     *
     *     Source: "Querying a Background Task",
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ShowBackgroundTask.html (also under
     *     api-hrm for RocketMQ, "Querying a Specific Record from Background Tasks", and api-rabbitmq).
     */
    get: operations["showBackgroundTask"];
    put?: never;
    post?: never;
    /**
     * Delete the record of a background task
     * @description Deletes the record of a background task from the instance's task list. It does not stop or
     *     undo the task: it only clears its entry. The vendor's console guide allows it only for
     *     tasks that are over (succeeded, failed or cancelled).
     *
     *     The same URL on the same regional DMS host serves Kafka, RocketMQ and RabbitMQ instances.
     *
     *     Source: "Deleting a Background Task",
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/DeleteBackgroundTask.html (also under
     *     api-hrm for RocketMQ and api-rabbitmq).
     */
    delete: operations["deleteBackgroundTask"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/instances/{instance_id}/tasks/{task_id}/progress": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show the progress of a background task
     * @description Shows how far a background task has got: a percentage, an estimate of the time left, and
     *     each step with its status (`WAITING`, `IN_PROGRESS`, `COMPLETED`, `FAILED`).
     *
     *     The Kafka page says the progress can be queried only while Kafka capacity is expanded (a
     *     resize task, whose ID the resize answered as `job_id`); the RocketMQ page states no such
     *     limit. Whether the task is over is the `status` of the show operation, not this answer.
     *
     *     The same URL on the same regional DMS host serves Kafka and RocketMQ instances.
     *
     *     Source: "Querying the Change Progress of a Specified Instance in a Background Task",
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ShowBackgroundTaskProgress.html (also
     *     under api-hrm for RocketMQ).
     */
    get: operations["showBackgroundTaskProgress"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/rocketmq/products/cores": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Count the vCPUs of a RocketMQ flavour
     * @description Answers how many vCPUs (`core_num`) the service counts for `broker_num` brokers of the
     *     RocketMQ flavour `product_id` (a `product_id` of `listEngineProducts`). With `instance_id`, it
     *     also answers `total_extend_storage_space`, the storage that instance would have with
     *     `broker_num` brokers: the total to send when adding brokers.
     *
     *     The request has no project ID and no body; it changes nothing.
     *
     *     Source: Querying vCPUs of a RocketMQ Flavor,
     *     https://support.huaweicloud.com/intl/en-us/api-hrm/ShowRocketMQProductCores.html
     */
    get: operations["showRocketMqProductCores"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/quotas": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show the project's instance and tag quotas
     * @description Answers the project's DMS quotas: for each engine (`rocketmqInstance`, `kafkaInstance`,
     *     `rabbitmqInstance`) the most instances the project can have (`quota`) and how many it has
     *     (`used`), and the most tags one instance can carry (`tags`). Check it before creating an
     *     instance: a create beyond the quota is refused.
     *
     *     Send `onlyQuota=reliability` for the RocketMQ instance quota alone (`kafka` and `rabbitmq` for
     *     the other engines), and `includeTagsQuota=false` to leave the tag quota out. The quotas are the
     *     project's, whatever engine's endpoint is asked: the same URL serves Kafka, RocketMQ and
     *     RabbitMQ. The call changes nothing.
     *
     *     Source: Querying Tenant Quotas,
     *     https://support.huaweicloud.com/intl/en-us/api-hrm/ShowQuotas.html
     */
    get: operations["showQuotas"];
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
     * InstanceStatus
     * @description Status of a DMS instance. A new instance is `CREATING`, then `RUNNING` after several minutes; `CREATEFAILED` and `ERROR` are failures it does not recover from by itself, and `FREEZING` / `FROZEN` mean it is stopped for arrears until the account is paid. The first fifteen values are the ones the official SDKs list; `STARTING`, `UPGRADING`, `ROLLINGBACK` and `DELETED` appear on some of the vendor's pages only.
     * @enum {string}
     */
    InstanceStatus: "CREATING" | "RUNNING" | "RESTARTING" | "DELETING" | "ERROR" | "CREATEFAILED" | "FREEZING" | "FROZEN" | "EXTENDING" | "SHRINKING" | "EXTENDEDFAILED" | "CONFIGURING" | "ROLLBACK" | "ROLLBACKFAILED" | "VOLUMETYPECHANGING" | "STARTING" | "UPGRADING" | "ROLLINGBACK" | "DELETED";
    /**
     * TagEntity
     * @description A key/value label attached to the instance.
     */
    TagEntity: {
      /**
       * @description Tag key.
       * @example env
       */
      key?: string;
      /**
       * @description Tag value (may be empty).
       * @example production
       */
      value?: string;
    };
    /**
     * InstanceBase
     * @description What the service reports about a RocketMQ instance in both the show and the list answers. Which fields appear depends on the version (4.8.0 or 5.x), on the features turned on and on the status (read the connection addresses once the instance is `RUNNING`).
     */
    InstanceBase: {
      /**
       * @description Instance name.
       * @example orders-rmq5-prod
       */
      name: string;
      /**
       * @description Message engine: `rocketmq`, or `reliability`, an older alias of the same engine that the service still reports for some instances.
       * @enum {string}
       */
      engine: "rocketmq" | "reliability";
      /** @description Status of the instance. Only a `RUNNING` instance serves clients; a new one is `CREATING` for several minutes first, and after a delete it is `DELETING` until it disappears. */
      status: components["schemas"]["InstanceStatus"];
      /**
       * @description Description of the instance (free text given at creation, may be empty).
       * @example Order events, 5.x professional edition.
       */
      description?: string;
      /**
       * @description Instance type: `single` (4.8.0 single node), `cluster` (4.8.0 cluster), `single.basic` (5.x basic edition, single node), `cluster.basic` (5.x basic edition, cluster), `single.professional` (5.x professional edition, single node) or `cluster.professional` (5.x professional edition, cluster).
       * @enum {string}
       */
      type?: "single" | "cluster" | "single.basic" | "cluster.basic" | "single.professional" | "cluster.professional";
      /**
       * @description Human-readable flavor summary. 4.8.0: resource flavor and broker count, e.g. `rocketmq.4u8g.cluster.small * 1 broker`; 5.x basic edition and single-node professional edition: flavor and instance TPS, e.g. `rocketmq.b2.large.4, 2000 tps`; 5.x cluster professional edition: flavor, instance TPS and elastic TPS, e.g. `rocketmq.p2.large.8, 4000 tps, 2000 elastic_tps`. Use `product_id` for the flavor code.
       * @example rocketmq.p2.large.20, 10000 tps
       */
      specification?: string;
      /**
       * @description RocketMQ version of the instance.
       * @enum {string}
       */
      engine_version: "4.8.0" | "5.x";
      /**
       * @description Instance ID (the `{instance_id}` of the show and delete operations).
       * @example 2f5b1a9c-3d4e-4f6a-8b7c-9d0e1f2a3b4c
       */
      instance_id: string;
      /**
       * Format: int32
       * @description Billing mode: `1` pay-per-use, `0` yearly/monthly.
       * @enum {integer}
       */
      charging_mode?: 0 | 1;
      /**
       * @description ID of the VPC the instance is in.
       * @example 3db8490c-4d6d-4d8f-8d3f-047b0de4c5cf
       */
      vpc_id?: string;
      /**
       * @description Name of that VPC.
       * @example vpc-prod
       */
      vpc_name?: string;
      /**
       * @description When the creation completed, as the number of milliseconds since 1970-01-01 00:00:00 UTC, written as a decimal string (not a JSON number, not RFC 3339).
       * @example 1751857203114
       */
      created_at?: string;
      /**
       * @description Flavor code, as given at creation. For 4.8.0: `c6.4u8g.cluster.small`, `c6.4u8g.cluster`, `c6.8u16g.cluster`, `c6.12u24g.cluster`, `c6.16u32g.cluster`; for 5.x basic edition: `rocketmq.b1.large.1`, `rocketmq.b2.large.4`, `rocketmq.b2.large.8`, `rocketmq.b2.large.12`; for 5.x professional edition: `rocketmq.p1.large.1` and `rocketmq.p2.large.8` to `rocketmq.p2.large.300`. Not an enum here: the vendor lists further flavors for other deployments and adds new ones.
       * @example rocketmq.p2.large.20
       */
      product_id?: string;
      /**
       * @description ID of the security group applied to the instance.
       * @example 23c5977f-ff33-4b95-a73e-08d8a0bc4e6c
       */
      security_group_id?: string;
      /**
       * @description Name of that security group.
       * @example sg-rocketmq
       */
      security_group_name?: string;
      /**
       * @description ID of the subnet the brokers take their addresses from.
       * @example 0a0f1fcb-f019-458d-b9e5-301867394d50
       */
      subnet_id?: string;
      /**
       * @description CIDR block of that subnet. The older edition of the page says only 5.x instances report it.
       * @example 192.168.0.0/24
       */
      subnet_cidr?: string;
      /**
       * @description IDs of the availability zones that host the instance.
       * @example [
       *       "9f1c5806706d4c1fb0eb72f0a9b18c77"
       *     ]
       */
      available_zones?: string[];
      /**
       * @description Names of those availability zones, in the same order.
       * @example [
       *       "cn-north-4a"
       *     ]
       */
      available_zone_names?: string[];
      /**
       * @description ID of the user who created the instance.
       * @example 3f4e2d1c0b9a48f7a6e5d4c3b2a19081
       */
      user_id?: string;
      /**
       * @description Name of the user who created the instance.
       * @example devops-admin
       */
      user_name?: string;
      /**
       * @description Start of the maintenance window, `HH:mm:ss`.
       * @example 02:00:00
       */
      maintain_begin?: string;
      /**
       * @description End of the maintenance window, `HH:mm:ss`.
       * @example 06:00:00
       */
      maintain_end?: string;
      /** @description Whether message collection is on. */
      enable_log_collection?: boolean;
      /**
       * Format: int32
       * @description Message storage of the instance, in GB.
       * @example 1200
       */
      storage_space?: number;
      /**
       * Format: int32
       * @description Message storage in use, in GB.
       * @example 37
       */
      used_storage_space?: number;
      /** @description Whether public (Internet) access is on. */
      enable_publicip?: boolean;
      /**
       * @description IDs of the elastic IPs bound to the instance, separated by commas; set when `enable_publicip` is true.
       * @example 1d7a8d3e-3c1b-4f7a-9c5e-7b2f0e4a6c11
       */
      publicip_id?: string;
      /**
       * @description Public IP address(es) of the instance.
       * @example 203.0.113.25
       */
      publicip_address?: string;
      /** @description Whether SSL is on. */
      ssl_enable?: boolean;
      /**
       * @description Cross-VPC access information: a JSON object serialized into this string, keyed by broker IP address, each entry with `advertised_ip`, `broker_port`, `namesrv_port` and `port_id` (shape taken from the vendor's response example; parse it yourself).
       * @example {"192.168.1.31":{"advertised_ip":"192.168.1.31","broker_port":"10100","port_id":"b3de3981-1f73-4e6f-b35a-78833b783364","namesrv_port":"8300"}}
       */
      cross_vpc_info?: string;
      /**
       * @description ID of the storage resource (the instance's disks).
       * @example 6e4d1c2b-7a8f-4b3e-9c0d-1a2b3c4d5e6f
       */
      storage_resource_id?: string;
      /**
       * @description Disk type: `dms.physical.storage.high.v2` (high I/O), `dms.physical.storage.ultra.v2` (ultra-high I/O), `dms.physical.storage.general` (general-purpose SSD) or `dms.physical.storage.extreme` (extreme SSD).
       * @enum {string}
       */
      storage_spec_code?: "dms.physical.storage.high.v2" | "dms.physical.storage.ultra.v2" | "dms.physical.storage.general" | "dms.physical.storage.extreme";
      /**
       * @description Service type: `advanced` (the public cloud service) or `dec` (dedicated cloud).
       * @enum {string}
       */
      service_type?: "advanced" | "dec";
      /**
       * @description Storage type: `hec` (public cloud storage) or `dss` (dedicated cloud storage).
       * @enum {string}
       */
      storage_type?: "hec" | "dss";
      /**
       * Format: int64
       * @description Extension time, as the vendor names it; neither its meaning nor its unit is documented.
       * @example 0
       */
      extend_times?: number;
      /** @description Whether IPv6 is on. */
      ipv6_enable?: boolean;
      /** @description IPv6 service-data (broker) address(es); only in the official SDK models, not on the vendor's page. */
      ipv6_broker_address?: string;
      /** @description IPv6 metadata (name server) address(es); only in the official SDK models, not on the vendor's page. */
      ipv6_namesrv_address?: string;
      /** @description Features the instance supports, as a string of feature names; the vendor does not list them. */
      support_features?: string;
      /** @description Whether the disks are encrypted. */
      disk_encrypted?: boolean;
      /** @description Cloud Eye (monitoring) version used for the instance. */
      ces_version?: string;
      /**
       * Format: int32
       * @description Number of nodes of the instance. The older edition of the page says only 4.8.0 instances report it.
       * @example 3
       */
      node_num?: number;
      /** @description Whether the new flavor-based billing applies. */
      new_spec_billing_enable?: boolean;
      /** @description Whether access control (ACL users and permissions) is on. */
      enable_acl?: boolean;
      /**
       * Format: int32
       * @description Number of brokers. The older edition of the page says only 4.8.0 instances report it.
       * @example 1
       */
      broker_num?: number;
      /** @description Whether access by domain name is on (then the `*_domain_name` fields are set). */
      dns_enable?: boolean;
      /**
       * @description Private metadata (name server) address: the TCP endpoint clients connect to inside the VPC, one or more `host:port` pairs (port 8100). The separator between pairs is not documented.
       * @example 192.168.0.21:8100;192.168.0.22:8100;192.168.0.23:8100
       */
      namesrv_address?: string;
      /** @description Private metadata (name server) domain name, with `dns_enable`. */
      namesrv_domain_name?: string;
      /**
       * @description Private service-data (broker) address(es), `host:port` (ports from 10100).
       * @example 192.168.1.31:10100,192.168.1.32:10101
       */
      broker_address?: string;
      /**
       * @description Public metadata (name server) address, with public access on (port 8200).
       * @example 203.0.113.25:8200
       */
      public_namesrv_address?: string;
      /** @description Public metadata (name server) domain name, with public access and `dns_enable`. */
      public_namesrv_domain_name?: string;
      /** @description Public service-data (broker) address(es), with public access on. */
      public_broker_address?: string;
      /**
       * @description Private gRPC endpoint, 5.x only (port 8080).
       * @example 192.168.0.21:8080;192.168.0.22:8080;192.168.0.23:8080
       */
      grpc_address?: string;
      /** @description Private gRPC domain name, 5.x only, with `dns_enable`. */
      grpc_domain_name?: string;
      /**
       * @description Public gRPC endpoint, 5.x only, with public access on (port 8081).
       * @example 203.0.113.25:8081
       */
      public_grpc_address?: string;
      /** @description Public gRPC domain name, 5.x only, with public access and `dns_enable`. */
      public_grpc_domain_name?: string;
      /**
       * @description ID of the enterprise project the instance belongs to (`0` is the default project).
       * @example 0
       */
      enterprise_project_id?: string;
      /** @description Tags of the instance. */
      tags?: components["schemas"]["TagEntity"][];
      /**
       * Format: int32
       * @description Total storage space, in GB.
       * @example 1200
       */
      total_storage_space?: number;
      /** @description Resource flavor code, as the vendor names it; no values are documented. */
      resource_spec_code?: string;
      /**
       * Format: int32
       * @description Share of the instance TPS that goes to producing; the vendor gives no unit or range.
       */
      produce_portion?: number;
      /**
       * Format: int32
       * @description Share of the instance TPS that goes to consuming; the vendor gives no unit or range.
       */
      consume_portion?: number;
      /** @description Whether this is a disaster-recovery instance. */
      dr_enable?: boolean;
      /** @description Flow-control (quota) address, as the vendor names it; its format is not documented. */
      quota_address?: string;
      /**
       * Format: int32
       * @description Maximum message TPS of the instance.
       * @example 10000
       */
      max_msg_process_tps?: number;
      /** @description Whether changing the SSL setting requires restarting the instance. */
      config_ssl_need_restart_process?: boolean;
      /**
       * @description Security protocol clients use: `SSL` (encrypted only), `PLAINTEXT` (unencrypted only) or `PERMISSIVE` (both). The vendor's response tables list no values; these three are the ones the create call accepts, so the schema does not restrict the answer to them.
       * @example SSL
       */
      tls_mode?: string;
      /**
       * @description CPU architecture of the brokers.
       * @enum {string}
       */
      arch_type?: "X86" | "ARM";
      /** @description Whether elastic TPS is on; a 5.x cluster professional instance shows its elastic TPS in `specification`. */
      enable_elastic_tps?: boolean;
    };
    /**
     * InstanceDetail
     * @description One RocketMQ instance as the list answer reports it: the same fields as the show answer except `subnet_name` and `auto_volume_expand_enable`. The SDK model also has `disk_encrypted_key` (ID of the key that encrypts the disks when `disk_encrypted` is true); it is not declared here because this project treats `*_key` fields as secrets that responses do not describe, but the schema is open, so the value still reaches the caller when the service sends it.
     */
    InstanceDetail: components["schemas"]["InstanceBase"];
    /**
     * ListInstancesResponse
     * @description One page of the project's RocketMQ instances that match the filters, and how many match in all.
     */
    ListInstancesResponse: {
      /** @description The instances of this page: at most `limit` of them, starting after the first `offset` matches. Empty when `offset` is at or past `instance_num`. */
      instances: components["schemas"]["InstanceDetail"][];
      /**
       * Format: int32
       * @description Number of instances that match the filters in all pages, not the length of `instances`. There are more pages while `offset` + `limit` < `instance_num`.
       * @example 2
       */
      instance_num: number;
    };
    /**
     * HuaweiCloudError
     * @description Error body of the DMS service and of the API gateway in front of it. Service errors carry a `DMS.*` code (for example `DMS.00400009` for an unknown `product_id`); gateway errors carry an `APIGW.*` code and a `request_id`. The request id is also in the `X-Request-Id` response header.
     */
    HuaweiCloudError: {
      /**
       * @description Machine-readable error code, such as `DMS.00400060` (name already in use) or `APIGW.0301` (bad signature).
       * @example DMS.00400009
       */
      error_code: string;
      /**
       * @description Human-readable explanation of the error.
       * @example Invalid product_id.
       */
      error_msg: string;
      /**
       * @description Request id, set by the API gateway on gateway errors.
       * @example 6c2c5e2a3f9d4c0b8e9a1f7d2b4c6e8a
       */
      request_id?: string;
    };
    /**
     * CreateInstanceBase
     * @description Fields and rules that the pay-per-use page (000) and the create-by-engine page (001) document the same way.
     */
    CreateInstanceBase: {
      /**
       * @description Name of the new instance: 4 to 64 characters, beginning with a letter, then letters, digits, hyphens and underscores only.
       * @example rocketmq-orders
       */
      name: string;
      /** @description Free text about the instance, at most 1024 characters (an empty string is allowed). Backslashes and double quotes must be escaped in the JSON body as usual. */
      description?: string;
      /**
       * RocketMqEngine
       * @description Message engine. `rocketmq` names the RocketMQ engine; `reliability` is an older alias of the same engine that the service still accepts (the pages' own examples use it).
       * @enum {string}
       */
      engine: "rocketmq" | "reliability";
      /**
       * @description RocketMQ version of the instance. The flavor in `product_id` has to belong to it: `c6.*` flavors for 4.8.0, `rocketmq.*` flavors for 5.x (see `product_id` for the sources).
       * @enum {string}
       */
      engine_version: "4.8.0" | "5.x";
      /**
       * @description Message storage in GB. The pages only say that the allowed amount depends on the flavor and give no numbers. The one limit enforced here is at least 300 GB for 4.8.0, where Huawei's Terraform provider (300 to 30,000 GB) and the vendor's RocketMQ specifications page (from 300 GB per broker) agree. Their other limits disagree: Terraform allows 200 to 60,000 GB for 5.x, while the specifications page allows 100 to 30,000 GB for `rocketmq.b1.large.1` and, depending on the region's copy, up to 30,000–900,000 GB per broker for the 4.8.0 flavors. The schema leaves those to the service.
       * @example 600
       */
      storage_space: number;
      /**
       * @description ID of the VPC the instance is placed in (see the VPC service's "list VPCs" call).
       * @example 3db8490c-4d6d-4d8f-8d3f-047b0de4c5cf
       */
      vpc_id: string;
      /**
       * @description ID of the subnet, inside `vpc_id`, that the brokers get their addresses from.
       * @example 0a0f1fcb-f019-458d-b9e5-301867394d50
       */
      subnet_id: string;
      /**
       * @description ID of the security group applied to the instance.
       * @example 23c5977f-ff33-4b95-a73e-08d8a0bc4e6c
       */
      security_group_id: string;
      /**
       * @description IDs of the availability zones that host the brokers (from the "query AZ information" call); each must have free resources. The list cannot be empty and no entry can be empty. An instance spans either exactly one AZ or three or more, never two. Both pages also say to separate several AZs with commas, which fits a single string rather than the array of strings their tables give; the schema follows the tables (one AZ ID per entry).
       * @example [
       *       "9f1c5806706d4c1fb0eb72f0a9b18c77"
       *     ]
       */
      available_zones: string[];
      /**
       * @description Instance flavor. Both pages list the same eighteen. For RocketMQ 4.8.0, with per-broker limits on topics and consumer groups: `c6.4u8g.cluster.small` (2,000), `c6.4u8g.cluster` (4,000), `c6.8u16g.cluster` (8,000), `c6.12u24g.cluster` (12,000), `c6.16u32g.cluster` (16,000). For RocketMQ 5.x, sized by instance TPS: basic edition `rocketmq.b1.large.1` (single node, 500), `rocketmq.b2.large.4` (2,000), `rocketmq.b2.large.8` (4,000), `rocketmq.b2.large.12` (6,000); professional edition `rocketmq.p1.large.1` (single node, 500), `rocketmq.p2.large.8` (4,000), `rocketmq.p2.large.12` (6,000), `rocketmq.p2.large.20` (10,000), `rocketmq.p2.large.40` (20,000), `rocketmq.p2.large.100` (50,000), `rocketmq.p2.large.150` (75,000), `rocketmq.p2.large.200` (100,000), `rocketmq.p2.large.300` (150,000). The pages label the `rocketmq.*` flavors as 5.x ones, so they are refused with 4.8.0. The pages do not say which version the `c6.*` flavors belong to; they are refused with 5.x because the vendor's RocketMQ specifications page lists the broker-based flavors with these per-broker limits under 4.8.0 only, Huawei's Terraform provider listed exactly the `c6.*` flavors when 4.8.0 was its only version, and the pages' example pairs `c6.4u8g.cluster` with 4.8.0.
       * @enum {string}
       */
      product_id: "c6.4u8g.cluster.small" | "c6.4u8g.cluster" | "c6.8u16g.cluster" | "c6.12u24g.cluster" | "c6.16u32g.cluster" | "rocketmq.b1.large.1" | "rocketmq.b2.large.4" | "rocketmq.b2.large.8" | "rocketmq.b2.large.12" | "rocketmq.p1.large.1" | "rocketmq.p2.large.8" | "rocketmq.p2.large.12" | "rocketmq.p2.large.20" | "rocketmq.p2.large.40" | "rocketmq.p2.large.100" | "rocketmq.p2.large.150" | "rocketmq.p2.large.200" | "rocketmq.p2.large.300";
      /**
       * @description Turn on SSL-encrypted client access.
       * @default false
       */
      ssl_enable?: boolean;
      /**
       * @description Enterprise project the instance belongs to. Accounts that use enterprise projects must give it (the service checks this; `0` is the default project).
       * @example 0
       */
      enterprise_project_id?: string;
      /**
       * @description Give the instance IPv6 addresses as well.
       * @default false
       */
      ipv6_enable?: boolean;
      /**
       * @description Expose the instance on the Internet. When true, `publicip_id` is required.
       * @default false
       */
      enable_publicip?: boolean;
      /**
       * @description Elastic IP(s) to bind, as EIP IDs separated by commas. Required and non-empty when `enable_publicip` is true; the pages' own example sends an empty string when public access is off.
       * @example 1d7a8d3e-3c1b-4f7a-9c5e-7b2f0e4a6c11
       */
      publicip_id?: string;
      /** @description Number of brokers. Both pages' tables mark it mandatory; the pay-per-use page (000) also says in its prose that it is mandatory for RocketMQ 4.8.0, which hints that 5.x might not need it. The schema follows the tables (always required). The pages give no range. For 4.8.0 the schema enforces 1 to 10 brokers, the range the vendor's RocketMQ specifications page gives for the 4.8.0 flavors (some regions' copies allow only 1 or 2 for the `.small` flavor). 5.x is sized by instance TPS and no source gives a broker range for it. */
      broker_num: number;
      /**
       * @description Security protocol clients use: `SSL` (encrypted only), `PLAINTEXT` (unencrypted only) or `PERMISSIVE` (both, the client chooses). The create pages list no values; these three are the values Huawei's Terraform provider accepts for this field. The provider also says that with `ssl_enable` true `tls_mode` is left out or `SSL`, and with `ssl_enable` false it is not `SSL`; that pairing is not enforced here.
       * @enum {string}
       */
      tls_mode?: "PLAINTEXT" | "SSL" | "PERMISSIVE";
    } & (unknown & unknown & unknown & unknown);
    /**
     * CreatePostPaidInstanceRequest
     * @description A pay-per-use RocketMQ instance. Shares its fields and rules with the create-by-engine body (`CreateInstanceBase`); what is specific to this page: only the high and ultra-high I/O disks (and the note that the 5.x professional edition cannot use high I/O), `enable_acl` defaults to false, `proxy_enable` has no documented default, and there is no yearly/monthly billing, architecture choice or disk encryption. The page's prose calls `broker_num` mandatory for 4.8.0 while its table marks it mandatory always; the schema follows the table.
     */
    CreatePostPaidInstanceRequest: {
      /**
       * @description Disk type of the brokers: `dms.physical.storage.high.v2` (high I/O, not available to the 5.x professional edition, i.e. the `rocketmq.p*` flavors) or `dms.physical.storage.ultra.v2` (ultra-high I/O).
       * @enum {string}
       */
      storage_spec_code: "dms.physical.storage.high.v2" | "dms.physical.storage.ultra.v2";
      /**
       * @description Turn on access control (users and permissions) for clients.
       * @default false
       */
      enable_acl?: boolean;
      /** @description Turn on the proxy function. This page documents no default (page 001 gives false). */
      proxy_enable?: boolean;
    } & components["schemas"]["CreateInstanceBase"];
    /**
     * CreateInstanceResponse
     * @description Answer to an accepted create request. The instance is then built asynchronously (status `CREATING`, then `RUNNING`).
     */
    CreateInstanceResponse: {
      /**
       * @description ID of the new instance, to use in later calls on it.
       * @example 8959ab1c-7n1a-yyb1-a05t-93dfc361b32d
       */
      instance_id: string;
    };
    /**
     * ShowInstanceResponse
     * @description Details of one RocketMQ instance. Compared with an entry of the list answer (`InstanceDetail`), this answer also carries `subnet_name` and `auto_volume_expand_enable`.
     */
    ShowInstanceResponse: {
      /**
       * @description Name of the subnet the brokers take their addresses from (show answer only).
       * @example subnet-prod
       */
      subnet_name?: string;
      /** @description Whether the disks are expanded automatically when they fill up. */
      auto_volume_expand_enable?: boolean;
    } & components["schemas"]["InstanceBase"];
    /**
     * UpdateRocketMqInstanceRequest
     * @description The settings to change; leave out what stays as it is. Turning public access on needs the elastic IPs to bind (`publicip_id`).
     */
    UpdateRocketMqInstanceRequest: {
      /**
       * @description New name of the instance: 4 to 64 characters, beginning with a letter, made of letters, digits, underscores and hyphens.
       * @example rocketmq001
       */
      name?: string;
      /**
       * @description New description, at most 1024 characters (an empty string clears it). Backslashes and double quotes are escaped as usual in JSON.
       * @example RocketMQ description
       */
      description?: string;
      /**
       * @description ID of the security group to move the instance to, as listed by the VPC service's security-group query.
       * @example 8e7d6c5b-4a39-4281-b7c6-d5e4f3a2b1c0
       */
      security_group_id?: string;
      /** @description `true` turns access control lists (ACLs) on, `false` turns them off. */
      enable_acl?: boolean;
      /** @description `true` turns access from the Internet on, `false` turns it off. When true, `publicip_id` is required. */
      enable_publicip?: boolean;
      /**
       * @description IDs of the elastic IP addresses to bind, separated by commas. Required, and not empty, when `enable_publicip` is true.
       * @example 1d7a8d3e-3c1b-4f7a-9c5e-7b2f0e4a6c11
       */
      publicip_id?: string;
      /**
       * @description ID of the enterprise project to move the instance to.
       * @example 0
       */
      enterprise_project_id?: string;
    } & unknown;
    /**
     * BatchDeleteRocketMqInstancesRequest
     * @description The instances to delete. Either list them, or send `all_failure: reliability` to delete every RocketMQ instance of the project whose creation failed.
     */
    BatchDeleteRocketMqInstancesRequest: {
      /**
       * @description `delete`, the only action: deletes the instances with their messages, without a backup.
       * @enum {string}
       */
      action: "delete";
      /**
       * @description IDs of the instances to delete. Required, and not empty, unless `all_failure` is sent.
       * @example [
       *       "54602a9d-5e22-4239-9123-77e350df4a34",
       *       "7166cdea-dbad-4d79-9610-7163e6f8b640"
       *     ]
       */
      instances?: string[];
      /**
       * @description `reliability` (the alias of the RocketMQ engine) deletes every RocketMQ instance of the project whose creation failed; `instances` may then be left out or empty.
       * @enum {string}
       */
      all_failure?: "reliability";
      /** @description `true` deletes the instances for good; `false` moves them to the recycle bin when the project's recycle bin is turned on. */
      force_delete?: boolean;
    } & unknown;
    /**
     * BatchInstanceActionResponse
     * @description What happened to each instance of the request, one entry per instance ID sent.
     */
    BatchInstanceActionResponse: {
      /** @description One entry per instance of the request. */
      results?: {
        /**
         * @description ID of the instance.
         * @example 019cacb7-4ff0-4d3c-9f33-f5f7b7fdc0e6
         */
        instance?: string;
        /**
         * @description `success` when the service accepted the action for this instance (the restart or the deletion then runs in the background), `failed` when it refused it.
         * @enum {string}
         */
        result?: "success" | "failed";
      }[];
    };
    /**
     * RocketMqEngine
     * @description Message engine. `rocketmq` names the RocketMQ engine; `reliability` is an older alias of the same engine that the service still accepts (the pages' own examples use it).
     * @enum {string}
     */
    RocketMqEngine: "rocketmq" | "reliability";
    /**
     * BssParam
     * @description Yearly/monthly (prepaid) billing. Leave it out to pay per use. The pages state the conditional rules in terms of `chargingMode` and `periodType`; the fields on the wire are `charging_mode` and `period_type`.
     */
    BssParam: {
      /**
       * @description Renew the subscription automatically when it ends.
       * @default false
       */
      is_auto_renew?: boolean;
      /**
       * @description Billing mode: `prePaid` for a yearly/monthly subscription, `postPaid` to pay per use.
       * @default postPaid
       * @enum {string}
       */
      charging_mode?: "prePaid" | "postPaid";
      /**
       * @description Pay the order automatically from the account balance. When false the order waits to be paid in the console. The RabbitMQ page gives manual payment (false) as the default; the RocketMQ page gives none.
       * @default false
       */
      is_auto_pay?: boolean;
      /**
       * @description Unit of the subscription period. Required when `charging_mode` is `prePaid`; refused otherwise, because the pages say it is valid only then.
       * @enum {string}
       */
      period_type?: "month" | "year";
      /** @description Number of periods to subscribe: 1 to 9 months, or 1 to 3 years. Required when `charging_mode` is `prePaid`; refused otherwise, because the pages say it is valid only then. */
      period_num?: number;
    } & (unknown & unknown & unknown);
    /**
     * CreateInstanceByEngineRequest
     * @description A RocketMQ instance paid per use or, with `bss_param`, by the month or year. Shares its fields and rules with the pay-per-use body (`CreateInstanceBase`); what is specific to this page: two more disk types (general-purpose and extreme SSD), `bss_param`, `arch_type`, disk encryption, `proxy_enable` defaults to false and `enable_acl` has no documented default or value list. This page lists the high I/O disk without the pay-per-use page's note that the 5.x professional edition cannot use it; the schema applies that rule here too, since both pages describe the same flavors of the same service.
     */
    CreateInstanceByEngineRequest: {
      /**
       * @description Disk type of the brokers: `dms.physical.storage.high.v2` (high I/O; not for the `rocketmq.p*` professional flavors, see above), `dms.physical.storage.ultra.v2` (ultra-high I/O), `dms.physical.storage.general` (general-purpose SSD) or `dms.physical.storage.extreme` (extreme SSD). Which flavors accept the two SSD types is not documented.
       * @enum {string}
       */
      storage_spec_code: "dms.physical.storage.high.v2" | "dms.physical.storage.ultra.v2" | "dms.physical.storage.general" | "dms.physical.storage.extreme";
      /** @description Turn on access control (users and permissions) for clients. This page gives no default (page 000 gives false). */
      enable_acl?: boolean;
      /**
       * @description Turn on the proxy function.
       * @default false
       */
      proxy_enable?: boolean;
      /**
       * @description Encrypt the brokers' disks. When true, `disk_encrypted_key` may name the key.
       * @default false
       */
      disk_encrypted_enable?: boolean;
      /**
       * Format: password
       * @description ID of the key that encrypts the disks (the page's example shows a masked UUID-style key ID; no format is documented). It stays blank when encryption is off, so it must be absent or empty unless `disk_encrypted_enable` is true; with encryption on it may be left out, and when given it is not empty.
       */
      disk_encrypted_key?: $Write<string>;
      /**
       * @description CPU architecture of the brokers, `X86` or `ARM`. No default is documented.
       * @enum {string}
       */
      arch_type?: "X86" | "ARM";
      /** @description Yearly/monthly billing. Leave it out for pay-per-use. The page says a non-empty `bss_param` means yearly/monthly billing, but `charging_mode` inside it defaults to `postPaid` (pay-per-use); `prePaid` with `period_type` and `period_num` is what buys a subscription, and with `postPaid` (given or by default) both are refused. The shared schema's default of false for `is_auto_pay` comes from the RabbitMQ page; this page gives none. */
      bss_param?: components["schemas"]["BssParam"];
    } & (components["schemas"]["CreateInstanceBase"] & unknown);
    /**
     * AvailableZone
     * @description An availability zone of the region and whether message instances can be placed in it now. Its `id` is what a create request takes in `available_zones`; its `code` is the zone code that other answers (such as the product specification list) use to name the zone.
     */
    AvailableZone: {
      /** @description Whether the zone is sold out (`true`): no new instance can be placed in it. The name is camelCase, unlike the other fields, as the service sends it. */
      soldOut?: boolean;
      /**
       * @description Zone ID (a 32-character hexadecimal string in the vendor's examples). This is the value a create request takes in its `available_zones` list, not the `code` or the `name`.
       * @example 9f1c5806706d4c1fb0eb72f0a9b18c77
       */
      id: string;
      /**
       * @description Zone code, such as `cn-north-4a`: the name other Huawei Cloud services (ECS, VPC) give the zone. The product specification list names the zones where a disk type is available by this code, so it is the key that joins the two answers.
       * @example cn-north-4a
       */
      code: string;
      /**
       * @description Display name of the zone, as the console shows it.
       * @example AZ1
       */
      name: string;
      /**
       * @description Port number of the zone, as a decimal string. The vendor does not say what it is used for.
       * @example 8003
       */
      port?: string;
      /**
       * @description Whether the zone still has resources for new instances: `true` or `false`, sent as a string rather than a boolean.
       * @enum {string}
       */
      resource_availability?: "true" | "false";
      /** @description Whether this is the region's default zone. */
      default_az?: boolean;
      /**
       * Format: int64
       * @description Remaining time, described by the vendor as a Unix timestamp without saying what it counts down to. The vendor's examples answer 9223372036854775807 (the largest 64-bit integer, so no end) for every zone; that is beyond JavaScript's safe integers, so a JSON parser in JavaScript reads it as 9223372036854775808.
       * @example 9223372036854776000
       */
      remain_time?: number;
      /** @description Whether instances in this zone can have IPv6 addresses. */
      ipv6_enable?: boolean;
    };
    /**
     * ListAvailableZonesResponse
     * @description The availability zones of the region the request was sent to.
     */
    ListAvailableZonesResponse: {
      /**
       * @description ID of the region whose zones are listed, the region of the endpoint the request was sent to.
       * @example cn-north-4
       */
      region_id: string;
      /** @description Every zone of the region, including sold-out ones and ones without free resources; check `soldOut` and `resource_availability` before choosing a zone for a new instance. */
      available_zones: components["schemas"]["AvailableZone"][];
    };
    /**
     * RocketMqProductIo
     * @description A disk type the flavour can be created with, and where it is in stock.
     */
    RocketMqProductIo: {
      /**
       * @description Disk type, the value of `storage_spec_code` in a create body: `dms.physical.storage.high.v2` (high I/O), `dms.physical.storage.ultra.v2` (ultra-high I/O), `dms.physical.storage.general` (general-purpose SSD) or `dms.physical.storage.extreme` (extreme SSD); the last two only on some sites, and only `createInstanceByEngine` takes them.
       * @enum {string}
       */
      io_spec: "dms.physical.storage.high.v2" | "dms.physical.storage.ultra.v2" | "dms.physical.storage.general" | "dms.physical.storage.extreme";
      /**
       * @description Service that provides the disks; `evs` (Elastic Volume Service).
       * @example evs
       */
      type?: string;
      /**
       * @description Availability zones where this flavour can be created with this disk type, as zone codes (such as `cn-north-4a`). A create body's `available_zones` takes zone IDs: look each code up in the zone listing (`GET /v2/available-zones`, `available_zones[].code`) and send its `id`.
       * @example [
       *       "cn-north-4a",
       *       "cn-north-4b"
       *     ]
       */
      available_zones: string[];
      /**
       * @description Availability zones where this flavour and disk type are sold out, as zone codes.
       * @example [
       *       "cn-north-4c"
       *     ]
       */
      unavailable_zones?: string[];
    };
    /**
     * RocketMqProductProperties
     * @description Limits and sizes of the flavour. Every value is a string, numbers included (`"10"`). A 4.8.0 flavour gives its limits per broker (`min_broker`, `max_broker`, `*_per_broker`, `*_per_node`); a 5.x flavour gives them for the whole instance (`broker_num`, `rcu`, `max_topic`, `max_consumer`, `min_storage`, `max_storage`).
     */
    RocketMqProductProperties: {
      /**
       * @description RocketMQ version the flavour belongs to, the value of `engine_version` in a create body for this `product_id`: `4.8.0` or `5.x`.
       * @enum {string}
       */
      engine_versions?: "4.8.0" | "5.x";
      /**
       * @description Another name of the flavour, as the console and an instance's `specification` show it (such as `rocketmq.4u8g.cluster` for `c6.4u8g.cluster`).
       * @example rocketmq.4u8g.cluster
       */
      product_alias?: string;
      /**
       * @description Fewest brokers an instance of this flavour can have (4.8.0 flavours); the lower bound of a create body's `broker_num`.
       * @example 1
       */
      min_broker?: string;
      /**
       * @description Most brokers an instance of this flavour can have (4.8.0 flavours); the upper bound of a create body's `broker_num`.
       * @example 10
       */
      max_broker?: string;
      /**
       * @description Number of brokers added or removed at a time when the instance is resized (not on every site).
       * @example 1
       */
      step_length?: string;
      /**
       * @description Number of brokers of an instance of this flavour (5.x flavours).
       * @example 1
       */
      broker_num?: string;
      /**
       * @description Least storage per broker, in GB. For a 4.8.0 flavour, a create body's `storage_space` is at least this times `broker_num`.
       * @example 300
       */
      min_storage_per_node?: string;
      /**
       * @description Most storage per broker, in GB. For a 4.8.0 flavour, a create body's `storage_space` is at most this times `broker_num`.
       * @example 60000
       */
      max_storage_per_node?: string;
      /**
       * @description Least storage of a whole instance, in GB (5.x flavours); the lower bound of `storage_space`.
       * @example 100
       */
      min_storage?: string;
      /**
       * @description Most storage of a whole instance, in GB (5.x flavours); the upper bound of `storage_space`.
       * @example 30000
       */
      max_storage?: string;
      /**
       * @description Most topics each broker can hold (4.8.0 flavours).
       * @example 4000
       */
      max_topic_per_broker?: string;
      /**
       * @description Most consumers each broker can hold (4.8.0 flavours); the flavour descriptions give the same numbers as consumer-group limits.
       * @example 4000
       */
      max_consumer_per_broker?: string;
      /**
       * @description Most topics of a whole instance (5.x flavours).
       * @example 50
       */
      max_topic?: string;
      /**
       * @description Most consumers of a whole instance (5.x flavours).
       * @example 500
       */
      max_consumer?: string;
      /**
       * @description Traffic units of the flavour (5.x flavours); `rcu` × `max_tps_per_rcu` is the flavour's maximum TPS.
       * @example 1
       */
      rcu?: string;
      /**
       * @description Maximum TPS of one traffic unit (5.x flavours).
       * @example 500
       */
      max_tps_per_rcu?: string;
      /**
       * @description Number of cores the whole instance is billed for (5.x flavours).
       * @example 1
       */
      core?: string;
      /**
       * @description Maximum TPS of each broker (not on every site).
       * @example 2000
       */
      max_tps_per_broker?: string;
    };
    /**
     * RocketMqProduct
     * @description One flavour: its product ID (the create body's `product_id`), edition, CPU architectures, billing modes, disk types with the zones that have stock, and its limits.
     */
    RocketMqProduct: {
      /**
       * @description Edition of the flavour: `single` (4.8.0 single node), `cluster` (4.8.0 cluster), `single.basic` (5.x basic edition, single node), `cluster.basic` (5.x basic edition, cluster), `single.professional` (5.x professional edition, single node) or `cluster.professional` (5.x professional edition, cluster).
       * @enum {string}
       */
      type: "single" | "cluster" | "single.basic" | "cluster.basic" | "single.professional" | "cluster.professional";
      /**
       * @description Flavour ID, the value of `product_id` in a create body. 4.8.0 flavours are named `c6.<vCPUs>u<memory>g.cluster[.small]` and are sized by per-broker topic and consumer-group limits; 5.x flavours are named `rocketmq.b<n>.large.<k>` (basic edition) or `rocketmq.p<n>.large.<k>` (professional edition) and are sized by instance TPS (`k` × 500; `b1`/`p1` are single-node, `b2`/`p2` clusters). Some regions use other IDs, such as the `.x86` and `.arm` variants of Huawei Cloud Stack.
       * @example c6.4u8g.cluster
       * @example rocketmq.b2.large.8
       */
      product_id: string;
      /**
       * @description ECS flavour the brokers run on, such as `c6.large.2`.
       * @example c6.2xlarge.2
       */
      ecs_flavor_id?: string;
      /**
       * @description Billing (CBC) specification code of the flavour: `dms.platinum.c6` (the usual code, which the vendor's examples also show for 5.x flavours), `dms.rocketmq.basic.single.tps`, `dms.rocketmq.basic.cluster.tps`, `dms.rocketmq.pro.single.tps`, `dms.rocketmq.pro.cluster.tps`, or `dms.platinum.c6.dec` (dedicated cloud). No create field takes it.
       * @example dms.platinum.c6
       */
      billing_code?: string;
      /**
       * @description CPU architectures the flavour is sold with; `createInstanceByEngine` takes one of them as `arch_type`.
       * @example [
       *       "X86"
       *     ]
       */
      arch_types?: ("X86" | "ARM")[];
      /**
       * @description Billing modes the flavour can be bought with: `hourly` (pay-per-use: create without `bss_param`) and `monthly` (yearly/monthly: `bss_param` with `charging_mode: prePaid`).
       * @example [
       *       "monthly",
       *       "hourly"
       *     ]
       */
      charging_mode?: ("monthly" | "hourly")[];
      /** @description Disk types the flavour can be created with, each with the availability zones that have stock for it and those sold out. */
      ios: components["schemas"]["RocketMqProductIo"][];
      /**
       * @description Features that instances of this flavour support (often empty).
       * @example []
       */
      support_features?: string[];
      properties: components["schemas"]["RocketMqProductProperties"];
      /** @description Documented only as "whether the instance is a QingTian instance" (QingTian is Huawei's server architecture), although the name suggests the flavour cannot run on QingTian hosts; usually `false`. No create field takes it. */
      qingtian_incompatible?: boolean;
    };
    /**
     * ListEngineProductsResponse
     * @description The RocketMQ flavours (products) on sale in the region, one page of them, with the engine versions they belong to.
     */
    ListEngineProductsResponse: {
      /**
       * @description Number of flavours that match the query across all pages.
       * @example 1
       */
      total?: number;
      /**
       * @description `offset` of the next page; `-1` when there is none.
       * @example -1
       */
      next_offset?: number;
      /**
       * @description `offset` of the previous page; `-1` when there is none.
       * @example -1
       */
      previous_offset?: number;
      /**
       * @description Message engine of the flavours: `rocketmq` (also for a request sent to `/v2/reliability/products`), or its alias `reliability`.
       * @example rocketmq
       * @enum {string}
       */
      engine: "rocketmq" | "reliability";
      /**
       * @description RocketMQ versions of the flavours listed (`4.8.0`, `5.x`). Each flavour's own version is in `products[].properties.engine_versions`; that is the value a create body's `engine_version` takes for that flavour.
       * @example [
       *       "4.8.0",
       *       "5.x"
       *     ]
       */
      versions: string[];
      /** @description The flavours, each with the disk types, zones and limits it comes with. */
      products: components["schemas"]["RocketMqProduct"][];
    };
    /**
     * TagListPaging
     * @description Where this answer sits in the whole listing.
     */
    TagListPaging: {
      /**
       * @description How many entries the listing has in all, across its pages.
       * @example 2
       */
      total?: number;
      /**
       * @description The `offset` of the next page; `-1` when there is none (as when every tag fits in one page).
       * @example -1
       */
      next_offset?: number;
      /**
       * @description The `offset` of the previous page; `-1` on the first page.
       * @example -1
       */
      previous_offset?: number;
    };
    /**
     * RocketMqInstanceTagsResponse
     * @description The tags of the instance, one page of them.
     */
    RocketMqInstanceTagsResponse: {
      /** @description The instance's tags on this page. */
      tags?: components["schemas"]["TagEntity"][];
    } & components["schemas"]["TagListPaging"];
    /**
     * NewInstanceTag
     * @description The limits on a tag being added. The key has 1 to 128 characters: letters and digits of any script, spaces and `_ . : = + - @`, not beginning or ending with a space and not beginning with `_sys_`. The value has 0 to 255 characters of the same set.
     */
    NewInstanceTag: {
      /** @description Tag key being added: 1 to 128 characters of letters, digits, spaces and `_ . : = + - @`, not beginning or ending with a space, not beginning with `_sys_`. */
      key?: unknown;
      /** @description Tag value being added: 0 to 255 characters of letters, digits, spaces and `_ . : = + - @`. */
      value?: unknown;
    };
    /**
     * RocketMqNewInstanceTag
     * @description The limits on a tag being added to a RocketMQ instance: those of `NewInstanceTag`, and a value may not begin or end with a space.
     */
    RocketMqNewInstanceTag: {
      /** @description Tag value being added; it may not begin or end with a space. */
      value?: unknown;
    } & components["schemas"]["NewInstanceTag"];
    /**
     * TagAction
     * @description What to do with the listed tags: `create` adds them to the instance, `delete` removes them. Lower case only.
     * @example create
     * @enum {string}
     */
    TagAction: "create" | "delete";
    /**
     * TagActionEntry
     * @description One tag to add or to remove: its key and its value. To remove a tag, give the key (and value) it has on the instance.
     */
    TagActionEntry: {
      /**
       * @description Tag key; it may not be empty. A key is unique on an instance. When adding tags it has 1 to 128 characters: letters and digits of any script, spaces and the characters `_ . : = + - @`; it may not begin or end with a space, nor begin with `_sys_` (reserved for system tags).
       * @example env
       */
      key?: string;
      /**
       * @description Tag value. When adding tags it has 0 to 255 characters (the empty string is allowed): letters and digits of any script, spaces and the characters `_ . : = + - @`.
       * @example production
       */
      value?: string;
    };
    /**
     * RocketMqTagActionEntry
     * @description One tag to add or to remove: its key and its value, both mandatory. To remove a tag, give the key and the value it has on the instance.
     */
    RocketMqTagActionEntry: WithRequired<components["schemas"]["TagActionEntry"], "key" | "value">;
    /**
     * RocketMqTagActionRequest
     * @description Tags to add to or remove from one RocketMQ instance, in one call; `action` and `tags` are mandatory, and every entry has a key and a value.
     *
     *     When adding (`action: create`), every key and value must meet the limits of `RocketMqNewInstanceTag`, and the list may not hold more than 20 tags, the most an instance can have; the service also counts the tags the instance already has. A key is unique on an instance, so list each key once (this is not checked before sending); how the service treats a key the instance already has is not documented. When removing (`action: delete`), only the types are checked before sending, so that tags set under older rules can still be removed.
     */
    RocketMqTagActionRequest: {
      /** @description `create` to add the listed tags, `delete` to remove them (lower case only). */
      action: components["schemas"]["TagAction"];
      /** @description The tags to add or remove. */
      tags: components["schemas"]["RocketMqTagActionEntry"][];
    };
    /**
     * ProjectTag
     * @description One tag key in use on the engine's instances of the project, with every value it has on them.
     */
    ProjectTag: {
      /**
       * @description Tag key.
       * @example env
       */
      key?: string;
      /**
       * @description The values this key has across the instances (a value may be the empty string).
       * @example [
       *       "production",
       *       "staging"
       *     ]
       */
      values?: string[];
    };
    /**
     * ProjectTagsResponse
     * @description The tags in use on the engine's instances of the project, one entry per key.
     */
    ProjectTagsResponse: {
      /** @description One entry per tag key, with the values it has. */
      tags?: components["schemas"]["ProjectTag"][];
    };
    /**
     * PagedProjectTagsResponse
     * @description The tags in use on the engine's instances of the project, one entry per key, with paging facts.
     */
    PagedProjectTagsResponse: components["schemas"]["ProjectTagsResponse"] & components["schemas"]["TagListPaging"];
    /**
     * ExtendProductIo
     * @description A disk (storage I/O) type available with the flavour, and the zones that have stock of it.
     */
    ExtendProductIo: {
      /**
       * @description Storage I/O specification, as the create operations' `storage_spec_code` takes it, for example `dms.physical.storage.high.v2` (high I/O) or `dms.physical.storage.ultra.v2` (ultra-high I/O); `dms.physical.storage.general` and `dms.physical.storage.extreme` on some sites.
       * @example dms.physical.storage.ultra.v2
       */
      io_spec?: string;
      /**
       * @description I/O type, `evs` (cloud disks); `dss` (dedicated storage) on some sites.
       * @example evs
       */
      type?: string;
      /** @description Codes of the availability zones that have stock of this disk type. */
      available_zones?: string[];
      /** @description Codes of the availability zones where this disk type is sold out. */
      unavailable_zones?: string[];
    };
    /**
     * ExtendProductSupportFeature
     * @description A feature the flavour supports, with its limits as key/value strings.
     */
    ExtendProductSupportFeature: {
      /**
       * @description Name of the feature, for example `connector_obs` (Kafka dumping to OBS).
       * @example connector_obs
       */
      name?: string;
      /** @description The feature's settings and limits, each a string (for example `max_task`). */
      properties?: {
        [key: string]: string;
      };
    };
    /**
     * ExtendProductInfo
     * @description A flavour the instance can be resized to or within, with the disk types and zones that have stock for it. Its `product_id` is what a vertical resize sends as `new_product_id`.
     */
    ExtendProductInfo: {
      /**
       * @description Instance type of the flavour: `single` or `cluster` (RocketMQ 5.x also `single.basic`, `cluster.basic` and `cluster.professional`).
       * @example cluster
       */
      type?: string;
      /**
       * @description Flavour ID, the `new_product_id` of a vertical resize.
       * @example c6.4u8g.cluster
       */
      product_id?: string;
      /**
       * @description ECS flavour the brokers of this product run on.
       * @example c6.xlarge.2
       */
      ecs_flavor_id?: string;
      /** @description CPU architectures the flavour is offered with, such as `X86` or `ARM`. */
      arch_types?: string[];
      /** @description Billing modes of the flavour, `hourly` (pay per use) and/or `monthly` (yearly/monthly). */
      charging_mode?: string[];
      /** @description Disk types available with the flavour. */
      ios?: components["schemas"]["ExtendProductIo"][];
      /** @description Features the flavour supports. */
      support_features?: components["schemas"]["ExtendProductSupportFeature"][];
      /** @description Codes of the availability zones with stock of the flavour. */
      available_zones?: string[];
      /** @description Codes of the availability zones where the flavour is sold out. */
      unavailable_zones?: string[];
    };
    /**
     * RocketMqExtendProductProperties
     * @description Limits of the flavour, each a string holding a number. Some are shown for RocketMQ 4.8.0 flavours only, others for 5.x flavours only.
     */
    RocketMqExtendProductProperties: {
      /** @description Maximum number of brokers (4.8.0 only). */
      max_broker?: string;
      /** @description Maximum number of topics per broker (4.8.0 only). */
      max_topic_per_broker?: string;
      /** @description Maximum number of consumers per broker (4.8.0 only). */
      max_consumer_per_broker?: string;
      /** @description Minimum number of brokers (4.8.0 only). */
      min_broker?: string;
      /** @description Engine version of the flavour, `4.8.0` or `5.x`. */
      engine_versions?: string;
      /** @description Maximum disk per broker, in GB. */
      max_storage_per_node?: string;
      /** @description Minimum disk per broker, in GB. */
      min_storage_per_node?: string;
      /** @description Alias of the `product_id`. */
      product_alias?: string;
      /** @description Feature switches of the flavour (5.x only). */
      feature?: string;
      /** @description Maximum number of topics of the instance (5.x only). */
      max_topic?: string;
      /** @description Number of brokers of the flavour (5.x only). */
      broker_num?: string;
      /** @description Number of billed cores of the whole instance (5.x only). */
      core?: string;
      /** @description Maximum number of consumers of the instance (5.x only). */
      max_consumer?: string;
      /** @description Traffic units; `rcu` × `max_tps_per_rcu` is the flavour's maximum TPS (5.x only). */
      rcu?: string;
      /** @description Maximum storage space, in GB (5.x only). */
      max_storage?: string;
      /** @description Minimum storage space, in GB (5.x only). */
      min_storage?: string;
      /** @description Maximum TPS per traffic unit (5.x only). */
      max_tps_per_rcu?: string;
      /** @description Elastic TPS (5.x only). */
      elastic_tps?: string;
    };
    /**
     * RocketMqExtendProductInfo
     * @description A RocketMQ flavour the instance can be resized to (or within): its type (`single`, `cluster` for 4.8.0; `single.basic`, `cluster.basic`, `cluster.professional` for 5.x), disk types, zones with stock and limits.
     */
    RocketMqExtendProductInfo: {
      /** @description Billing type of the flavour, such as `dms.platinum.c6` (4.8.0) or `dms.rocketmq.basic.cluster.tps` (5.x basic cluster). */
      billing_code?: string;
      /** @description Whether the flavour runs on Qingtian hardware (`true`) or not. */
      qingtian_incompatible?: boolean;
      properties?: components["schemas"]["RocketMqExtendProductProperties"];
    } & components["schemas"]["ExtendProductInfo"];
    /**
     * RocketMqExtendProductInfoResponse
     * @description The flavours this RocketMQ instance can be resized to, a page at a time.
     */
    RocketMqExtendProductInfoResponse: {
      /** @description Number of flavours the whole query matches. */
      total?: number;
      /** @description The `offset` of the next page. */
      next_offset?: number;
      /** @description The `offset` of the previous page. */
      previous_offset?: number;
      /**
       * @description Message engine, `rocketmq` or its alias `reliability`.
       * @example rocketmq
       */
      engine?: string;
      /** @description Engine versions, such as `4.8.0` and `5.x`. */
      versions?: string[];
      /** @description Flavours offered for a resize of this instance. */
      products?: components["schemas"]["RocketMqExtendProductInfo"][];
    };
    /**
     * RocketMqResizeInstanceRequest
     * @description What to enlarge, and by how much. One kind of change per call (`oper_type`): `storage` grows the disk (`new_storage_space` required), `horizontal` adds brokers on RocketMQ 4.8.0 or moves a 5.x instance to a bigger flavour (`new_broker_num` required; `new_product_id` too for 5.x), and `vertical` moves every broker of a 4.8.0 instance to a bigger flavour (`new_product_id` required). `new_product_id` is refused with `storage`, `new_storage_space` with `vertical`.
     */
    RocketMqResizeInstanceRequest: {
      /**
       * @description Kind of change: `storage` (more disk, same broker count), `horizontal` (RocketMQ 5.x: a bigger instance flavour; 4.8.0: more brokers) or `vertical` (4.8.0 only: a bigger flavour for every broker, same broker count and disk).
       * @enum {string}
       */
      oper_type: "storage" | "horizontal" | "vertical";
      /**
       * @description New storage space, in GB. Required for `storage`, where each broker must grow by at least 100 GB; with `horizontal` the disk per broker stays as it is; refused for `vertical`.
       * @example 800
       */
      new_storage_space?: number;
      /**
       * @description Flavour to move to, one of the `product_id`s the flavour query for this instance answers (`showEngineInstanceExtendProductInfo`): for RocketMQ 5.x with `horizontal` (required there), for 4.8.0 with `vertical` (required). Cluster instances only. Refused with `storage`.
       * @example c6.8u16g.cluster
       */
      new_product_id?: string;
      /**
       * @description Number of brokers after the change. Required for `horizontal`.
       * @example 4
       */
      new_broker_num?: number;
      /**
       * @description ID of the elastic IP address for the new brokers, or several IDs separated by commas. Required for `horizontal` when the instance has public access (which the service checks).
       * @example 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f
       */
      publicip_id?: string;
    } & (unknown & unknown & unknown);
    /**
     * ResizeInstanceResponse
     * @description The resize was accepted and runs in the background. `job_id` names the background task that carries it out; the instance itself reports the change through its `status` (see the resize operation's description).
     */
    ResizeInstanceResponse: {
      /**
       * @description ID of the specification modification task. Kafka lists its jobs among the instance's background tasks (`GET /v2/{project_id}/instances/{instance_id}/tasks`, not covered by this description), where a task's `status` goes from `EXECUTING` to `SUCCESS` or `FAILED`. To know when the resize is done, poll the instance as the resize operation describes.
       * @example 93b94287-728d-4bb1-a158-cb66cb0854e7
       */
      job_id: string;
    };
    /**
     * ResizeInstanceForRocketMqRequest
     * @description What to enlarge on a RocketMQ 5.x instance: `storage` (more disk; `new_storage_space` required) or `horizontal` (a bigger instance flavour; `new_product_id` required, and `new_storage_space` may grow with it). `new_product_id` is refused with `storage`.
     */
    ResizeInstanceForRocketMqRequest: {
      /**
       * @description Kind of change: `storage` (more disk, same flavour) or `horizontal` (a bigger instance flavour).
       * @enum {string}
       */
      oper_type: "storage" | "horizontal";
      /**
       * @description New storage space, in GB. Required for `storage`, where each broker must grow by at least 100 GB; may be sent with `horizontal`, where the disk per broker otherwise stays as it is.
       * @example 300
       */
      new_storage_space?: number;
      /**
       * @description The 5.x flavour to move to, such as `rocketmq.b2.large.4`: one of the `product_id`s of `showEngineInstanceExtendProductInfoForRocketMq`. Required for `horizontal` (cluster instances only), refused with `storage`.
       * @example rocketmq.b2.large.4
       */
      new_product_id?: string;
      /**
       * @description ID of the elastic IP address, or several IDs separated by commas. Required for `horizontal` when the instance has public access (which the service checks).
       * @example 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f
       */
      publicip_id?: string;
    } & (unknown & unknown);
    /**
     * ScalePreCheckItem
     * @description One item the service checked before a resize, and whether it passed.
     */
    ScalePreCheckItem: {
      /**
       * @description Name of the check item, such as `CPU`, `RAM`, `REPLICA`, `ISR` or `NETWORK`; the service may add others.
       * @example REPLICA
       */
      name?: string;
      /** @description Whether the item is normal (`true`) or abnormal (`false`). */
      success?: boolean;
      /**
       * @description Why the item failed, empty when it passed; for a replica problem, the topic and partition concerned (`topic-1-1`).
       * @example topic-1-1
       */
      reason?: string;
      /**
       * @description Risk level of the item: `low`, `medium` or `high`. Not enforced here, since answers are never refused for a new value.
       * @example medium
       */
      risk?: string;
    };
    /**
     * ScalePreCheckResponse
     * @description The result of the pre-check: the check items, each with `success` and `risk`. The answer is a list of items or, in some answers, a single item as the whole body; both shapes are accepted, so test for an array before reading. A resize is safe to start when no item has `success` false; a failed item with `risk` `high` is the one to fix first.
     */
    ScalePreCheckResponse: components["schemas"]["ScalePreCheckItem"][] | components["schemas"]["ScalePreCheckItem"];
    /**
     * BackgroundTask
     * @description A task the service runs in the background on an instance, started by a change such as a resize, a configuration change, a public-access switch or a kernel upgrade. An operation that starts one answers its ID as `job_id`; that is the `id` here and the `task_id` of the show, progress and delete operations.
     */
    BackgroundTask: {
      /**
       * @description Task ID (32 hexadecimal characters in the vendor's examples). It is the `job_id` that the operation which started the task answered (for example a resize, a port-protocol or SSL switch, a configuration change), and the `task_id` to show, follow or delete the task by.
       * @example 8abfa7b372160bfd0172165864064079
       */
      id: string;
      /**
       * @description What the task does, as a camelCase internal name. The vendor publishes no list of names; its examples show `modifyAutoTopic`, `changeRetentionPolicy` and `bindInstancePublicIp`, and its Terraform provider waits for `kafkaConfigModify` (parameters or automatic topic creation changed), `kafkaResetConsumerOffset`, `bindInstancePublicIp` and `unbindInstancePublicIp`. Other operations (resizes, restarts, upgrades, SSL switches) run tasks whose names no source gives: follow those by `id` (their `job_id`), not by name.
       * @example modifyAutoTopic
       * @example changeRetentionPolicy
       * @example bindInstancePublicIp
       * @example unbindInstancePublicIp
       * @example kafkaConfigModify
       * @example kafkaResetConsumerOffset
       */
      name: string;
      /**
       * @description Name of the user who started the task (`paas_dms` in the vendor's examples).
       * @example paas_dms
       */
      user_name?: string;
      /**
       * @description ID of the user who started the task.
       * @example 3df5acbc24a54fadb62a043c9000a307
       */
      user_id?: string;
      /**
       * @description The task's parameters as a JSON document in a string, different for each task name; for `modifyAutoTopic`, `{"old_auto_status":true,"new_auto_status":false}`. Parse it with `JSON.parse`; its fields are not documented.
       * @example {"old_auto_status":true,"new_auto_status":false}
       */
      params?: string;
      /**
       * @description Status of the task. The vendor lists these values:
       *
       *     - `CREATED`: the task is created and has not started (in progress).
       *     - `EXECUTING`: the task is running (in progress).
       *     - `SUCCESS`: the task finished and succeeded.
       *     - `FAILED`: the task finished and failed.
       *     - `CANCELLED`: the task was cancelled (the vendor's text says it of scheduled tasks); it
       *       will not run.
       *     - `DELETED`: the task's record was deleted.
       *
       *     `SUCCESS` is the only value that means the change was made; `FAILED`, `CANCELLED` and
       *     `DELETED` are final without it. The list has grown over time (the older pages listed no
       *     values, `CANCELLED` came later) and is not declared closed, so the schema takes any string:
       *     treat a value not listed here as still in progress, and bound the wait with a timeout.
       * @example EXECUTING
       * @example SUCCESS
       * @example FAILED
       */
      status: string;
      /**
       * @description When the task started, as an ISO 8601 UTC timestamp with milliseconds (`2020-05-15T03:19:51.046Z` in the vendor's examples).
       * @example 2020-05-15T03:19:51.046Z
       */
      created_at?: string;
      /**
       * @description When the task last changed, in the same form as `created_at`; the vendor's pages call it the end time, which it is once the task is final.
       * @example 2020-05-15T03:19:51.065Z
       */
      updated_at?: string;
    };
    /**
     * ListBackgroundTasksResponse
     * @description One page of the instance's background tasks and how many there are in all. The vendor's example lists the newest task first.
     */
    ListBackgroundTasksResponse: {
      /**
       * @description Number of tasks that match the query across all pages (not the size of this page), as a string of digits (`"4"`), as the service sends it.
       * @example 4
       */
      task_count: string;
      /** @description The tasks of this page, at most `limit` of them, newest first in the vendor's example. */
      tasks: components["schemas"]["BackgroundTask"][];
    };
    /**
     * ShowBackgroundTaskResponse
     * @description The task asked for, answered as a list of one: read `tasks[0]`. The vendor does not document what an ID it does not know answers; a client should treat an empty `tasks` as no such task.
     */
    ShowBackgroundTaskResponse: {
      /**
       * @description Number of tasks answered, as a string of digits (`"1"`).
       * @example 1
       */
      task_count: string;
      /** @description The task asked for, as the only item. */
      tasks: components["schemas"]["BackgroundTask"][];
    };
    /**
     * BackgroundTaskStep
     * @description One step of a background task, such as a pre-check or the disk expansion of a resize.
     */
    BackgroundTaskStep: {
      /**
       * @description Name of the step, in snake_case; the vendor's example shows `pre_check` and `disk_expansion`. No list of names is published.
       * @example pre_check
       * @example disk_expansion
       */
      name?: string;
      /**
       * @description Status of the step (the field is spelt `statue` by the service). The vendor lists
       *     `WAITING` (not started), `IN_PROGRESS`, `COMPLETED` and `FAILED`; the set is not declared
       *     closed, so the schema takes any string.
       * @example COMPLETED
       * @example IN_PROGRESS
       */
      statue?: string;
      /**
       * @description When the step started. The vendor's table types it as a string without a format, while its example answers a Unix timestamp in milliseconds as a JSON number (`1763350067752`); both are accepted.
       * @example 1763350067752
       */
      start_time?: string | number;
      /**
       * @description When the step ended, in the same form as `start_time`; a step that has not ended may leave it out or empty (not documented).
       * @example 1763350111208
       */
      end_time?: string | number;
    };
    /**
     * BackgroundTaskProgress
     * @description How far a background task has got: a percentage, an estimate of the time left and its steps. The Kafka page says progress is reported only for capacity expansion (resize) tasks.
     */
    BackgroundTaskProgress: {
      /**
       * @description Progress of the task in per cent, `100` when it is complete.
       * @example 100
       */
      progress_percentage?: number;
      /**
       * @description Estimated time left. The vendor states no unit (its example answers `0` for a finished task).
       * @example 0
       */
      remain_time?: number;
      /** @description The task's steps, in the order they run in the vendor's example. */
      step_list?: components["schemas"]["BackgroundTaskStep"][];
    };
    /**
     * ProductCoresResponse
     * @description The vCPUs of a flavour and broker count, and an instance's storage with that many brokers.
     */
    ProductCoresResponse: {
      /** @description vCPUs of `broker_num` brokers of the flavour `product_id`. */
      core_num?: number;
      /** @description Only with `instance_id`: that instance's storage (GB) with `broker_num` brokers (its present storage when `broker_num` is not more than its broker count). */
      total_extend_storage_space?: number;
    };
    /**
     * QuotaResource
     * @description One quota of the project and how much of it is used.
     */
    QuotaResource: {
      /** @description `kafkaInstance`, `rocketmqInstance`, `rabbitmqInstance` (instances per engine), `tags` (tags per instance), or others such as the deprecated `kafkaInstancePublic`. */
      type?: string;
      /** @description The limit (instances of that engine, or tags per instance). */
      quota?: number;
      /** @description Instances of that engine the project has (absent for `tags`). */
      used?: number;
    };
    /**
     * QuotasResponse
     * @description The project's DMS quotas.
     */
    QuotasResponse: {
      /** @description Quota information. */
      quotas?: {
        /** @description One entry per quota. */
        resources?: components["schemas"]["QuotaResource"][];
      };
    };
  };
  responses: {
    /** @description The request breaks a documented rule: bad project id (`DMS.00400002`), body that is not JSON (`DMS.00400005`), unknown `product_id` (`DMS.00400009`), bad name (`DMS.00400010`), password complexity (`DMS.00400012`), name already in use (`DMS.00400060`), ... */
    bad_request: {
      headers: {
        "X-Request-Id": components["headers"]["x_request_id"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error_code": "DMS.00400009",
         *       "error_msg": "Invalid product_id."
         *     }
         */
        "application/json": components["schemas"]["HuaweiCloudError"];
      };
    };
    /** @description The request is not signed correctly, its `X-Sdk-Date` is more than 15 minutes off, or the security token is missing, invalid or expired (`APIGW.0301`, `DMS.10240101`–`DMS.10240104`). */
    unauthorized: {
      headers: {
        "X-Request-Id": components["headers"]["x_request_id"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error_code": "APIGW.0301",
         *       "error_msg": "Incorrect IAM authentication information.",
         *       "request_id": "6c2c5e2a3f9d4c0b8e9a1f7d2b4c6e8a"
         *     }
         */
        "application/json": components["schemas"]["HuaweiCloudError"];
      };
    };
    /** @description The credentials are valid but lack permission for this action or project (`DMS.00403002`, `DMS.00403003`). */
    forbidden: {
      headers: {
        "X-Request-Id": components["headers"]["x_request_id"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error_code": "DMS.00403002",
         *       "error_msg": "Forbidden."
         *     }
         */
        "application/json": components["schemas"]["HuaweiCloudError"];
      };
    };
    /** @description The caller is throttled by the API gateway. Retry later with backoff. */
    too_many_requests: {
      headers: {
        "X-Request-Id": components["headers"]["x_request_id"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error_code": "APIGW.0308",
         *       "error_msg": "The throttling threshold has been reached.",
         *       "request_id": "6c2c5e2a3f9d4c0b8e9a1f7d2b4c6e8a"
         *     }
         */
        "application/json": components["schemas"]["HuaweiCloudError"];
      };
    };
    /** @description The service or the gateway failed (`DMS.00500000` internal error, or 502/503/504 from the gateway). A proxy in between may answer with a body that is not JSON. */
    server_error: {
      headers: {
        "X-Request-Id": components["headers"]["x_request_id"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error_code": "DMS.00500000",
         *       "error_msg": "Internal error."
         *     }
         */
        "application/json": components["schemas"]["HuaweiCloudError"];
      };
    };
    /** @description The instance does not exist in this project, or no longer does: after a delete, showing the instance answers `DMS.00404022`. */
    not_found: {
      headers: {
        "X-Request-Id": components["headers"]["x_request_id"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error_code": "DMS.00404022",
         *       "error_msg": "The instance does not exist."
         *     }
         */
        "application/json": components["schemas"]["HuaweiCloudError"];
      };
    };
  };
  parameters: {
    /**
     * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
     * @example 0605767a3300d5762fb0c0186d9e1c2e
     */
    project_id: string;
    /**
     * @description Message engine whose instances to list: `rocketmq`. Kafka, RocketMQ and RabbitMQ share the DMS host and this path, so the parameter selects the RocketMQ instances; the official SDK refuses to send the request without it. The vendor's page also names the alias `reliability`, but the SDK's value list has `rocketmq` only, and so does this schema.
     * @example rocketmq
     */
    list_engine: "rocketmq";
    /**
     * @description Lists the instances whose name contains this text, or whose name is exactly this text when `exact_match_name` is `true`.
     * @example orders
     */
    list_name: string;
    /**
     * @description Lists only the instance with this ID.
     * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
     */
    list_instance_id: string;
    /**
     * @description Lists only the instances in this status.
     * @example RUNNING
     */
    list_status: components["schemas"]["InstanceStatus"];
    /**
     * @description `true` also lists the instances whose creation failed (status `CREATEFAILED`); `false` leaves them out. A string, as the official SDKs send it; the vendor's sources state no default.
     * @example false
     */
    list_include_failure: "true" | "false";
    /**
     * @description `true` matches `name` exactly; `false` (the default) lists every instance whose name contains it. A string, as the official SDKs send it.
     * @example true
     */
    list_exact_match_name: "true" | "false";
    /**
     * @description Lists only the instances of this enterprise project (`0` is the default enterprise project).
     * @example 0
     */
    list_enterprise_project_id: string;
    /**
     * @description How many instances to skip, in the order the service lists them; `0` (the default) starts with the first. Use with `limit` to page through `instance_num` instances.
     * @example 0
     */
    list_offset: number;
    /**
     * @description How many instances to answer at most, 1 to 50 (default 10).
     * @example 10
     */
    list_limit: number;
    /**
     * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
     * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
     */
    instance_id: string;
    /**
     * @description Message engine the request is for: `rocketmq`, or its alias `reliability`. The page does not say that it has to match the `engine` field of the body, but both name the same engine.
     * @example reliability
     */
    engine: components["schemas"]["RocketMqEngine"];
    /**
     * @description Message engine whose flavours to list: `reliability`, the name of the RocketMQ engine in the vendor's request examples for this call. It lists the 4.8.0 and the 5.x flavours, and the answer names the engine `rocketmq`. (`rocketmq` is documented as an equivalent value.)
     * @example reliability
     */
    engine_products_engine: "reliability";
    /**
     * @description How many tags to answer at most (default 10). No upper bound is documented.
     * @example 10
     */
    tags_limit: number;
    /**
     * @description How many tags to skip; `0` (the default) starts with the first. The answer's `next_offset` is the value for the next page.
     * @example 0
     */
    tags_offset: number;
    /**
     * @description Message engine of the instance; always `rocketmq` here. The same URL on the shared DMS host serves Kafka and RabbitMQ instances under their own engine names.
     * @example rocketmq
     */
    extend_engine: "rocketmq";
    /**
     * @description Product edition whose flavours to list: `advanced`, the premium edition, which is also what the service assumes when the parameter is left out.
     * @example advanced
     */
    extend_product_type: "advanced";
    /**
     * @description ID of the background task: the `job_id` answered by the operation that started it, or the `id` of a task from the list of the instance's background tasks.
     * @example 8abfa7b372160bfd0172165864064079
     */
    task_id: string;
    /**
     * @description An instance ID; with it the answer also carries `total_extend_storage_space`.
     * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
     */
    product_cores_instance_id: string;
    /**
     * @description Whether to include the tag quota (`tags`).
     * @example false
     */
    quotas_include_tags_quota: "true" | "false";
    /**
     * @description Answers the instance quota of one engine only: `reliability` (RocketMQ), `kafka` or `rabbitmq`. Without it every engine's quota is answered.
     * @example reliability
     */
    quotas_only_quota: "reliability" | "kafka" | "rabbitmq";
  };
  requestBodies: never;
  headers: {
    /** @description Id of this request, to quote when contacting support. */
    x_request_id: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listInstances: {
    parameters: {
      query: {
        /**
         * @description Message engine whose instances to list: `rocketmq`. Kafka, RocketMQ and RabbitMQ share the DMS host and this path, so the parameter selects the RocketMQ instances; the official SDK refuses to send the request without it. The vendor's page also names the alias `reliability`, but the SDK's value list has `rocketmq` only, and so does this schema.
         * @example rocketmq
         */
        engine: components["parameters"]["list_engine"];
        /**
         * @description Lists the instances whose name contains this text, or whose name is exactly this text when `exact_match_name` is `true`.
         * @example orders
         */
        name?: components["parameters"]["list_name"];
        /**
         * @description Lists only the instance with this ID.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id?: components["parameters"]["list_instance_id"];
        /**
         * @description Lists only the instances in this status.
         * @example RUNNING
         */
        status?: components["parameters"]["list_status"];
        /**
         * @description `true` also lists the instances whose creation failed (status `CREATEFAILED`); `false` leaves them out. A string, as the official SDKs send it; the vendor's sources state no default.
         * @example false
         */
        include_failure?: components["parameters"]["list_include_failure"];
        /**
         * @description `true` matches `name` exactly; `false` (the default) lists every instance whose name contains it. A string, as the official SDKs send it.
         * @example true
         */
        exact_match_name?: components["parameters"]["list_exact_match_name"];
        /**
         * @description Lists only the instances of this enterprise project (`0` is the default enterprise project).
         * @example 0
         */
        enterprise_project_id?: components["parameters"]["list_enterprise_project_id"];
        /**
         * @description How many instances to skip, in the order the service lists them; `0` (the default) starts with the first. Use with `limit` to page through `instance_num` instances.
         * @example 0
         */
        offset?: components["parameters"]["list_offset"];
        /**
         * @description How many instances to answer at most, 1 to 50 (default 10).
         * @example 10
         */
        limit?: components["parameters"]["list_limit"];
      };
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of matching instances and their total number. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListInstancesResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  createPostPaidInstance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreatePostPaidInstanceRequest"];
      };
    };
    responses: {
      /** @description The instance is being created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "instance_id": "8959ab1c-7n1a-yyb1-a05t-93dfc361b32d"
           *     }
           */
          "application/json": components["schemas"]["CreateInstanceResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  showInstance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The instance. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ShowInstanceResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
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
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    /** @description The settings to change. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateRocketMqInstanceRequest"];
      };
    };
    responses: {
      /** @description The change is accepted; there is no body. */
      204: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
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
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deletion started; no body. The instance goes `DELETING`, and then `showInstance` answers 404 `DMS.00404022`. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  batchDeleteInstances: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
      };
      cookie?: never;
    };
    /** @description The instances to delete. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["BatchDeleteRocketMqInstancesRequest"];
      };
    };
    responses: {
      /** @description The deletion was accepted or refused for each listed instance; it then runs in the background. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BatchInstanceActionResponse"];
        };
      };
      /** @description With `all_failure`, the failed creations are being deleted; there is no body. */
      204: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  createInstanceByEngine: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Message engine the request is for: `rocketmq`, or its alias `reliability`. The page does not say that it has to match the `engine` field of the body, but both name the same engine.
         * @example reliability
         */
        engine: components["parameters"]["engine"];
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateInstanceByEngineRequest"];
      };
    };
    responses: {
      /** @description The instance is being created (or, for an unpaid yearly/monthly order, waits for payment). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "instance_id": "8959ab1c-7n1a-yyb1-a05t-93dfc361b32d"
           *     }
           */
          "application/json": components["schemas"]["CreateInstanceResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  createPostPaidInstanceForRocketMq: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
      };
      cookie?: never;
    };
    /** @description Settings of the new instance (the same body as `createInstanceByEngine`). */
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateInstanceByEngineRequest"];
      };
    };
    responses: {
      /** @description The instance is being created (or, for an unpaid yearly/monthly order, waits for payment); the body holds its ID. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateInstanceResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
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
      /** @description The zones of the region. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListAvailableZonesResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  listEngineProducts: {
    parameters: {
      query?: {
        /**
         * @description Service type of the flavours to list: `advanced` (the public cloud service) or `dec` (dedicated cloud, on some sites only). Leave it out to list the flavours of the region's service.
         * @example advanced
         */
        type?: "advanced" | "dec";
        /**
         * @description Flavour to list alone, such as `c6.4u8g.cluster` (4.8.0) or `rocketmq.b1.large.1` (5.x basic edition, single node); the same IDs the answer's `products[].product_id` carries. Leave it out to list every flavour.
         * @example rocketmq.b1.large.1
         */
        product_id?: string;
        /**
         * @description Number of flavours to answer at most (default 10). The vendor gives no upper bound.
         * @example 10
         */
        limit?: number;
        /**
         * @description Number of flavours to skip before the first one answered, 0 or more (default 0).
         * @example 0
         */
        offset?: number;
      };
      header?: never;
      path: {
        /**
         * @description Message engine whose flavours to list: `reliability`, the name of the RocketMQ engine in the vendor's request examples for this call. It lists the 4.8.0 and the 5.x flavours, and the answer names the engine `rocketmq`. (`rocketmq` is documented as an equivalent value.)
         * @example reliability
         */
        engine: components["parameters"]["engine_products_engine"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The matching flavours, one page of them. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListEngineProductsResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  showRocketmqTags: {
    parameters: {
      query?: {
        /**
         * @description How many tags to answer at most (default 10). No upper bound is documented.
         * @example 10
         */
        limit?: components["parameters"]["tags_limit"];
        /**
         * @description How many tags to skip; `0` (the default) starts with the first. The answer's `next_offset` is the value for the next page.
         * @example 0
         */
        offset?: components["parameters"]["tags_offset"];
      };
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The instance's tags, one page of them. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RocketMqInstanceTagsResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  batchCreateOrDeleteRocketmqTag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RocketMqTagActionRequest"];
      };
    };
    responses: {
      /** @description The tags were added or removed; there is no body. */
      204: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  showRocketmqProjectTags: {
    parameters: {
      query?: {
        /**
         * @description How many tags to answer at most (default 10). No upper bound is documented.
         * @example 10
         */
        limit?: components["parameters"]["tags_limit"];
        /**
         * @description How many tags to skip; `0` (the default) starts with the first. The answer's `next_offset` is the value for the next page.
         * @example 0
         */
        offset?: components["parameters"]["tags_offset"];
      };
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project's tag keys and their values, one page of them. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagedProjectTagsResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  showEngineInstanceExtendProductInfo: {
    parameters: {
      query?: {
        /**
         * @description Product edition whose flavours to list: `advanced`, the premium edition, which is also what the service assumes when the parameter is left out.
         * @example advanced
         */
        type?: components["parameters"]["extend_product_type"];
      };
      header?: never;
      path: {
        /**
         * @description Message engine of the instance; always `rocketmq` here. The same URL on the shared DMS host serves Kafka and RabbitMQ instances under their own engine names.
         * @example rocketmq
         */
        engine: components["parameters"]["extend_engine"];
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The flavours offered for a resize of this instance. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RocketMqExtendProductInfoResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  resizeInstance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Message engine of the instance; always `rocketmq` here. The same URL on the shared DMS host serves Kafka and RabbitMQ instances under their own engine names.
         * @example rocketmq
         */
        engine: components["parameters"]["extend_engine"];
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    /** @description The kind of change and the new size. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["RocketMqResizeInstanceRequest"];
      };
    };
    responses: {
      /** @description The resize was accepted; the instance turns `EXTENDING` and back to `RUNNING` when the change is done. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ResizeInstanceResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  showEngineInstanceExtendProductInfoForRocketMq: {
    parameters: {
      query?: {
        /**
         * @description Product edition whose flavours to list: `advanced`, the premium edition, which is also what the service assumes when the parameter is left out.
         * @example advanced
         */
        type?: components["parameters"]["extend_product_type"];
        /**
         * @description Number of flavours to answer at most (default 10). The vendor gives no upper bound.
         * @example 10
         */
        limit?: number;
        /**
         * @description Number of flavours to skip before the first one answered (default 0).
         * @example 0
         */
        offset?: number;
      };
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The flavours offered for a resize of this instance. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RocketMqExtendProductInfoResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  resizeInstanceForRocketMq: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    /** @description The kind of change and the new size. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["ResizeInstanceForRocketMqRequest"];
      };
    };
    responses: {
      /** @description The resize was accepted; the instance turns `EXTENDING` and back to `RUNNING` when the change is done. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ResizeInstanceResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  showRocketMqScalePreCheckInfo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The check items. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ScalePreCheckResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  listBackgroundTasks: {
    parameters: {
      query?: {
        /**
         * @description Position of the first task to answer, "ID of the task where the query starts" in the vendor's words; `0` or more (the RocketMQ page). The vendor's current pages and SDKs name this parameter `offset`; its earlier pages, and its Terraform provider, send the same thing as `start`, counting from `1`.
         * @example 0
         */
        offset?: number;
        /**
         * @deprecated
         * @description The earlier name of `offset`, in the vendor's pages and SDKs until late 2025 and still sent by the vendor's Terraform provider, which counts from `1`. Kept for services that still expect it; send one of `offset` and `start`, not both.
         */
        start?: number;
        /**
         * @description How many tasks to answer at most. The vendor's pages state no range or default; its Terraform provider states 1 to 100 with a default of 10, and pages with 100.
         * @example 10
         */
        limit?: number;
        /**
         * @description Earliest time of the tasks to answer ("the minimum time" in the vendor's Chinese page), as `YYYYMMDDHHmmss` (14 digits, UTC according to the vendor's Terraform provider), such as `20200515000000`.
         * @example 20200515000000
         */
        begin_time?: string;
        /**
         * @description Latest time of the tasks to answer, in the same form as `begin_time`.
         * @example 20200516000000
         */
        end_time?: string;
      };
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the instance's tasks, and how many there are in all. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListBackgroundTasksResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  showBackgroundTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
        /**
         * @description ID of the background task: the `job_id` answered by the operation that started it, or the `id` of a task from the list of the instance's background tasks.
         * @example 8abfa7b372160bfd0172165864064079
         */
        task_id: components["parameters"]["task_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The task, as the only item of `tasks`. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ShowBackgroundTaskResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  deleteBackgroundTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
        /**
         * @description ID of the background task: the `job_id` answered by the operation that started it, or the `id` of a task from the list of the instance's background tasks.
         * @example 8abfa7b372160bfd0172165864064079
         */
        task_id: components["parameters"]["task_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record is deleted; there is no body. */
      204: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  showBackgroundTaskProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
        /**
         * @description ID of the instance, as answered by the create operation (`instance_id`) or listed by the list operation.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id: components["parameters"]["instance_id"];
        /**
         * @description ID of the background task: the `job_id` answered by the operation that started it, or the `id` of a task from the list of the instance's background tasks.
         * @example 8abfa7b372160bfd0172165864064079
         */
        task_id: components["parameters"]["task_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The task's progress and steps. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BackgroundTaskProgress"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  showRocketMqProductCores: {
    parameters: {
      query: {
        /**
         * @description Flavour, a `product_id` of `listEngineProducts`: a 4.8.0 flavour such as `c6.4u8g.cluster`, or a 5.x one such as `rocketmq.b2.large.4` (basic) or `rocketmq.p2.large.8` (professional). Any string is passed on.
         * @example c6.8u16g.cluster
         */
        product_id: string;
        /**
         * @description Number of brokers, as a decimal string (the page's example sends `1`).
         * @example 1
         */
        broker_num: string;
        /**
         * @description An instance ID; with it the answer also carries `total_extend_storage_space`.
         * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
         */
        instance_id?: components["parameters"]["product_cores_instance_id"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The vCPU count, and the storage space when an instance was named. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProductCoresResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
  showQuotas: {
    parameters: {
      query?: {
        /**
         * @description Whether to include the tag quota (`tags`).
         * @example false
         */
        includeTagsQuota?: components["parameters"]["quotas_include_tags_quota"];
        /**
         * @description Answers the instance quota of one engine only: `reliability` (RocketMQ), `kafka` or `rabbitmq`. Without it every engine's quota is answered.
         * @example reliability
         */
        onlyQuota?: components["parameters"]["quotas_only_quota"];
      };
      header?: never;
      path: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: components["parameters"]["project_id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project's quotas. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["QuotasResponse"];
        };
      };
      400: components["responses"]["bad_request"];
      401: components["responses"]["unauthorized"];
      403: components["responses"]["forbidden"];
      404: components["responses"]["not_found"];
      429: components["responses"]["too_many_requests"];
      "5XX": components["responses"]["server_error"];
    };
  };
}
type WithRequired<T, K extends keyof T> = T & {
  [P in K]-?: T[P];
};
