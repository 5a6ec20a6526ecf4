// Huawei Cloud AK/SK request signing (SDK-HMAC-SHA256), byte-compatible with the official SDKs.
import { canonicalPath, canonicalQuery, formatPerSecond, hmacSha256Hex, sha256Hex } from './crypto.js';
import { type MaybePromise, nowOrLater } from './now-or-later.js';
import { fromRequest, type OutgoingRequest, parsedUrl, toRequest, withOtherHeaders } from './outgoing-request.js';

export interface HuaweiSigningOptions {
  accessKeyId: string;
  secretAccessKey: string;
  /** Sent as X-Project-Id (the gateway scopes the call to it). */
  projectId: string;
  /** Temporary (STS) credentials: sent as X-Security-Token and signed. */
  securityToken?: string;
  /** Clock for X-Sdk-Date (default: the system clock). */
  now?: () => Date;
}

const ALGORITHM = 'SDK-HMAC-SHA256';

/**
 * Returns a copy of `request` (same method, URL, body bytes and signal; its headers kept) signed
 * with `SDK-HMAC-SHA256`: X-Sdk-Date, X-Project-Id, X-Security-Token (temporary credentials only),
 * Content-Type (application/json unless set; the SDKs send it on GET too) and Authorization.
 * Host is signed from the URL but not set: fetch sends it, and browsers forbid setting it.
 */
export async function signHuaweiRequest(request: Request, options: HuaweiSigningOptions): Promise<Request> {
  return toRequest(await signHuawei(await fromRequest(request), options), request.signal);
}

/** {@link signHuaweiRequest} on the plain parts of a request: what the transport signs each attempt with, at once where hashing is synchronous. */
export function signHuawei(request: OutgoingRequest, options: HuaweiSigningOptions): MaybePromise<OutgoingRequest> {
  const url = parsedUrl(request.url);
  const date = sdkDate(options.now?.() ?? new Date());
  const headers: Record<string, string> = {
    'content-type': request.headers['content-type'] ?? 'application/json',
    'x-project-id': options.projectId,
    'x-sdk-date': date,
    authorization: '',
  };
  if (options.securityToken) headers['x-security-token'] = options.securityToken;
  withOtherHeaders(headers, request.headers);

  // The recipe's headers only, in sorted order: the SDKs sign what they set before signing, not
  // what the transport adds later (user-agent, accept), which a proxy may rewrite.
  const signed: [string, string][] = [
    ['content-type', headers['content-type']],
    ['host', url.host],
    ['x-project-id', options.projectId],
    ['x-sdk-date', date],
  ];
  if (options.securityToken) signed.push(['x-security-token', options.securityToken]);
  const names = signed.map(([name]) => name).join(';');
  const path = canonicalPath(url.pathname);
  return nowOrLater(sha256Hex(request.body ?? ''), (bodyHash) => {
    const canonicalRequest = [
      request.method,
      // The recipe ends the canonical path with '/' whether or not the URL does.
      path.endsWith('/') ? path : `${path}/`,
      canonicalQuery(url.search),
      signed.map(([name, value]) => `${name}:${value}\n`).join(''),
      names,
      bodyHash,
    ].join('\n');
    return nowOrLater(sha256Hex(canonicalRequest), (requestHash) =>
      nowOrLater(hmacSha256Hex(options.secretAccessKey, `${ALGORITHM}\n${date}\n${requestHash}`), (signature) => {
        headers.authorization = `${ALGORITHM} Access=${options.accessKeyId}, SignedHeaders=${names}, Signature=${signature}`;
        return { method: request.method, url: request.url, headers, body: request.body };
      }),
    );
  });
}

/** UTC `YYYYMMDDTHHMMSSZ`. */
const sdkDate = formatPerSecond((iso) => iso.replace(/[-:]/g, ''));
