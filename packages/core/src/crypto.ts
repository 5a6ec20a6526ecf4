// Hashing (WebCrypto) and RFC 3986 canonicalisation helpers shared by the request signers.

const encoder = new TextEncoder();

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Lower-case hex SHA-256 of a UTF-8 string or of raw bytes. */
export async function sha256Hex(data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return toHex(await globalThis.crypto.subtle.digest('SHA-256', bytes));
}

/** Lower-case hex HMAC-SHA256 of `message` under the UTF-8 bytes of `key`. */
export async function hmacSha256Hex(key: string, message: string): Promise<string> {
  const cryptoKey = await globalThis.crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message)));
}

/** RFC 3986 percent-encoding of UTF-8: only A-Z a-z 0-9 - _ . ~ stay, everything else becomes %XX (upper case). */
export function percentEncode(value: string): string {
  // encodeURIComponent already keeps exactly the unreserved set plus these five sub-delimiters.
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Canonical form of a URL path: every '/'-separated segment decoded, then percent-encoded.
 * Decoding first makes the result independent of how the caller (or WHATWG URL) escaped the
 * path: `~`, `%7E`, `*` and `%2A` all sign the same way, as the servers see them.
 */
export function canonicalPath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => percentEncode(decodeSegment(segment)))
    .join('/');
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
  return [...new URLSearchParams(search)]
    .sort(([keyA, valueA], [keyB, valueB]) => compare(keyA, keyB) || compare(valueA, valueB))
    .map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`)
    .join('&');
}

// Code-unit order, as the SDKs' Array.prototype.sort does; localeCompare would depend on the locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
