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
        get?: never;
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
             * @description Deprecated. IPv4 addresses or CIDR ranges allowed to reach the public endpoint; without a list every address may. It applies to the public endpoint only, never to the VPC one, so it is refused when public access is disabled.
             */
            ipWhitelist?: string[];
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
             * @description Billing commodity of the instance; it must match the billing method:
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
    };
    responses: {
        /** @description The request breaks a rule: a parameter is missing or invalid (service envelope), or the gateway refused the signature (`SignatureDoesNotMatch`), the date (`InvalidTimeStamp.Expired`, more than 15 minutes off) or the nonce (`SignatureNonceUsed`). Recognise throttling by a code containing `Throttling`, whatever the status. */
        bad_request: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AlibabaCloudError"];
            };
        };
        /** @description The credentials are valid but the RAM user or role lacks the `rocketmq:CreateInstance` permission. */
        forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AlibabaCloudError"];
            };
        };
        /** @description Something the request names does not exist, such as the AccessKey ID (`InvalidAccessKeyId.NotFound`). */
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
        /** @description Idempotency token chosen by the caller: repeating a request with the same token does not create a second instance, so use a new token for every distinct request. At most 64 characters, all ASCII; the page sets no other limit. */
        client_token: string;
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
    createInstance: {
        parameters: {
            query?: {
                /** @description Idempotency token chosen by the caller: repeating a request with the same token does not create a second instance, so use a new token for every distinct request. At most 64 characters, all ASCII; the page sets no other limit. */
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
}
