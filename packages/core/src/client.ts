// Builds a service client: openapi-fetch typed by the service's paths, plus validation, signing, retries and typed errors.
import createOpenApiClient from 'openapi-fetch';
import { type AlibabaCloudCredentials, type HuaweiCloudCredentials, resolveAlibabaCloudCredentials, resolveHuaweiCloudCredentials } from './credentials.js';
import { alibabaCloudErrorOf, CloudMqError, huaweiCloudErrorOf } from './errors.js';
import { DEFAULT_RETRY, type RetryOptions } from './retry.js';
import { type OutgoingRequest, PlainRequest } from './outgoing-request.js';
import { defaultSender, type Fetch, fetchSender, type ReceivedResponse } from './senders.js';
import { signAlibaba } from './sign-alibaba.js';
import { signHuawei } from './sign-huawei.js';
import { createTransport } from './transport.js';
import type { ServiceClient } from './service-client.js';
import { assertValidRequest, type RequestValidators } from './validation.js';

/** What the generated code of a service package tells the runtime about one operation. */
export interface OperationDefinition {
  operationId: string;
  /** Whether repeating the call after a failure that may have been processed is harmless. */
  idempotent: boolean;
  /** A query parameter that makes the call idempotent: generated once per call when the caller gives none. */
  idempotencyTokenParameter?: string;
  /** Alibaba: the `x-acs-action` of the operation. */
  action?: string;
  validators: RequestValidators;
}

/** What the generated code of a service package tells the runtime about the service. */
export interface ServiceDefinition<Region extends string> {
  id: string;
  endpoints: Record<Region, string>;
  /** Alibaba: the `x-acs-version` of the API. */
  apiVersion?: string;
  /** By `"<METHOD> <path template>"`, e.g. `"POST /v2/{project_id}/instances"`. */
  operations: Record<string, OperationDefinition>;
}

export interface ClientOptions<Region extends string> {
  /** Region whose public endpoint to call. */
  region?: Region;
  /** Full base URL; overrides `region` (a VPC endpoint, a proxy, a mock server). */
  endpoint?: string;
  /** Per-attempt timeout in milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Retry policy (default 3 attempts), or false for a single attempt. */
  retry?: RetryOptions | false;
  /** Check path, query and body against the API description before sending (default true). */
  validate?: boolean;
  /** Throw HuaweiCloudError / AlibabaCloudError instead of returning `{ error }` (default false). */
  throwOnError?: boolean;
  /** A fetch function to send requests with (default: Node's http/https modules with keep-alive on Node.js, globalThis.fetch elsewhere). */
  fetch?: Fetch;
  /** Clock for signatures, for deterministic tests (default `() => new Date()`). */
  now?: () => Date;
  /** Signature nonce source (Alibaba), for deterministic tests (default crypto.randomUUID). */
  nonce?: () => string;
}

export interface HuaweiCloudClientOptions<Region extends string> extends ClientOptions<Region> {
  /** Default: HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID, HUAWEICLOUD_SDK_SECURITY_TOKEN. */
  credentials?: HuaweiCloudCredentials;
}

export interface AlibabaCloudClientOptions<Region extends string> extends ClientOptions<Region> {
  /** Default: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN. */
  credentials?: AlibabaCloudCredentials;
}

/** The vendor-specific parts of a client. */
interface Vendor {
  sign(request: OutgoingRequest, operation: OperationDefinition | undefined): Promise<OutgoingRequest>;
  toError(response: Response, body: unknown): CloudMqError;
  inspect?: (response: ReceivedResponse) => ReceivedResponse;
  /** How array query parameters are written, when not openapi-fetch's default (`k=a&k=b`). */
  arrayQueryStyle?: { style: 'form'; explode: false };
}

const DEFAULT_TIMEOUT_MS = 30_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

export function createHuaweiCloudClient<Paths extends {}, Region extends string>(service: ServiceDefinition<Region>, options: HuaweiCloudClientOptions<Region>): ServiceClient<Paths, boolean> {
  const credentials = resolveHuaweiCloudCredentials(options.credentials);
  const now = options.now ?? (() => new Date());
  return createCloudClient<Paths, Region>(service, options, {
    sign: (request) => signHuawei(request, { ...credentials, now }),
    toError: huaweiCloudErrorOf,
  });
}

