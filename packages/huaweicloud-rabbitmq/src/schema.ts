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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
            /**
             * @description Disk I/O class of the storage: `dms.physical.storage.high.v2` (high I/O), `dms.physical.storage.ultra.v2` (ultra-high I/O), or their Dedicated Cloud (DeC) variants `dms.physical.storage.high.dss.v2` and `dms.physical.storage.ultra.dss.v2`, usable only on DeC resources.
             * @enum {string}
             */
            storage_spec_code: "dms.physical.storage.high.v2" | "dms.physical.storage.ultra.v2" | "dms.physical.storage.high.dss.v2" | "dms.physical.storage.ultra.dss.v2";
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
    };
    parameters: {
        /**
         * @description ID of the Huawei Cloud project the instance belongs to (one project per region). Find it in the console under My Credentials > API Credentials, or call the IAM "Querying Project Information" API.
         * @example 0605767a3300d5762fb0c0186d9e1c2e
         */
        project_id: string;
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
}
