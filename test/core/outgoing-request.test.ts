// The plain request the transport signs and sends: its URL parsed once for the signer and the sender.
import { describe, expect, it } from 'vitest';
import { parsedUrl } from '../../packages/core/src/outgoing-request.ts';

describe('parsedUrl', () => {
  it.each<[string, { url: string; want: { host: string; pathname: string; search: string } }]>([
    ['a path', { url: 'https://dms.example.com/v2/p1/instances', want: { host: 'dms.example.com', pathname: '/v2/p1/instances', search: '' } }],
    ['a query', { url: 'http://127.0.0.1:8080/?clientToken=t1', want: { host: '127.0.0.1:8080', pathname: '/', search: '?clientToken=t1' } }],
    ['escapes as WHATWG URL writes them', { url: 'https://h.example.com/v2/a b/%7E', want: { host: 'h.example.com', pathname: '/v2/a%20b/%7E', search: '' } }],
  ])('%s', (_, { url, want }) => {
    expect(parsedUrl(url)).toMatchObject(want);
  });

  it('answers the same URL again for the same text, and a new one for another', () => {
    const first = parsedUrl('https://a.example.com/v2/x');
    expect(parsedUrl('https://a.example.com/v2/x')).toBe(first);
    const other = parsedUrl('https://a.example.com/v2/y');
    expect(other).not.toBe(first);
    expect(other.pathname).toBe('/v2/y');
  });

  it('throws for text that is no URL, as new URL does', () => {
    expect(() => parsedUrl('not a url')).toThrow(TypeError);
  });
});
