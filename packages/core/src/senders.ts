// Sends one signed attempt and reads its whole answer: over node:http(s) with keep-alive on Node.js, through a fetch function elsewhere or when the caller gives one.
import { hasNodeBuiltins, nodeHttp, nodeHttps, type NodeHttp } from './node-builtins.js';
import { type OutgoingRequest, toRequest } from './outgoing-request.js';

export type Fetch = (request: Request) => Promise<Response>;

/** An answer, its body read in full (the APIs answer small JSON documents). */
export interface ReceivedResponse {
  status: number;
  statusText: string;
  headers: Headers;
  body: Uint8Array;
}

/** Why an attempt failed: the caller's signal, the attempt's timeout, or the network (with the system error code, e.g. ECONNRESET). */
export class SendFailure extends Error {
  constructor(
    readonly kind: 'aborted' | 'timeout' | 'network',
    readonly code: string | undefined,
    cause: unknown,
  ) {
    super(kind, { cause });
  }
}

/** Sends one attempt; the timeout bounds the whole exchange, answer body included. */
export type Send = (request: OutgoingRequest, timeoutMs: number, signal: AbortSignal | null) => Promise<ReceivedResponse>;

/** The default sender: node:http(s) on Node.js (keep-alive sockets per client), the global fetch elsewhere. */
export function defaultSender(): Send {
  return hasNodeBuiltins ? nodeSender() : fetchSender((request) => globalThis.fetch(request));
}

/** Sends through a fetch function, as browsers, Deno and workers do, and as a caller's own `fetch` option asks. */
export function fetchSender(fetch: Fetch): Send {
  return async (request, timeoutMs, signal) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(toRequest(request, signal ? AbortSignal.any([signal, timeout]) : timeout));
      return { status: response.status, statusText: response.statusText, headers: response.headers, body: new Uint8Array(await response.arrayBuffer()) };
    } catch (error) {
      throw new SendFailure(signal?.aborted ? 'aborted' : timeout.aborted ? 'timeout' : 'network', systemErrorCode(error), error);
    }
  };
}

/**
 * Sends with Node's own HTTP client: a fetch Request, its body stream and undici's machinery cost
 * several times the CPU of the rest of a call (see docs/decisions.md).
 */
function nodeSender(): Send {
  // One keep-alive agent per protocol and client, made when the protocol is first used.
  const clients = new Map<string, { module: NodeHttp; agent: object }>();
  const clientFor = (protocol: string) => {
    let client = clients.get(protocol);
    const module = protocol === 'https:' ? nodeHttps() : protocol === 'http:' ? nodeHttp() : undefined;
    if (!client && module) {
      client = { module, agent: new module.Agent({ keepAlive: true }) };
      clients.set(protocol, client);
    }
    return client;
  };
  return (request, timeoutMs, signal) =>
    new Promise((resolve, reject) => {
      const url = new URL(request.url);
      const client = clientFor(url.protocol);
      if (!client) return reject(new SendFailure('network', undefined, new TypeError(`unsupported protocol ${url.protocol}`)));
      if (signal?.aborted) return reject(new SendFailure('aborted', undefined, signal.reason));
      let settled = false;
      const settle = () => {
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const fail = (kind: SendFailure['kind'], cause: unknown) => {
        if (settled) return;
        settle();
        outgoing.destroy();
        reject(new SendFailure(kind, kind === 'network' ? systemErrorCode(cause) : undefined, cause));
      };
      const timer = setTimeout(() => fail('timeout', undefined), timeoutMs);
      const onAbort = () => fail('aborted', signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      const outgoing = client.module.request(url, { method: request.method, headers: request.headers, agent: client.agent }, (response) => {
        const chunks: Uint8Array[] = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', (error) => fail('network', error));
        response.on('end', () => {
          if (settled) return;
          settle();
          resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: headersOf(response.rawHeaders), body: concat(chunks) });
        });
      });
      outgoing.on('error', (error) => fail('network', error));
      outgoing.end(request.body);
    });
}

function headersOf(rawHeaders: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i < rawHeaders.length; i += 2) headers.append(rawHeaders[i], rawHeaders[i + 1]);
  return headers;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
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
