// Alibaba Cloud signature V3 (ACS3-HMAC-SHA256), byte-compatible with the official SDKs.
import { canonicalPath, canonicalQuery, formatPerSecond, hmacSha256Hex, sha256Hex } from './crypto.js';
import { type MaybePromise, nowOrLater } from './now-or-later.js';
import { fromRequest, type OutgoingRequest, parsedUrl, toRequest, withOtherHeaders } from './outgoing-request.js';

export interface AlibabaSigningOptions {
  accessKeyId: string;
  secretAccessKey: string;
  /** STS credentials: sent as x-acs-security-token (with x-acs-accesskey-id, as the SDKs do) and signed. */
  securityToken?: string;
  /** The API action, e.g. `CreateInstance` (x-acs-action). */
  action: string;
  /** The API version, e.g. `2022-08-01` (x-acs-version). */
  version: string;
  /** Clock for x-acs-date (default: the system clock). */
  now?: () => Date;
  /** x-acs-signature-nonce; must differ on every request, retries included (default: crypto.randomUUID). */
  nonce?: () => string;
}

const ALGORITHM = 'ACS3-HMAC-SHA256';

/**
 * Returns a copy of `request` (same method, URL, body bytes and signal; its headers kept) signed
 * with `ACS3-HMAC-SHA256`: the x-acs-* headers of the recipe, content-type
 * (`application/json; charset=utf-8` when there is a body and none is set) and Authorization.
 * Signed: host, content-type and every x-acs-* header, including any the caller set.
 * Host is signed from the URL but not set: fetch sends it, and browsers forbid setting it.
 */
export async function signAlibabaRequest(request: Request, options: AlibabaSigningOptions): Promise<Request> {
  return toRequest(await signAlibaba(await fromRequest(request), options), request.signal);
}

/** {@link signAlibabaRequest} on the plain parts of a request: what the transport signs each attempt with, at once where hashing is synchronous. */
export function signAlibaba(request: OutgoingRequest, options: AlibabaSigningOptions): MaybePromise<OutgoingRequest> {
  return nowOrLater(sha256Hex(request.body ?? ''), (payloadHash) => signAlibabaWithPayloadHash(request, options, payloadHash));
}

function signAlibabaWithPayloadHash(request: OutgoingRequest, options: AlibabaSigningOptions, payloadHash: string): MaybePromise<OutgoingRequest> {
  const url = parsedUrl(request.url);
  const headers: Record<string, string> = {
    'x-acs-action': options.action,
    'x-acs-version': options.version,
    'x-acs-date': acsDate(options.now?.() ?? new Date()),
    'x-acs-signature-nonce': options.nonce?.() ?? globalThis.crypto.randomUUID(),
    'x-acs-content-sha256': payloadHash,
    authorization: '',
  };
  const contentType = request.headers['content-type'] ?? (request.body === undefined ? undefined : 'application/json; charset=utf-8');
  if (contentType !== undefined) headers['content-type'] = contentType;
  if (options.securityToken) {
    headers['x-acs-accesskey-id'] = options.accessKeyId;
    headers['x-acs-security-token'] = options.securityToken;
  }
  withOtherHeaders(headers, request.headers);

  // Names are lower case and values trimmed already (OutgoingRequest), as the recipe wants.
  const signed: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'content-type' || name.startsWith('x-acs-')) signed.push([name, value]);
  }
  signed.push(['host', url.host]);
  signed.sort(([a], [b]) => (a < b ? -1 : 1));
  const names = signed.map(([name]) => name).join(';');
  const canonicalRequest = [
    request.method,
    canonicalPath(url.pathname),
    canonicalQuery(url.search),
    signed.map(([name, value]) => `${name}:${value}\n`).join(''),
    names,
    payloadHash,
  ].join('\n');
  return nowOrLater(sha256Hex(canonicalRequest), (requestHash) =>
    nowOrLater(hmacSha256Hex(options.secretAccessKey, `${ALGORITHM}\n${requestHash}`), (signature) => {
      headers.authorization = `${ALGORITHM} Credential=${options.accessKeyId},SignedHeaders=${names},Signature=${signature}`;
      return { method: request.method, url: request.url, headers, body: request.body };
    }),
  );
}

/** UTC `YYYY-MM-DDTHH:mm:ssZ`. */
const acsDate = formatPerSecond((iso) => iso);
