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
        get?: never;
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
             * @description Encrypt the brokers' disks. When true, `disk_encrypted_key` is required.
             * @default false
             */
            disk_encrypted_enable?: boolean;
            /**
             * Format: password
             * @description ID of the key that encrypts the disks (the page's example shows a masked UUID-style key ID; no format is documented). The page says it stays blank when encryption is off, so it must be absent or empty unless `disk_encrypted_enable` is true. The page does not say that a key is needed when encryption is on; the schema requires a non-empty one then because Huawei's Terraform provider requires the key ID with disk encryption for the same DMS field of its Kafka instance.
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
        /**
         * @description Message engine the request is for: `rocketmq`, or its alias `reliability`. The page does not say that it has to match the `engine` field of the body, but both name the same engine.
         * @example reliability
         */
        engine: components["schemas"]["RocketMqEngine"];
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
}
