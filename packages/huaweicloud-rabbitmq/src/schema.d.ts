// Generated from specs/huaweicloud-rabbitmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
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
     * @description Lists the RabbitMQ instances of the project, filtered by name, ID, status and enterprise project. IAM users need the `dms:instance:list` permission. The official SDKs call this operation `listInstancesDetails`.
     *
     *     Paging: `limit` (1 to 50, default 10) instances are answered at a time, starting after `offset` of them; `instance_num` is the number of instances the whole query matches. Repeat the call with `offset` increased by the number of instances received until `offset` reaches `instance_num` (or a page comes back empty).
     */
    get: operations["listInstances"];
    put?: never;
    post?: never;
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
     * @description Answers the details of one RabbitMQ instance: status, flavour, storage, network, connection addresses and billing. IAM users need the `dms:instance:getDetail` permission (the account itself has every permission).
     *
     *     Poll this operation to follow an instance's life: after create it is `CREATING`, then `RUNNING` after several minutes (`CREATEFAILED` or `ERROR` mean it failed); after delete it is `DELETING` and then this operation answers 404 with `DMS.00404022`.
     */
    get: operations["showInstance"];
    /**
     * Modify a RabbitMQ instance
     * @description Changes an instance's name, description, maintenance window, security group, public access,
     *     ACL setting (AMQP edition) or enterprise project. Send only the fields to change; the others
     *     keep their values. The maintenance window is sent as a pair, `maintain_begin` and
     *     `maintain_end`, four hours apart. Turning public access on binds the elastic IP given in
     *     `publicip_id`, which is then required.
     *
     *     The service answers `204` without a body; the show operation then reports the new settings
     *     (for public access, its `enable_publicip`).
     *
     *     An IAM user needs the `dms:instance:modify` action, and for public access the EIP actions
     *     `eip:publicIps:get` and `eip:publicIps:update`. The same URL on the same regional DMS host
     *     also modifies Kafka and RocketMQ instances, whose bodies differ; this description covers
     *     RabbitMQ instances.
     *
     *     Source: "Modifying Instance Information", https://support.huaweicloud.com/intl/en-us/api-rabbitmq/UpdateInstance.html
     */
    put: operations["updateInstance"];
    post?: never;
    /**
     * Delete an instance
     * @description Deletes the instance and releases all its resources; its messages are lost. IAM users need the `dms:instance:delete` permission.
     *
     *     The service answers 204 at once and deletes in the background: showing the instance answers status `DELETING` (the Terraform provider also tolerates `ERROR` on the way), and then 404 with `DMS.00404022` once it is gone. Several instances can be deleted in one call with the batch operation `POST /v2/{project_id}/instances/action`.
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
     * Reset the password of a RabbitMQ instance
     * @description Sets a new password for the instance's user, the `access_user` given at creation, with which
     *     clients and the management UI log in; the user name stays the same.
     *
     *     `new_password` is marked optional, but it is what the call is for: send it. The service
     *     answers `204` without a body.
     *
     *     Source: "Resetting the Password", https://support.huaweicloud.com/intl/en-us/api-rabbitmq/ResetPassword.html
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
     * Delete RabbitMQ instances in a batch
     * @description Deletes several instances in one call, or every RabbitMQ instance of the project whose
     *     creation failed (`all_failure: rabbitmq`). The only action is `delete`; the operation keeps the
     *     name it had when it could also restart instances.
     *
     *     For a list of instances the answer is `200` with one entry per instance: `success` when the
     *     deletion was accepted for it, `failed` when it was not. Each accepted instance is then deleted
     *     in the background: the show operation answers `DELETING`, then `404` (`DMS.00404022`) once it
     *     is gone; poll it to know when. The instances' messages are deleted without a backup; with
     *     `force_delete: true` the instances skip the recycle bin, with `false` they go to it.
     *
     *     With `all_failure` the answer is `204` without a body: the failed creations are being deleted.
     *
     *     An IAM user needs the `dms:instance:delete` action. The same URL on the same regional DMS host
     *     serves Kafka and RocketMQ instances too, and instance IDs do not say their engine: check the
     *     IDs before deleting.
     *
     *     Source: "Batch Deleting Instances", https://support.huaweicloud.com/intl/en-us/api-rabbitmq/BatchRestartOrDeleteInstances.html
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
     * Create a RabbitMQ instance
     * @description Creates a RabbitMQ instance, single-node or cluster, and answers with its ID at once; the instance is built in the background (status `CREATING`, then `RUNNING`). Despite the name the official SDKs give this operation (`createPostPaidInstanceByEngine`), it creates both pay-per-use instances and, when `bss_param.charging_mode` is `prePaid`, yearly/monthly ones.
     *
     *     Differences from the vendor page: its request examples send `"engine": "RabbitMQ"` and mask `access_user` and `password` as `******`, all of which break its own parameter table; the examples here use `rabbitmq` and real-looking credentials instead.
     */
    post: operations["createPostPaidInstanceByEngine"];
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
     * List flavours
     * @description Lists the RabbitMQ flavours (products) that can be bought in the region, single-node and cluster, each with its CPU architectures, billing modes, disk types with the availability zones that have stock for them, and its limits. The call has no project in its URL. It replaces the legacy `listProducts`.
     *
     *     Use it to fill a create body (`createPostPaidInstanceByEngine`) for a flavour: `products[].product_id` is `product_id`; one of `versions` is `engine_version`; one `products[].ios[].io_spec` is `storage_spec_code`; zones from that same entry's `available_zones` are `available_zones`, but as zone codes (`cn-north-4a`) where the create takes zone IDs: look the codes up in the zone listing (`GET /v2/available-zones`, `available_zones[].code`) and send the matching `id`s; one `products[].arch_types[]` is `arch_type`. `broker_num` runs from `properties.min_broker` to `properties.max_broker` in steps of `properties.step_length` (1 for a single node; 3, 5 or 7 for a cluster), and `storage_space` lies between `broker_num` × `properties.min_storage_per_node` and `broker_num` × `properties.max_storage_per_node`. `products[].charging_mode` says whether the flavour can be bought pay-per-use (`hourly`) or yearly/monthly (`monthly`, with `bss_param`). All limits are strings holding numbers.
     *
     *     Source: Querying Product Specifications, https://support.huaweicloud.com/intl/en-us/api-rabbitmq/ListEngineProducts.html
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
  "/v2/products": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List flavours (legacy)
     * @deprecated
     * @description Deprecated: use `listEngineProducts` (`GET /v2/{engine}/products`) instead, which lists the current flavours (`c6.*` product IDs) with their limits; the vendor keeps this call as a historical one that may stop being maintained. It lists the RabbitMQ flavours of the legacy product list, grouped by billing mode (`Hourly`, `Monthly`), then by RabbitMQ version, then by instance type.
     *
     *     Where a create body's values are in this answer: `Hourly[].version` (or `Monthly[].version`) is `engine_version`; `Hourly[].values[].detail[].product_id` is `product_id` (legacy IDs such as `00300-30109-0--0`); `detail[].storage` is the flavour's storage in GB (`storage_space`); `detail[].io[].storage_spec_code` names the disk type, but in the legacy codes (`dms.physical.storage.high`), which the create description of this service does not accept (it takes `dms.physical.storage.high.v2` and the other current codes that `listEngineProducts` answers). Whether the zones are zone IDs or codes is not documented.
     *
     *     Source: Querying Product Specifications (historical API), https://support.huaweicloud.com/api-rabbitmq/ListProducts01.html
     */
    get: operations["listProducts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/rabbitmq/{instance_id}/tags": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the tags of a RabbitMQ instance
     * @description Answers every tag of one RabbitMQ instance as key/value pairs. The operation takes no paging
     *     parameters; the answer may also carry `total`, `next_offset` and `previous_offset`. Add and
     *     remove tags with the tag action operation
     *     (`POST /v2/{project_id}/rabbitmq/{instance_id}/tags/action`); the instance's show and list
     *     operations answer the same tags in their `tags`.
     *
     *     Source: "Listing Tags of an Instance",
     *     https://support.huaweicloud.com/intl/en-us/api-rabbitmq/ShowRabbitMqTags.html
     */
    get: operations["showRabbitMqTags"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/rabbitmq/{instance_id}/tags/action": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add or remove tags of a RabbitMQ instance
     * @description Adds tags to one RabbitMQ instance (`action: create`) or removes tags from it
     *     (`action: delete`), several in one call. A `204` without a body means the tags were added or
     *     removed: the call starts no background task and answers no job ID, so there is nothing to
     *     poll; the tag listing (`GET /v2/{project_id}/rabbitmq/{instance_id}/tags`) shows the result.
     *
     *     Tags being added follow the limits of `NewInstanceTag`: keys of 1 to 128 characters and
     *     values of 0 to 255, both of letters and digits of any script, spaces and `_ . : = + - @`; a
     *     key may not begin or end with a space, nor begin with `_sys_`; a key is unique on the
     *     instance. These limits are stricter than those of the create operation's `tags`, which also
     *     allow `/` in a value. No upper bound on the number of tags of a RabbitMQ instance is
     *     documented. Tags being removed are checked only for their types, so that any tag the
     *     instance has can be removed.
     *
     *     An IAM user needs the `dms:instance:update` permission (alias `dms:instance:modify`) on the
     *     instance; identity policies can also test its tags (`g:ResourceTag/<tag-key>`), the tags in
     *     the request (`g:RequestTag/<tag-key>`, `g:TagKeys`) and its enterprise project.
     *
     *     Source: "Batch Adding or Deleting Tags",
     *     https://support.huaweicloud.com/intl/en-us/api-rabbitmq/BatchCreateOrDeleteRabbitMqTag.html
     */
    post: operations["batchCreateOrDeleteRabbitMqTag"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/{project_id}/rabbitmq/tags": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the tags used on the project's RabbitMQ instances
     * @description Answers the tag keys in use on the RabbitMQ instances of the project, each with every value it
     *     has on them. The operation takes no paging parameters; the answer may also carry `total`,
     *     `next_offset` and `previous_offset`. Useful to offer existing keys and values when tagging an
     *     instance.
     *
     *     An IAM user needs the `dms::listProjectTags` permission (identity policies).
     *
     *     Source: "Listing Tags of a Project",
     *     https://support.huaweicloud.com/intl/en-us/api-rabbitmq/ShowRabbitMqProjectTags.html
     */
    get: operations["showRabbitMqProjectTags"];
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
     * List the flavours a RabbitMQ instance can be resized to
     * @description Answers, for one RabbitMQ instance of the new flavours, the flavours offered for a scale-up:
     *     each flavour's `product_id` (the `new_product_id` of a `vertical` resize), its disk types, the
     *     zones with and without stock, and its limits (`properties`, strings holding numbers: broker
     *     range and step, disk per broker, connections and queues per broker). The call changes nothing.
     *
     *     Source: Querying Product Information for Specification Modification of Instances with New
     *     Flavors, https://support.huaweicloud.com/intl/en-us/api-rabbitmq/ShowEngineInstanceExtendProductInfo.html
     */
    get: operations["showEngineInstanceExtendProductInfo"];
    put?: never;
    /**
     * Enlarge a RabbitMQ instance (storage, brokers or flavour)
     * @description Starts a scale-up of a RabbitMQ cluster, one kind of change per call:
     *
     *     - `storage`: more disk for every broker; `new_storage_space` is the new total in GB, a
     *       multiple of 100, each broker gaining at least 100 GB.
     *     - `horizontal`: more brokers with the disk the others have; send `new_storage_space` (new
     *       broker count × present disk per broker) and `new_broker_num`.
     *     - `vertical`: a bigger flavour for every broker; send `new_product_id`, one of the flavours
     *       `showEngineInstanceExtendProductInfo` answers for this instance.
     *
     *     Instances of the old flavours name their flavour in `new_spec_code` (with `horizontal`, the
     *     flavour code with the new broker count appended). Only pay-per-use instances can be resized
     *     through the API, only upwards, and only while the instance is `RUNNING` (otherwise 400 with
     *     error code `DMS.00400026`).
     *
     *     The call answers at once with a `job_id`. Poll `showInstance`
     *     (`GET /v2/{project_id}/instances/{instance_id}`): the instance is `EXTENDING` while the change
     *     runs and `RUNNING` again when it is done, with the new `total_storage_space`, `broker_num` or
     *     `product_id`; `EXTENDEDFAILED` means the change failed.
     *
     *     Source: Modifying Specifications of Instances with New Flavors,
     *     https://support.huaweicloud.com/intl/en-us/api-rabbitmq/ResizeEngineInstance.html
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
  "/v2/rabbitmq/products/cores": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Count the vCPUs of a RabbitMQ flavour
     * @description Answers how many vCPUs (`core_num`) the service counts for `broker_num` brokers of the
     *     RabbitMQ flavour `product_id` (a `product_id` of `listEngineProducts`). With `instance_id`, it
     *     also answers `total_extend_storage_space`, the storage that instance would have with
     *     `broker_num` brokers: the total to send when adding brokers.
     *
     *     The request has no project ID and no body; it changes nothing.
     *
     *     Source: Querying RabbitMQ Product vCPUs,
     *     https://support.huaweicloud.com/intl/en-us/api-rabbitmq/ShowRabbitMQProductCores.html
     */
    get: operations["showRabbitMqProductCores"];
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
     * @description Answers the project's DMS quotas: for each engine (`rabbitmqInstance`, `kafkaInstance`,
     *     `rocketmqInstance`) the most instances the project can have (`quota`) and how many it has
     *     (`used`), and the most tags one instance can carry (`tags`). Check it before creating an
     *     instance: a create beyond the quota is refused.
     *
     *     The quotas are the project's, whatever engine's endpoint is asked: the same URL serves Kafka,
     *     RocketMQ and RabbitMQ. The request has no parameter but the project ID; the call changes
     *     nothing.
     *
     *     Source: Querying Tenant Quotas,
     *     https://support.huaweicloud.com/intl/en-us/api-rabbitmq/ShowQuotas.html
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
     * ShowInstanceTag
     * @description A key/value tag attached to the instance.
     */
    ShowInstanceTag: {
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
     * @description Details of one RabbitMQ instance. The official SDKs mark every field optional; the ones listed as required here identify the instance and its state and are always answered. Fields the service adds later are allowed.
     */
    ShowInstanceResponse: {
      /**
       * @description User name for connecting to the instance (AMQP and the management UI), as set at creation: 4 to 64 letters, digits and hyphens. The password is never answered.
       * @example orders-app
       */
      access_user?: string;
      /**
       * @description Number of brokers (nodes): 1 for a single-node instance; 3, 5 or 7 for a cluster.
       * @enum {integer}
       */
      broker_num?: 1 | 3 | 5 | 7;
      /**
       * @description Instance name.
       * @example orders-mq-prod
       */
      name: string;
      /**
       * @description Message engine; always `rabbitmq` for this service.
       * @example rabbitmq
       */
      engine: string;
      /**
       * @description Engine version: `3.8.35`; `AMQP-0-9-1` (the AMQP edition, in some regions); older instances `3.7.17`; `3.12.13` in a few dedicated regions. Not an enum here, as the list differs by region and grows.
       * @example 3.8.35
       */
      engine_version: string;
      /**
       * @description Instance flavour as text: for a single-node instance the VM flavour, for a cluster the VM flavour and the number of brokers (for example `rabbitmq.4u8g.cluster * 3 broker`).
       * @example rabbitmq.4u8g.cluster * 3 broker
       */
      specification?: string;
      /**
       * @description Message storage space in GB that messages can use. It can be smaller than `total_storage_space`, the disk capacity bought at creation (the Terraform provider maps `total_storage_space` back to the `storage_space` of the create request).
       * @example 249
       */
      storage_space?: number;
      /**
       * @description Message storage space in use, in GB.
       * @example 3
       */
      used_storage_space?: number;
      /** @description Whether access by domain name is switched on (then `connect_domain_name` is answered). */
      dns_enable?: boolean;
      /**
       * @description IP address for private (VPC) access; AMQP clients connect to it on `port`.
       * @example 192.168.0.131
       */
      connect_address?: string;
      /** @description Domain name for private access, when `dns_enable` is true. */
      connect_domain_name?: string;
      /**
       * @description IP address for public (internet) access, when public access is on.
       * @example 121.36.58.207
       */
      public_connect_address?: string;
      /** @description Domain name for public access, when public access is on. */
      public_connect_domain_name?: string;
      /**
       * @description Port for AMQP clients; RabbitMQ's standard ports are 5672 without TLS and 5671 with TLS (`ssl_enable`).
       * @example 5672
       */
      port?: number;
      /** @description Instance status. A new instance is `CREATING`, then `RUNNING`; poll this field to wait for creation, and expect `DELETING` after a delete. */
      status: components["schemas"]["InstanceStatus"];
      /**
       * @description Instance description; empty when none was given.
       * @example Order events between the shop front end and fulfilment.
       */
      description?: string;
      /**
       * @description Instance ID.
       * @example 8959ab1c-7c1a-4b11-a05f-93dfc361b32d
       */
      instance_id: string;
      /**
       * @description Resource specification code of the old flavours, such as `dms.instance.rabbitmq.single.c3.2u4g` (single node, 2 vCPUs / 4 GB) or `dms.instance.rabbitmq.cluster.c3.4u8g.3` (cluster of 3 brokers, 4 vCPUs / 8 GB each). Instances of the current `c6.*` flavours answer an empty string; use `product_id` for them.
       * @example dms.instance.rabbitmq.cluster.c3.4u8g.3
       */
      resource_spec_code?: string;
      /**
       * @description Billing mode: `1` pay-per-use, `0` yearly/monthly subscription.
       * @enum {integer}
       */
      charging_mode?: 0 | 1;
      /**
       * @description ID of the VPC the instance is in.
       * @example 3c9a4e1b-7d2f-4a8e-b6c5-0f1e2d3c4b5a
       */
      vpc_id?: string;
      /**
       * @description Name of the VPC.
       * @example vpc-prod
       */
      vpc_name?: string;
      /**
       * @description When creation finished, as a string of milliseconds since 1970-01-01T00:00:00Z (not an RFC 3339 date).
       * @example 1714988123456
       */
      created_at?: string;
      /**
       * @description User ID of the instance's owner (the vendor says only "User ID").
       * @example 4b7f1c2d9e3a4f5b8c6d7e8f9a0b1c2d
       */
      user_id?: string;
      /**
       * @description User name of the instance's owner (the vendor says only "User name").
       * @example ops-admin
       */
      user_name?: string;
      /**
       * @description Order ID; set only for a yearly/monthly instance, empty for pay-per-use.
       * @example CS2405061523XYZ1A
       */
      order_id?: string;
      /**
       * @description Start of the maintenance window, `HH:mm:ss`.
       * @example 22:00:00
       */
      maintain_begin?: string;
      /**
       * @description End of the maintenance window, `HH:mm:ss`.
       * @example 02:00:00
       */
      maintain_end?: string;
      /** @description Whether public (internet) access is switched on. */
      enable_publicip?: boolean;
      /**
       * @description Elastic IP address bound for public access; `null` when public access is off.
       * @example 121.36.58.207
       */
      publicip_address?: string | null;
      /**
       * @description ID of the elastic IP bound for public access; `null` when public access is off.
       * @example 2a4c9f1e-5b7d-4e3a-9c8b-1d6e0f2a3b4c
       */
      publicip_id?: string | null;
      /**
       * @description URL of the RabbitMQ management UI (and HTTP API) for private access, such as `http://192.168.0.131:15672`.
       * @example http://192.168.0.131:15672
       */
      management_connect_address?: string;
      /** @description Domain name of the management UI for private access, when `dns_enable` is true. */
      management_connect_domain_name?: string;
      /**
       * @description URL of the management UI for public access, when public access is on.
       * @example http://121.36.58.207:15672
       */
      public_management_connect_address?: string;
      /** @description Domain name of the management UI for public access. */
      public_management_connect_domain_name?: string;
      /** @description Whether clients must connect with SSL/TLS. */
      ssl_enable?: boolean;
      /** @description Whether the brokers' disks are encrypted. (The SDK, from 3.1.202, also answers `disk_encrypted_key`, the key's ID; like every `*_key` field it is not declared here, but the schema is open, so the value still reaches the caller.) */
      disk_encrypted?: boolean;
      /**
       * @description Enterprise project the instance belongs to (`0` is the default project).
       * @example 0
       */
      enterprise_project_id?: string;
      /** @description `true` for instances whose disk can be expanded without a restart (all recent instances); `false` for very old instances, whose disk cannot be expanded. */
      is_logical_volume?: boolean;
      /**
       * @description How many times the disk has been expanded (older SDK documentation: after 20 expansions no further one is possible).
       * @example 0
       */
      extend_times?: number;
      /**
       * @description Instance type: `single` (one node) or `cluster`.
       * @enum {string}
       */
      type?: "single" | "cluster";
      /**
       * @description Flavour (product ID) the instance was created with, such as `c6.4u8g.cluster`.
       * @example c6.4u8g.cluster
       */
      product_id?: string;
      /**
       * @description ID of the security group.
       * @example 8f7e6d5c-4b3a-4291-8e7f-6a5b4c3d2e1f
       */
      security_group_id?: string;
      /**
       * @description Name of the security group.
       * @example sg-rabbitmq
       */
      security_group_name?: string;
      /**
       * @description ID of the subnet.
       * @example 5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a
       */
      subnet_id?: string;
      /**
       * @description IDs of the availability zones the brokers are in.
       * @example [
       *       "9f1c5ab4c47f4a27a1b6b9b8c7e2d3f0"
       *     ]
       */
      available_zones?: string[];
      /**
       * @description Names (codes) of the availability zones the brokers are in, such as `cn-north-4a`; the Terraform provider reads them as its `availability_zones`.
       * @example [
       *       "cn-north-4a"
       *     ]
       */
      available_zone_names?: string[];
      /**
       * @description Total message storage space bought, in GB.
       * @example 300
       */
      total_storage_space?: number;
      /**
       * @description ID of the storage resource (the disks).
       * @example 3e1d7a4b-9c2f-4e8a-b5d6-7f0a1b2c3d4e
       */
      storage_resource_id?: string;
      /**
       * @description Disk I/O class, such as `dms.physical.storage.high.v2` (high I/O) or `dms.physical.storage.ultra.v2` (ultra-high I/O).
       * @example dms.physical.storage.ultra.v2
       */
      storage_spec_code?: string;
      /** @description Whether IPv6 is switched on. */
      ipv6_enable?: boolean;
      /** @description IPv6 addresses for connecting, when IPv6 is on. */
      ipv6_connect_addresses?: string[];
      /** @description Tags attached to the instance. */
      tags?: components["schemas"]["ShowInstanceTag"][];
      /**
       * @description Service type; the SDK documents the value `advanced`.
       * @example advanced
       */
      service_type?: string;
      /**
       * @description Storage type; the SDK documents the value `hec`.
       * @example hec
       */
      storage_type?: string;
    };
    /**
     * ListInstancesResponse
     * @description One page of the RabbitMQ instances that match the query.
     */
    ListInstancesResponse: {
      /** @description The instances on this page, at most `limit` of them, each with the same fields as the show operation answers. */
      instances: components["schemas"]["ShowInstanceResponse"][];
      /**
       * @description Number of instances the query matches, across all pages (the vendor says only "Number of instances"; the Terraform provider pages with `offset` until it reaches this number).
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
     * UpdateRabbitMqInstanceRequest
     * @description The settings to change; leave out what stays as it is. The maintenance window is given as a pair (`maintain_begin` and `maintain_end`, both or neither); turning public access on needs the elastic IP to bind (`publicip_id`).
     */
    UpdateRabbitMqInstanceRequest: {
      /**
       * @description New name of the instance: 4 to 64 characters, beginning with a letter, made of letters, digits and hyphens.
       * @example rabbitmq-01
       */
      name?: string;
      /**
       * @description New description, at most 1024 characters (an empty string clears it). Backslashes and double quotes are escaped as usual in JSON.
       * @example instance description
       */
      description?: string;
      /**
       * @description ID of the security group to move the instance to, as listed by the VPC service's security-group query.
       * @example 0aaa0033-bf7f-4c41-a6c2-18cd04cad2c8
       */
      security_group_id?: string;
      /** @description `true` turns access from the Internet on, `false` turns it off. When true, `publicip_id` is required. */
      enable_publicip?: boolean;
      /**
       * @description ID of the elastic IP address to bind, as listed by the EIP service's query. Required, and not empty, when `enable_publicip` is true.
       * @example 2a4c9f1e-5b7d-4e3a-9c8b-1d6e0f2a3b4c
       */
      publicip_id?: string;
      /**
       * @description ID of the enterprise project to move the instance to.
       * @example 0
       */
      enterprise_project_id?: string;
      /** @description `true` turns access control lists (ACLs) on, `false` turns them off. The setting applies to instances of the AMQP edition only. */
      enable_acl?: boolean;
    } & (components["schemas"]["MaintenanceWindowUpdate"] & unknown);
    /**
     * HuaweiCloudStrongPassword
     * Format: password
     * @description A password of 8 to 32 characters with at least three of these character types: lower-case letters, upper-case letters, digits, and the special characters `~!@#$%^&*()-_=+\|[{}];:'",<.>/? and the space (no other characters). It may not begin with a hyphen (-).
     */
    HuaweiCloudStrongPassword: string;
    /**
     * ResetRabbitMqPasswordRequest
     * @description The new password of the instance's user.
     */
    ResetRabbitMqPasswordRequest: {
      /**
       * Format: password
       * @description The new password: 8 to 32 characters with at least three of lower-case letters, upper-case letters, digits and the special characters (the space among them), not beginning with a hyphen. Marked optional by the vendor, but it is what the call is for: send it.
       */
      new_password?: $Write<components["schemas"]["HuaweiCloudStrongPassword"]>;
    };
    /**
     * BatchRestartOrDeleteRabbitMqInstancesRequest
     * @description The instances to delete. Either list them, or send `all_failure: rabbitmq` to delete every RabbitMQ instance of the project whose creation failed.
     */
    BatchRestartOrDeleteRabbitMqInstancesRequest: {
      /**
       * @description `delete`, the only action: deletes the instances with their messages, without a backup. (Despite the operation's name, RabbitMQ instances are not restarted through it.)
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
       * @description `rabbitmq` deletes every RabbitMQ instance of the project whose creation failed; `instances` may then be left out or empty.
       * @enum {string}
       */
      all_failure?: "rabbitmq";
      /** @description `true` deletes the instances for good; `false` moves them to the recycle bin. */
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
     * @description A key/value label attached to the instance. Both members are optional on the page; a value may be the empty string.
     */
    TagEntity: {
      /**
       * @description Tag key, 1 to 128 characters: letters and digits of any script, spaces and the characters `_ . : = + - @`. It may not begin or end with a space.
       * @example env
       */
      key?: string;
      /**
       * @description Tag value, 0 to 255 characters: letters and digits of any script, spaces and the characters `_ . : / = + - @`. The empty string is allowed.
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
     * CreateInstanceRequest
     * @description Settings of a new RabbitMQ instance. Leave out `bss_param` (or set its `charging_mode` to `postPaid`) to pay per use; set `charging_mode` to `prePaid` for a yearly/monthly subscription.
     */
    CreateInstanceRequest: {
      /**
       * @description Name of the instance: 4 to 64 characters, only ASCII letters, digits, underscores and hyphens. (The official SDKs' Chinese documentation adds that it must start with a letter; page 004 does not say so, and the schema follows the page.)
       * @example rabbitmq-demo
       */
      name: string;
      /**
       * @description Free text about the instance, at most 1024 characters. Inside the JSON body a backslash or a double quote has to be escaped (`\\`, `\"`), as everywhere in JSON.
       * @example Order events of the shop front end
       */
      description?: string;
      /**
       * @description Message engine; always `rabbitmq`. Page 004's own request examples send `"RabbitMQ"`, which contradicts its parameter table (`Value: rabbitmq`); this description follows the table.
       * @enum {string}
       */
      engine: "rabbitmq";
      /**
       * @description RabbitMQ version to deploy: `3.8.35` or `3.7.17`. (Newer official SDKs also list `AMQP-0-9-1` in some regions, and restrict 3.7.17 to a few sites; page 004 lists these two.)
       * @enum {string}
       */
      engine_version: "3.8.35" | "3.7.17";
      /**
       * @description Message storage in GB, 100 to 90,000. A cluster needs at least 100 GB per broker (so at least 300, 500 or 700 GB with 3, 5 or 7 brokers). Depending on the flavour the per-broker minimum is 200 GB or 300 GB instead; that depends on `product_id` and is checked by the service only.
       * @example 100
       */
      storage_space: number;
      /**
       * @description User name for connecting to the instance (AMQP and the management UI): 4 to 64 characters, only ASCII letters, digits and hyphens. Page 004's request examples mask it as `******`, which breaks this rule.
       * @example rabbit-admin
       */
      access_user: string;
      /** @description Password of `access_user`: 8 to 32 characters with at least two of these kinds: lower-case letters, upper-case letters, digits, and the special characters listed in `HuaweiCloudPassword`. Page 004's request examples mask it as `******`, which breaks this rule. */
      password: components["schemas"]["HuaweiCloudPassword"];
      /**
       * @description ID of the Virtual Private Cloud the instance joins (shown on the VPC details page of the console).
       * @example 1e93f86e-13af-46c8-97d6-d40fa62b76c2
       */
      vpc_id: string;
      /**
       * @description ID of the security group that guards the instance's ports (shown on the security group details page).
       * @example 0aaa0033-bf7f-4c41-a6c2-18cd04cad2c8
       */
      security_group_id: string;
      /**
       * @description ID of the subnet (network ID) inside `vpc_id` where the brokers get their addresses.
       * @example b5fa806c-35e7-4299-b659-b39398dd4718
       */
      subnet_id: string;
      /**
       * @description IDs of the availability zones, with free resources, to place the brokers in; list them with the "Listing AZ Information" API. Must not be empty, and no entry may be empty.
       * @example [
       *       "d573142f24894ef3bd3664de068b44b0"
       *     ]
       */
      available_zones: string[];
      /**
       * @description Flavour of the instance, from the "Querying Product Specifications List" API, such as `c6.2u4g.single` (one node) or `c6.4u8g.cluster` (a cluster). For a cluster flavour `broker_num` is required and must be 3, 5 or 7; a single-node flavour has exactly one broker. The schema recognises the flavour type by the `.cluster` / `.single` suffix of the current product ids (`c6.<cpu>u<mem>g.single`, `c6.<cpu>u<mem>g.cluster`); an id without either suffix, such as the older `00300-30109-0--0`, is not checked against `broker_num` here.
       * @example c6.2u4g.single
       */
      product_id: string;
      /**
       * @description Number of brokers: 1 for a single-node flavour; 3, 5 or 7 for a cluster flavour, where it is required.
       * @enum {integer}
       */
      broker_num?: 1 | 3 | 5 | 7;
      /** @description Give the instance public (internet) access through an elastic IP. When true, `publicip_id` is required. */
      enable_publicip?: boolean;
      /**
       * @description ID of the elastic IP to bind for public access. Required, and not empty, when `enable_publicip` is true. The page sets no rule for it otherwise; its examples send an empty string together with `enable_publicip: false`.
       * @example 2a4c9f1e-5b7d-4e3a-9c8b-1d6e0f2a3b4c
       */
      publicip_id?: string;
      /** @description Require SSL/TLS for client connections. */
      ssl_enable?: boolean;
      /** @description Turn on access control (users and their permissions) for clients. Not on page 004; the official SDK's create model has it. */
      enable_acl?: boolean;
      /** @description Encrypt the brokers' disks, with the key named by `disk_encrypted_key`. Not on page 004 (2023); the official SDK added it in 3.1.202 (2026-07). */
      disk_encrypted_enable?: boolean;
      /**
       * Format: password
       * @description ID of the key that encrypts the disks when `disk_encrypted_enable` is true. Not on page 004; the official SDK added it in 3.1.202, with no stated format or rule.
       */
      disk_encrypted_key?: $Write<string>;
      /** @description CPU architecture of the brokers, such as `X86` or `ARM` (the values the RocketMQ create page lists; the RabbitMQ SDK lists none, so any value is sent as given). Not on page 004; the official SDK added it in 3.1.202. */
      arch_type?: string;
      /**
       * @description Disk I/O class of the storage: `dms.physical.storage.high.v2` (high I/O), `dms.physical.storage.ultra.v2` (ultra-high I/O), or their Dedicated Cloud (DeC) variants `dms.physical.storage.high.dss.v2` and `dms.physical.storage.ultra.dss.v2`, usable only on DeC resources (page 004). The official SDK (3.1.184, 2026-01) also lists `dms.physical.storage.general` and `dms.physical.storage.extreme`, offered on some sites only; it no longer lists the DeC variants, which page 004 still documents.
       * @enum {string}
       */
      storage_spec_code: "dms.physical.storage.high.v2" | "dms.physical.storage.ultra.v2" | "dms.physical.storage.high.dss.v2" | "dms.physical.storage.ultra.dss.v2" | "dms.physical.storage.general" | "dms.physical.storage.extreme";
      /**
       * @description Enterprise project the instance belongs to. Accounts that use enterprise projects must set it (the service checks this; the body alone cannot tell).
       * @example 0
       */
      enterprise_project_id?: string;
      /** @description Tags to attach to the instance. */
      tags?: components["schemas"]["TagEntity"][];
      /** @description Yearly/monthly billing settings. Without it the instance is billed pay-per-use; with `charging_mode: prePaid` it is a subscription and `period_type` and `period_num` are required. */
      bss_param?: components["schemas"]["BssParam"];
    } & (components["schemas"]["MaintenanceWindow"] & unknown & unknown & unknown & unknown & unknown & unknown);
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
     * RabbitMqProductIo
     * @description A disk type the flavour can be created with, and where it is in stock.
     */
    RabbitMqProductIo: {
      /**
       * @description Disk type, the value of `storage_spec_code` in a create body: `dms.physical.storage.high.v2` (high I/O), `dms.physical.storage.ultra.v2` (ultra-high I/O), and on some sites `dms.physical.storage.general` (general-purpose SSD) or `dms.physical.storage.extreme` (extreme SSD).
       * @example dms.physical.storage.ultra.v2
       */
      io_spec: string;
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
     * RabbitMqProductProperties
     * @description Limits and sizes of the flavour. Every value is a string, numbers included (`"3"`).
     */
    RabbitMqProductProperties: {
      /**
       * @description Console name of the flavour, as an instance's `specification` shows it (such as `rabbitmq.4u8g.cluster` for `c6.4u8g.cluster`).
       * @example rabbitmq.4u8g.cluster
       */
      product_alias?: string;
      /**
       * @description RabbitMQ version(s) the flavour belongs to.
       * @example 3.8.35
       */
      engine_versions?: string;
      /**
       * @description Fewest brokers an instance of this flavour can have; the lower bound of a create body's `broker_num`.
       * @example 3
       */
      min_broker?: string;
      /**
       * @description Most brokers an instance of this flavour can have; the upper bound of a create body's `broker_num`.
       * @example 7
       */
      max_broker?: string;
      /**
       * @description Step between allowed broker counts from `min_broker` on (`2` for a cluster: 3, 5 or 7 brokers; `0` for a single node).
       * @example 2
       */
      step_length?: string;
      /**
       * @description Least storage per broker, in GB: a create body's `storage_space` is at least this times `broker_num`.
       * @example 100
       */
      min_storage_per_node?: string;
      /**
       * @description Most storage per broker, in GB: a create body's `storage_space` is at most this times `broker_num`.
       * @example 30000
       */
      max_storage_per_node?: string;
      /**
       * @description Most queues each broker can hold.
       * @example 400
       */
      max_queue_per_broker?: string;
      /**
       * @description Most client connections each broker accepts.
       * @example 4500
       */
      max_connection_per_broker?: string;
      /** @description Most consumers each broker accepts. */
      max_consumer_per_broker?: string;
      /** @description Maximum bandwidth of each broker. */
      max_bandwidth_per_broker?: string;
      /**
       * @description Maximum TPS of each broker.
       * @example 2000
       */
      max_tps_per_broker?: string;
      /** @description Most partitions of each broker. Documented for this answer but not in the current official SDKs; expect it to be absent. */
      max_partition_per_broker?: string;
    };
    /**
     * RabbitMqProduct
     * @description One flavour: its product ID (the create body's `product_id`), type, CPU architectures, billing modes, disk types with the zones that have stock, and its limits.
     */
    RabbitMqProduct: {
      /**
       * @description Flavour type: `single` (one broker), `cluster`, or, for the AMQP-0-9-1 version on the sites that offer it, `single.professional` and `cluster.professional`.
       * @enum {string}
       */
      type: "single" | "cluster" | "single.professional" | "cluster.professional";
      /**
       * @description Flavour ID, the value of `product_id` in a create body: `c6.<vCPUs>u<memory>g.single` or `c6.<vCPUs>u<memory>g.cluster` (such as `c6.2u4g.single`, `c6.4u8g.cluster`); Huawei Cloud Stack sites add `.x86` or `.arm`. The console name of the flavour is in `properties.product_alias`.
       * @example c6.4u8g.cluster
       */
      product_id: string;
      /**
       * @description ECS flavour the brokers run on, such as `c6.xlarge.2`.
       * @example c6.xlarge.2
       */
      ecs_flavor_id?: string;
      /**
       * @description Billing code of the flavour, such as `dms.platinum.c6` (not on every site). No create field takes it.
       * @example dms.platinum.c6
       */
      billing_code?: string;
      /**
       * @description CPU architectures the flavour is sold with, such as `X86`; a create body's `arch_type` takes one of them.
       * @example [
       *       "X86"
       *     ]
       */
      arch_types?: string[];
      /**
       * @description Billing modes the flavour can be bought with: `hourly` (pay-per-use: create without `bss_param`) and `monthly` (yearly/monthly: `bss_param` with `charging_mode: prePaid`). Not on every site.
       * @example [
       *       "monthly",
       *       "hourly"
       *     ]
       */
      charging_mode?: ("monthly" | "hourly")[];
      /** @description Disk types the flavour can be created with, each with the availability zones that have stock for it and those sold out. */
      ios: components["schemas"]["RabbitMqProductIo"][];
      /**
       * @description Features that instances of this flavour support (often empty); the vendor documents no shape for the entries.
       * @example []
       */
      support_features?: Record<string, never>[];
      properties: components["schemas"]["RabbitMqProductProperties"];
    };
    /**
     * ListEngineProductsResponse
     * @description The RabbitMQ flavours (products) on sale in the region, with the RabbitMQ versions they can be created with.
     */
    ListEngineProductsResponse: {
      /**
       * @description Message engine of the flavours; always `rabbitmq`.
       * @enum {string}
       */
      engine: "rabbitmq";
      /**
       * @description RabbitMQ versions the flavours can be created with, such as `3.8.35`; a create body's `engine_version` takes one of them.
       * @example [
       *       "3.8.35"
       *     ]
       */
      versions: string[];
      /** @description The flavours, each with the disk types, zones and limits it comes with. */
      products: components["schemas"]["RabbitMqProduct"][];
      /** @description Number of flavours the query matches. */
      total?: number;
      /** @description Offset of the next page. */
      next_offset?: number;
      /** @description Offset of the previous page. */
      previous_offset?: number;
    };
    /**
     * RabbitMqProductDetailIo
     * @description A disk type of a flavour of the legacy product list.
     */
    RabbitMqProductDetailIo: {
      /**
       * @description Disk I/O class, such as `normal`, `high` or `ultra`.
       * @example high
       */
      io_type: string;
      /**
       * @description Code of the disk type, such as `dms.physical.storage.high` (legacy codes; the create body's `storage_spec_code` takes the current ones, which `listEngineProducts` answers).
       * @example dms.physical.storage.high
       */
      storage_spec_code: string;
      /**
       * @description EVS volume type behind the disk class, such as `SATA`, `SAS` or `SSD`.
       * @example SAS
       */
      volume_type?: string;
      /** @description Availability zones that have stock of this disk type. */
      available_zones?: string[];
      /** @description Availability zones where this disk type is sold out. */
      unavailable_zones?: string[];
    };
    /**
     * RabbitMqProductDetail
     * @description One flavour of the legacy product list.
     */
    RabbitMqProductDetail: {
      /**
       * @description Product ID of the flavour, the value of `product_id` in a create body. This list carries the legacy IDs (such as `00300-30109-0--0`); `listEngineProducts` answers the current ones (such as `c6.2u4g.single`).
       * @example 00300-30109-0--0
       */
      product_id: string;
      /**
       * @description Specification code of the flavour, such as `dms.instance.rabbitmq.single.c3.2u4g`. No create field takes it.
       * @example dms.instance.rabbitmq.single.c3.2u4g
       */
      spec_code: string;
      /**
       * @description Message storage of the flavour, in GB, as a string (such as `"100"`).
       * @example 100
       */
      storage?: string;
      /** @description Disk types the flavour can be created with. */
      io: components["schemas"]["RabbitMqProductDetailIo"][];
      /** @description Availability zones that have stock for this flavour. */
      available_zones?: string[];
      /** @description Availability zones where this flavour is sold out. */
      unavailable_zones?: string[];
      /**
       * @description ECS flavour the brokers run on.
       * @example c3.large.2
       */
      ecs_flavor_id?: string;
      /**
       * @description CPU architecture of the flavour; only `X86` is offered.
       * @example X86
       */
      arch_type?: string;
    };
    /**
     * RabbitMqProductTypeGroup
     * @description The flavours of one instance type.
     */
    RabbitMqProductTypeGroup: {
      /**
       * @description Instance type of these flavours, `single` or `cluster` (the vendor lists no values).
       * @example single
       */
      name: string;
      /** @description The flavours. */
      detail: components["schemas"]["RabbitMqProductDetail"][];
      /** @description Availability zones that have stock for this instance type. */
      available_zones?: string[];
      /** @description Availability zones where this instance type is sold out. */
      unavailable_zones?: string[];
    };
    /**
     * RabbitMqProductVersionGroup
     * @description The flavours of one RabbitMQ version, grouped by instance type.
     */
    RabbitMqProductVersionGroup: {
      /**
       * @description Name of the message engine, `rabbitmq`.
       * @example rabbitmq
       */
      name?: string;
      /**
       * @description RabbitMQ version of these flavours; a create body's `engine_version`.
       * @example 3.7.17
       */
      version: string;
      /** @description The flavours, one entry per instance type. */
      values: components["schemas"]["RabbitMqProductTypeGroup"][];
    };
    /**
     * ListProductsResponse
     * @description The RabbitMQ flavours of the legacy product list, grouped by billing mode, then by RabbitMQ version, then by instance type (single node or cluster).
     */
    ListProductsResponse: {
      /** @description Flavours that can be bought pay-per-use, one entry per RabbitMQ version. */
      Hourly?: components["schemas"]["RabbitMqProductVersionGroup"][];
      /** @description Flavours that can be bought yearly/monthly, one entry per RabbitMQ version (created with the create call's `bss_param`, `charging_mode: prePaid`). */
      Monthly?: components["schemas"]["RabbitMqProductVersionGroup"][];
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
     * RabbitMqInstanceTagsResponse
     * @description The tags of the instance.
     */
    RabbitMqInstanceTagsResponse: {
      /** @description Every tag of the instance, as set. */
      tags?: components["schemas"]["ShowInstanceTag"][];
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
     * RabbitMqExtendProductProperties
     * @description Limits of the flavour, each a string holding a number.
     */
    RabbitMqExtendProductProperties: {
      /** @description Maximum number of brokers. */
      max_broker?: string;
      /** @description Maximum disk per broker, in GB. */
      max_storage_per_node?: string;
      /** @description Minimum number of brokers. */
      min_broker?: string;
      /** @description Minimum disk per broker, in GB. */
      min_storage_per_node?: string;
      /** @description Maximum number of connections per broker. */
      max_connection_per_broker?: string;
      /** @description Step by which the broker count grows. */
      step_length?: string;
      /** @description Alias of the `product_id`. */
      product_alias?: string;
      /** @description Maximum number of queues per broker. */
      max_queue_per_broker?: string;
    };
    /**
     * RabbitMqExtendProductInfo
     * @description A RabbitMQ flavour the instance can be resized to (or within): its disk types, zones with stock, features and limits.
     */
    RabbitMqExtendProductInfo: {
      /** @description Billing type of the flavour. */
      billing_code?: string;
      /** @description Whether the flavour runs on Qingtian hardware (`true`) or not. */
      qingtian_incompatible?: boolean;
      properties?: components["schemas"]["RabbitMqExtendProductProperties"];
    } & components["schemas"]["ExtendProductInfo"];
    /**
     * RabbitMqExtendProductInfoResponse
     * @description The flavours this RabbitMQ instance can be resized to.
     */
    RabbitMqExtendProductInfoResponse: {
      /** @description Number of flavours the query matches. */
      total?: number;
      /** @description Offset of the next page. */
      next_offset?: number;
      /** @description Offset of the previous page. */
      previous_offset?: number;
      /**
       * @description Message engine, `rabbitmq`.
       * @example rabbitmq
       */
      engine?: string;
      /** @description RabbitMQ versions of the engine. */
      versions?: string[];
      /** @description Flavours offered for a resize of this instance. */
      products?: components["schemas"]["RabbitMqExtendProductInfo"][];
    };
    /**
     * RabbitMqResizeEngineInstanceRequest
     * @description What to enlarge, and by how much. One kind of change per call (`oper_type`): `storage` grows the disk of every broker, `horizontal` adds brokers, `vertical` moves every broker to a bigger flavour. `new_storage_space` (total GB, a multiple of 100) is required for `storage` and `horizontal` and refused for `vertical`; `new_product_id` is required for `vertical` and refused otherwise; `new_broker_num` is accepted with `horizontal` only. Instances of the old flavours (`dms.instance.rabbitmq.cluster.c3.*`) name their flavour in `new_spec_code`.
     */
    RabbitMqResizeEngineInstanceRequest: {
      /**
       * @description Kind of change: `storage` (more disk per broker, same broker count), `horizontal` (more brokers, same disk per broker) or `vertical` (a bigger flavour for every broker, same broker count and disk).
       * @enum {string}
       */
      oper_type: "storage" | "horizontal" | "vertical";
      /**
       * @description New storage space of the whole instance, in GB, a multiple of 100: the number of brokers × the disk of each broker. Required for `storage` and `horizontal`, refused for `vertical`. With `storage` each broker must grow by at least 100 GB; with `horizontal` each broker keeps its disk.
       * @example 600
       */
      new_storage_space?: number;
      /**
       * @description Flavour to move every broker to, such as `c6.8u16g.cluster`: one of the `product_id`s of `showEngineInstanceExtendProductInfo`. Required for `vertical`, refused otherwise.
       * @example c6.8u16g.cluster
       */
      new_product_id?: string;
      /**
       * @description New number of brokers. Accepted with `horizontal` only.
       * @example 5
       */
      new_broker_num?: number;
      /**
       * @description For an instance of the old flavours: its flavour code, such as `dms.instance.rabbitmq.cluster.c3.8u16g`; with `horizontal`, the code with the new broker count appended (`dms.instance.rabbitmq.cluster.c3.8u16g.5` for five brokers). With `storage`, the present code.
       * @example dms.instance.rabbitmq.cluster.c3.2u4g.3
       */
      new_spec_code?: string;
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
     * @description Message engine of the instances to list; always `rabbitmq` here. The DMS host is shared with Kafka and RocketMQ, and this parameter keeps their instances out of the answer.
     * @example rabbitmq
     */
    list_engine: "rabbitmq";
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
     * @description Message engine of the instance; always `rabbitmq` here. The same URL on the shared DMS host serves Kafka and RocketMQ instances under their own engine names.
     * @example rabbitmq
     */
    extend_engine: "rabbitmq";
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
         * @description Message engine of the instances to list; always `rabbitmq` here. The DMS host is shared with Kafka and RocketMQ, and this parameter keeps their instances out of the answer.
         * @example rabbitmq
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
      /** @description One page of matching instances and the total number of matches. */
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
        "application/json": components["schemas"]["UpdateRabbitMqInstanceRequest"];
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
      /** @description The deletion has started; the response has no body. */
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
        "application/json": components["schemas"]["ResetRabbitMqPasswordRequest"];
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
    /** @description The instances to delete. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["BatchRestartOrDeleteRabbitMqInstancesRequest"];
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
  createPostPaidInstanceByEngine: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Message engine the instance runs; for this service always `rabbitmq`.
         * @example rabbitmq
         */
        engine: "rabbitmq";
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
        "application/json": components["schemas"]["CreateInstanceRequest"];
      };
    };
    responses: {
      /** @description The instance is being created; the body carries its ID. */
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
         * @description Flavour to list alone, by the ID the answer's `products[].product_id` carries: single node `c6.2u4g.single`, `c6.4u8g.single`, `c6.8u16g.single`, `c6.16u32g.single`, `c6.24u48g.single`; cluster `c6.2u4g.cluster`, `c6.4u8g.cluster`, `c6.8u16g.cluster`, `c6.12u24g.cluster`, `c6.16u32g.cluster`, `c6.24u48g.cluster`, `c6.32u64g.cluster`. These are IDs, not the flavour names (`rabbitmq.4u8g.cluster`, the answer's `properties.product_alias`). Leave it out to list every flavour.
         * @example c6.4u8g.cluster
         */
        product_id?: string;
      };
      header?: never;
      path: {
        /**
         * @description Message engine whose flavours to list; for this service always `rabbitmq`.
         * @example rabbitmq
         */
        engine: "rabbitmq";
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The flavours, or the one asked for. */
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
  listProducts: {
    parameters: {
      query?: {
        /**
         * @description Message engine whose flavours to list; only `rabbitmq` is supported.
         * @example rabbitmq
         */
        engine?: "rabbitmq";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The legacy flavours, by billing mode, version and instance type. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["x_request_id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListProductsResponse"];
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
  showRabbitMqTags: {
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
          "application/json": components["schemas"]["RabbitMqInstanceTagsResponse"];
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
  batchCreateOrDeleteRabbitMqTag: {
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
  showRabbitMqProjectTags: {
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
         * @description Product edition whose flavours to list: `advanced`, the premium edition.
         * @example advanced
         */
        type?: "advanced";
      };
      header?: never;
      path: {
        /**
         * @description Message engine of the instance; always `rabbitmq` here. The same URL on the shared DMS host serves Kafka and RocketMQ instances under their own engine names.
         * @example rabbitmq
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
          "application/json": components["schemas"]["RabbitMqExtendProductInfoResponse"];
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
         * @description Message engine of the instance; always `rabbitmq` here. The same URL on the shared DMS host serves Kafka and RocketMQ instances under their own engine names.
         * @example rabbitmq
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
        "application/json": components["schemas"]["RabbitMqResizeEngineInstanceRequest"];
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
  showRabbitMqProductCores: {
    parameters: {
      query: {
        /**
         * @description Flavour, a `product_id` of `listEngineProducts`: `c6.<size>.single` or `c6.<size>.cluster`, such as `c6.2u4g.cluster`. Any string is passed on.
         * @example c6.2u4g.cluster
         */
        product_id: string;
        /**
         * @description Number of brokers, as a string: `1` (single node), `3`, `5` or `7` (cluster).
         * @example 3
         */
        broker_num: "1" | "3" | "5" | "7";
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
