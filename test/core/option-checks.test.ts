// The checks of caller options and headers, on their own: what passes, and what is refused with the option named.
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../packages/core/src/errors.ts';
import { checkEndpoint, checkInteger, checkMilliseconds, headerIssues, isSendableCredential } from '../../packages/core/src/option-checks.ts';

describe('checkEndpoint', () => {
  it.each(['https://dms.cn-north-4.myhuaweicloud.com', 'http://127.0.0.1:4010', 'https://proxy.example/prefix/'])('accepts %s', (endpoint) => {
    expect(checkEndpoint('endpoint', endpoint)).toBe(endpoint);
  });

  it.each([['ftp://127.0.0.1/'], ['javascript:alert(1)'], ['not a url'], ['https://user:pass@host/'], ['https://host/?q=1'], ['https://host/#top'], ['https://host/?'], [42]])(
    'refuses %s',
    (endpoint) => {
      expect(() => checkEndpoint('endpoint', endpoint)).toThrow(InvalidOptionError);
    },
  );
});

describe('checkInteger and checkMilliseconds', () => {
  it.each([0, 1, 2 ** 31 - 1, undefined])('accept %s as a duration', (value) => {
    expect(() => checkMilliseconds('timeoutMs', value)).not.toThrow();
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, '5', null])('refuse %s as a duration, naming the option', (value) => {
    expect(() => checkMilliseconds('intervalMs', value)).toThrow(expect.objectContaining({ name: 'InvalidOptionError', option: 'intervalMs' }));
  });

  it('holds the given bounds', () => {
    expect(() => checkInteger('retry.maxAttempts', 0, 1, 100)).toThrow(/from 1 to 100/);
    expect(() => checkInteger('retry.maxAttempts', 100, 1, 100)).not.toThrow();
  });
});

describe('isSendableCredential', () => {
  it.each<[string, { given: string; want: boolean }]>([
    ['an access key', { given: 'HWTESTACCESSKEY0001', want: true }],
    ['a token with symbols', { given: 'gQpjbi1ub3J0aC00+/=', want: true }],
    ['a trailing newline', { given: 'secret\n', want: false }],
    ['a CR', { given: 'secret\r', want: false }],
    ['a space', { given: 'sec ret', want: false }],
    ['a zero-width space', { given: 'secret\u200b', want: false }],
    ['Latin-1', { given: 'sécret', want: false }],
    ['empty', { given: '', want: false }],
  ])('%s', (_, { given, want }) => {
    expect(isSendableCredential(given)).toBe(want);
  });
});

describe('headerIssues', () => {
  it.each<[string, { given: unknown; want: string[] }]>([
    ['no headers', { given: undefined, want: [] }],
    ['a record of good headers', { given: { 'x-trace-id': 'trace-1', 'accept-language': 'en' }, want: [] }],
    ['Latin-1 and tabs are allowed', { given: { 'x-note': 'caf\u00e9\tok' }, want: [] }],
    ['null and undefined values mean "leave out"', { given: { 'x-a': null, 'x-b': undefined }, want: [] }],
    ['a newline', { given: { 'x-trace-id': 'a\nb' }, want: ['/headers/x-trace-id header-value'] }],
    ['a zero-width space', { given: { 'x-trace-id': 'a\u200b' }, want: ['/headers/x-trace-id header-value'] }],
    ['a bad name', { given: { 'x trace': 'a' }, want: ['/headers/x trace header-name'] }],
    [
      'pairs',
      {
        given: [
          ['x-a', 'ok'],
          ['x-b', 'b\0'],
        ],
        want: ['/headers/x-b header-value'],
      },
    ],
    ['a Headers object', { given: new Headers({ 'x-a': 'ok' }), want: [] }],
    ['an array value with one bad item', { given: { 'x-a': ['ok', 'b\r'] }, want: ['/headers/x-a header-value'] }],
  ])('%s', (_, { given, want }) => {
    expect(headerIssues(given).map((issue) => `${issue.path} ${issue.rule}`)).toEqual(want);
  });

  it('names the header, never its value', () => {
    const [issue] = headerIssues({ authorization: 'Bearer secret-token\n' });
    expect(JSON.stringify(issue)).not.toContain('secret-token');
  });
});
