// When a failed attempt may be repeated, and how long to wait first (exponential backoff, full jitter).
import { InvalidOptionError } from './errors.js';
import { checkInteger, checkMilliseconds } from './option-checks.js';

export interface RetryOptions {
  /** Attempts in all, the first included (default 3). */
  maxAttempts?: number;
  /** Backoff base: the cap of the first wait (default 100 ms). */
  baseDelayMs?: number;
  /** Cap of any single wait, server-requested ones included (default 20 s). */
  maxDelayMs?: number;
}

export const DEFAULT_RETRY: Required<RetryOptions> = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 20_000 };

/** The most attempts a call may make: a retry loop must end. */
const MAX_ATTEMPTS = 100;

/**
 * The retry policy of a client: the defaults, replaced by each option the caller set (an explicit
 * `undefined` keeps the default). Throws InvalidOptionError naming a bad option.
 */
export function resolveRetry(retry: RetryOptions | false | undefined): Required<RetryOptions> | false {
  if (retry === false) return false;
  if (retry !== undefined && (typeof retry !== 'object' || retry === null)) throw new InvalidOptionError('retry', 'must be an object or false');
  checkInteger('retry.maxAttempts', retry?.maxAttempts, 1, MAX_ATTEMPTS);
  checkMilliseconds('retry.baseDelayMs', retry?.baseDelayMs);
  checkMilliseconds('retry.maxDelayMs', retry?.maxDelayMs);
  return {
    maxAttempts: retry?.maxAttempts ?? DEFAULT_RETRY.maxAttempts,
    baseDelayMs: retry?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
  };
}

/** Statuses worth another attempt: throttled, or a gateway that could not reach the service. */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
/** Statuses that prove the service did not act on the request, so even a non-idempotent call may repeat. */
const NOT_PROCESSED_STATUSES = new Set([429, 503]);
/** Connection failures before the request could reach the service. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Whether an answer with `status` may be retried. A call that is not idempotent (a Huawei create,
 * which has no idempotency key) is repeated only when the service cannot have acted on it.
 */
export function isRetryableStatus(status: number, idempotent: boolean): boolean {
  return idempotent ? RETRYABLE_STATUSES.has(status) : NOT_PROCESSED_STATUSES.has(status);
}

/** Whether a connection failure with this system error code may be retried. */
export function isRetryableNetworkError(code: string | undefined, idempotent: boolean): boolean {
  return idempotent || (code !== undefined && NOT_SENT_CODES.has(code));
}

/** Full-jitter backoff before attempt `attempt + 1`: uniform in [0, min(max, base · 2^(attempt-1))]. */
export function backoffDelayMs(attempt: number, options: Required<RetryOptions>, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1)));
}

/** Retry-After as a delay: whole seconds (RFC 9110 delta-seconds). */
const DELTA_SECONDS = /^\s*\d+\s*$/;
/** Retry-After as an HTTP date: `Sun, 06 Nov 1994 08:49:37 GMT` (and the obsolete forms, which also end in GMT or name a day). */
const HTTP_DATE = /^\s*[A-Za-z]{3}.*\d{2}:\d{2}:\d{2}.*$/;

/**
 * The wait the server asked for: `Retry-After` (seconds or an HTTP date) or Alibaba's
 * `x-acs-retry-after` (milliseconds). Undefined when neither is there or readable: `-5` or `1.5`
 * is no wait, and the backoff applies.
 */
export function serverRequestedDelayMs(headers: Pick<Headers, 'get'>, now: Date): number | undefined {
  const acs = headers.get('x-acs-retry-after');
  if (acs !== null && DELTA_SECONDS.test(acs)) return Number(acs);
  const retryAfter = headers.get('retry-after');
  if (retryAfter === null) return undefined;
  if (DELTA_SECONDS.test(retryAfter)) return Number(retryAfter) * 1000;
  const date = HTTP_DATE.test(retryAfter) ? Date.parse(retryAfter) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
