// Generated from specs/huaweicloud-rabbitmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
import { type HuaweiCloudClientOptions, createHuaweiCloudClient, type ServiceClient } from '@cloudmq/core';
import type { paths } from './schema.js';
import { type Region, service } from './service.js';

export type { components, operations, paths } from './schema.js';
export { REGIONS, type Region, SIGNING_ALGORITHM } from './service.js';

/** Options of {@link createClient}: credentials (default: from the environment), region or endpoint, timeouts, retries. */
export type ClientOptions = HuaweiCloudClientOptions<Region>;
/**
 * An openapi-fetch client typed by this service's paths, with validation, signing, timeouts and
 * safe retries. `Client<true>` is the one made with `throwOnError: true`: its answers always carry data.
 */
export type Client<ThrowOnError extends boolean = false> = ServiceClient<paths, ThrowOnError>;

/** Creates a client of Huawei Cloud DMS for RabbitMQ. */
export function createClient(options: ClientOptions & { throwOnError: true }): Client<true>;
export function createClient(options: ClientOptions): Client;
export function createClient(options: ClientOptions): Client<boolean> {
  return createHuaweiCloudClient<paths, Region>(service, options);
}
