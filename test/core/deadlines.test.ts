// Attempt deadlines on one timer: each expires at its own time, cleared ones never, and steady sequential calls leave the timer alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeadlines } from '../../packages/core/src/deadlines.ts';

/** A step of a scenario: add a deadline, clear one, or let time pass and see which expired. */
type Step = { add: string; ms: number } | { clear: string } | { advance: number; expired: string[] };

describe('createDeadlines', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each<[string, { steps: Step[] }]>([
    [
      'a deadline expires once its time has passed',
      {
        steps: [
          { add: 'a', ms: 100 },
          { advance: 99, expired: [] },
          { advance: 1, expired: ['a'] },
          { advance: 1_000, expired: [] },
        ],
      },
    ],
    ['a cleared deadline never expires', { steps: [{ add: 'a', ms: 100 }, { clear: 'a' }, { advance: 1_000, expired: [] }] }],
    [
      'an earlier deadline added later expires first',
      {
        steps: [
          { add: 'late', ms: 100 },
          { add: 'early', ms: 50 },
          { advance: 50, expired: ['early'] },
          { advance: 50, expired: ['late'] },
        ],
      },
    ],
    [
      'a later deadline expires at its own time after the earlier one',
      {
        steps: [
          { add: 'early', ms: 50 },
          { add: 'late', ms: 120 },
          { advance: 50, expired: ['early'] },
          { advance: 69, expired: [] },
          { advance: 1, expired: ['late'] },
        ],
      },
    ],
    [
      'deadlines due together expire together',
      {
        steps: [
          { add: 'a', ms: 30 },
          { add: 'b', ms: 30 },
          { advance: 30, expired: ['a', 'b'] },
        ],
      },
    ],
    ['clearing the earliest leaves the others due', { steps: [{ add: 'a', ms: 10 }, { add: 'b', ms: 20 }, { clear: 'a' }, { advance: 10, expired: [] }, { advance: 10, expired: ['b'] }] }],
    [
      'a deadline added after the timer fired is watched',
      {
        steps: [
          { add: 'a', ms: 10 },
          { advance: 10, expired: ['a'] },
          { add: 'b', ms: 10 },
          { advance: 10, expired: ['b'] },
        ],
      },
    ],
  ])('%s', (_, { steps }) => {
    const deadlines = createDeadlines(() => Date.now());
    const added = new Map<string, { clear(): void }>();
    const expired: string[] = [];
    for (const step of steps) {
      if ('add' in step)
        added.set(
          step.add,
          deadlines.add(step.ms, () => expired.push(step.add)),
        );
      else if ('clear' in step) added.get(step.clear)?.clear();
      else {
        expired.length = 0;
        vi.advanceTimersByTime(step.advance);
        expect(expired).toEqual(step.expired);
      }
    }
  });

  it('sequential attempts cleared before they are due arm the timer once', () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const deadlines = createDeadlines(() => Date.now());
    for (let call = 0; call < 100; call++) {
      deadlines.add(30_000, () => expect.fail('cleared before it was due')).clear();
      vi.advanceTimersByTime(5);
    }
    expect(setTimeoutSpy).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(setTimeoutSpy).toHaveBeenCalledTimes(1);
  });
});

describe('createDeadlines on real timers', () => {
  it('does not keep the process alive: the attempt in flight does', () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    try {
      const deadline = createDeadlines().add(60_000, () => undefined);
      const timer = setTimeoutSpy.mock.results[0]?.value as NodeJS.Timeout;
      expect(timer.hasRef()).toBe(false);
      deadline.clear();
      clearTimeout(timer);
    } finally {
      setTimeoutSpy.mockRestore();
    }
  });

  it('expires a deadline a fraction of a millisecond away once it is due', async () => {
    const deadlines = createDeadlines();
    const started = performance.now();
    const expiredAt = await new Promise<number>((resolve) => deadlines.add(5.5, () => resolve(performance.now())));
    expect(expiredAt - started).toBeGreaterThanOrEqual(5.5);
  });
});
