// Sends one API call: signs each attempt afresh, bounds it by a timeout, and retries only what is safe to retry.
import { NetworkError, RequestAbortedError, TimeoutError } from './errors.js';
import { type OutgoingRequest, outgoingOf, type PlainRequest } from './outgoing-request.js';
import { backoffDelayMs, isRetryableNetworkError, isRetryableStatus, type RetryOptions, serverRequestedDelayMs, sleep } from './retry.js';
import { type ReceivedResponse, type Send, SendFailure } from './senders.js';


export interface TransportOptions {
  send: Send;
  /** Signs one attempt (new date, new nonce each time). */
  sign: (request: OutgoingRequest) => Promise<OutgoingRequest>;
  timeoutMs: number;
  retry: Required<RetryOptions> | false;
  /** Whether repeating the call after a possibly processed failure is harmless. */
  idempotent: boolean;
  now: () => Date;
  /** Rewrites an answer before it is returned (Alibaba: a 200 with `success: false` becomes an error). */
  inspect?: (response: ReceivedResponse) => ReceivedResponse;
}

/** A fetch function for openapi-fetch that adds signing, timeouts and retries. */
export function createTransport(options: TransportOptions): (request: Request | PlainRequest) => Promise<Response> {
  const maxAttempts = options.retry === false ? 1 : options.retry.maxAttempts;
  return async (request) => {
    // Read once: every attempt sends the same bytes, signed again.
    const outgoing = await outgoingOf(request);
    const callerSignal = request.signal;
    for (let attempt = 1; ; attempt++) {
      let received: ReceivedResponse;
      try {
        received = await options.send(await options.sign(outgoing), options.timeoutMs, callerSignal);
      } catch (error) {
        if (!(error instanceof SendFailure)) throw error;
        if (error.kind === 'aborted') throw new RequestAbortedError(callerSignal?.reason);
        const timedOut = error.kind === 'timeout';
        const failure = timedOut ? new TimeoutError(options.timeoutMs, attempt) : new NetworkError(error.code, attempt, error.cause);
        // A timeout may hide a request the service processed: only idempotent calls repeat it.
        const retryable = timedOut ? options.idempotent : isRetryableNetworkError(error.code, options.idempotent);
        if (!retryable || attempt >= maxAttempts || options.retry === false) throw failure;
        await wait(backoffDelayMs(attempt, options.retry), callerSignal);
        continue;
      }
      if (options.retry !== false && attempt < maxAttempts && isRetryableStatus(received.status, options.idempotent)) {
        const requested = serverRequestedDelayMs(received.headers, options.now());
        await wait(Math.min(options.retry.maxDelayMs, requested ?? backoffDelayMs(attempt, options.retry)), callerSignal);
        continue;
      }
      return bufferedResponse(options.inspect ? options.inspect(received) : received);
    }
  };
}

const decoder = new TextDecoder();

type BufferedResponseClass = new (received: ReceivedResponse) => Response;
let BufferedResponse: BufferedResponseClass | undefined;

/**
 * A Response whose body is already in memory: `text()`, `json()` and `arrayBuffer()` read the
 * bytes directly rather than through the body stream, which costs more than parsing the JSON.
 * The stream stays unread, so the body can be read again. The class is made on first use:
 * touching the global Response while the package is imported makes Node.js load its fetch
 * implementation, about 40 ms of start-up (see BENCHMARKS.md).
 */
function bufferedResponse(received: ReceivedResponse): Response {
  BufferedResponse ??= class extends Response {
    readonly #bytes: Uint8Array;

    constructor({ status, statusText, headers, body }: ReceivedResponse) {
      // A 204 (or 304) answer may not carry a body, even an empty one.
      super(status === 204 || status === 304 ? null : (body as Uint8Array<ArrayBuffer>), { status, statusText, headers });
      this.#bytes = body;
    }

    override async text(): Promise<string> {
      return decoder.decode(this.#bytes);
    }

    override async json(): Promise<any> {
      return JSON.parse(decoder.decode(this.#bytes));
    }

    override async arrayBuffer(): Promise<ArrayBuffer> {
      return this.#bytes.slice().buffer as ArrayBuffer;
    }
  };
  return new BufferedResponse(received);
}

async function wait(ms: number, signal: AbortSignal | null): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch {
    throw new RequestAbortedError(signal?.reason);
  }
}
