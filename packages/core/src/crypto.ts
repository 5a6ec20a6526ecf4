// Hashing and RFC 3986 canonicalisation helpers shared by the request signers.
import { nodeCrypto, type NodeCrypto } from './node-builtins.js';

const encoder = new TextEncoder();

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Lower-case hex SHA-256 and HMAC-SHA256 of UTF-8 text (or bytes), as the signers need them: at once where the runtime can, or later. */
export interface Hashing {
  sha256Hex(data: string | Uint8Array): string | Promise<string>;
  hmacSha256Hex(key: string, message: string): string | Promise<string>;
}

/** WebCrypto: in every runtime, but each call is a promise through a thread pool. */
export const webCryptoHashing: Hashing = {
  async sha256Hex(data) {
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    return toHex(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  },
  async hmacSha256Hex(key, message) {
    const cryptoKey = await globalThis.crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return toHex(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message)));
  },
};

/** node:crypto: synchronous (no promise per hash), about ten times cheaper than WebCrypto on Node.js. */
export function nodeCryptoHashing(crypto: NodeCrypto): Hashing {
  return {
    sha256Hex: (data) => crypto.createHash('sha256').update(data).digest('hex'),
    hmacSha256Hex: (key, message) => crypto.createHmac('sha256', key).update(message).digest('hex'),
  };
}

let chosen: Hashing | undefined;
/** node:crypto where it can be had (chosen on first use, so importing the package loads nothing), WebCrypto elsewhere. */
function hashing(): Hashing {
  if (!chosen) {
    const crypto = nodeCrypto();
    chosen = crypto ? nodeCryptoHashing(crypto) : webCryptoHashing;
  }
  return chosen;
}

export const sha256Hex: Hashing['sha256Hex'] = (data) => hashing().sha256Hex(data);
export const hmacSha256Hex: Hashing['hmacSha256Hex'] = (key, message) => hashing().hmacSha256Hex(key, message);

/** RFC 3986 percent-encoding of UTF-8: only A-Z a-z 0-9 - _ . ~ stay, everything else becomes %XX (upper case). */
export function percentEncode(value: string): string {
  // encodeURIComponent already keeps exactly the unreserved set plus these five sub-delimiters.
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Canonical paths already computed: a client calls the same few paths again and again. Bounded, as paths carry ids. */
const canonicalPaths = new Map<string, string>();
const CANONICAL_PATHS_KEPT = 1000;

/**
 * Canonical form of a URL path: every '/'-separated segment decoded, then percent-encoded.
 * Decoding first makes the result independent of how the caller (or WHATWG URL) escaped the
 * path: `~`, `%7E`, `*` and `%2A` all sign the same way, as the servers see them.
 */
export function canonicalPath(pathname: string): string {
  let canonical = canonicalPaths.get(pathname);
  if (canonical === undefined) {
    canonical = pathname
      .split('/')
      .map((segment) => percentEncode(decodeSegment(segment)))
      .join('/');
    if (canonicalPaths.size >= CANONICAL_PATHS_KEPT) canonicalPaths.clear();
    canonicalPaths.set(pathname, canonical);
  }
  return canonical;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A stray '%' that starts no valid escape is a literal percent sign: sign it as %25.
    return segment;
  }
}

/**
 * Canonical query string: pairs decoded as a browser would ('+' is a space), percent-encoded,
 * sorted by key and then by value (a repeated key keeps every value), joined as k=v with '&'.
 */
export function canonicalQuery(search: string): string {
  if (search === '') return '';
  return [...new URLSearchParams(search)]
    .sort(([keyA, valueA], [keyB, valueB]) => compare(keyA, keyB) || compare(valueA, valueB))
    .map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`)
    .join('&');
}

/**
 * A formatter of UTC timestamps in whole seconds, given `YYYY-MM-DDTHH:mm:ssZ`; it formats once per
 * second, since every signed request carries one.
 */
export function formatPerSecond(format: (isoSeconds: string) => string): (date: Date) => string {
  let second = Number.NaN;
  let formatted = '';
  return (date) => {
    const current = Math.floor(date.getTime() / 1000);
    if (current !== second) {
      // An invalid date throws here (RangeError), as toISOString does.
      formatted = format(date.toISOString().replace(/\.\d{3}Z$/, 'Z'));
      second = current;
    }
    return formatted;
  };
}

// Code-unit order, as the SDKs' Array.prototype.sort does; localeCompare would depend on the locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
