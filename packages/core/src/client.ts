// Builds a service client: openapi-fetch typed by the service's paths, plus validation, signing, retries and typed errors.
import createOpenApiClient, { createFinalURL, createQuerySerializer, defaultBodySerializer, defaultPathSerializer } from 'openapi-fetch';
import { alibabaCloudCredentialChain } from './alibaba-credentials.js';
import { ALIBABA_REQUIRED_CREDENTIALS, type AlibabaCloudCredentials, type CredentialsOption, credentialsProvider, HUAWEI_REQUIRED_CREDENTIALS, type HuaweiCloudCredentials } from './credentials.js';
import { huaweiCloudCredentialChain } from './huawei-credentials.js';
import { checkedCredentials, type CredentialProvider, credentialsOf } from './credential-provider.js';
import { CloudMqError, InvalidOptionError, InvalidResponseError, RequestValidationError } from './errors.js';
import { checkBoolean, checkEndpoint, checkFunction, checkInteger, checkMilliseconds, checkSignal, headerIssues } from './option-checks.js';
import { resolveRetry, type RetryOptions } from './retry.js';
import type { OutgoingRequest, PlainRequest } from './outgoing-request.js';
import { type NodeAgent, processEnvironment } from './node-builtins.js';
import { proxySettingsOf } from './proxy.js';
import type { Fetch, Send } from './senders.js';
import type { BufferedResponse } from './buffered-response.js';
import { type MaybePromise, nowOrLater } from './now-or-later.js';
import type { AttemptReport, Transport } from './transport.js';
import type { ServiceClient } from './service-client.js';
import type { RequestValidators } from './validation.js';
import { VENDOR_PROFILES, type VendorProfile } from './vendors.js';

/** What the generated code of a service package tells the runtime about one operation. */
export interface OperationDefinition {
  operationId: string;
  /** A query parameter that makes the call idempotent: generated once per call when the caller gives none. */
  idempotencyTokenParameter?: string;
  /** Alibaba: the `x-acs-action` of the operation. */
  action?: string;
  /** The 2xx statuses the operation answers without a body (a Huawei delete: 204). */
  bodylessStatuses: number[];
  /** Loads the operation's validators: a module of its own, imported on the operation's first call. */
  validators: () => Promise<RequestValidators>;
}

/** What the generated code of a service package tells the runtime about the service. */
export interface ServiceDefinition<Region extends string> {
  id: string;
  /** The client package's version, sent in the User-Agent. */
  version: string;
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
  /** Per-attempt timeout in milliseconds, 1 to 2^31 − 1 (default 30 000). */
  timeoutMs?: number;
  /** The largest answer body read, in bytes after decompression (default 8 MiB); a larger one fails the call. */
  maxResponseBytes?: number;
  /** Retry policy (default 3 attempts), or false for a single attempt. */
  retry?: RetryOptions | false;
  /** Check path, query and body against the API description before sending (default true). */
  validate?: boolean;
  /** Throw HuaweiCloudError / AlibabaCloudError instead of returning `{ error }` (default false). */
  throwOnError?: boolean;
  /** A fetch function to send requests with (default: Node's http/https modules with keep-alive on Node.js, globalThis.fetch elsewhere). */
  fetch?: Fetch;
  /**
   * Node.js: agents to send with, per protocol (`{ https: new HttpsProxyAgent(...) }`, custom TLS),
   * used as given. Without one, HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured as curl does.
   */
  agents?: { http?: NodeAgent; https?: NodeAgent };
  /** Clock for signatures, for deterministic tests (default `() => new Date()`). */
  now?: () => Date;
  /** Signature nonce source (Alibaba), for deterministic tests (default crypto.randomUUID). */
  nonce?: () => string;
  /** Appended to the User-Agent, `cloudmq-<service>/<version> (node/<version>)`, after a space: your application's name and version. */
  userAgent?: string;
  /** Called after every attempt, retries included, with what it came to; it must not throw (what it throws is ignored). Never given a secret. */
  onAttempt?: (attempt: AttemptReport) => void;
}

export interface HuaweiCloudClientOptions<Region extends string> extends ClientOptions<Region> {
  /**
   * Fixed credentials, or a provider asked before every attempt. Default: the SDKs' chain
   * (huaweiCloudCredentialChain): HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID
   * (HUAWEICLOUD_SDK_SECURITY_TOKEN); `~/.huaweicloud/credentials`; `~/.hcloud/config.json`; ECS metadata.
   */
  credentials?: CredentialsOption<HuaweiCloudCredentials>;
  /**
   * A `project_id` path parameter defaults to the credentials' project, the one every request is
   * signed for (X-Project-Id); a different one is refused before sending unless this is true.
   */
  allowOtherProjects?: boolean;
}

