// One HTTP request as the transport signs and sends it: plain data, without the body streams a fetch Request carries.

export interface OutgoingRequest {
  method: string;
  url: string;
  /** Lower-case names; values as a Headers object holds them (trimmed, repeated ones joined). */
  headers: Record<string, string>;
  /** JSON text or bytes; undefined when there is no body. */
  body?: string | Uint8Array;
}

let lastUrl: string | undefined;
let lastParsed: URL | undefined;

/**
 * The URL of `url`, parsed, the last one kept: a client sends the same URL again and again (a
 * Huawei create, a status poll), and the signer and the sender each read it. Shared: never
 * change what it answers.
 */
export function parsedUrl(url: string): URL {
  if (url !== lastUrl || !lastParsed) {
    lastParsed = new URL(url);
    lastUrl = url;
  }
  return lastParsed;
}

/**
 * `headers` (what a signer sets, as one literal) with each of `others` it does not set. A copy
 * made with `...` and then added to took a shape of its own on every call in V8, which no inline
 * cache keeps: a signer's headers are built this way round (docs/decisions.md).
 */
export function withOtherHeaders(headers: Record<string, string>, others: Record<string, string>): Record<string, string> {
  for (const name in others) if (!Object.hasOwn(headers, name)) headers[name] = others[name];
  return headers;
}

/** Header pairs (a Headers object, or anything a Headers can be built from) as lower-case name → value. */
function headerRecord(headers: HeadersInit | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  (headers instanceof Headers ? headers : new Headers(headers)).forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

/** The parts of a fetch Request, its body read from a clone (the request stays usable). */
export async function fromRequest(request: Request): Promise<OutgoingRequest> {
  const body = request.body === null ? undefined : new Uint8Array(await request.clone().arrayBuffer());
  return { method: request.method, url: request.url, headers: headerRecord(request.headers), body };
}

/** A fetch Request of the parts. */
export function toRequest(outgoing: OutgoingRequest, signal?: AbortSignal | null, redirect?: RequestRedirect): Request {
  return new Request(outgoing.url, { method: outgoing.method, headers: outgoing.headers, body: outgoing.body as BodyInit | undefined, signal, redirect });
}

/**
 * What openapi-fetch builds for a call in place of a fetch Request (its `Request` option): the
 * same constructor, keeping URL, method, headers, body and signal as given. A fetch Request turns
 * its body into a stream that the signer and the sender would read back; on Node.js that
 * round trip cost more than the whole of the rest of a call.
 */
export class PlainRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  readonly signal: AbortSignal | null;

  constructor(url: string, init: RequestInit = {}) {
    this.url = url;
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.signal = init.signal ?? null;
  }
}

/** The parts of what openapi-fetch hands the transport: a PlainRequest as it is, a fetch Request (middleware) read. */
export async function outgoingOf(request: Request | PlainRequest): Promise<OutgoingRequest> {
  if (request instanceof PlainRequest && (request.body === null || typeof request.body === 'string')) {
    return { method: request.method, url: request.url, headers: headerRecord(request.headers), body: request.body ?? undefined };
  }
  return fromRequest(request instanceof PlainRequest ? new Request(request.url, request) : request);
}