export function createAlibabaCloudClient<Paths extends {}, Region extends string>(service: ServiceDefinition<Region>, options: AlibabaCloudClientOptions<Region>): ServiceClient<Paths, boolean> {
  const credentials = resolveAlibabaCloudCredentials(options.credentials);
  const version = service.apiVersion;
  if (!version) throw new CloudMqError(`Service ${service.id} has no API version.`);
  const now = options.now ?? (() => new Date());
  return createCloudClient<Paths, Region>(service, options, {
    sign: (request, operation) => {
      if (!operation?.action) throw new CloudMqError(`No Alibaba action is known for ${request.method} ${new URL(request.url).pathname}.`);
      return signAlibaba(request, { ...credentials, action: operation.action, version, now, nonce: options.nonce });
    },
    toError: alibabaCloudErrorOf,
    inspect: successFalseAsError,
    // Alibaba's SDKs send an array query parameter as one comma-separated value (`seriesCodes=standard,ultimate`).
    arrayQueryStyle: { style: 'form', explode: false },
  });
}

function createCloudClient<Paths extends {}, Region extends string>(service: ServiceDefinition<Region>, options: ClientOptions<Region>, vendor: Vendor): ServiceClient<Paths, boolean> {
  const baseUrl = options.endpoint ?? (options.region === undefined ? undefined : service.endpoints[options.region]);
  if (!baseUrl) {
    throw new CloudMqError(options.region === undefined ? `Give a region or an endpoint for ${service.id}.` : `Unknown region "${options.region}" for ${service.id}; give an endpoint instead.`);
  }
  const retry = options.retry === false ? false : { ...DEFAULT_RETRY, ...options.retry };
  const now = options.now ?? (() => new Date());
  const send = options.fetch ? fetchSender(options.fetch) : defaultSender();
  const client = createOpenApiClient<Paths>({ baseUrl, querySerializer: vendor.arrayQueryStyle && { array: vendor.arrayQueryStyle } });
  // Middleware is handed a fetch Request, as openapi-fetch documents; without any, a PlainRequest is enough.
  const middleware = new Set<unknown>();

  const transports = new Map<OperationDefinition | undefined, Fetch>();
  const transportFor = (method: string, operation: OperationDefinition | undefined) => {
    let transport = transports.get(operation);
    if (!transport) {
      transport = createTransport({
        send,
        sign: (request) => vendor.sign(request, operation),
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        retry,
        idempotent: SAFE_METHODS.has(method) || operation?.idempotent === true,
        now,
        inspect: vendor.inspect,
      });
      transports.set(operation, transport);
    }
    return transport;
  };

  // The typed surface is openapi-fetch's (the return type below); this wrapper only adds behaviour.
  const request = async (method: string, path: string, init: any = {}) => {
    const upper = method.toUpperCase();
    const operation = service.operations[`${upper} ${path}`];
    let params = init.params ?? {};
    const token = operation?.idempotencyTokenParameter;
    if (token && params.query?.[token] === undefined) {
      // One token per call, reused by every retry: the service creates at most one instance.
      params = { ...params, query: { ...params.query, [token]: crypto.randomUUID() } };
    }
    if (operation && options.validate !== false) {
      assertValidRequest(`${operation.operationId} (${upper} ${path})`, operation.validators, { path: params.path, query: params.query, body: init.body });
    }
    const result = await client.request(method.toLowerCase() as never, path as never, {
      ...init,
      params,
      fetch: transportFor(upper, operation),
      Request: middleware.size > 0 ? globalThis.Request : PlainRequest,
    } as never);
    if (options.throwOnError && result.error !== undefined) throw vendor.toError(result.response, result.error);
    return result;
  };

  const wrapped = {
    ...client,
    request,
    use: (...added: Parameters<typeof client.use>) => {
      for (const item of added) middleware.add(item);
      client.use(...added);
    },
    eject: (...removed: Parameters<typeof client.eject>) => {
      for (const item of removed) middleware.delete(item);
      client.eject(...removed);
    },
  } as Record<string, unknown>;
  for (const method of METHODS) wrapped[method] = (path: string, init?: unknown) => request(method, path, init);
  return wrapped as unknown as ServiceClient<Paths, boolean>;
}

/** Alibaba answers some failures with HTTP 200 and `success: false`: those become error answers. */
function successFalseAsError(response: ReceivedResponse): ReceivedResponse {
  if (response.status < 200 || response.status > 299 || !(response.headers.get('content-type') ?? '').includes('json')) return response;
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(response.body));
  } catch {
    return response;
  }
  if (!isRecord(body) || body.success !== false) return response;
  const status = typeof body.httpStatusCode === 'number' && body.httpStatusCode >= 400 ? body.httpStatusCode : 400;
  return { ...response, status, statusText: 'success: false' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