export interface AlibabaCloudClientOptions<Region extends string> extends ClientOptions<Region> {
  /**
   * Fixed credentials, or a provider asked before every attempt. Default: the official library's
   * chain (alibabaCloudCredentialChain): ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET
   * (ALIBABA_CLOUD_SECURITY_TOKEN); OIDC role; `~/.aliyun/config.json`; `~/.alibabacloud/credentials`;
   * ECS RAM role; ALIBABA_CLOUD_CREDENTIALS_URI.
   */
  credentials?: CredentialsOption<AlibabaCloudCredentials>;
}

/** What a client needs of its vendor: its profile, a signer per operation made from the credentials, and the path parameters the credentials fill. */
interface ClientVendor {
  profile: VendorProfile;
  signer(operation: OperationDefinition | undefined, runtime: CallRuntime): (request: OutgoingRequest) => MaybePromise<OutgoingRequest>;
  /** The path parameter the credentials fill (Huawei: `project_id`, the X-Project-Id they sign with). */
  credentialPathParameter?: { name: string; value: () => string | Promise<string> };
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

type CallRuntime = typeof import('./call-runtime.js');
/** The call runtime once a first call has loaded it: later calls read it without awaiting. */
let callRuntime: CallRuntime | undefined;
/** Every module loaded at import costs each program that imports a client, calls or not (docs/decisions.md). */
const loadCallRuntime = async () => (callRuntime ??= await import('./call-runtime.js'));

export function createHuaweiCloudClient<Paths extends {}, Region extends string>(service: ServiceDefinition<Region>, options: HuaweiCloudClientOptions<Region>): ServiceClient<Paths, boolean> {
  const credentials = credentialsProvider(options.credentials, HUAWEI_REQUIRED_CREDENTIALS, huaweiCloudCredentialChain);
  const now = options.now ?? (() => new Date());
  checkBoolean('allowOtherProjects', options.allowOtherProjects);
  const projectOf = forLatest(projectOfCredentials);
  return createCloudClient<Paths, Region>(service, options, {
    profile: VENDOR_PROFILES.huaweicloud,
    credentialPathParameter: { name: 'project_id', value: () => nowOrLater(credentialsOf(credentials), projectOf) },
    signer: (_operation, { signHuawei }) => signerOf(credentials, HUAWEI_REQUIRED_CREDENTIALS, (current) => ({ ...current, now }), signHuawei),
  });
}

export function createAlibabaCloudClient<Paths extends {}, Region extends string>(service: ServiceDefinition<Region>, options: AlibabaCloudClientOptions<Region>): ServiceClient<Paths, boolean> {
  const credentials = credentialsProvider(options.credentials, ALIBABA_REQUIRED_CREDENTIALS, alibabaCloudCredentialChain);
  const version = service.apiVersion;
  if (!version) throw new CloudMqError(`Service ${service.id} has no API version.`);
  const now = options.now ?? (() => new Date());
  return createCloudClient<Paths, Region>(service, options, {
    profile: VENDOR_PROFILES.alibabacloud,
    signer: (operation, { signAlibaba }) => {
      const action = operation?.action;
      if (!action) {
        return async (request) => {
          throw new CloudMqError(`No Alibaba action is known for ${request.method} ${new URL(request.url).pathname}.`);
        };
      }
      return signerOf(credentials, ALIBABA_REQUIRED_CREDENTIALS, (current) => ({ ...current, action, version, now, nonce: options.nonce }), signAlibaba);
    },
  });
}

/** How a field of what a credentials provider answers is named in errors. */
const FROM_PROVIDER = (key: string) => `credentials.${key} (from the credentials provider)`;

/** The project of Huawei credentials, which a caller's provider might have left out. */
function projectOfCredentials(credentials: HuaweiCloudCredentials): string {
  return checkedCredentials({ projectId: credentials.projectId }, ['projectId'], FROM_PROVIDER).projectId as string;
}

/** `compute` remembered for its latest argument: a provider answers the same credentials object until it has new ones. */
function forLatest<Argument, Result>(compute: (argument: Argument) => Result): (argument: Argument) => Result {
  let latest: { argument: Argument; result: Result } | undefined;
  return (argument) => {
    if (latest?.argument !== argument) latest = { argument, result: compute(argument) };
    return latest.result;
  };
}

/**
 * A signer with the provider's current credentials, its options made again only when the provider
 * answers new ones, and at once when it has them fresh. New credentials are checked as they will
 * be sent: a provider of the caller's that answers a key with a newline fails naming the field.
 */
function signerOf<Credentials, Options>(
  provider: CredentialProvider<Credentials>,
  required: readonly string[],
  make: (credentials: Credentials) => Options,
  sign: (request: OutgoingRequest, options: Options) => MaybePromise<OutgoingRequest>,
): (request: OutgoingRequest) => MaybePromise<OutgoingRequest> {
  const optionsFor = forLatest((current: Credentials): Options => {
    const fields = current as Record<string, unknown>;
    checkedCredentials({ ...Object.fromEntries(required.map((key) => [key, fields[key]])), securityToken: fields.securityToken }, required, FROM_PROVIDER);
    return make(current);
  });
  return (request) => nowOrLater(nowOrLater(credentialsOf(provider), optionsFor), (signing) => sign(request, signing));
}

function createCloudClient<Paths extends {}, Region extends string>(service: ServiceDefinition<Region>, options: ClientOptions<Region>, vendor: ClientVendor): ServiceClient<Paths, boolean> {
  const { profile } = vendor;
  const baseUrl = checkEndpoint('endpoint', options.endpoint) ?? (options.region === undefined ? undefined : service.endpoints[options.region]);
  if (!baseUrl) {
    throw new CloudMqError(options.region === undefined ? `Give a region or an endpoint for ${service.id}.` : `Unknown region "${options.region}" for ${service.id}; give an endpoint instead.`);
  }
  checkMilliseconds('timeoutMs', options.timeoutMs, 1);
  checkInteger('maxResponseBytes', options.maxResponseBytes, 1, MAX_RESPONSE_BYTES);
  checkBoolean('validate', options.validate);
  checkBoolean('throwOnError', options.throwOnError);
  for (const name of ['fetch', 'now', 'nonce', 'onAttempt'] as const) checkFunction(name, options[name]);
  const userAgent = userAgentOf(service, options.userAgent);
  const retry = resolveRetry(options.retry);
  const limits = { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES };
  const now = options.now ?? (() => new Date());
  checkAgents(options.agents);
  // The environment's proxies are read when the client is made: a bad HTTPS_PROXY fails here, not at a call.
  const proxies = options.fetch ? undefined : proxySettingsOf(processEnvironment());
  // Made once: given as options, openapi-fetch would build the serializer again on every call.
  const querySerializer = createQuerySerializer(profile.arrayQueryStyle && { array: profile.arrayQueryStyle });
  const client = createOpenApiClient<Paths>({ baseUrl, querySerializer });
  // Middleware is handed a fetch Request, as openapi-fetch documents; without any, a PlainRequest is enough.
  const middleware = new Set<unknown>();
  let closed = false;
  let send: Send | undefined;
  const senderOf = (runtime: CallRuntime): Send => {
    send ??= options.fetch ? runtime.fetchSender(options.fetch) : runtime.defaultSender({ agents: options.agents, proxies });
    // Made with the first transport: a call that got there after close() fails as one in flight at close() does.
    if (closed) send.close();
    return send;
  };
  // Loaded once per operation, then read without awaiting: the steady state pays nothing for the laziness.
  const validatorsOf = new Map<OperationDefinition, RequestValidators>();
  const loadValidators = async (operation: OperationDefinition) => {
    const validators = await operation.validators();
    validatorsOf.set(operation, validators);
    return validators;
  };

  // One transport per operation; calls to undocumented paths get one per method, so a GET's retry policy never applies to a POST.
  const transports = new Map<OperationDefinition | string, Transport>();
  const transportFor = (runtime: CallRuntime, method: string, path: string, operation: OperationDefinition | undefined) => {
    let transport = transports.get(operation ?? method);
    if (!transport) {
      transport = runtime.createTransport({
        send: senderOf(runtime),
        sign: vendor.signer(operation, runtime),
        limits,
        retry,
        // Repeating the call after a failure that may have been processed is harmless: it reads, or it carries a token.
        idempotent: SAFE_METHODS.has(method) || operation?.idempotencyTokenParameter !== undefined,
        bodylessStatuses: operation?.bodylessStatuses,
        now,
        inspect: profile.inspect,
        userAgent,
        operation: operation ? `${operation.operationId} (${method} ${path})` : `${method} ${path}`,
        onAttempt: options.onAttempt,
        requestIdHeader: profile.requestIdHeader,
      });
      transports.set(operation ?? method, transport);
    }
    return transport;
  };

  // The typed surface is openapi-fetch's (the return type below); this wrapper only adds behaviour.
  const request = async (method: string, path: string, init: any = {}) => {
    const upper = method.toUpperCase();
    const operation = service.operations[`${upper} ${path}`];
    const name = operation ? `${operation.operationId} (${upper} ${path})` : `${upper} ${path}`;
    if (closed) throw new CloudMqError(`The client of ${service.id} is closed; ${name} was not sent.`);
    checkSignal('signal', init.signal);
    const badHeaders = headerIssues(init.headers);
    if (badHeaders.length > 0) throw new RequestValidationError(name, badHeaders);
    // Each part read once into a literal of our own: V8 gives a caller's `{ ...base, query }` a
    // shape of its own on every call, which makes every read of it a slow lookup.
    const given = init.params ?? {};
    const params = { path: given.path, query: given.query, header: given.header, cookie: given.cookie };
    const token = operation?.idempotencyTokenParameter;
    if (token && params.query?.[token] === undefined) {
      // One token per call, reused by every retry: the service creates at most one instance.
      params.query = withEntry(params.query, token, crypto.randomUUID());
    }
    const filled = vendor.credentialPathParameter;
    if (filled && path.includes(`{${filled.name}}`)) {
      const value = filled.value();
      params.path = withCredentialPathParameter(params.path, filled.name, typeof value === 'string' ? value : await value, name);
    }
    const runtime = callRuntime ?? (await loadCallRuntime());
    if (operation && options.validate !== false) {
      runtime.assertValidRequest(name, validatorsOf.get(operation) ?? (await loadValidators(operation)), { path: params.path, query: params.query, body: init.body });
    }
    const transport = transportFor(runtime, upper, path, operation);
    let result: { data?: unknown; error?: unknown; response: Response };
    if (middleware.size === 0 && isPlainCall(init, params)) {
      // Built with openapi-fetch's own serializers, without the Request and Headers objects its
      // middleware needs, which cost about a fifth of the client's CPU per call (docs/decisions.md).
      const url = createFinalURL(path, { baseUrl, params, querySerializer, pathSerializer: defaultPathSerializer });
      const body = init.body === undefined ? undefined : defaultBodySerializer(init.body);
      const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
      result = resultOf(runtime.BufferedResponse, await transport({ method: upper, url, headers, body }, init.signal ?? null), upper);
    } else {
      result = await sendThroughOpenApiFetch(runtime, transport, upper, path, params, init);
    }
    // No body, or one that says nothing (`null`, `""`): `if (error)` must still hold.
    if (!result.response.ok && !result.error) result = { ...result, error: profile.emptyErrorBody(result.response) };
    if (options.throwOnError && result.error !== undefined) throw profile.toError(result.response, result.error);
    // A middleware may have put an answer of its own in place of ours.
    const { response } = result;
    const { BufferedResponse } = runtime;
    const ours = response instanceof BufferedResponse;
    const attempts = ours ? BufferedResponse.attemptsOf(response) : 1;
    const requestId = (ours ? BufferedResponse.headerOf(response, profile.requestIdHeader) : response.headers.get(profile.requestIdHeader)) ?? undefined;
    // Literals of two shapes, not a copy made with `...` and added to, which took a shape of its own on every call.
    return result.error === undefined ? { data: result.data, response, attempts, requestId } : { error: result.error, response, attempts, requestId };
  };

  /** The path parameters with the one the credentials fill where the caller gave none; a different value is refused unless allowed. */
  const withCredentialPathParameter = (pathParams: any, parameter: string, value: string, name: string) => {
    const given = pathParams?.[parameter];
    if (given === undefined) return withEntry(pathParams, parameter, value);
    if (given !== value && !(options as HuaweiCloudClientOptions<Region>).allowOtherProjects) {
      throw new RequestValidationError(name, [
        { path: `/path/${parameter}`, rule: 'credentials', message: 'differs from the project of the credentials, which every request is signed for; leave it out, or set allowOtherProjects' },
      ]);
    }
    return pathParams;
  };

  const sendThroughOpenApiFetch = async (runtime: CallRuntime, transport: Transport, method: string, path: string, params: any, init: any) => {
    try {
      return await client.request(method.toLowerCase() as never, path as never, {
        ...init,
        params,
        fetch: async (request: Request | PlainRequest) => transport(await runtime.outgoingOf(request), request.signal),
        Request: middleware.size > 0 ? globalThis.Request : runtime.PlainRequest,
      } as never);
    } catch (error) {
      // The transport's answers carry a Content-Length, so openapi-fetch reads them through json(), which
      // throws InvalidResponseError itself; one a middleware put in their place is parsed by openapi-fetch,
      // whose SyntaxError quotes the answer.
      if (error instanceof SyntaxError) throw new InvalidResponseError('not-json', undefined, 'The answer is not JSON, or is cut short; it was not read.');
      throw error;
    }
  };

  const close = async () => {
    closed = true;
    send?.close();
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
    close,
  } as Record<string | symbol, unknown>;
  // `await using client = createClient(...)` where the runtime has explicit resource management.
  const asyncDispose = (Symbol as { asyncDispose?: symbol }).asyncDispose;
  if (asyncDispose) wrapped[asyncDispose] = close;
  for (const method of METHODS) wrapped[method] = (path: string, init?: unknown) => request(method, path, init);
  return wrapped as unknown as ServiceClient<Paths, boolean>;
}

/**
 * `cloudmq-<service>/<version> (node/<version>)`, and the caller's addition after a space. The
 * addition goes out in a header: one that cannot fails here, naming the option.
 */
function userAgentOf(service: ServiceDefinition<string>, addition: unknown): string {
  const runtime = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  const base = `cloudmq-${service.id}/${service.version}${runtime ? ` (node/${runtime})` : ''}`;
  if (addition === undefined) return base;
  if (typeof addition !== 'string' || !/^[\x20-\x7e]*$/.test(addition)) throw new InvalidOptionError('userAgent', 'must be a string of visible ASCII characters and spaces');
  return addition === '' ? base : `${base} ${addition}`;
}

/** The `agents` option: an object whose `http` and `https`, where given, are agents (objects with `destroy`). */
function checkAgents(agents: unknown): void {
  if (agents === undefined) return;
  if (agents === null || typeof agents !== 'object') throw new InvalidOptionError('agents', 'must be an object with http and/or https agents');
  for (const protocol of ['http', 'https'] as const) {
    const agent = (agents as Record<string, unknown>)[protocol];
    if (agent !== undefined && (agent === null || typeof agent !== 'object' || typeof (agent as NodeAgent).destroy !== 'function')) throw new InvalidOptionError(`agents.${protocol}`, 'must be an http.Agent');
  }
}

/**
 * A copy of `record` (or of nothing) with `key` set, built up from an empty literal: in V8,
 * `{ ...record, [key]: value }` took a shape of its own on every call, which made each later read
 * of the copy a slow lookup (docs/decisions.md).
 */
function withEntry(record: Record<string, unknown> | undefined, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const name in record) copy[name] = record[name];
  copy[key] = value;
  return copy;
}

