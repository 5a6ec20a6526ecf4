// Sends one API call: signs each attempt afresh, bounds it by a timeout, and retries only what is safe to retry.
import { BufferedResponse } from './buffered-response.js';
import { CloudMqError, InvalidResponseError, NetworkError, RequestAbortedError, TimeoutError } from './errors.js';
import type { MaybePromise } from './now-or-later.js';
import type { OutgoingRequest } from './outgoing-request.js';
import { backoffDelayMs, isRetryableNetworkError, isRetryableStatus, type RetryOptions, serverRequestedDelayMs, sleep } from './retry.js';
import { type ReceivedResponse, type Send, SendFailure, type SendLimits } from './senders.js';

export interface TransportOptions {
  send: Send;
  /** Signs one attempt (new date, new nonce each time): at once where hashing is synchronous. */
  sign: (request: OutgoingRequest) => MaybePromise<OutgoingRequest>;
  limits: SendLimits;
  retry: Required<RetryOptions> | false;
  /** Whether repeating the call after a possibly processed failure is harmless. */
  idempotent: boolean;
  /**
   * The 2xx statuses the operation answers without a body (a Huawei delete: 204). Any other 2xx
   * with an empty body is an unreadable answer, not a success. Undefined for an undocumented call.
   */
  bodylessStatuses: readonly number[] | undefined;
  now: () => Date;
  /** Rewrites an answer before it is judged (Alibaba: a 200 with `success: false` becomes an error; throttling is marked). */
  inspect?: (response: ReceivedResponse) => ReceivedResponse;
  /** Sent as User-Agent unless the caller set one. */
  userAgent: string;
  /** The operation, as attempt reports name it. */
  operation: string;
  onAttempt?: (attempt: AttemptReport) => void;
  /** The header the vendor names its request id in. */
  requestIdHeader: string;
}

/** What one attempt came to, as `onAttempt` receives it: never a credential, a header value or a body. */
export interface AttemptReport {
  /** `operationId (METHOD /path template)`, or `METHOD /path` for an undocumented call. */
  operation: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** The answer's HTTP status; undefined when the attempt got none. */
  status?: number;
  /** Why the attempt got no answer: `timeout`, or `network` with the system error code (`network ECONNRESET`). */
  failure?: string;
  durationMs: number;
  /** The wait before the next attempt; undefined when there is none. */
  retryDelayMs?: number;
  /** The vendor's request id of the answer, for its support. */
  requestId?: string;
}

/** Sends one call (every attempt the same bytes, signed again) with timeouts, limits and retries; answers its final answer. */
export type Transport = (outgoing: OutgoingRequest, callerSignal: AbortSignal | null) => Promise<BufferedResponse>;

export function createTransport(options: TransportOptions): Transport {
  const maxAttempts = options.retry === false ? 1 : options.retry.maxAttempts;
  const { onAttempt } = options;
  /** Tells `onAttempt` what an attempt that started at `started` came to; a hook that throws is ignored, the call goes on. */
  const report = (attempt: number, started: number, outcome: Pick<AttemptReport, 'status' | 'failure' | 'retryDelayMs' | 'requestId'>) => {
    if (!onAttempt) return;
    try {
      onAttempt({ operation: options.operation, attempt, ...outcome, durationMs: performance.now() - started });
    } catch {
      // The hook is the caller's code: its failure must not change what the call does.
    }
  };
  return async (outgoing, callerSignal) => {
    outgoing.headers['user-agent'] ??= options.userAgent;
    // Listeners go on a signal of this call's own: 500 calls sharing the caller's signal must not make Node.js warn.
    const signal = callerSignal && typeof AbortSignal.any === 'function' ? AbortSignal.any([callerSignal]) : callerSignal;
    for (let attempt = 1; ; attempt++) {
      let received: ReceivedResponse;
      const signing = options.sign(outgoing);
      const signed = signing instanceof Promise ? await signing : signing;
      const started = onAttempt ? performance.now() : 0;
      try {
        received = await options.send(signed, options.limits, signal);
      } catch (error) {
        if (!(error instanceof SendFailure)) throw error;
        if (error.kind === 'aborted') throw new RequestAbortedError(callerSignal?.reason);
        if (error.kind === 'closed') throw new CloudMqError('The client was closed while the call was in flight; it was not sent again.');
        if (error.kind === 'invalid') throw new CloudMqError('The request could not be built: a header name or value cannot be sent. Nothing was sent.');
        if (error.kind === 'too-large') throw new InvalidResponseError('too-large', undefined, `The answer is larger than maxResponseBytes (${options.limits.maxResponseBytes} bytes); it was not read.`);
        if (error.kind === 'redirect') throw new InvalidResponseError('redirect', undefined, 'The fetch function followed a redirect: redirects are never followed, the answer was not read.');
        const timedOut = error.kind === 'timeout';
        const failure = timedOut ? new TimeoutError(options.limits.timeoutMs, attempt) : new NetworkError(error.code, attempt, error.cause);
        // A timeout may hide a request the service processed: only idempotent calls repeat it.
        const retryable = timedOut ? options.idempotent : isRetryableNetworkError(error.code, options.idempotent);
        const why = timedOut ? 'timeout' : `network${error.code ? ` ${error.code}` : ''}`;
        if (!retryable || attempt >= maxAttempts || options.retry === false) {
          report(attempt, started, { failure: why });
          throw failure;
        }
        const delay = backoffDelayMs(attempt, options.retry);
        report(attempt, started, { failure: why, retryDelayMs: delay });
        await wait(delay, signal, callerSignal);
        continue;
      }
      const requestId = onAttempt ? (received.headers.get(options.requestIdHeader) ?? undefined) : undefined;
      if (received.status < 200 || received.status > 599) {
        report(attempt, started, { status: received.status, requestId });
        throw new InvalidResponseError('status', received.status, `The answer has HTTP status ${received.status}, which is not a final answer (200–599).`);
      }
      if (options.inspect) received = options.inspect(received);
      if (options.retry !== false && attempt < maxAttempts && (received.throttled || isRetryableStatus(received.status, options.idempotent))) {
        const requested = serverRequestedDelayMs(received.headers, options.now());
        const delay = Math.min(options.retry.maxDelayMs, requested ?? backoffDelayMs(attempt, options.retry));
        report(attempt, started, { status: received.status, retryDelayMs: delay, requestId });
        await wait(delay, signal, callerSignal);
        continue;
      }
      report(attempt, started, { status: received.status, requestId });
      // A 204 to a create has created nothing the caller can name: only the documented bodyless statuses may be empty.
      if (received.status < 300 && received.body.length === 0 && options.bodylessStatuses && !options.bodylessStatuses.includes(received.status)) {
        throw new InvalidResponseError('empty', received.status, `The answer (HTTP ${received.status}) has an empty body where the operation answers with one.`);
      }
      return new BufferedResponse(received, outgoing.url, attempt);
    }
  };
}

async function wait(ms: number, signal: AbortSignal | null, callerSignal: AbortSignal | null): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch {
    throw new RequestAbortedError(callerSignal?.reason);
  }
}
