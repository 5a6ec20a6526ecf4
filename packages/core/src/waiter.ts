// Polls an instance with capped exponential backoff and jitter until an acceptor says done or failed, within a deadline.
import { AlibabaCloudError, HuaweiCloudError, NetworkError, RequestAbortedError, TimeoutError, WaiterError } from './errors.js';
import { checkFunction, checkMilliseconds, checkSignal } from './option-checks.js';
import { sleep } from './retry.js';

/** When and how long a waiter polls. */
export interface WaiterTiming<Status extends string = string> {
  /** Give up after this long, the last poll included (default 30 minutes: a new instance takes several). At most 2^31 − 1, as every duration here. */
  timeoutMs?: number;
  /** Wait after the first poll (default 5 s, ±20 % jitter). Later waits double each time, with the same jitter. */
  intervalMs?: number;
  /** Cap of a single wait (default 30 s). */
  maxIntervalMs?: number;
  /** Stops the waiter (WaiterError with reason `aborted`) and the call in flight. */
  signal?: AbortSignal;
  /** Called after each poll with the status it saw (`undefined` for an instance not found), the polls so far and the time since the first, to show progress. */
  onPoll?: (status: Status | undefined, progress: PollProgress) => void;
}

/** How far a waiter has come. */
export interface PollProgress {
  /** Polls made, this one included. */
  polls: number;
  /** Milliseconds since the waiter started. */
  elapsedMs: number;
}

export const DEFAULT_WAITER_TIMING = { timeoutMs: 30 * 60_000, intervalMs: 5_000, maxIntervalMs: 30_000 };

/** What one poll saw: the instance and its status, or that the instance does not exist (404). */
export type Observation = { found: true; status: string | undefined; instance: unknown } | { found: false };

/** Reads one observation's verdict: stop with it, give up, or poll again. */
export type Acceptor = (observation: Observation) => 'done' | 'failed' | 'retry';

export interface PollOptions extends WaiterTiming {
  instanceId: string;
  /** The background task polled, for messages (waitForTask). */
  taskId?: string;
  /** What is awaited, for messages: `RUNNING`, `deleted`. */
  awaited: string;
  poll: (signal: AbortSignal) => Promise<Observation>;
  accept: Acceptor;
  random?: () => number;
}

/**
 * Polls until `accept` says done (resolving with that observation) or failed, or the deadline
 * passes. A call that fails in a way that may pass (throttling, a 5xx, a network failure or a
 * timeout, each already retried by the client) counts as a poll that saw nothing new; any other
 * error, such as a 403, is thrown as it is.
 */
export async function pollUntil(options: PollOptions): Promise<Observation> {
  for (const name of ['timeoutMs', 'intervalMs', 'maxIntervalMs'] as const) checkMilliseconds(name, options[name]);
  checkFunction('onPoll', options.onPoll);
  checkSignal('signal', options.signal);
  const { timeoutMs, intervalMs, maxIntervalMs } = { ...DEFAULT_WAITER_TIMING, ...definedOf(options) };
  const random = options.random ?? Math.random;
  const started = Date.now();
  // One signal for the calls and the waits: it fires on the caller's abort or at the deadline.
  const stop = new AbortController();
  let deadlinePassed = false;
  const deadline = setTimeout(() => {
    deadlinePassed = true;
    stop.abort(new WaiterDeadline());
  }, timeoutMs);
  // The listener goes on a signal of this waiter's own: many waiters sharing the caller's signal must not make Node.js warn.
  const callerSignal = options.signal && typeof AbortSignal.any === 'function' ? AbortSignal.any([options.signal]) : options.signal;
  const onCallerAbort = () => stop.abort(options.signal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

  let polls = 0;
  let lastStatus: string | undefined;
  let lastFailure: unknown;
  const giveUp = (reason: 'failed' | 'timeout' | 'aborted') =>
    new WaiterError(reason, options.instanceId, options.awaited, lastStatus, polls, Date.now() - started, reason === 'aborted' ? options.signal?.reason : lastFailure, options.taskId);
  try {
    if (options.signal?.aborted) throw giveUp('aborted');
    for (let attempt = 1; ; attempt++) {
      try {
        const observation = await options.poll(stop.signal);
        polls++;
        if (observation.found) lastStatus = observation.status;
        options.onPoll?.(observation.found ? observation.status : undefined, { polls, elapsedMs: Date.now() - started });
        const verdict = options.accept(observation);
        if (verdict === 'done') return observation;
        if (verdict === 'failed') throw giveUp('failed');
      } catch (error) {
        if (error instanceof WaiterError) throw error;
        if (error instanceof RequestAbortedError || stop.signal.aborted) throw giveUp(deadlinePassed ? 'timeout' : 'aborted');
        if (!mayPass(error)) throw error;
        polls++;
        lastFailure = error;
      }
      // ±20 % around the doubling interval, the first wait included: waiters started together drift apart.
      const target = Math.min(maxIntervalMs, intervalMs * 2 ** (attempt - 1));
      try {
        await sleep(Math.min(maxIntervalMs, target * (0.8 + 0.4 * random())), stop.signal);
      } catch {
        throw giveUp(deadlinePassed ? 'timeout' : 'aborted');
      }
    }
  } finally {
    clearTimeout(deadline);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}

/** The abort reason of a waiter's own deadline, told apart from the caller's abort. */
class WaiterDeadline extends Error {
  override name = 'WaiterDeadline';
}

/** Failures that may pass by themselves: worth another poll. */
function mayPass(error: unknown): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  if (error instanceof HuaweiCloudError || error instanceof AlibabaCloudError) return error.status === 429 || error.status >= 500;
  return false;
}

function definedOf(timing: WaiterTiming): WaiterTiming {
  return Object.fromEntries(Object.entries(timing).filter(([, value]) => value !== undefined));
}
