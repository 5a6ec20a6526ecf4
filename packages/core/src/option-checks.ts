// Checks of caller-given options and headers: a bad one throws an error that names it and its rule, before anything is sent.
import { InvalidOptionError, type ValidationIssue } from './errors.js';

/** setTimeout fires at once for longer delays (about 24.8 days), with a warning on stderr. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A whole number in [min, max] (Infinity and NaN are not whole numbers); `undefined` passes (the default applies). */
export function checkInteger(option: string, value: unknown, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidOptionError(option, `must be a whole number from ${min} to ${max}`);
  }
}

/** A duration for a timer: a whole number of milliseconds in [min, 2^31 − 1]. */
export function checkMilliseconds(option: string, value: unknown, min = 0): void {
  checkInteger(option, value, min, MAX_TIMER_MS);
}

export function checkBoolean(option: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') throw new InvalidOptionError(option, 'must be true or false');
}

export function checkFunction(option: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') throw new InvalidOptionError(option, 'must be a function');
}

export function checkSignal(option: string, value: unknown): void {
  if (value !== undefined && value !== null && !(typeof AbortSignal === 'function' && value instanceof AbortSignal)) throw new InvalidOptionError(option, 'must be an AbortSignal');
}

/**
 * A base URL the client may send credentials to: http or https, no user name or password (Node.js
 * would send them as Basic authentication), no query or fragment (the paths are appended to it).
 */
export function checkEndpoint(option: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const url = typeof value === 'string' && URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new InvalidOptionError(option, 'must be an http:// or https:// URL');
  if (url.username || url.password) throw new InvalidOptionError(option, 'must not carry a user name or password');
  if (url.search || url.hash || url.href.includes('?') || url.href.includes('#')) throw new InvalidOptionError(option, 'must not have a query or fragment');
  return value as string;
}

/** A header name: an HTTP token (RFC 9110). */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** A header value: no control character but tab, nothing beyond Latin-1 (what Node.js and fetch accept). */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** A credential: visible ASCII only. A trailing newline from a key file or a zero-width space fails here, not in the sender. */
const CREDENTIAL = /^[\x21-\x7e]+$/;

/** Whether `value` can be sent as a credential header as it is. */
export function isSendableCredential(value: string): boolean {
  return CREDENTIAL.test(value);
}

/**
 * The broken rules of caller headers (a record, pairs or a Headers object, as openapi-fetch takes
 * them): a name that is not a token, a value with a control or non-Latin-1 character. Issues name
 * the header, never its value, which may be a token.
 */
export function headerIssues(headers: unknown): ValidationIssue[] {
  if (headers === undefined || headers === null) return [];
  const pairs: [string, unknown][] =
    typeof Headers === 'function' && headers instanceof Headers ? [...headers.entries()] : Array.isArray(headers) ? (headers as [string, unknown][]) : typeof headers === 'object' ? Object.entries(headers) : [];
  const issues: ValidationIssue[] = [];
  for (const [name, value] of pairs) {
    const path = `/headers/${String(name)}`;
    if (typeof name !== 'string' || !HEADER_NAME.test(name)) {
      issues.push({ path, rule: 'header-name', message: 'is not a valid header name' });
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (!HEADER_VALUE.test(String(item))) issues.push({ path, rule: 'header-value', message: 'has a control character or a character beyond Latin-1' });
    }
  }
  return issues;
}
