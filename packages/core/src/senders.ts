// Sends one signed attempt and reads its whole answer: over node:http(s) with keep-alive on Node.js, through a fetch function elsewhere or when the caller gives one.
import { AnswerHeaders } from './answer-headers.js';
import { createDeadlines } from './deadlines.js';
import { hasNodeBuiltins, type NodeAgent, type NodeClientRequest, nodeHttp, nodeHttps, type NodeHttp } from './node-builtins.js';
import { type ProxySettings, proxyAuthorization, proxyFor, serverOf, tunnellingAgent } from './proxy.js';
import { type OutgoingRequest, parsedUrl, toRequest } from './outgoing-request.js';

export type Fetch = (request: Request) => Promise<Response>;

/**
 * An answer, its body read in full (the APIs answer small JSON documents). A chunked answer gets
 * the Content-Length of the bytes read: openapi-fetch then reads the body through `json()`, which
 * parses it once, instead of `text()` and a parse of its own.
 */
export interface ReceivedResponse {
  status: number;
  statusText: string;
  headers: AnswerHeaders;
  body: Uint8Array;
  /** The vendor says the caller is throttled, whatever the status: retried as a 429 is. */
  throttled?: boolean;
  /** The body as JSON, where the vendor's inspection already parsed it: `json()` answers it, not a second parse. */
  parsed?: { value: unknown };
}

/** Why an attempt failed: the caller's signal, the attempt's timeout, the network (with the system error code, e.g. ECONNRESET), an answer over the size limit, a redirect a fetch function followed, a request that could not be built, or a closed client. */
export class SendFailure extends Error {
  constructor(
    readonly kind: 'aborted' | 'timeout' | 'network' | 'too-large' | 'redirect' | 'invalid' | 'closed',
    readonly code: string | undefined,
    cause: unknown,
  ) {
    super(kind, { cause });
  }
}

/** Bounds of one attempt: the timeout covers the whole exchange, answer body included; the size counts decoded bytes. */
export interface SendLimits {
  timeoutMs: number;
  maxResponseBytes: number;
}

/** Sends one attempt; rejects with SendFailure only. */
export interface Send {
  (request: OutgoingRequest, limits: SendLimits, signal: AbortSignal | null): Promise<ReceivedResponse>;
  /** Frees what the sender holds (keep-alive sockets); calls in flight fail. */
  close(): void;
}

/** How the Node sender reaches the endpoint: the caller's own agents, or proxies from the environment. */
export interface NodeSenderOptions {
  /** Agents to send with, per protocol (a proxy agent of your own, custom TLS): used as given, the environment's proxies ignored. */
  agents?: { http?: NodeAgent; https?: NodeAgent };
  /** Proxies (proxySettingsOf the environment), or false to go direct. */
  proxies?: ProxySettings | false;
}

/** One way to the endpoint: the module and agent to send with, and the proxy to ask for the absolute URL (plain http through a proxy). */
interface Route {
  module: NodeHttp;
  agent: NodeAgent;
  /** Made by this sender, so closed with it. */
  owned: boolean;
  proxy?: URL;
}

/** The default sender: node:http(s) on Node.js (keep-alive sockets per client, proxies as the options say), the global fetch elsewhere. */
export function defaultSender(options: NodeSenderOptions = {}): Send {
  return hasNodeBuiltins ? nodeSender(options) : fetchSender((request) => globalThis.fetch(request));
}

/**
 * Sends through a fetch function, as browsers, Deno and workers do, and as a caller's own `fetch`
 * option asks. Redirects are not followed (`redirect: 'manual'`): the credentials and the body are
 * for the endpoint alone, and a 3xx is an error answer.
 */
export function fetchSender(fetch: Fetch): Send {
  let closed = false;
  const send = async (request: OutgoingRequest, limits: SendLimits, signal: AbortSignal | null): Promise<ReceivedResponse> => {
    if (closed) throw new SendFailure('closed', undefined, undefined);
    const timeout = AbortSignal.timeout(limits.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let built: Request;
    try {
      built = toRequest(request, combined, 'manual');
    } catch {
      // The error quotes the offending header value, which may be a credential: it is not kept.
      throw new SendFailure('invalid', undefined, undefined);
    }
    try {
      const response = await fetch(built);
      if (response.type === 'opaqueredirect' || response.redirected) {
        await response.body?.cancel().catch(() => undefined);
        throw new SendFailure('redirect', undefined, undefined);
      }
      const headers = AnswerHeaders.of(copyOfHeaders(response.headers));
      const body = await readCapped(response, limits.maxResponseBytes, combined);
      return { status: response.status, statusText: response.statusText, headers: withLength(headers, body), body };
    } catch (error) {
      if (error instanceof SendFailure) throw error;
      throw new SendFailure(signal?.aborted ? 'aborted' : timeout.aborted ? 'timeout' : 'network', systemErrorCode(error), error);
    }
  };
  // The sockets are the fetch function's; closing only stops this sender from using it.
  return Object.assign(send, {
    close: () => {
      closed = true;
    },
  });
}

/**
 * The answer's headers as a Headers of our own. Node's fetch lets through a header its own Headers
 * class then refuses (an empty name), which would throw a TypeError wherever the answer is copied;
 * Node's HTTP parser refuses the same bytes as HPE_INVALID_HEADER_TOKEN, and so does this sender.
 */
function copyOfHeaders(headers: Headers): Headers {
  try {
    return new Headers(headers);
  } catch {
    throw new SendFailure('network', 'HPE_INVALID_HEADER_TOKEN', undefined);
  }
}

/**
 * A fetch answer's body, counting the bytes after decompression: a gzip bomb stops at the limit.
 * Each read races the attempt's signal: Node 20's fetch can leave a body that fails to decompress
 * neither ended nor errored, and deaf to the abort.
 */
async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes && !response.headers.has('content-encoding')) {
    await response.body?.cancel().catch(() => undefined);
    throw new SendFailure('too-large', undefined, undefined);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      length += value.length;
      if (length > maxBytes) throw new SendFailure('too-large', undefined, undefined);
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  return concat(chunks, length);
}

