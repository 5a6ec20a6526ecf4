// The retry policy's pieces, on their own: option resolution, backoff bounds, and the server's Retry-After as seconds, an HTTP date or junk.
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../packages/core/src/errors.ts';
import { backoffDelayMs, DEFAULT_RETRY, isRetryableNetworkError, isRetryableStatus, resolveRetry, serverRequestedDelayMs } from '../../packages/core/src/retry.ts';

const now = new Date(Date.UTC(2026, 11, 5, 12, 0, 0));

describe('resolveRetry', () => {
  it.each<[string, { given: Parameters<typeof resolveRetry>[0]; want: ReturnType<typeof resolveRetry> }]>([
    ['nothing given: the defaults', { given: undefined, want: DEFAULT_RETRY }],
    ['false: one attempt', { given: false, want: false }],
    ['one option: the others default', { given: { maxAttempts: 5 }, want: { ...DEFAULT_RETRY, maxAttempts: 5 } }],
    ['an option given as undefined keeps its default', { given: { maxAttempts: undefined, baseDelayMs: 0 }, want: { ...DEFAULT_RETRY, baseDelayMs: 0 } }],
  ])('%s', (_, { given, want }) => {
    expect(resolveRetry(given)).toEqual(want);
  });

  it.each<[string, { given: unknown; option: string }]>([
    ['maxAttempts NaN', { given: { maxAttempts: Number.NaN }, option: 'retry.maxAttempts' }],
    ['maxAttempts 0', { given: { maxAttempts: 0 }, option: 'retry.maxAttempts' }],
    ['maxAttempts 101', { given: { maxAttempts: 101 }, option: 'retry.maxAttempts' }],
    ['maxAttempts 2.5', { given: { maxAttempts: 2.5 }, option: 'retry.maxAttempts' }],
    ['baseDelayMs -1', { given: { baseDelayMs: -1 }, option: 'retry.baseDelayMs' }],
    ['maxDelayMs Infinity', { given: { maxDelayMs: Number.POSITIVE_INFINITY }, option: 'retry.maxDelayMs' }],
    ['maxDelayMs 2^31', { given: { maxDelayMs: 2 ** 31 }, option: 'retry.maxDelayMs' }],
    ['a string', { given: '3', option: 'retry' }],
    ['null', { given: null, option: 'retry' }],
  ])('refuses %s, naming the option', (_, { given, option }) => {
    expect(() => resolveRetry(given as never)).toThrow(InvalidOptionError);
    expect(() => resolveRetry(given as never)).toThrow(expect.objectContaining({ option }));
  });
});

describe('backoffDelayMs (full jitter)', () => {
  const options = { maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 1_000 };
  it.each<[string, { attempt: number; random: number; want: number }]>([
    ['the first wait is at most baseDelayMs', { attempt: 1, random: 0.999, want: 99 }],
    ['a draw of 0 waits not at all', { attempt: 1, random: 0, want: 0 }],
    ['each attempt doubles the cap', { attempt: 3, random: 0.5, want: 200 }],
    ['maxDelayMs caps the wait', { attempt: 10, random: 0.999, want: 999 }],
  ])('%s', (_, { attempt, random, want }) => {
    expect(backoffDelayMs(attempt, options, () => random)).toBe(want);
  });

  it('stays within [0, min(max, base · 2^(attempt−1))) for any draw', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      for (const random of [0, 0.25, 0.5, 0.75, 0.999999]) {
        const delay = backoffDelayMs(attempt, options, () => random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1)));
      }
    }
  });
});

describe('serverRequestedDelayMs', () => {
  it.each<[string, { given: Record<string, string>; want: number | undefined }]>([
    ['Retry-After in whole seconds', { given: { 'retry-after': '3' }, want: 3_000 }],
    ['Retry-After 0', { given: { 'retry-after': '0' }, want: 0 }],
    ['Retry-After as an HTTP date, 90 s ahead', { given: { 'retry-after': 'Sat, 05 Dec 2026 12:01:30 GMT' }, want: 90_000 }],
    ['Retry-After as an HTTP date in the past', { given: { 'retry-after': 'Sat, 05 Dec 2026 11:00:00 GMT' }, want: 0 }],
    ["Alibaba's x-acs-retry-after in milliseconds", { given: { 'x-acs-retry-after': '1500' }, want: 1_500 }],
    ['x-acs-retry-after wins over Retry-After', { given: { 'x-acs-retry-after': '10', 'retry-after': '5' }, want: 10 }],
    ['Retry-After -5 is no wait', { given: { 'retry-after': '-5' }, want: undefined }],
    ['Retry-After 1.5 is no wait', { given: { 'retry-after': '1.5' }, want: undefined }],
    ['Retry-After junk is no wait', { given: { 'retry-after': 'soon' }, want: undefined }],
    ['a date-like number is no date', { given: { 'retry-after': '2026' }, want: 2_026_000 }],
    ['no header', { given: {}, want: undefined }],
  ])('%s', (_, { given, want }) => {
    expect(serverRequestedDelayMs(new Headers(given), now)).toBe(want);
  });
});

describe('what may be repeated', () => {
  it.each<[number, { idempotent: boolean; nonIdempotent: boolean }]>([
    [429, { idempotent: true, nonIdempotent: true }],
    [503, { idempotent: true, nonIdempotent: true }],
    [502, { idempotent: true, nonIdempotent: false }],
    [504, { idempotent: true, nonIdempotent: false }],
    [500, { idempotent: false, nonIdempotent: false }],
    [400, { idempotent: false, nonIdempotent: false }],
  ])('HTTP %i', (status, want) => {
    expect({ idempotent: isRetryableStatus(status, true), nonIdempotent: isRetryableStatus(status, false) }).toEqual(want);
  });

  it.each<[string | undefined, { idempotent: boolean; nonIdempotent: boolean }]>([
    ['ECONNREFUSED', { idempotent: true, nonIdempotent: true }],
    ['ENOTFOUND', { idempotent: true, nonIdempotent: true }],
    ['ECONNRESET', { idempotent: true, nonIdempotent: false }],
    [undefined, { idempotent: true, nonIdempotent: false }],
  ])('a connection failure %s', (code, want) => {
    expect({ idempotent: isRetryableNetworkError(code, true), nonIdempotent: isRetryableNetworkError(code, false) }).toEqual(want);
  });
});