/** Options a call sent directly understands (one with no middleware); a call with any other (headers, parseAs, baseUrl, a serializer) goes through openapi-fetch. */
const DIRECT_OPTIONS = new Set(['params', 'body', 'signal']);

/** Whether a call can be sent directly: only direct options, no header or cookie parameters, a body of JSON data. */
function isPlainCall(init: Record<string, unknown>, params: Record<string, unknown>): boolean {
  for (const key in init) if (init[key] !== undefined && !DIRECT_OPTIONS.has(key)) return false;
  return params.header === undefined && params.cookie === undefined && isJsonData(init.body);
}

/** No body, a primitive, an array or a plain object: what openapi-fetch serializes as JSON (a FormData it would not). */
function isJsonData(body: unknown): boolean {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return true;
  const prototype = Object.getPrototypeOf(body);
  return prototype === Object.prototype || prototype === null;
}

/**
 * What openapi-fetch answers for a response read as JSON, its default: nothing for a 204, a HEAD
 * or an empty body; otherwise the parsed body as `data`, or as `error` (the text when not JSON).
 */
function resultOf(Buffered: typeof BufferedResponse, response: BufferedResponse, method: string): { data?: unknown; error?: unknown; response: Response } {
  if (response.status === 204 || method === 'HEAD' || Buffered.declaresNoBody(response)) {
    return response.ok ? { data: undefined, response } : { error: undefined, response };
  }
  if (response.ok) return { data: Buffered.parse(response), response };
  try {
    return { error: Buffered.parse(response), response };
  } catch {
    return { error: Buffered.text(response), response };
  }
}

/** The largest `maxResponseBytes`: a 2 GiB answer is no answer of a management API. */
const MAX_RESPONSE_BYTES = 2 ** 31 - 1;