/**
 * Sends with Node's own HTTP client: a fetch Request, its body stream and undici's machinery cost
 * several times the CPU of the rest of a call (see docs/decisions.md). Node's client follows no
 * redirect and decompresses nothing.
 */
function nodeSender(options: NodeSenderOptions): Send {
  // One keep-alive agent per route (protocol, and proxy if any) and client, made when first used.
  const routes = new Map<string, Route>();
  const routeFor = (url: URL): Route | undefined => {
    const custom = options.agents?.[url.protocol === 'https:' ? 'https' : 'http'];
    const proxy = custom || !options.proxies ? undefined : proxyFor(url, options.proxies);
    const key = `${url.protocol} ${proxy?.href ?? ''}`;
    let route = routes.get(key);
    if (route) return route;
    const module = url.protocol === 'https:' ? nodeHttps() : url.protocol === 'http:' ? nodeHttp() : undefined;
    if (!module) return undefined;
    if (custom) route = { module, agent: custom, owned: false };
    else if (proxy && url.protocol === 'https:') route = { module, agent: tunnellingAgent(proxy), owned: true };
    else if (proxy) {
      // Plain http through a proxy: the proxy is asked for the absolute URL.
      const proxyModule = proxy.protocol === 'https:' ? nodeHttps() : nodeHttp();
      if (!proxyModule) return undefined;
      route = { module: proxyModule, agent: new proxyModule.Agent({ keepAlive: true }), owned: true, proxy };
    } else route = { module, agent: new module.Agent({ keepAlive: true }), owned: true };
    routes.set(key, route);
    return route;
  };
  const deadlines = createDeadlines();
  let closed = false;
  const send = (request: OutgoingRequest, limits: SendLimits, signal: AbortSignal | null) =>
    new Promise<ReceivedResponse>((resolve, reject) => {
      // A retry of a call that was in flight at close() must not open a new socket.
      if (closed) return reject(new SendFailure('closed', undefined, undefined));
      const url = parsedUrl(request.url);
      let client: Route | undefined;
      try {
        client = routeFor(url);
      } catch {
        return reject(new SendFailure('invalid', undefined, undefined));
      }
      if (!client) return reject(new SendFailure('invalid', undefined, undefined));
      if (signal?.aborted) return reject(new SendFailure('aborted', undefined, signal.reason));
      let outgoing: NodeClientRequest;
      try {
        const { proxy } = client;
        // Through a proxy for plain http, the request goes to the proxy, asking for the absolute URL.
        const { protocol, hostname, port } = serverOf(proxy ?? url);
        const path = proxy ? url.href : `${url.pathname}${url.search}`;
        const headers = proxy ? { ...request.headers, host: url.host, ...proxyAuthorization(proxy) } : request.headers;
        outgoing = client.module.request({ protocol, hostname, port, path, method: request.method, headers, agent: client.agent }, (response) => {
          response.on('error', (error) => fail('network', error));
          // The raw pairs: IncomingMessage.headers would build an object per answer that nothing reads.
          const headers = new AnswerHeaders(response.rawHeaders);
          if (Number(headers.get('content-length')) > limits.maxResponseBytes) return fail('too-large', undefined);
          const chunks: Uint8Array[] = [];
          let length = 0;
          response.on('data', (chunk) => {
            if (settled) return;
            length += chunk.length;
            if (length > limits.maxResponseBytes) return fail('too-large', undefined);
            chunks.push(chunk);
          });
          response.on('end', () => {
            if (settled) return;
            settle();
            const body = concat(chunks, length);
            resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: withLength(headers, body), body });
          });
        });
      } catch {
        // Node's error quotes the offending header value, which may be a credential: it is not kept.
        return reject(new SendFailure('invalid', undefined, undefined));
      }
      let settled = false;
      const settle = () => {
        settled = true;
        deadline.clear();
        signal?.removeEventListener('abort', onAbort);
      };
      const fail = (kind: SendFailure['kind'], cause: unknown) => {
        if (settled) return;
        settle();
        // Destroying the request also destroys its socket: an answer cut short cannot be reused.
        outgoing.destroy();
        reject(new SendFailure(kind, kind === 'network' ? systemErrorCode(cause) : undefined, cause));
      };
      const deadline = deadlines.add(limits.timeoutMs, () => fail('timeout', undefined));
      const onAbort = () => fail('aborted', signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      outgoing.on('error', (error) => fail('network', error));
      outgoing.end(request.body);
    });
  const close = () => {
    closed = true;
    // The caller's own agents are the caller's to close.
    for (const { agent, owned } of routes.values()) if (owned) agent.destroy();
    routes.clear();
  };
  return Object.assign(send, { close });
}

/** The headers with the Content-Length of the bytes read when the answer declared none (it was chunked). */
function withLength(headers: AnswerHeaders, body: Uint8Array): AnswerHeaders {
  return headers.has('content-length') ? headers : headers.with('content-length', String(body.length));
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** The system error code (ECONNREFUSED, ECONNRESET, ...) somewhere in a failure's cause chain. */
function systemErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
