// Sends one API call: signs each attempt afresh, bounds it by a timeout, and retries only what is safe to retry.
import { NetworkError, RequestAbortedError, TimeoutError } from './errors.js';
import { backoffDelayMs, isRetryableNetworkError, isRetryableStatus, type RetryOptions, serverRequestedDelayMs, sleep } from './retry.js';

export type Fetch = (request: Request) => Promise<Response>;

export interface TransportOptions {
  fetch: Fetch;
  /** Signs one attempt (new date, new nonce each time). */
  sign: (request: Request) => Promise<Request>;
  timeoutMs: number;
  retry: Required<RetryOptions> | false;
  /** Whether repeating the call after a possibly processed failure is harmless. */
  idempotent: boolean;
  now: () => Date;
  /** Rewrites an answer before it is returned (Alibaba: a 200 with `success: false` becomes an error). */
  inspect?: (response: Response) => Promise<Response>;
}

/** A fetch function for openapi-fetch that adds signing, timeouts and retries. */
export function createTransport(options: TransportOptions): Fetch {
  const maxAttempts = options.retry === false ? 1 : options.retry.maxAttempts;
  return async (request) => {
    // Read once: every attempt sends the same bytes, signed again.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const callerSignal = request.signal;
    for (let attempt = 1; ; attempt++) {
      const timeout = AbortSignal.timeout(options.timeoutMs);
      const attemptRequest = new Request(request.url, { method: request.method, headers: request.headers, body, signal: AbortSignal.any([callerSignal, timeout]) });
      const signed = await options.sign(attemptRequest);
      let response: Response;
      try {
        response = await options.fetch(signed);
      } catch (error) {
        if (callerSignal.aborted) throw new RequestAbortedError(callerSignal.reason);
        const code = timeout.aborted ? undefined : systemErrorCode(error);
        const failure = timeout.aborted ? new TimeoutError(options.timeoutMs, attempt) : new NetworkError(code, attempt, error);
        // A timeout may hide a request the service processed: only idempotent calls repeat it.
        const retryable = timeout.aborted ? options.idempotent : isRetryableNetworkError(code, options.idempotent);
        if (!retryable || attempt >= maxAttempts || options.retry === false) throw failure;
        await wait(backoffDelayMs(attempt, options.retry), callerSignal);
        continue;
      }
      if (options.retry !== false && attempt < maxAttempts && isRetryableStatus(response.status, options.idempotent)) {
        const requested = serverRequestedDelayMs(response.headers, options.now());
        await response.body?.cancel();
        await wait(Math.min(options.retry.maxDelayMs, requested ?? backoffDelayMs(attempt, options.retry)), callerSignal);
        continue;
      }
      return options.inspect ? options.inspect(response) : response;
    }
  };
}

async function wait(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch {
    throw new RequestAbortedError(signal.reason);
  }
}

/** The system error code (ECONNREFUSED, ECONNRESET, ...) somewhere in a fetch failure's cause chain. */
function systemErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
