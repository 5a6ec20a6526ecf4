// Generated from specs/huaweicloud-kafka/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
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
     * List Kafka instances
     * @description Lists the Kafka instances of the project, optionally filtered by name, ID, status and
     *     enterprise project.
     *
     *     Paging: `offset` (default 0) skips that many matching instances and `limit` (1 to 50,
     *     default 10) caps the page. `instance_num` is the number of matching instances across all
     *     pages, not the size of this page; to read them all, repeat the call with `offset` raised by
     *     the number of instances answered until `offset` reaches `instance_num`. Instances whose
     *     creation failed are listed unless `include_failure` is `false`.
     *
     *     The URL is shared with RocketMQ and RabbitMQ on the same regional DMS host; `engine=kafka`
     *     selects the Kafka instances. The official SDK refuses to send the request without it, while
     *     older editions of the vendor's page mark it optional with `kafka` as the default; this
     *     description follows the SDK.
     */
    get: operations["listInstances"];
    put?: never;
    /**
     * Create a pay-per-use Kafka instance
     * @deprecated
     * @description Starts building a Kafka instance billed by the hour. The answer carries the new instance's ID
     *     at once; the instance itself is ready only when its status moves from `CREATING` to `RUNNING`,
     *     several minutes later.
     *
     *     This is the legacy create operation of DMS for Kafka. It shares its URL with the RocketMQ
     *     pay-per-use create: both are `POST /v2/{project_id}/instances` on the same regional DMS
     *     host, and the body's `engine` field (`kafka` here) is what tells the two apart. The vendor
     *     now documents newer create operations (`POST /v2/{engine}/{project_id}/instances`,
     *     `POST /v2/{project_id}/kafka/instances`), and its Go SDK dropped this one in January 2026.
     *
     *     Several option lists were cut off the page copy this description is written from
     *     (bandwidth classes, storage ranges, partition counts, disk types, public bandwidth ranges,
     *     retention policies, password rules, maintenance-window values); they are taken from the
     *     vendor's other documentation of the same operation. Where the page's request example breaks
     *     its own table, the example below is corrected and says so.
     *
     *     Deprecated: use `createInstanceByEngine` (`POST /v2/{engine}/{project_id}/instances`, engine
     *     `kafka`) instead, the newer operation that replaces this one. There the instance is sized
     *     by a flavor `product_id` and `broker_num` instead of `specification` and `partition_num`,
     *     there is no Kafka Manager user (`kafka_manager_user`, `kafka_manager_password`) and no
     *     `public_bandwidth`, and yearly/monthly billing is offered.
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
     * Show a Kafka instance
     * @description Answers the details of one Kafka instance: status, flavor, storage, network placement,
     *     connection addresses, security settings and tags.
     *
     *     This is the call to poll after a create: a new instance answers `CREATING` and then, several
     *     minutes later, `RUNNING`; `CREATEFAILED` and `ERROR` are failures it does not recover from by
     *     itself. After a delete it answers `DELETING` for a while and then `404` with
     *     `DMS.00404022`. While the instance is being built, addresses are empty and usage is zero.
     *
     *     An IAM user needs the `dms:instance:getDetail` action (alias `dms:instance:get`). The same URL
     *     on the same regional DMS host also serves RocketMQ and RabbitMQ instances; this description
     *     covers Kafka instances.
     */
    get: operations["showInstance"];
    /**
     * Modify a Kafka instance
     * @description Changes an instance's name, description, maintenance window, security group, capacity threshold
     *     policy (`retention_policy`) or enterprise project. Send only the fields to change; the others
     *     keep their values. The maintenance window is sent as a pair, `maintain_begin` and
     *     `maintain_end`, four hours apart.
     *
     *     The service answers `204` without a body. A new name, description, window, security group or
     *     enterprise project takes effect at once; a new capacity threshold policy is applied by a
     *     background task of the instance (listed by `GET /v2/{project_id}/instances/{instance_id}/tasks`),
     *     and the show operation's `retention_policy` changes when it is done. Changing the capacity
     *     threshold policy or the enterprise project does not restart the instance.
     *
     *     An IAM user needs the `dms:instance:modify` action. The same URL on the same regional DMS host
     *     also modifies RocketMQ and RabbitMQ instances, whose bodies differ; this description covers
     *     Kafka instances.
     *
     *     Source: "Modifying Instance Information", https://support.huaweicloud.com/intl/en-us/api-kafka/UpdateInstance.html
     */
    put: operations["updateInstance"];
    post?: never;
    /**
     * Delete a Kafka instance
     * @description Deletes the instance and releases all its resources. The messages it holds are deleted with
     *     it, without a backup.
     *
     *     The `204` only means the deletion has started: the instance goes to `DELETING`, and once it is
     *     gone the show operation answers `404` with `DMS.00404022`. Poll the show operation until that
     *     404 to know the deletion is complete. On the vendor's main sites an instance deleted with this
     *     call is removed for good and does not go to the recycle bin; to keep it in the recycle bin, use
     *     the batch restart/delete operation (`POST /v2/{project_id}/instances/action`) instead.
     *
     *     The service refuses the call with `400` and `DMS.00400026` when the instance's current status
     *     does not allow a deletion. Deleting an instance that no longer exists answers `404`.
     *
     *     The same URL on the same regional DMS host also deletes RocketMQ and RabbitMQ instances; check
     *     the ID before calling.
     */
    delete: operations["deleteInstance"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/instances/{instance_id}/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset the password of a Kafka instance
     * @description Sets a new password for the user that clients of an instance with SSL (SASL) enabled log in
     *     with, the `access_user` given at creation; clients then log in with the new password and the
     *     same user name. Instances without SSL have no such password to reset.
     *
     *     The service answers `204` without a body.
     *
     *     Source: "Resetting the Password", https://support.huaweicloud.com/intl/en-us/api-kafka/ResetPassword.html
     */
    post: operations["resetPassword"];
    delete?: never;
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
     * Restart or delete Kafka instances in a batch
     * @description Restarts or deletes several instances in one call, or deletes every Kafka instance of the
     *     project whose creation failed (`all_failure: kafka` with action `delete`).
     *
     *     For a list of instances the answer is `200` with one entry per instance: `success` when the
     *     action was accepted for it, `failed` when it was not. The action then runs in the background,
     *     like a single restart or delete: a restarted instance shows `RESTARTING` and then `RUNNING`
     *     again (while it restarts, clients' produce and consume requests are refused); a deleted one
     *     shows `DELETING` and then the show operation answers `404` (`DMS.00404022`). Poll the show
     *     operation of each instance to know when it is done. Deleting removes the instance's messages
     *     without a backup; unless `force_delete` is `true`, a deleted instance goes to the recycle bin
     *     when the project's recycle bin is turned on.
     *
     *     With `all_failure` the answer is `204` without a body: the failed creations are being deleted.
     *
     *     An IAM user needs the `dms:instance:delete` action. The same URL on the same regional DMS host
     *     serves RocketMQ and RabbitMQ instances too, and instance IDs do not say their engine: check the
     *     IDs before deleting.
     *
     *     Source: "Batch Restarting or Deleting Instances", https://support.huaweicloud.com/intl/en-us/api-kafka/BatchRestartOrDeleteInstances.html
     */
    post: operations["batchRestartOrDeleteInstances"];
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
     * Create a Kafka instance (pay-per-use or yearly/monthly)
     * @description Starts building a Kafka instance, billed per use or, with `bss_param`, by the month or year.
     *     The call answers at once with the new instance's ID; the instance then stays `CREATING` for
     *     several minutes before it is `RUNNING` (poll `GET /v2/{project_id}/instances/{instance_id}`;
     *     `CREATEFAILED` or `ERROR` means it failed). A yearly/monthly order that is not paid
     *     automatically (`is_auto_pay` false) waits for payment in the console first.
     *
     *     This operation replaces the legacy `createPostPaidInstance` (`POST /v2/{project_id}/instances`):
     *     the instance is sized by a flavor (`product_id`, such as `c6.2u4g.cluster`) and a number of
     *     brokers (`broker_num`) instead of a bandwidth class (`specification`) and a partition count;
     *     there is no Kafka Manager user and no `public_bandwidth`; and it adds SASL settings
     *     (`kafka_security_protocol`, `sasl_enabled_mechanisms`, `port_protocol`), disk encryption,
     *     IPv6, fixed broker addresses (`tenant_ips`) and yearly/monthly billing. The `engine` path
     *     parameter and body field are both `kafka`. The vendor's page now points to a newer operation,
     *     `createPostPaidKafkaInstance` (`POST /v2/{project_id}/kafka/instances`), which takes the same body.
     *
     *     Several fields (`port_protocol`, `tenant_ips`, the maintenance-window values, the broker range
     *     of each flavor) are not detailed on the page; their rules come from the vendor's API text in
     *     the official SDK models and from its Kafka specification page, and each field's description
     *     says where a rule comes from. Where the page's request example breaks its own table, the
     *     example below is corrected and says so.
     */
    post: operations["createInstanceByEngine"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/kafka/instances": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a Kafka instance on the /kafka path (pay-per-use or yearly/monthly)
     * @description Starts building a Kafka instance, billed per use or, with `bss_param`, by the month or year.
     *     This is the create operation the vendor documents as current for Kafka; it takes exactly the
     *     body of `createInstanceByEngine` (`POST /v2/{engine}/{project_id}/instances`, whose page the
     *     vendor now marks out of date), so a body built for one can be sent to the other. The instance
     *     is sized by a flavor (`product_id`, such as `c6.2u4g.cluster`, from `listEngineProducts`), a
     *     number of brokers (`broker_num`) and a total disk size (`storage_space`).
     *
     *     The call answers at once with the new instance's ID. A pay-per-use instance then stays
     *     `CREATING` for several minutes before it is `RUNNING`: poll `showInstance`
     *     (`GET /v2/{project_id}/instances/{instance_id}`); `CREATEFAILED` or `ERROR` means it failed.
     *     A yearly/monthly order is created first: with `is_auto_pay` true it is paid from the account
     *     balance, otherwise it waits for payment in the console; until the order is processed,
     *     `showInstance` may not find the instance yet.
     *
     *     The rules are those of `createInstanceByEngine`, with these differences on this operation's
     *     page: it asks for a `storage_space` that is a multiple of 100 GB (not checked before sending;
     *     the service refuses other values), and it no longer calls `kafka_security_protocol`
     *     mandatory with `ssl_enable` (SASL_SSL when left out), while the request still asks for it
     *     then, as the older page does, unless `port_protocol` is sent. The page names the flavors by
     *     their aliases (`kafka.2u4g.cluster` for `c6.2u4g.cluster`, and so on) in the broker ranges,
     *     which are the same: 3 to 30 brokers for the 2u4g and 4u8g flavors, 3 to 50 for the larger
     *     ones.
     *
     *     Source: Creating a Kafka Instance,
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/CreatePostPaidKafkaInstance.html
     */
    post: operations["createPostPaidKafkaInstance"];
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
  "/v2/instances/maintain-windows": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the maintenance windows on offer
     * @description Lists the maintenance windows an instance can be given: six four-hour windows that cover the
     *     day (22–02, 02–06, 06–10, 10–14, 14–18, 18–22), one of them marked `default`. An instance's
     *     window is the time of day in which the service may carry out maintenance on it.
     *
     *     A create request takes a window as `maintain_begin` and `maintain_end`, both `HH:mm`
     *     (`02:00` and `06:00`). The answer does not use that form: the vendor's example answers the
     *     hour alone (`02`, `06`), and the older v1.0 query of the same list answered `02:00:00`.
     *     Convert `begin` and `end` before sending them; leaving both out of the create gives the
     *     instance the `default` window.
     *
     *     The request has no project ID, parameters or body. It is signed like every other request;
     *     an IAM user needs no particular permission for it.
     *
     *     Source: "Listing Maintenance Time Windows",
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ShowMaintainWindows.html (also under
     *     api-rabbitmq).
     */
    get: operations["showMaintainWindows"];
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
     * List the Kafka flavors
     * @description Lists the Kafka flavors (products) of the region, or one flavor with `product_id`, with what
     *     an instance of each can have. This is where the values of a create request
     *     (`POST /v2/{engine}/{project_id}/instances`) come from:
     *
     *     - `engine_version`: one of `versions`;
     *     - `product_id`: a flavor's `product_id` (for example `c6.2u4g.cluster`);
     *     - `storage_spec_code`: the `io_spec` of one of that flavor's `ios`;
     *     - `available_zones`: zones listed in that `ios` entry's `available_zones`. These are zone
     *       codes (`cn-north-4a`); the create takes zone IDs, so look the codes up in the zone listing
     *       (`GET /v2/available-zones`, field `code`) and send the matching `id` values;
     *     - `broker_num`: from `properties.min_broker` to `properties.max_broker`;
     *     - `storage_space` (all brokers together): each broker gets between
     *       `properties.min_storage_per_node` and `properties.max_storage_per_node` GB;
     *     - `arch_type`: one of `arch_types`;
     *     - billing: `hourly` in `charging_mode` means the flavor can be paid per use (no
     *       `bss_param`), `monthly` that it can be subscribed to (`bss_param`).
     *
     *     The numbers in `properties` and `support_features` are decimal strings. The flavors of the
     *     legacy bandwidth-based create (`product_id` such as `00300-30308-0--0`) are not in this list.
     *
     *     The request has no project ID and no body. It is signed like every other request.
     *
     *     Source: "Querying Product Specifications List",
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ListEngineProducts.html
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
  "/v2/{project_id}/kafka/{instance_id}/tags": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the tags of a Kafka instance
     * @description Answers every tag of one Kafka instance as key/value pairs, all in one answer (the operation
     *     has no paging). Add and remove tags with the tag action operation
     *     (`POST /v2/{project_id}/kafka/{instance_id}/tags/action`); the instance's show and list
     *     operations answer the same tags in their `tags`.
     *
     *     An IAM user needs the `dms::listProjectTags` permission (identity policies).
     *
     *     Source: "Listing Tags of an Instance",
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ShowKafkaTags.html
     */
    get: operations["showKafkaTags"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/kafka/{instance_id}/tags/action": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add or remove tags of a Kafka instance
     * @description Adds tags to one Kafka instance (`action: create`) or removes tags from it
     *     (`action: delete`), several in one call. A `204` without a body means the tags were added or
     *     removed: the call starts no background task and answers no job ID, so there is nothing to
     *     poll; the tag listing (`GET /v2/{project_id}/kafka/{instance_id}/tags`) shows the result.
     *
     *     Tags being added follow the limits of `NewInstanceTag`: keys of 1 to 128 characters and
     *     values of 0 to 255, both of letters and digits of any script, spaces and `_ . : = + - @`; a
     *     key may not begin or end with a space, nor begin with `_sys_`; a key is unique on the
     *     instance. No upper bound on the number of tags of a Kafka instance is documented. Tags being
     *     removed are checked only for their types, so that tags set under the older limits (36 and 43
     *     characters, other special characters) can be removed too.
     *
     *     An IAM user needs the `dms:instance:update` permission (alias `dms:instance:modify`) on the
     *     instance; identity policies can also test its tags (`g:ResourceTag/<tag-key>`), the tags in
     *     the request (`g:RequestTag/<tag-key>`, `g:TagKeys`) and its enterprise project.
     *
     *     Source: "Batch Adding or Deleting Tags",
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/BatchCreateOrDeleteKafkaTag.html
     */
    post: operations["batchCreateOrDeleteKafkaTag"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/kafka/tags": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the tags used on the project's Kafka instances
     * @description Answers the tag keys in use on the Kafka instances of the project, each with every value it
     *     has on them, all in one answer (the operation has no paging). Useful to offer existing keys
     *     and values when tagging an instance, or to filter instances by tag.
     *
     *     An IAM user needs the `dms::listProjectTags` permission (identity policies).
     *
     *     Source: "Listing Tags of a Project",
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ShowKafkaProjectTags.html
     */
    get: operations["showKafkaProjectTags"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/kafka/instances/{instance_id}/extend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the flavours a Kafka instance can be resized to
     * @description Answers, for one Kafka instance, the flavours offered for a scale-up: each flavour's
     *     `product_id` (the `new_product_id` of a `vertical` resize), its disk types, the zones with and
     *     without stock, its features and its limits (`properties`: broker range, disk range per broker,
     *     partitions, bandwidth and TPS per broker, all strings holding numbers). Use it before
     *     `resizeKafkaInstance` to choose a flavour and to keep `new_broker_num` within `max_broker` and
     *     the disk per broker within `max_storage_per_node`. The call changes nothing.
     *
     *     Source: Querying Product Information for Instance Specification Modification,
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ShowKafkaInstanceExtendProductInfo.html
     */
    get: operations["showKafkaInstanceExtendProductInfo"];
    put?: never;
    /**
     * Enlarge a Kafka instance (storage, brokers or flavour)
     * @description Starts a scale-up of a Kafka instance of the current flavours (`c6.*`), one kind of change per
     *     call:
     *
     *     - `storage`: more disk for every broker; send the new total as `new_storage_space` (GB, a
     *       multiple of 100; each broker must gain at least 100 GB).
     *     - `horizontal`: more brokers, each with the disk the others have; send the new broker count
     *       (`new_broker_num`, at most 50), the new total storage (`new_storage_space` = new broker count
     *       × present disk per broker), the elastic IPs for the new brokers (`publicip_id`) and,
     *       optionally, fixed private addresses for them (`tenant_ips`).
     *     - `vertical`: a bigger flavour for every broker; send `new_product_id`, one of the flavours
     *       `showKafkaInstanceExtendProductInfo` answers for this instance.
     *
     *     Only pay-per-use instances can be resized through the API, only upwards, and only while the
     *     instance is `RUNNING`: a call made while another change is still running is refused with 400
     *     and error code `DMS.00400026` (retry once the instance is `RUNNING` again). Run
     *     `showKafkaScalePreCheckInfo` first to see whether the cluster is healthy enough.
     *
     *     The call answers at once with a `job_id`; the change itself takes about 5 to 10 minutes per
     *     broker. Poll `showInstance` (`GET /v2/{project_id}/instances/{instance_id}`): the instance
     *     is `EXTENDING` while the change runs and `RUNNING` again when it has ended; the change has
     *     taken effect when the field you changed shows its new value (`total_storage_space`,
     *     `broker_num` or `product_id`). `EXTENDEDFAILED` means the change failed, and `ERROR` that the
     *     instance is faulty. After a `horizontal` change, existing partitions stay on the old brokers
     *     until they are reassigned.
     *
     *     This is the current form of the legacy `resizeEngineInstance`
     *     (`POST /v2/{engine}/{project_id}/instances/{instance_id}/extend`), with the same body.
     *
     *     Source: Increasing Instance Specifications,
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ResizeKafkaInstance.html
     */
    post: operations["resizeKafkaInstance"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/kafka/instances/{instance_id}/extend-check": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check a Kafka instance before resizing it
     * @description Runs the checks the service makes before a scale-up (CPU, memory, replicas, in-sync replicas,
     *     network, ...) on the instance and answers each with whether it passed (`success`), why not
     *     (`reason`) and how risky a resize would be (`risk`: `low`, `medium` or `high`). Call it before
     *     `resizeKafkaInstance`: a failed item (for example an under-replicated partition, named in
     *     `reason`) is worth fixing first. The call changes nothing.
     *
     *     The answer is a list of check items or, in some answers, one item as the whole body; test for
     *     an array before reading it.
     *
     *     Source: Obtaining Pre-check Information Before Expanding a Kafka Instance,
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ShowKafkaScalePreCheckInfo.html
     */
    get: operations["showKafkaScalePreCheckInfo"];
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
    get?: never;
    put?: never;
    /**
     * Enlarge a Kafka instance (legacy path with the engine)
     * @deprecated
     * @description Starts a scale-up of a Kafka instance of the current flavours (`c6.*`), one kind of change per
     *     call: `storage` (more disk for every broker; `new_storage_space` is the new total in GB, each
     *     broker gaining at least 100 GB), `horizontal` (more brokers with the same disk each:
     *     `new_broker_num`, `new_storage_space` and the elastic IPs `publicip_id`) or `vertical` (a bigger
     *     flavour for every broker: `new_product_id`).
     *
     *     The vendor marks this path out of date: prefer `resizeKafkaInstance`
     *     (`POST /v2/{project_id}/kafka/instances/{instance_id}/extend`), which takes the same body and
     *     states two more limits (storage in multiples of 100 GB, at most 50 brokers). Only pay-per-use
     *     instances can be resized through the API, only upwards, and only while the instance is
     *     `RUNNING` (otherwise 400 with error code `DMS.00400026`).
     *
     *     The call answers at once with a `job_id`. Poll `showInstance`: the instance is `EXTENDING`
     *     while the change runs and `RUNNING` again afterwards, with the new `total_storage_space`,
     *     `broker_num` or `product_id`; `EXTENDEDFAILED` means the change failed.
     *
     *     Source: Increasing Instance Specifications (New),
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ResizeEngineInstance.html
     */
    post: operations["resizeEngineInstance"];
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
  "/v2/kafka/products/cores": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Count the vCPUs of a Kafka flavour
     * @description Answers the vCPUs of `broker_num` brokers of a Kafka flavour and, with `instance_id`, that
     *     instance's storage with `broker_num` brokers (the `new_storage_space` of a resize adding
     *     brokers).
     *
     *     Source: Querying vCPUs of a Kafka Flavor,
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ShowKafkaProductCores.html
     */
    get: operations["showKafkaProductCores"];
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
     * @description Answers the project's DMS quotas, the same for every engine: per engine the most instances
     *     (`quota`) and those in use (`used`), and the most tags per instance (`tags`, left out with
     *     `includeTagsQuota=false`). A create beyond the quota is refused.
     *
     *     Source: Querying Tenant Quotas,
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ShowQuotas.html
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
  "/v2/{project_id}/kafka/instances/{instance_id}/upgrade": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show an instance's kernel version and the latest one
     * @description Answers the kernel version a Kafka instance runs and the latest one for its Kafka version.
     *     When they differ, `upgradeInstance` can upgrade it (the Kafka version stays the same).
     *
     *     Source: Querying the Kafka Instance Version,
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/ShowUpgradeInstanceVersion.html
     */
    get: operations["showUpgradeInstanceVersion"];
    put?: never;
    /**
     * Upgrade an instance's kernel, now or later
     * @description Upgrades a `RUNNING` instance's kernel to the `latest_version` of `showUpgradeInstanceVersion`,
     *     at once (`{}`) or at `execute_at` (with `is_schedule` `true`).
     *
     *     It answers the upgrade task's ID, as the whole body (a string) or as `job_id` of an object
     *     (empty when scheduled); test for a string first. Follow it with `showBackgroundTask` until
     *     `SUCCESS` (`FAILED`: failed); the instance is `UPGRADING` meanwhile. Brokers restart one by one, about 5 minutes
     *     each: single-replica topics pause, others see brief disconnections.
     *
     *     Source: Upgrading an Instance,
     *     https://support.huaweicloud.com/intl/en-us/api-kafka/UpgradeInstance.html
     */
    post: operations["upgradeInstance"];
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
     * PortProtocolsEntity
     * @description Which client access modes the instance has turned on, for the private network (inside the VPC) and the public network (through elastic IPs), each with its addresses. The three modes are `PLAINTEXT` (no authentication, no encryption), `SASL_SSL` (user name and password, traffic encrypted with SSL) and `SASL_PLAINTEXT` (user name and password, traffic not encrypted). An address list is a comma-separated list of `host:port` entries, one per broker. Instances that answer this object use it, not `kafka_security_protocol`, to state their private and public access modes.
     */
    PortProtocolsEntity: {
      /** @description Whether clients inside the VPC can connect with `PLAINTEXT`. */
      private_plain_enable?: boolean;
      /**
       * @description Broker addresses for `PLAINTEXT` access inside the VPC, comma-separated `host:port` entries.
       * @example 192.168.0.21:9092,192.168.0.34:9092,192.168.0.47:9092
       */
      private_plain_address?: string;
      /** @description Domain-name connection address for `PLAINTEXT` access inside the VPC. */
      private_plain_domain_name?: string;
      /** @description Whether clients inside the VPC can connect with `SASL_SSL`. */
      private_sasl_ssl_enable?: boolean;
      /**
       * @description Broker addresses for `SASL_SSL` access inside the VPC, comma-separated `host:port` entries.
       * @example 192.168.0.21:9093,192.168.0.34:9093,192.168.0.47:9093
       */
      private_sasl_ssl_address?: string;
      /** @description Domain-name connection address for `SASL_SSL` access inside the VPC. */
      private_sasl_ssl_domain_name?: string;
      /** @description Whether clients inside the VPC can connect with `SASL_PLAINTEXT`. */
      private_sasl_plaintext_enable?: boolean;
      /** @description Broker addresses for `SASL_PLAINTEXT` access inside the VPC, comma-separated `host:port` entries. */
      private_sasl_plaintext_address?: string;
      /** @description Domain-name connection address for `SASL_PLAINTEXT` access inside the VPC. */
      private_sasl_plaintext_domain_name?: string;
      /** @description Whether clients on the Internet can connect with `PLAINTEXT`. */
      public_plain_enable?: boolean;
      /** @description Broker addresses for `PLAINTEXT` access from the Internet, comma-separated `host:port` entries on the elastic IPs. */
      public_plain_address?: string;
      /** @description Domain-name connection address for `PLAINTEXT` access from the Internet. */
      public_plain_domain_name?: string;
      /** @description Whether clients on the Internet can connect with `SASL_SSL`. */
      public_sasl_ssl_enable?: boolean;
      /**
       * @description Broker addresses for `SASL_SSL` access from the Internet, comma-separated `host:port` entries on the elastic IPs.
       * @example 203.0.113.10:9095,203.0.113.11:9095,203.0.113.12:9095
       */
      public_sasl_ssl_address?: string;
      /** @description Domain-name connection address for `SASL_SSL` access from the Internet. */
      public_sasl_ssl_domain_name?: string;
      /** @description Whether clients on the Internet can connect with `SASL_PLAINTEXT`. */
      public_sasl_plaintext_enable?: boolean;
      /** @description Broker addresses for `SASL_PLAINTEXT` access from the Internet, comma-separated `host:port` entries on the elastic IPs. */
      public_sasl_plaintext_address?: string;
      /** @description Domain-name connection address for `SASL_PLAINTEXT` access from the Internet. */
      public_sasl_plaintext_domain_name?: string;
    };
    /**
     * InstanceTag
     * @description A key/value label attached to the instance. The service answers the tags as they were set; the limits that apply when setting them are described with the create request's `TagEntity`.
     */
    InstanceTag: {
      /**
       * @description Tag key.
       * @example env
       */
      key?: string;
      /**
       * @description Tag value; may be the empty string.
       * @example production
       */
      value?: string;
    };
    /**
     * ShowInstanceResponse
     * @description Details of a Kafka instance. Properties are listed in the order of the official SDK model. Most of them are answered only once the instance has been built, and some only when a feature is on (public access, SASL, the connector, disk encryption), so only the identity and status fields are required; an instance that is still `CREATING` answers empty addresses and zero usage. The service also answers `disk_encrypted_key` (ID of the KMS key that encrypts the disks, empty when disk encryption is off), which this description leaves undeclared because its name reads as a secret; the schema is open, so the field still reaches the caller.
     */
    ShowInstanceResponse: {
      /**
       * @description Instance name.
       * @example kafka_payments_prod
       */
      name: string;
      /**
       * @description Message engine; `kafka` for every Kafka instance (the vendor's only value).
       * @enum {string}
       */
      engine: "kafka";
      /**
       * @description Kafka version. The vendor lists `1.1.0`, `2.3.0` (some regions only), `2.7` and `3.x`.
       * @example 2.3.0
       * @example 2.7
       * @example 3.x
       */
      engine_version: string;
      /**
       * @description Free-text description of the instance, as set by its owner.
       * @example Payment events, production
       */
      description?: string;
      /**
       * @description Instance specification: for instances of the legacy bandwidth-based flavors, the bandwidth class (`100MB`, `300MB`, `600MB`, `1200MB`); for instances of the broker-based flavors, a text naming the flavor and the number of brokers.
       * @example 300MB
       */
      specification?: string;
      /**
       * @description Message storage space in GB. In the vendor's own example this is less than `total_storage_space` (492 of 600 GB).
       * @example 1968
       */
      storage_space?: number;
      /**
       * @description Most partitions the instance can hold, as a decimal number in a string (the SDK's type): for the legacy flavors 300 for 100MB, 900 for 300MB, 1,800 for 600MB and 1200MB.
       * @example 900
       */
      partition_num?: string;
      /**
       * @description Message storage space in use, in GB.
       * @example 37
       */
      used_storage_space?: number;
      /** @description Whether clients can reach the instance by domain name. */
      dns_enable?: boolean;
      /**
       * @description IP addresses of the brokers inside the VPC, comma-separated (no ports; see `port`). Empty while the instance is being built.
       * @example 192.168.0.21,192.168.0.34,192.168.0.47
       */
      connect_address?: string;
      /**
       * @description Port clients connect to inside the VPC: 9092 without SASL, 9093 with SASL in the vendor's examples.
       * @example 9093
       */
      port?: number;
      /** @description Status of the instance. Poll until `RUNNING` after a create; `CREATEFAILED` and `ERROR` are failures; `DELETING` follows a delete, after which the instance is no longer found. */
      status: components["schemas"]["InstanceStatus"];
      /**
       * @description Instance ID.
       * @example 65557c19-0181-4722-8621-3ecb7683bbb2
       */
      instance_id: string;
      /**
       * @description Resource specification code. For the legacy flavors the vendor lists `dms.instance.kafka.cluster.c3.mini` (100 MB/s reference bandwidth), `dms.instance.kafka.cluster.c3.small.2` (300 MB/s), `dms.instance.kafka.cluster.c3.middle.2` (600 MB/s) and `dms.instance.kafka.cluster.c3.high.2` (1,200 MB/s).
       * @example dms.instance.kafka.cluster.c3.small.2
       */
      resource_spec_code?: string;
      /**
       * @description Billing mode: `1` pay-per-use, `0` yearly/monthly. Some regions bill pay-per-use only and some sites do not use the field.
       * @enum {integer}
       */
      charging_mode?: 0 | 1;
      /**
       * @description ID of the VPC the instance is in.
       * @example 4b9d2c61-3f8e-4a57-9d0c-1e2f3a4b5c6d
       */
      vpc_id?: string;
      /**
       * @description Name of the VPC the instance is in.
       * @example vpc-payments
       */
      vpc_name?: string;
      /**
       * @description When the instance was created, as Unix time in milliseconds (UTC) written as a decimal string, for example `1741932761087` for 2025-03-14T06:12:41.087Z.
       * @example 1741932761087
       */
      created_at?: string;
      /**
       * @description Name of the subnet the instance is in.
       * @example subnet-payments
       */
      subnet_name?: string;
      /**
       * @description CIDR block of the subnet the instance is in.
       * @example 192.168.0.0/24
       */
      subnet_cidr?: string;
      /**
       * @description ID of the user who created the instance.
       * @example b5dbaf28ad654c74917197ed11d1eca7
       */
      user_id?: string;
      /**
       * @description Name of the user who created the instance.
       * @example payments-ops
       */
      user_name?: string;
      /**
       * @description User name for SASL access to the instance, set when SASL (`ssl_enable`) was turned on.
       * @example payments-app
       */
      access_user?: string;
      /** @description ID of the order that bought the instance. Only yearly/monthly instances have one; for other billing modes it is empty. */
      order_id?: string;
      /**
       * @description Start of the daily maintenance window, `HH:mm:ss`.
       * @example 14:00:00
       */
      maintain_begin?: string;
      /**
       * @description End of the daily maintenance window, `HH:mm:ss`.
       * @example 18:00:00
       */
      maintain_end?: string;
      /** @description Whether public (Internet) access is turned on. */
      enable_publicip?: boolean;
      /**
       * @description Address of the instance's Kafka Manager inside the VPC.
       * @example https://192.168.0.21:9999
       */
      management_connect_address?: string;
      /** @description Whether security authentication (SASL) is turned on; clients then authenticate with `access_user` and its password. */
      ssl_enable?: boolean;
      /** @description Whether replication traffic between brokers is encrypted. */
      broker_ssl_enable?: boolean;
      /**
       * @description Security protocol of the instance. When the instance answers `port_protocols`, this is the protocol of cross-VPC access only, and `port_protocols` gives the private and public ones; otherwise it applies to private, public and cross-VPC access alike. `PLAINTEXT`: neither SSL encryption nor user authentication; `SASL_SSL`: user name and password, traffic encrypted with the SSL certificate; `SASL_PLAINTEXT`: user name and password, traffic not encrypted (the vendor recommends SCRAM-SHA-512 with it).
       * @enum {string}
       */
      kafka_security_protocol?: "PLAINTEXT" | "SASL_SSL" | "SASL_PLAINTEXT";
      /**
       * @description SASL mechanisms turned on: `PLAIN` (simple user name and password check) and/or `SCRAM-SHA-512` (credential check, safer than `PLAIN`).
       * @example [
       *       "PLAIN"
       *     ]
       * @example [
       *       "PLAIN",
       *       "SCRAM-SHA-512"
       *     ]
       */
      sasl_enabled_mechanisms?: ("PLAIN" | "SCRAM-SHA-512")[];
      /** @description Whether two-way (mutual) SSL authentication is turned on. */
      ssl_two_way_enable?: boolean;
      /** @description Whether the instance's certificate has been replaced. */
      cert_replaced?: boolean;
      /**
       * @description Address of the instance's Kafka Manager from the Internet.
       * @example https://203.0.113.10:9999
       */
      public_management_connect_address?: string;
      /**
       * @description ID of the enterprise project the instance belongs to (`0` is the default project).
       * @example 1f2e3d4c-5b6a-4789-8a7b-6c5d4e3f2a1b
       */
      enterprise_project_id?: string;
      /** @description Tells new instances from old ones when disks are expanded: `true` for newly created instances, whose disks grow without a restart; `false` for old instances. */
      is_logical_volume?: boolean;
      /**
       * @description How many times the disk has been expanded. Older vendor documentation says that after 20 expansions the disk cannot be expanded any more.
       * @example 0
       */
      extend_times?: number;
      /** @description Whether topics are created automatically when a client produces to or consumes from a topic that does not exist. */
      enable_auto_topic?: boolean;
      /**
       * @description Instance type: `single` (one broker) or `cluster`.
       * @enum {string}
       */
      type?: "single" | "cluster";
      /**
       * @description Product (flavor) ID, as listed by the product specifications query; for example `00300-30308-0--0` (legacy 100MB) or `c6.2u4g.cluster`.
       * @example 00300-30310-0--0
       */
      product_id?: string;
      /**
       * @description ID of the security group the instance is in.
       * @example 8e7d6c5b-4a39-4281-b7c6-d5e4f3a2b1c0
       */
      security_group_id?: string;
      /**
       * @description Name of the security group the instance is in.
       * @example sg-kafka
       */
      security_group_name?: string;
      /**
       * @description ID of the subnet the instance is in.
       * @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
       */
      subnet_id?: string;
      /**
       * @description IDs of the availability zones that host the brokers.
       * @example [
       *       "9f1c0e2b7d8a4c3e9b5a6d7c8e9f0a1b"
       *     ]
       */
      available_zones?: string[];
      /**
       * @description Names of the availability zones that host the brokers, in the order of `available_zones`.
       * @example [
       *       "AZ1"
       *     ]
       */
      available_zone_names?: string[];
      /**
       * @description Total message storage space of the instance, in GB.
       * @example 2400
       */
      total_storage_space?: number;
      /**
       * @description Broker addresses for access from the Internet, comma-separated `host:port` entries on the elastic IPs. Answered only when public access is on.
       * @example 203.0.113.10:9095,203.0.113.11:9095,203.0.113.12:9095
       */
      public_connect_address?: string;
      /** @description Domain-name address for access from the Internet. Answered only when public access is on. */
      public_connect_domain_name?: string;
      /**
       * @description ID of the storage resource that holds the messages.
       * @example 938382b0-eca7-44bb-99af-b618aba12522
       */
      storage_resource_id?: string;
      /**
       * @description Disk I/O class: `dms.physical.storage.high` or `dms.physical.storage.ultra` for the legacy flavors; the broker-based flavors use the `.v2` codes, such as `dms.physical.storage.ultra.v2`.
       * @example dms.physical.storage.ultra
       */
      storage_spec_code?: string;
      /**
       * @description Service type; the vendor lists the single value `advanced`.
       * @example advanced
       */
      service_type?: string;
      /**
       * @description Storage type; the vendor lists the single value `hec`.
       * @example hec
       */
      storage_type?: string;
      /**
       * @description What the instance does when the disk reaches its usage threshold: `time_base` deletes the oldest messages, `produce_reject` refuses new messages.
       * @enum {string}
       */
      retention_policy?: "time_base" | "produce_reject";
      /**
       * @description State of public access: `true` turned on, `closed` turned off, `false` never used, `freezed` frozen (for arrears), `actived` unfrozen. A string, not a boolean.
       * @enum {string}
       */
      kafka_public_status?: "true" | "closed" | "false" | "freezed" | "actived";
      /**
       * @description Bandwidth of public access, in Mbit/s; `0` when public access is off.
       * @example 9
       */
      public_bandwidth?: number;
      /** @description Whether log collection is turned on. */
      enable_log_collection?: boolean;
      /** @description Whether the instance uses the new certificate. */
      new_auth_cert?: boolean;
      /**
       * @description Cross-VPC access settings as a JSON object serialized into a string: keyed by the broker's listener IP, each entry gives the `advertised_ip` clients in other VPCs use, the `port` and the `port_id` of the broker's network port.
       * @example {"192.168.0.21":{"advertised_ip":"192.168.0.21","port":9011,"port_id":"b7b8893d-6c85-4df4-8b46-6164b2a09e85"}}
       */
      cross_vpc_info?: string;
      /** @description Public-network counterpart of `cross_vpc_info`, as the SDK names it. The vendor pages consulted do not describe its content. */
      public_cross_vpc_info?: string;
      /** @description Whether IPv6 is turned on. */
      ipv6_enable?: boolean;
      /** @description IPv6 connection addresses of the brokers; empty when IPv6 is off. */
      ipv6_connect_addresses?: string[];
      /** @description Whether message dumping (Smart Connect) is turned on. Instances of the newer broker-based flavors do not support it yet, the vendor says. */
      connector_enable?: boolean;
      /**
       * @description Number of connector nodes, 2 to 16 when dumping is on.
       * @example 2
       */
      connector_node_num?: number;
      /** @description ID of the dumping task (connector); empty when dumping is off. */
      connector_id?: string;
      /** @description Whether the Kafka REST API is turned on. */
      rest_enable?: boolean;
      /** @description Address of the Kafka REST API; empty when it is off. */
      rest_connect_address?: string;
      /**
       * @deprecated
       * @description Bandwidth of public access in Mbit/s, the misspelt predecessor of `public_bandwidth`; the vendor marks it as to be removed. Read `public_bandwidth` instead.
       */
      public_boundwidth?: number;
      /** @description Whether message query is turned on. */
      message_query_inst_enable?: boolean;
      /** @description Whether plaintext access from within the VPC is turned on. */
      vpc_client_plain?: boolean;
      /**
       * @description Features the instance supports, as a comma-separated list of feature names.
       * @example kafka.new.pod.port,feature.physerver.kafka.topic.modify,message_trace_enable,auto_topic_switch
       */
      support_features?: string;
      /** @description Whether message tracing is turned on. */
      trace_enable?: boolean;
      /** @description Whether the proxy (agent) is turned on. */
      agent_enable?: boolean;
      /**
       * @description Connection address on the tenant side, comma-separated `host:port` entries.
       * @example 100.86.75.15:9080,100.86.142.77:9080,100.86.250.167:9080
       */
      pod_connect_address?: string;
      /** @description Whether the disks are encrypted. */
      disk_encrypted?: boolean;
      /**
       * @description Broker addresses inside the VPC, comma-separated `host:port` entries.
       * @example 192.168.0.21:9093,192.168.0.34:9093,192.168.0.47:9093
       */
      kafka_private_connect_address?: string;
      /** @description Domain-name address of the instance inside the VPC. */
      kafka_private_connect_domain_name?: string;
      /**
       * @description Version of Cloud Eye monitoring the instance reports to.
       * @example linux
       */
      ces_version?: string;
      /**
       * @description Tells when public access was turned on: `true` and `actived` mean public access is on, `closed` and `false` that it is off. A string, not a boolean.
       * @enum {string}
       */
      public_access_enabled?: "true" | "actived" | "closed" | "false";
      /**
       * @description Number of nodes; 1 for a single-node instance, 3 to 50 for a cluster.
       * @example 3
       */
      node_num?: number;
      /** @description Access modes and their addresses for private and public access. When present, it replaces `kafka_security_protocol` for those two networks. */
      port_protocols?: components["schemas"]["PortProtocolsEntity"];
      /** @description Whether access control (ACL) is turned on. */
      enable_acl?: boolean;
      /** @description Whether the instance is billed under the new flavor billing. */
      new_spec_billing_enable?: boolean;
      /**
       * @description Number of brokers.
       * @example 3
       */
      broker_num?: number;
      /** @description Tags of the instance. */
      tags?: components["schemas"]["InstanceTag"][];
      /** @description Whether the instance is a disaster-recovery instance. */
      dr_enable?: boolean;
    };
    /**
     * ListInstancesResponse
     * @description One page of the Kafka instances that match the filters, and how many match in all. Page with `offset` and `limit`: the page is complete when `offset` plus the number of `instances` answered reaches `instance_num`.
     */
    ListInstancesResponse: {
      /** @description The instances of this page, at most `limit` of them, in the service's order (no source states which). Each item has the same fields as the answer of the show operation. */
      instances: components["schemas"]["ShowInstanceResponse"][];
      /**
       * @description Total number of instances that match the filters, across all pages (not the number in this page).
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
     * MaintenanceWindow
     * @description A four-hour maintenance window. Give both ends or neither; when neither is given the service uses 02:00–06:00. The window starts at 22:00, 02:00, 06:00, 10:00, 14:00 or 18:00 and ends four hours later.
     */
    MaintenanceWindow: {
      /**
       * @description Start of the maintenance window, `HH:mm`. One of 22:00, 02:00, 06:00, 10:00, 14:00, 18:00.
       * @default 02:00
       * @enum {string}
       */
      maintain_begin?: "22:00" | "02:00" | "06:00" | "10:00" | "14:00" | "18:00";
      /**
       * @description End of the maintenance window, `HH:mm`, four hours after `maintain_begin`.
       * @default 06:00
       * @enum {string}
       */
      maintain_end?: "02:00" | "06:00" | "10:00" | "14:00" | "18:00" | "22:00";
    } & (unknown & unknown & unknown & unknown & unknown & unknown);
    /**
     * HuaweiCloudPassword
     * Format: password
     * @description A password of 8 to 32 characters with at least two of these character types: lower-case letters, upper-case letters, digits and the special characters `~!@#$%^&*()-_=+|[{}]:'",<.>/? (no other characters, no spaces).
     */
    HuaweiCloudPassword: string;
    /**
     * TagEntity
     * @description A key/value label attached to the new instance. The page contradicts itself on presence: its table marks both members optional, while its text says neither may be left blank (the key not even as an empty string, the value may be an empty string). This description follows the table, so either member may be left out; a key that is given must not be empty. Neither member may contain ASCII control characters (0–31) or any of `= * < > , | /`. The page's Chinese edition also lists the backslash among the forbidden characters; the English copy we follow loses backslashes elsewhere in its text ("The backslash () and quotation mark"), but its list does not name one, so the backslash is not checked here.
     */
    TagEntity: {
      /**
       * @description Tag key: 1 to 36 Unicode characters. It must not be empty, and must contain neither control characters (ASCII 0–31) nor any of `= * < > , | /`.
       * @example env
       */
      key?: string;
      /**
       * @description Tag value: up to 43 Unicode characters, the empty string allowed. Control characters (ASCII 0–31) and the characters `= * < > , | /` are not allowed.
       * @example production
       */
      value?: string;
    };
    /**
     * CreatePostPaidInstanceRequest
     * @description Settings of a new pay-per-use Kafka instance. The option lists of `specification`, `storage_space`, `partition_num`, `storage_spec_code`, `public_bandwidth`, `retention_policy`, the password rules and the maintenance-window values were cut off the page copy this description is written from; they are taken from the vendor's other documentation of the same operation. What depends on `specification` (storage range, partition count, disk type, public bandwidth range) is checked per bandwidth class with `if`/`then`; the base properties carry the widest range, and a class narrows it only for values inside that range, so one wrong value is reported once. With `ssl_enable` true, `access_user` and `password` are required; the page says they have no effect while SSL is off, and this description refuses them then. With `enable_publicip` true, `publicip_id` is required.
     */
    CreatePostPaidInstanceRequest: {
      /**
       * @description Name of the instance: 4 to 64 characters, beginning with a letter, made of letters, digits, underscores and hyphens.
       * @example kafka-orders
       */
      name: string;
      /**
       * @description Free-text note about the instance, at most 1024 characters. Backslashes and double quotes must be escaped as usual in JSON.
       * @example Order events of the web shop
       */
      description?: string;
      /**
       * @description Message engine; always `kafka` for this operation. RocketMQ's pay-per-use create uses the same URL on the same host, and this field is what tells the two requests apart.
       * @enum {string}
       */
      engine: "kafka";
      /**
       * @description Kafka version of the new instance.
       * @enum {string}
       */
      engine_version: "1.1.0" | "2.3.0";
      /**
       * @description Bandwidth class of the instance (the most data it moves per unit of time, in MB). The class decides the storage range, the partition count, the allowed disk types and the public bandwidth range. The value list comes from the vendor's other docs because the page copy was cut.
       * @enum {string}
       */
      specification: "100MB" | "300MB" | "600MB" | "1200MB";
      /**
       * @description Disk space for messages, in GB, up to 90,000. The least allowed depends on `specification`: 600 for 100MB, 1,200 for 300MB, 2,400 for 600MB and 4,800 for 1200MB. The ranges come from the vendor's other docs because the page copy was cut.
       * @example 600
       */
      storage_space: number;
      /**
       * @description Most partitions the instance may hold. Each bandwidth class has one value: 300 for 100MB, 900 for 300MB, 1,800 for 600MB and 1200MB (list from the vendor's other docs because the page copy was cut). The English page marks the field optional; the vendor's Chinese edition of the same page marks it mandatory. This description follows the English table.
       * @example 300
       * @enum {integer}
       */
      partition_num?: 300 | 900 | 1800;
      /**
       * @description User name for SSL access: 4 to 64 letters, digits and hyphens. Needed when `ssl_enable` is true. The page says the field has no effect when SSL is off; this description rejects it unless `ssl_enable` is true, so that credentials are not sent in the belief that they protect anything.
       * @example kafka-client
       */
      access_user?: string;
      /**
       * Format: password
       * @description Password for SSL access, 8 to 32 characters using at least two of lower-case letters, upper-case letters, digits and the special characters (rule from the vendor's other docs because the page copy was cut). Needed when `ssl_enable` is true; rejected unless `ssl_enable` is true, because the page says it has no effect then.
       */
      password?: $Write<components["schemas"]["HuaweiCloudPassword"]>;
      /**
       * @description ID of the VPC the instance is placed in, as shown on the VPC's details page in the VPC console.
       * @example 23921d2a-0f5e-4a8b-9c1d-5f2fa5327a48
       */
      vpc_id: string;
      /**
       * @description ID of the security group the instance joins, as shown in the VPC console under Access Control > Security Groups.
       * @example 2e888928-7b3c-4f1a-8d2e-e36c6520d473
       */
      security_group_id: string;
      /**
       * @description ID (network ID) of the subnet the instance is placed in, as shown on the subnet's page in the VPC console.
       * @example 37bb12c9-5d6e-4c7f-a8b9-ae8f7d336ab6
       */
      subnet_id: string;
      /**
       * @description IDs of the availability zones, with free resources, that host the brokers. The list may not be empty and its entries may not be empty. A Kafka instance spans either one zone or three or more, never exactly two. The page also says to separate the zones with commas, which fits a single string rather than the array of strings its table gives; this description follows the table and takes one zone ID per array entry.
       * @example [
       *       "a0865121f83b41cbafce65930a22a6e8"
       *     ]
       */
      available_zones: string[];
      /**
       * @description Product (flavor) ID, as listed by the product specifications query; it has to match `specification`, which only the service can check. Examples: `00300-30308-0--0` for 100MB, `00300-30310-0--0` for 300MB.
       * @example 00300-30308-0--0
       * @example 00300-30310-0--0
       */
      product_id: string;
      /**
       * @description User name for logging in to Kafka Manager, 4 to 64 letters, digits and hyphens.
       * @example kafka-admin
       */
      kafka_manager_user: string;
      /**
       * Format: password
       * @description Password for logging in to Kafka Manager, 8 to 32 characters using at least two of lower-case letters, upper-case letters, digits and the special characters (rule from the vendor's other docs because the page copy was cut).
       */
      kafka_manager_password: $Write<components["schemas"]["HuaweiCloudPassword"]>;
      /**
       * @description Turn on access from the Internet. Off unless set; when true, `publicip_id` is required.
       * @default false
       */
      enable_publicip?: boolean;
      /**
       * @description Internet bandwidth in Mbit/s. Allowed range per bandwidth class: 3–900 for 100MB and 300MB, 4–1,200 for 600MB, 8–2,400 for 1200MB (ranges from the vendor's other docs because the page copy was cut). The vendor also asks for a multiple of the number of brokers, which the request does not state and so is checked by the service only. The page's own example misspells this field as `public_boundwidth`.
       * @example 3
       */
      public_bandwidth?: number;
      /**
       * @description ID of the elastic IP address to bind, or several IDs separated by commas. Required, and not empty, when `enable_publicip` is true; otherwise unused, and it may be empty.
       * @example 6db1129f-16af-455d-8d54-d7ab9f277393
       */
      publicip_id?: string;
      /** @description Encrypt client connections with SSL. When true, `access_user` and `password` are required. The page gives no default; only `true` asks for SSL, so when this is false or left out the two credentials would have no effect, and this description rejects them. */
      ssl_enable?: boolean;
      /**
       * @description What the instance does once the disk reaches its usage threshold: `produce_reject` refuses new messages, `time_base` deletes the oldest messages (values from the vendor's other docs because the page copy was cut).
       * @enum {string}
       */
      retention_policy?: "produce_reject" | "time_base";
      /**
       * @description Turn on message dumping (the connector). Off unless set.
       * @default false
       */
      connector_enable?: boolean;
      /** @description Create a topic automatically, with 3 partitions and 3 replicas, when a client produces to or consumes from a topic that does not exist yet. */
      enable_auto_topic?: boolean;
      /**
       * @description Disk I/O class: `dms.physical.storage.high` (high I/O) or `dms.physical.storage.ultra` (ultra-high I/O). The 600MB and 1200MB classes take ultra-high I/O only (list from the vendor's other docs because the page copy was cut).
       * @enum {string}
       */
      storage_spec_code: "dms.physical.storage.high" | "dms.physical.storage.ultra";
      /**
       * @description Enterprise project the instance belongs to. Accounts that use enterprise projects must set it; whether an account does is known only to the service.
       * @example 0
       */
      enterprise_project_id?: string;
      /** @description Labels to attach to the instance. */
      tags?: components["schemas"]["TagEntity"][];
    } & (components["schemas"]["MaintenanceWindow"] & unknown & unknown & unknown & unknown & unknown & unknown & unknown);
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
     * MaintenanceWindowUpdate
     * @description A new four-hour maintenance window. Give both ends or neither. The window starts at 22:00:00, 02:00:00, 06:00:00, 10:00:00, 14:00:00 or 18:00:00 and ends four hours later; each time is `HH:mm:ss` (the service also takes the `HH:mm` form of the create operations, such as `02:00`).
     */
    MaintenanceWindowUpdate: {
      /**
       * @description Start of the maintenance window, `HH:mm:ss` (or `HH:mm`): 22:00:00, 02:00:00, 06:00:00, 10:00:00, 14:00:00 or 18:00:00.
       * @enum {string}
       */
      maintain_begin?: "22:00:00" | "02:00:00" | "06:00:00" | "10:00:00" | "14:00:00" | "18:00:00" | "22:00" | "02:00" | "06:00" | "10:00" | "14:00" | "18:00";
      /**
       * @description End of the maintenance window, `HH:mm:ss` (or `HH:mm`), four hours after `maintain_begin`.
       * @enum {string}
       */
      maintain_end?: "02:00:00" | "06:00:00" | "10:00:00" | "14:00:00" | "18:00:00" | "22:00:00" | "02:00" | "06:00" | "10:00" | "14:00" | "18:00" | "22:00";
    } & (unknown & unknown & unknown & unknown & unknown & unknown);
    /**
     * UpdateKafkaInstanceRequest
     * @description The settings to change; leave out what stays as it is. The maintenance window is given as a pair (`maintain_begin` and `maintain_end`, both or neither).
     */
    UpdateKafkaInstanceRequest: {
      /**
       * @description New name of the instance: 4 to 64 characters, beginning with a letter, made of letters, digits, underscores and hyphens.
       * @example kafka001
       */
      name?: string;
      /**
       * @description New description, at most 1024 characters (an empty string clears it). Backslashes and double quotes are escaped as usual in JSON.
       * @example kafka description
       */
      description?: string;
      /**
       * @description ID of the security group to move the instance to, as listed by the VPC service's security-group query.
       * @example 8e7d6c5b-4a39-4281-b7c6-d5e4f3a2b1c0
       */
      security_group_id?: string;
      /**
       * @description What the instance does once the disk reaches its usage threshold: `produce_reject` refuses new messages, `time_base` deletes the oldest messages. The change runs as a background task of the instance.
       * @enum {string}
       */
      retention_policy?: "produce_reject" | "time_base";
      /**
       * @description ID of the enterprise project to move the instance to.
       * @example 1f2e3d4c-5b6a-4789-8a7b-6c5d4e3f2a1b
       */
      enterprise_project_id?: string;
    } & components["schemas"]["MaintenanceWindowUpdate"];
    /**
     * HuaweiCloudStrongPassword
     * Format: password
     * @description A password of 8 to 32 characters with at least three of these character types: lower-case letters, upper-case letters, digits, and the special characters `~!@#$%^&*()-_=+\|[{}];:'",<.>/? and the space (no other characters). It may not begin with a hyphen (-).
     */
    HuaweiCloudStrongPassword: string;
    /**
     * ResetKafkaPasswordRequest
     * @description The new password of the instance's SSL/SASL user.
     */
    ResetKafkaPasswordRequest: {
      /**
       * Format: password
       * @description The new password: 8 to 32 characters with at least three of lower-case letters, upper-case letters, digits and the special characters (the space among them), not beginning with a hyphen.
       */
      new_password: $Write<components["schemas"]["HuaweiCloudStrongPassword"]>;
    };
    /**
     * BatchRestartOrDeleteKafkaInstancesRequest
     * @description The action and the instances it applies to. Either list the instances, or send `all_failure` with action `delete` to delete every Kafka instance of the project whose creation failed.
     */
    BatchRestartOrDeleteKafkaInstancesRequest: {
      /**
       * @description `restart` restarts the instances, `delete` deletes them (with their messages, without a backup).
       * @enum {string}
       */
      action: "restart" | "delete";
      /**
       * @description IDs of the instances to restart or delete. Required, and not empty, unless `all_failure` is sent.
       * @example [
       *       "54602a9d-5e22-4239-9123-77e350df4a34",
       *       "7166cdea-dbad-4d79-9610-7163e6f8b640"
       *     ]
       */
      instances?: string[];
      /**
       * @description `kafka` deletes every Kafka instance of the project whose creation failed; only with action `delete`. `instances` may then be left out.
       * @enum {string}
       */
      all_failure?: "kafka";
      /** @description `true` deletes the instances for good; otherwise a deleted instance goes to the recycle bin when the project's recycle bin is turned on. Only with action `delete`. */
      force_delete?: boolean;
    } & (unknown & unknown);
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
     * KafkaEngine
     * @description Message engine; always `kafka`, the same value as the `engine` path parameter.
     * @enum {string}
     */
    KafkaEngine: "kafka";
    /**
     * SaslPassword
     * Format: password
     * @description Password of the initial SASL user: 8 to 32 characters with at least three of these four character types: lower-case letters, upper-case letters, digits, and the special characters (`~!@#$%^&*()-_=+|[{}]:'",<.>/?`, the backtick and the space); it must not start with a hyphen (-). No other characters are accepted. This is the rule of the English page and of the vendor's newer API text; older texts of the same field (and the legacy create operation) ask for two character types only and do not allow spaces.
     */
    SaslPassword: string;
    /**
     * PortProtocol
     * @description Which access modes (listeners) the instance opens: plaintext (`PLAINTEXT`) and ciphertext (`SASL_SSL` or `SASL_PLAINTEXT`), each for the private network and for the Internet. Every member is off unless set. Private access cannot be turned off, so at least one of the three private modes has to be true; the two private ciphertext modes exclude each other, and so do the two public ones. The public modes need public access on the instance (`enable_publicip` true). Cross-VPC access uses the private protocol, the ciphertext one when both are on. When this object is sent, it decides the security protocols and `kafka_security_protocol` has no effect (the request refuses it then). Which SASL user and mechanism the ciphertext modes use at creation is not documented for this object; `access_user`, `password` and `sasl_enabled_mechanisms` are the request's only SASL settings.
     */
    PortProtocol: {
      /**
       * @description Plaintext access over the private network: address `ip:9092`, protocol `PLAINTEXT`.
       * @default false
       */
      private_plain_enable?: boolean;
      /**
       * @description Ciphertext access over the private network with the `SASL_SSL` security protocol. Cannot be true together with `private_sasl_plaintext_enable`.
       * @default false
       */
      private_sasl_ssl_enable?: boolean;
      /**
       * @description Ciphertext access over the private network with the `SASL_PLAINTEXT` security protocol: address `ip:9093`. Cannot be true together with `private_sasl_ssl_enable`.
       * @default false
       */
      private_sasl_plaintext_enable?: boolean;
      /**
       * @description Plaintext access over the Internet: address `ip:9094`, protocol `PLAINTEXT`. Needs public access (`enable_publicip` true).
       * @default false
       */
      public_plain_enable?: boolean;
      /**
       * @description Ciphertext access over the Internet with the `SASL_SSL` security protocol: address `ip:9095`. Needs public access (`enable_publicip` true); cannot be true together with `public_sasl_plaintext_enable`.
       * @default false
       */
      public_sasl_ssl_enable?: boolean;
      /**
       * @description Ciphertext access over the Internet with the `SASL_PLAINTEXT` security protocol: address `ip:9095`. Needs public access (`enable_publicip` true); cannot be true together with `public_sasl_ssl_enable`.
       * @default false
       */
      public_sasl_plaintext_enable?: boolean;
    } & (({
      /**
       * @description Private plaintext access is on.
       * @constant
       */
      private_plain_enable: true;
    } | {
      /**
       * @description Private SASL_SSL access is on.
       * @constant
       */
      private_sasl_ssl_enable: true;
    } | {
      /**
       * @description Private SASL_PLAINTEXT access is on.
       * @constant
       */
      private_sasl_plaintext_enable: true;
    }) & unknown & unknown);
    /**
     * ResourceTag
     * @description A key/value label attached to the new instance. Both members are optional on the page; a value may be the empty string. The official SDK's text also allows `/` in a value; the page does not, and the page is followed here.
     */
    ResourceTag: {
      /**
       * @description Tag key, 1 to 128 characters: letters and digits of any script, spaces and the characters `_ . : = + - @`. It may not begin or end with a space.
       * @example env
       */
      key?: string;
      /**
       * @description Tag value, 0 to 255 characters: letters and digits of any script, spaces and the characters `_ . : = + - @`. The empty string is allowed.
       * @example production
       */
      value?: string;
    };
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
     * @description Settings of a new Kafka instance, paid per use or, with `bss_param`, by the month or year. The instance is sized by a flavor (`product_id`, for example `c6.2u4g.cluster`), a number of brokers (`broker_num`) and a disk size; there is no bandwidth class, partition count, Kafka Manager user or public bandwidth as in the legacy create. What depends on the flavor (storage range, broker range) is checked for the five flavors the page names; other flavors are left to the service. With `ssl_enable` true, `access_user`, `password` and `sasl_enabled_mechanisms` are required, and `kafka_security_protocol` too unless `port_protocol` decides the protocols. The SASL user and password are refused when nothing in the request turns SASL on. With `enable_publicip` true, `publicip_id` is required.
     */
    CreateInstanceByEngineRequest: {
      /**
       * @description Name of the instance: 4 to 64 characters, beginning with a letter, made of letters, digits, underscores and hyphens.
       * @example kafka-orders
       */
      name: string;
      /**
       * @description Free-text note about the instance, 0 to 1024 characters. Backslashes and double quotes must be escaped as usual in JSON.
       * @example Order events of the web shop
       */
      description?: string;
      /**
       * KafkaEngine
       * @description Message engine; always `kafka`, the same value as the `engine` path parameter.
       * @enum {string}
       */
      engine: "kafka";
      /**
       * @description Kafka version of the new instance. The English page lists 1.1.0, 2.3.0, 2.7 and 3.x; the vendor's API text marks 2.3.0 for some sites only (not the main international one) and 3.x for others, so which versions a region offers is known only to the service (see the product specification query). The page's own example sends `2.7,3.x`, which is not one version; see the corrected example. The SDK types the field as a free string.
       * @enum {string}
       */
      engine_version: "1.1.0" | "2.3.0" | "2.7" | "3.x";
      /**
       * @description Number of brokers. The page gives no range. The vendor's specification page does, per flavor: 3 to 30 brokers for `c6.2u4g.cluster` and `c6.4u8g.cluster`, 3 to 50 for `c6.8u16g.cluster`, `c6.12u24g.cluster` and `c6.16u32g.cluster` (listed there under their aliases `kafka.2u4g.cluster` ... `kafka.16u32g.cluster`), and one broker for the single-node flavors; those ranges are checked here for the five cluster flavors. The product specification query answers the range of each flavor as `min_broker` and `max_broker`. When public access is on, one elastic IP is needed per broker.
       * @example 3
       */
      broker_num: number;
      /**
       * @description Disk space for messages, in GB, for the whole instance. Allowed ranges per flavor: 300 to 300,000 for `c6.2u4g.cluster`, 300 to 600,000 for `c6.4u8g.cluster`, 300 to 1,500,000 for `c6.8u16g.cluster`, `c6.12u24g.cluster` and `c6.16u32g.cluster` (the vendor's API text gives 900,000 instead of 1,500,000 for its European and some partner sites). The page gives no range for other flavors, so none is checked for them.
       * @example 300
       */
      storage_space: number;
      /**
       * @description User name of the initial SASL user: 4 to 64 characters, beginning with a letter, made of letters, digits, hyphens and underscores. Required when `ssl_enable` is true. The page says it has no effect when `ssl_enable` is false; the request refuses it unless something turns SASL on (`ssl_enable` true, or a SASL member of `port_protocol` true), so that credentials are not sent in the belief that they protect anything.
       * @example kafka-client
       */
      access_user?: string;
      /**
       * Format: password
       * @description Password of the initial SASL user (rule in its schema). Required when `ssl_enable` is true; refused unless something turns SASL on, like `access_user`.
       */
      password?: $Write<components["schemas"]["SaslPassword"]>;
      /**
       * @description ID of the VPC the instance is placed in, as shown on the VPC's details page in the VPC console.
       * @example 3db8490c-4d6d-4d8f-8d3f-047b0de4c5cf
       */
      vpc_id: string;
      /**
       * @description ID of the security group the instance joins, as shown on the security group's details page in the VPC console.
       * @example 23c5977f-ff33-4b95-a73e-08d8a0bc4e6c
       */
      security_group_id: string;
      /**
       * @description ID (network ID) of the subnet the instance is placed in, as shown on the subnet's page in the VPC console.
       * @example 0a0f1fcb-f019-458d-b9e5-301867394d50
       */
      subnet_id: string;
      /**
       * @description IDs of the availability zones, with free resources, that host the brokers (see the AZ listing API). The list may not be empty and its entries may not be empty. A Kafka instance spans either one zone or three or more, never exactly two. The page also says to separate the zones with commas, which fits a single string rather than the array of strings its table gives; this description follows the table and takes one zone ID per array entry.
       * @example [
       *       "9f1c5806706d4c1fb0eb72f0a9b18c77"
       *     ]
       */
      available_zones: string[];
      /**
       * @description Flavor (product) ID, as listed by the product specification query (`GET /v2/{engine}/products`). The page names five cluster flavors: `c6.2u4g.cluster`, `c6.4u8g.cluster`, `c6.8u16g.cluster`, `c6.12u24g.cluster` and `c6.16u32g.cluster`; the storage and broker ranges of these five are checked here. The list is not closed (flavors differ by region and the query also lists others), so other IDs are passed to the service, which answers `DMS.00400009` for an unknown one.
       * @example c6.2u4g.cluster
       * @example c6.4u8g.cluster
       */
      product_id: string;
      /**
       * @description Turn on access from the Internet. Off unless set; when true, `publicip_id` is required.
       * @default false
       */
      enable_publicip?: boolean;
      /**
       * @description Private IPv4 addresses to give the brokers, instead of addresses picked by the service. At most as many as `broker_num` (a rule the request cannot state, so only the service checks it); brokers beyond the list get random addresses. IPv6 addresses are not accepted. Not on the page's table; described in the vendor's API text of the SDK model.
       * @example [
       *       "192.168.0.21",
       *       "192.168.0.22",
       *       "192.168.0.23"
       *     ]
       */
      tenant_ips?: string[];
      /**
       * @description ID of the elastic IP address to bind, or several IDs separated by commas. Required, and not empty, when `enable_publicip` is true. The vendor's user guide asks for as many EIPs as brokers, which the request cannot state; the service checks it.
       * @example 1d7a8d3e-3c1b-4f7a-9c5e-7b2f0e4a6c11,6f0e2d4c-8a9b-4c1d-b2e3-f4a5b6c7d8e9,a1b2c3d4-e5f6-4a7b-8c9d-e0f1a2b3c4d5
       */
      publicip_id?: string;
      /** @description Turn on SASL authentication for client connections (the page calls it "SSL encryption"; the vendor's newer text calls it SASL). It cannot be changed after creation. When true, `access_user`, `password` and `sasl_enabled_mechanisms` are required, and `kafka_security_protocol` too unless `port_protocol` is sent. The page gives no default; only `true` turns SASL on. */
      ssl_enable?: boolean;
      /**
       * @description Security protocol of the SASL connections: `SASL_SSL` (SSL-encrypted, more secure) or `SASL_PLAINTEXT` (plaintext with user name and password, faster; the page says it uses the SCRAM-SHA-512 mechanism). Fixed once the instance exists. The page says it is mandatory when `ssl_enable` is true and, in the same cell, that `SASL_SSL` applies when it is left blank; the request follows the mandatory rule. When `port_protocol` is sent it decides the protocols and this field has no effect, so the request refuses it then.
       * @enum {string}
       */
      kafka_security_protocol?: "SASL_SSL" | "SASL_PLAINTEXT";
      /**
       * @description SASL mechanisms to enable, one or both: `PLAIN` (plain user name and password check) and `SCRAM-SHA-512` (credential check, more secure than PLAIN). The page says it is mandatory when `ssl_enable` is true and, in the same cell, that PLAIN applies when it is left blank; the request follows the mandatory rule.
       * @example [
       *       "SCRAM-SHA-512"
       *     ]
       */
      sasl_enabled_mechanisms?: ("PLAIN" | "SCRAM-SHA-512")[];
      /** @description Access modes (plaintext and ciphertext listeners, private and public) to open. Not on the page's table; described in the vendor's API text of the SDK model. When sent, it decides the security protocols instead of `kafka_security_protocol`; public modes need `enable_publicip` true. */
      port_protocol?: components["schemas"]["PortProtocol"];
      /**
       * @description What the instance does once the disk reaches its usage threshold: `produce_reject` refuses new messages, `time_base` deletes the oldest messages. No default is documented.
       * @enum {string}
       */
      retention_policy?: "produce_reject" | "time_base";
      /** @description Turn on IPv6. Available only when the VPC supports IPv6. No default is documented. */
      ipv6_enable?: boolean;
      /** @description Encrypt the brokers' disks. No default is documented. */
      disk_encrypted_enable?: boolean;
      /**
       * Format: password
       * @description ID of the KMS key that encrypts the disks (the page's example shows a masked UUID-style key ID; no format is documented). The page says it stays blank when encryption is off, so it must be absent or empty unless `disk_encrypted_enable` is true. Neither the page nor the SDK says that a key is needed when encryption is on, so the request does not require one.
       */
      disk_encrypted_key?: $Write<string>;
      /**
       * @description Turn on message dumping (the connector). Off unless set.
       * @default false
       */
      connector_enable?: boolean;
      /**
       * @description Create a topic automatically, with 3 partitions and 3 replicas, when a client produces to or consumes from a topic that does not exist yet.
       * @default false
       */
      enable_auto_topic?: boolean;
      /**
       * @description Disk type of the brokers: `dms.physical.storage.high.v2` (high I/O) or `dms.physical.storage.ultra.v2` (ultra-high I/O), the two the page lists. The official SDK also lists `dms.physical.storage.general` (general-purpose SSD) and `dms.physical.storage.extreme` (extreme SSD), marked there for the Huawei Cloud main sites only; which flavors and regions take them is not documented. The product specification query lists the disk types of each flavor and zone.
       * @enum {string}
       */
      storage_spec_code: "dms.physical.storage.high.v2" | "dms.physical.storage.ultra.v2" | "dms.physical.storage.general" | "dms.physical.storage.extreme";
      /**
       * @description Enterprise project the instance belongs to. Accounts that use enterprise projects must set it; whether an account does is known only to the service.
       * @example 0
       */
      enterprise_project_id?: string;
      /** @description Labels to attach to the instance (this page's tag rules, not the legacy create's). */
      tags?: components["schemas"]["ResourceTag"][];
      /**
       * @description CPU architecture of the brokers; only `X86` is supported. No default is documented.
       * @enum {string}
       */
      arch_type?: "X86";
      /** @description Turn on plaintext access from inside the VPC. No default is documented. */
      vpc_client_plain?: boolean;
      /** @description Yearly/monthly billing. Leave it out for pay-per-use. The page says a non-empty `bss_param` means yearly/monthly billing, but `charging_mode` inside it defaults to `postPaid` (pay-per-use); `prePaid` with `period_type` and `period_num` is what buys a subscription, and with `postPaid` (given or by default) both are refused. The page gives manual payment (`is_auto_pay` false) and no automatic renewal as the defaults. */
      bss_param?: components["schemas"]["BssParam"];
    } & (components["schemas"]["MaintenanceWindow"] & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown);
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
     * MaintenanceWindowOption
     * @description A four-hour window the service offers for maintenance, one of the values a create request may take as `maintain_begin` and `maintain_end`.
     */
    MaintenanceWindowOption: {
      /**
       * Format: int32
       * @description Sequence number of the window (1 to 6 in the vendor's example, `22`–`02` first).
       * @example 2
       */
      seq: number;
      /**
       * @description Start of the window. Neither the vendor's page nor its SDK states a format: the page's example answers the hour alone (`02`), the older v1.0 query of the same list answered `02:00:00`. A create request takes `HH:mm` (`02:00`), so an hour-only value needs `:00` appended and an `HH:mm:ss` value its seconds cut.
       * @example 02
       */
      begin: string;
      /**
       * @description End of the window, four hours after `begin` (`02` after `22`), in the same form as `begin`.
       * @example 06
       */
      end: string;
      /** @description Whether this is the default window, the one an instance gets when its create request gives no `maintain_begin` and `maintain_end`. */
      default: boolean;
    };
    /**
     * ShowMaintainWindowsResponse
     * @description The maintenance windows an instance can be given.
     */
    ShowMaintainWindowsResponse: {
      /** @description Every window on offer, in `seq` order in the vendor's example: six four-hour windows that cover the day, exactly one of them `default`. */
      maintain_windows: components["schemas"]["MaintenanceWindowOption"][];
    };
    /**
     * KafkaProductIo
     * @description A disk type a Kafka flavor can have, and the zones where it can be had now.
     */
    KafkaProductIo: {
      /**
       * @description Disk type code, the value a create request takes as `storage_spec_code`: `dms.physical.storage.high.v2` (high I/O) or `dms.physical.storage.ultra.v2` (ultra-high I/O); the vendor's SDK text adds `dms.physical.storage.general` (general-purpose SSD) and `dms.physical.storage.extreme` (extreme SSD) for some sites.
       * @example dms.physical.storage.ultra.v2
       */
      io_spec: string;
      /**
       * @description Kind of disk; `evs` (Elastic Volume Service disks) in the vendor's text.
       * @example evs
       */
      type?: string;
      /**
       * @description Codes of the zones where this flavor can have this disk type now, such as `cn-north-4a`: the `code` of the zone listing (`GET /v2/available-zones`), not the zone `id` that a create request's `available_zones` takes. Look the codes up there to get the IDs.
       * @example [
       *       "cn-north-4a",
       *       "cn-north-4b"
       *     ]
       */
      available_zones?: string[];
      /**
       * @description Codes of the zones where this flavor cannot have this disk type now (sold out).
       * @example [
       *       "cn-north-4c"
       *     ]
       */
      unavailable_zones?: string[];
    };
    /**
     * KafkaProductFeature
     * @description A feature instances of a Kafka flavor support, and its limits.
     */
    KafkaProductFeature: {
      /**
       * @description Feature name, such as `connector_obs` (the connector that dumps messages, named Smart Connect in newer texts).
       * @example connector_obs
       */
      name: string;
      /** @description Limits of the feature, each a decimal number in a string (the SDK's type). */
      properties?: {
        /**
         * @description Most connector tasks.
         * @example 10
         */
        max_task?: string;
        /**
         * @description Fewest connector tasks.
         * @example 1
         */
        min_task?: string;
        /**
         * @description Most connector nodes.
         * @example 10
         */
        max_node?: string;
        /**
         * @description Fewest connector nodes.
         * @example 2
         */
        min_node?: string;
      };
    };
    /**
     * KafkaProductProperties
     * @description Limits of an instance of a Kafka flavor. Every value is a decimal number sent as a string.
     */
    KafkaProductProperties: {
      /**
       * @description Most partitions per broker.
       * @example 250
       */
      max_partition_per_broker?: string;
      /**
       * @description Most brokers; the upper bound of a create request's `broker_num`.
       * @example 30
       */
      max_broker?: string;
      /**
       * @description Most disk space per broker, in GB (a create request's `storage_space` counts all brokers together).
       * @example 10000
       */
      max_storage_per_node?: string;
      /**
       * @description Most consumers per broker.
       * @example 4000
       */
      max_consumer_per_broker?: string;
      /**
       * @description Fewest brokers; the lower bound of a create request's `broker_num`.
       * @example 3
       */
      min_broker?: string;
      /**
       * @description Most bandwidth per broker (the vendor states no unit; its examples answer `100`).
       * @example 100
       */
      max_bandwidth_per_broker?: string;
      /**
       * @description Least disk space per broker, in GB (a create request's `storage_space` counts all brokers together).
       * @example 200
       */
      min_storage_per_node?: string;
      /**
       * @description Highest TPS (messages per second) per broker.
       * @example 30000
       */
      max_tps_per_broker?: string;
      /**
       * @description Other name of the flavor, the one the vendor's specification pages and console use (`kafka.2u4g.cluster` for `c6.2u4g.cluster`).
       * @example kafka.2u4g.cluster
       */
      product_alias?: string;
    };
    /**
     * KafkaProduct
     * @description A Kafka flavor (product) and what an instance of it can have.
     */
    KafkaProduct: {
      /**
       * @description Flavor type: `cluster` (several brokers) or `single` (one broker).
       * @enum {string}
       */
      type: "single" | "cluster";
      /**
       * @description Flavor ID, the value a create request takes as `product_id`. The vendor's SDK text lists `c6.2u4g.cluster`, `c6.4u8g.cluster`, `c6.8u16g.cluster`, `c6.12u24g.cluster` and `c6.16u32g.cluster`, and for some sites the single-node `c6.2u4g.single` and `s6.2u4g.single.small` and the small cluster `s6.2u4g.cluster.small`; which ones a region offers is what this answer says.
       * @example c6.2u4g.cluster
       */
      product_id: string;
      /**
       * @description ECS flavor of the brokers' virtual machines.
       * @example c6.large.2
       */
      ecs_flavor_id?: string;
      /**
       * @description Billing code of the flavor, the item the bill charges (the page calls it "billing mode"; it is not the pay-per-use or subscription choice, see `charging_mode`).
       * @example dms.platinum.c6
       */
      billing_code?: string;
      /**
       * @description CPU architectures the flavor is offered with; a create request's `arch_type` takes one.
       * @example [
       *       "X86"
       *     ]
       */
      arch_types?: string[];
      /**
       * @description How the flavor can be paid for: `hourly` (pay-per-use; a create request without `bss_param`) and `monthly` (yearly/monthly subscription; a create request with `bss_param.charging_mode` `prePaid`). The page's edition for the eu-west-0 region says the field is not used there.
       * @example [
       *       "monthly",
       *       "hourly"
       *     ]
       */
      charging_mode?: ("monthly" | "hourly")[];
      /** @description The disk types the flavor can have, each with the zones where it is available now. */
      ios?: components["schemas"]["KafkaProductIo"][];
      /** @description Optional features instances of this flavor support, with their limits. */
      support_features?: components["schemas"]["KafkaProductFeature"][];
      /** @description Limits of an instance of this flavor (broker count, disk size per broker, partitions, ...). */
      properties?: components["schemas"]["KafkaProductProperties"];
    };
    /**
     * ListEngineProductsResponse
     * @description The Kafka flavors of the region, with the versions, disk types, zones and sizes each one offers: the values a create request (`POST /v2/{engine}/{project_id}/instances`) takes as `engine_version`, `product_id`, `storage_spec_code`, `arch_type`, `broker_num`, `storage_space` and `available_zones`.
     */
    ListEngineProductsResponse: {
      /**
       * @description Message engine, `kafka`. (The newest edition of the vendor's page gives its range as "Kafka"; its example and the SDK's text say `kafka`.)
       * @enum {string}
       */
      engine: "kafka";
      /**
       * @description Kafka versions a new instance can have in this region; a create request's `engine_version` takes one of them.
       * @example [
       *       "1.1.0",
       *       "2.7",
       *       "3.x"
       *     ]
       */
      versions: string[];
      /** @description The flavors, or the one named by the `product_id` query parameter. Each is one `product_id` for a create request, with its disk types, zones and limits. */
      products: components["schemas"]["KafkaProduct"][];
    };
    /**
     * KafkaInstanceTagsResponse
     * @description The tags of the instance.
     */
    KafkaInstanceTagsResponse: {
      /** @description Every tag of the instance, as set. */
      tags?: components["schemas"]["InstanceTag"][];
    };
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
     * TagActionRequest
     * @description Tags to add to or remove from one instance, in one call. Both members are optional and `action` has no default: send both.
     *
     *     When adding (`action: create`), every key and value must meet the limits of `NewInstanceTag`. `key` is optional in an entry, but a tag cannot be added without one: send it in every entry. A key is unique on an instance, so list each key once (this is not checked before sending); how the service treats a key the instance already has is not documented. When removing (`action: delete`), only the types are checked before sending, so that tags set under older or other rules (such as a `/` in a value, which the create operation allows) can still be removed.
     */
    TagActionRequest: {
      /** @description `create` to add the listed tags, `delete` to remove them (lower case only). */
      action?: components["schemas"]["TagAction"];
      /** @description The tags to add or remove. */
      tags?: components["schemas"]["TagActionEntry"][];
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
     * KafkaExtendProductProperties
     * @description Limits of the flavour, each a string holding a number.
     */
    KafkaExtendProductProperties: {
      /** @description Maximum number of partitions per broker. */
      max_partition_per_broker?: string;
      /** @description Maximum number of brokers (the largest `new_broker_num` of a horizontal resize). */
      max_broker?: string;
      /** @description Maximum disk per broker, in GB. */
      max_storage_per_node?: string;
      /** @description Maximum number of consumers per broker. */
      max_consumer_per_broker?: string;
      /** @description Minimum number of brokers. */
      min_broker?: string;
      /** @description Maximum bandwidth per broker, in MB/s. */
      max_bandwidth_per_broker?: string;
      /** @description Minimum disk per broker, in GB. */
      min_storage_per_node?: string;
      /** @description Maximum messages per second per broker. */
      max_tps_per_broker?: string;
      /** @description Alias of the `product_id`, such as `kafka.2u4g.cluster`. */
      product_alias?: string;
    };
    /**
     * KafkaExtendProductInfo
     * @description A Kafka flavour the instance can be resized to (or within): its disk types, zones with stock, features and limits.
     */
    KafkaExtendProductInfo: {
      properties?: components["schemas"]["KafkaExtendProductProperties"];
    } & components["schemas"]["ExtendProductInfo"];
    /**
     * ShowKafkaInstanceExtendProductInfoResponse
     * @description The flavours and limits this Kafka instance can be resized to.
     */
    ShowKafkaInstanceExtendProductInfoResponse: {
      /**
       * @description Message engine, `kafka`.
       * @example kafka
       */
      engine?: string;
      /** @description Kafka versions of the engine. */
      versions?: string[];
      /** @description Flavours offered for a resize of this instance. */
      products?: components["schemas"]["KafkaExtendProductInfo"][];
    };
    /**
     * KafkaResizeEngineInstanceRequest
     * @description What to enlarge, and by how much. One kind of change per call (`oper_type`): `storage` grows the disk of every broker, `horizontal` adds brokers (each with the disk size the others have), `vertical` moves every broker to a bigger flavour. `new_storage_space` (total GB of the instance) is required for `storage` and `horizontal` and refused for `vertical`; `new_product_id` is required for `vertical` and refused otherwise; `new_broker_num` is accepted with `horizontal` only, where `publicip_id` is also required.
     */
    KafkaResizeEngineInstanceRequest: {
      /**
       * @description Kind of change: `storage` (more disk per broker, same broker count), `horizontal` (more brokers, same disk per broker) or `vertical` (a bigger flavour for every broker, same broker count and disk).
       * @enum {string}
       */
      oper_type: "storage" | "horizontal" | "vertical";
      /**
       * @description New storage space of the whole instance, in GB: the number of brokers × the disk of each broker. Required for `storage` and `horizontal`, refused for `vertical`. With `storage` the broker count stays and each broker must grow by at least 100 GB; with `horizontal` each broker keeps its disk, so send the new broker count × the present disk per broker.
       * @example 600
       */
      new_storage_space?: number;
      /**
       * @description New number of brokers (the total after the change, not the number added). Accepted with `horizontal` only.
       * @example 4
       */
      new_broker_num?: number;
      /**
       * @description Flavour to move every broker to, such as `c6.4u8g.cluster`: one of the `product_id`s the flavour query for this instance answers (`showKafkaInstanceExtendProductInfo`). Required for `vertical`, refused otherwise.
       * @example c6.4u8g.cluster
       */
      new_product_id?: string;
      /**
       * @description ID of the elastic IP address for the new brokers, or several IDs separated by commas. Required for `horizontal`. An instance with public access needs one elastic IP per broker added; the service checks the count.
       * @example 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f
       */
      publicip_id?: string;
      /**
       * @description Private IPv4 addresses to give the new brokers, instead of addresses the service picks. At most as many as the brokers added (a rule the body cannot state, so only the service checks it); brokers beyond the list get random addresses. IPv6 is not accepted.
       * @example [
       *       "192.168.0.24"
       *     ]
       */
      tenant_ips?: string[];
      /**
       * @description ID of a standby subnet for the new brokers, when the instance's own subnet has no free addresses. The vendor enables this per account on request (customer service); leave it out otherwise.
       * @example 5f0e6a9b-2c4d-4e8f-9a1b-3c5d7e9f1a2b
       */
      second_tenant_subnet_id?: string;
    } & (unknown & unknown & unknown);
    /**
     * ResizeKafkaInstanceRequest
     * @description What to enlarge, and by how much: the rules of the legacy resize body (`KafkaResizeEngineInstanceRequest`), plus a storage space in multiples of 100 GB and at most 50 brokers.
     */
    ResizeKafkaInstanceRequest: {
      /** @description New storage space of the whole instance, in GB; a multiple of 100. */
      new_storage_space?: unknown;
      /** @description New number of brokers, at most 50. */
      new_broker_num?: unknown;
    } & components["schemas"]["KafkaResizeEngineInstanceRequest"];
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
    /**
     * KafkaInstanceVersionResponse
     * @description The instance's kernel version and the latest one it can be upgraded to.
     */
    KafkaInstanceVersionResponse: {
      /** @description Kernel version the instance runs (Kafka version, then the service's build). */
      current_version?: string;
      /** @description Latest kernel version for the instance's Kafka version, the target of `upgradeInstance`. */
      latest_version?: string;
    };
    /**
     * UpgradeKafkaInstanceRequest
     * @description Upgrade now (`{}`) or at `execute_at`.
     */
    UpgradeKafkaInstanceRequest: {
      /**
       * @description Whether the upgrade waits for `execute_at` (`true`) or starts at once.
       * @default false
       */
      is_schedule?: boolean;
      /** @description Start of a scheduled upgrade, Unix time in milliseconds; mandatory with `is_schedule` `true`, refused otherwise. */
      execute_at?: number;
    };
    /**
     * UpgradeKafkaInstanceResponse
     * @description The upgrade task's ID, as the whole body or as `job_id`.
     */
    UpgradeKafkaInstanceResponse: string | {
      /** @description The upgrade task's ID. */
      job_id?: string;
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
     * @description Message engine the request is for; always `kafka` for this operation. The page only calls it "Message engine"; the official SDK accepts `kafka` alone, the same value as the body's `engine` field.
     * @example kafka
     */
    engine: components["schemas"]["KafkaEngine"];
    /**
     * @description Product edition whose flavours to list: `advanced`, the premium (professional) edition. The older query of this kind also took `platinum`, `dec` and `exp`; this one does not.
     * @example advanced
     */
    extend_product_type: "advanced";
    /**
     * @description Message engine of the instance to resize; always `kafka` here. The same URL on the shared DMS host serves RocketMQ and RabbitMQ instances under their own engine names.
     * @example kafka
     */
    extend_engine: "kafka";
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
         * @description Message engine of the instances to list; `kafka` for this service. Required here as in the official SDK.
         * @example kafka
         */
        engine: "kafka";
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
      /** @description One page of matching instances and the total number of matches. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
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
    /** @description Settings of the new instance. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreatePostPaidInstanceRequest"];
      };
    };
    responses: {
      /** @description The request is accepted and the instance is being built; the body holds its ID. */
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
      /** @description The instance's details. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
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
        "application/json": components["schemas"]["UpdateKafkaInstanceRequest"];
      };
    };
    responses: {
      /** @description The change is accepted; there is no body. A new capacity threshold policy is applied by a background task of the instance. */
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
      /** @description The deletion has started; there is no body. The instance goes `DELETING`, and then the show operation answers `404` (`DMS.00404022`). */
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
  resetPassword: {
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
    /** @description The new password. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["ResetKafkaPasswordRequest"];
      };
    };
    responses: {
      /** @description The password is changed; there is no body. */
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
  batchRestartOrDeleteInstances: {
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
    /** @description The action and the instances. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["BatchRestartOrDeleteKafkaInstancesRequest"];
      };
    };
    responses: {
      /** @description The action was accepted or refused for each listed instance; it then runs in the background. */
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
         * @description Message engine the request is for; always `kafka` for this operation. The page only calls it "Message engine"; the official SDK accepts `kafka` alone, the same value as the body's `engine` field.
         * @example kafka
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
    /** @description Settings of the new instance. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateInstanceByEngineRequest"];
      };
    };
    responses: {
      /** @description The request is accepted and the instance is being built (or, for an unpaid yearly/monthly order, waits for payment); the body holds its ID. */
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
  createPostPaidKafkaInstance: {
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
      /** @description The request is accepted and the instance is being built (or, for an unpaid yearly/monthly order, waits for payment); the body holds its ID. */
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
  showMaintainWindows: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The windows on offer. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ShowMaintainWindowsResponse"];
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
         * @description Flavor ID to answer alone, such as `c6.2u4g.cluster`; without it every flavor of the region is answered. The vendor's SDK text lists `c6.2u4g.cluster`, `c6.4u8g.cluster`, `c6.8u16g.cluster`, `c6.12u24g.cluster` and `c6.16u32g.cluster`, plus `c6.2u4g.single`, `s6.2u4g.single.small` and `s6.2u4g.cluster.small` for some sites; the list is not closed, so any string is passed on.
         * @example c6.2u4g.cluster
         */
        product_id?: string;
      };
      header?: never;
      path: {
        /**
         * @description Message engine the request is for; always `kafka` for this operation. The page only calls it "Message engine"; the official SDK accepts `kafka` alone, the same value as the body's `engine` field.
         * @example kafka
         */
        engine: components["parameters"]["engine"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The flavors, or the one asked for. */
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
  showKafkaTags: {
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
      /** @description The instance's tags. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KafkaInstanceTagsResponse"];
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
  batchCreateOrDeleteKafkaTag: {
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
        "application/json": components["schemas"]["TagActionRequest"];
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
  showKafkaProjectTags: {
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
    requestBody?: never;
    responses: {
      /** @description The project's tag keys and their values. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProjectTagsResponse"];
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
  showKafkaInstanceExtendProductInfo: {
    parameters: {
      query: {
        /**
         * @description Product edition whose flavours to list: `advanced`, the premium (professional) edition. The older query of this kind also took `platinum`, `dec` and `exp`; this one does not.
         * @example advanced
         */
        type: components["parameters"]["extend_product_type"];
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
          "application/json": components["schemas"]["ShowKafkaInstanceExtendProductInfoResponse"];
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
  resizeKafkaInstance: {
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
        "application/json": components["schemas"]["ResizeKafkaInstanceRequest"];
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
  showKafkaScalePreCheckInfo: {
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
  resizeEngineInstance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Message engine of the instance to resize; always `kafka` here. The same URL on the shared DMS host serves RocketMQ and RabbitMQ instances under their own engine names.
         * @example kafka
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
        "application/json": components["schemas"]["KafkaResizeEngineInstanceRequest"];
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
  showKafkaProductCores: {
    parameters: {
      query: {
        /**
         * @description A flavour's `product_id` (`listEngineProducts`).
         * @example c6.2u4g.cluster
         */
        product_id: string;
        /**
         * @description Brokers: 1 (single node), 3–30 (up to 4u8g) or 3–50 (larger flavours).
         * @example 3
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
      /** @description The vCPUs, and the storage when an instance was named. */
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
  showUpgradeInstanceVersion: {
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
      /** @description The versions. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KafkaInstanceVersionResponse"];
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
  upgradeInstance: {
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
    /** @description When to upgrade; `{}` upgrades at once. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpgradeKafkaInstanceRequest"];
      };
    };
    responses: {
      /** @description Accepted; the ID of the upgrade task. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UpgradeKafkaInstanceResponse"];
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
