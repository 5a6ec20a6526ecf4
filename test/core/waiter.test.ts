// The waiter's polling loop, on its own: option checks, the jittered doubling waits, and what ends it.
import { describe, expect, it } from 'vitest';
import { InvalidOptionError, WaiterError } from '../../packages/core/src/errors.ts';
import { type Observation, pollUntil } from '../../packages/core/src/waiter.ts';

const running: Observation = { found: true, status: 'RUNNING', instance: { status: 'RUNNING' } };
const creating: Observation = { found: true, status: 'CREATING', instance: { status: 'CREATING' } };
const base = { instanceId: 'i-1', awaited: 'RUNNING', accept: (o: Observation) => (o.found && o.status === 'RUNNING' ? ('done' as const) : ('retry' as const)) };

describe('pollUntil options', () => {
  it.each<[string, { given: object; option: string }]>([
    ['timeoutMs -1', { given: { timeoutMs: -1 }, option: 'timeoutMs' }],
    ['timeoutMs NaN', { given: { timeoutMs: Number.NaN }, option: 'timeoutMs' }],
    ['intervalMs 2^31', { given: { intervalMs: 2 ** 31 }, option: 'intervalMs' }],
    ['maxIntervalMs Infinity', { given: { maxIntervalMs: Number.POSITIVE_INFINITY }, option: 'maxIntervalMs' }],
    ['onPoll not a function', { given: { onPoll: 'log' }, option: 'onPoll' }],
    ['signal not an AbortSignal', { given: { signal: {} }, option: 'signal' }],
  ])('refuses %s before polling, naming it', async (_, { given, option }) => {
    let polls = 0;
    const error = await pollUntil({
      ...base,
      ...given,
      poll: async () => {
        polls++;
        return running;
      },
    } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ option });
    expect(polls).toBe(0);
  });
});

describe('pollUntil waits', () => {
  it('doubles each wait within ±20 %, up to maxIntervalMs', async () => {
    const waits: number[] = [];
    let last = performance.now();
    let polls = 0;
    await pollUntil({
      ...base,
      intervalMs: 20,
      maxIntervalMs: 80,
      random: () => 0.5,
      poll: async () => {
        const at = performance.now();
        if (polls++ > 0) waits.push(at - last);
        last = at;
        return polls < 5 ? creating : running;
      },
    });
    // With a draw of 0.5 the factor is exactly 1: 20, 40, 80, 80 ms (timers fire late, never early).
    const targets = [20, 40, 80, 80];
    for (const [index, wait] of waits.entries()) expect(wait).toBeGreaterThanOrEqual(targets[index] - 1);
  });

  it('gives up at the deadline with reason timeout and the last status', async () => {
    const error = await pollUntil({ ...base, intervalMs: 5, timeoutMs: 60, poll: async () => creating }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterError);
    expect(error).toMatchObject({ reason: 'timeout', lastStatus: 'CREATING' });
  });
});
