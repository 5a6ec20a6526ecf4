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
        get?: never;
        put?: never;
        /**
         * Create a pay-per-use Kafka instance
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
         */
        post: operations["createPostPaidInstance"];
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
             * @description ID of the elastic IP address to bind, or several IDs separated by commas. Required, and not empty, when `enable_publicip` is true.
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
}
