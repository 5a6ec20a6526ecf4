// The answer objects a call returns: AnswerHeaders looked up from raw pairs, BufferedResponse read from memory as a Response is.
import { describe, expect, it } from 'vitest';
import { AnswerHeaders } from '../../packages/core/src/answer-headers.ts';
import { BufferedResponse } from '../../packages/core/src/buffered-response.ts';
import { InvalidResponseError } from '../../packages/core/src/errors.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const answer = (status: number, body: string, pairs: string[] = ['Content-Type', 'application/json'], statusText = 'OK') =>
  new BufferedResponse({ status, statusText, headers: new AnswerHeaders(pairs), body: encode(body) }, 'http://127.0.0.1/v2/x');

describe('AnswerHeaders', () => {
  const rows: [string, { pairs: string[]; name: string; want: string | null }][] = [
    ['any case of the name', { pairs: ['Content-Type', 'application/json'], name: 'content-TYPE', want: 'application/json' }],
    ['absent', { pairs: ['Content-Type', 'application/json'], name: 'retry-after', want: null }],
    ['repeats joined as Headers joins them', { pairs: ['Vary', 'a', 'vary', 'b'], name: 'vary', want: 'a, b' }],
    ['an empty value is present', { pairs: ['X-Empty', ''], name: 'x-empty', want: '' }],
  ];
  it.each(rows)('%s', (_name, { pairs, name, want }) => {
    const headers = new AnswerHeaders(pairs);
    expect(headers.get(name)).toBe(want);
    expect(headers.has(name)).toBe(want !== null);
    expect(headers.toHeaders().get(name)).toBe(want);
  });

  it('builds its Headers once, and a copy builds its own', () => {
    const headers = new AnswerHeaders(['A', '1']);
    expect(headers.toHeaders()).toBe(headers.toHeaders());
    expect(headers.copy().toHeaders()).not.toBe(headers.toHeaders());
  });

  it('adds a header without changing the original', () => {
    const headers = new AnswerHeaders(['A', '1']);
    expect(headers.with('content-length', '2').get('content-length')).toBe('2');
    expect(headers.get('content-length')).toBeNull();
  });

  it('reads a fetch Headers', () => expect(AnswerHeaders.of(new Headers({ 'X-A': '1' })).get('x-a')).toBe('1'));
});

describe('BufferedResponse', () => {
  it('reads its body as text, JSON, bytes, a Blob and a stream, as often as asked', async () => {
    const response = answer(200, '{"a":1}');
    expect(await response.json()).toEqual({ a: 1 });
    expect(await response.text()).toBe('{"a":1}');
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe('{"a":1}');
    expect(await (await response.blob()).text()).toBe('{"a":1}');
    expect((await response.blob()).type).toBe('application/json');
    expect(await new Response(response.body).text()).toBe('{"a":1}');
    expect(await response.json()).toEqual({ a: 1 });
    expect(response.bodyUsed).toBe(false);
  });

  it('hands out copies of its bytes: changing one changes nothing else', async () => {
    const response = answer(200, '{"a":1}');
    (await response.bytes()).fill(0);
    expect(await response.json()).toEqual({ a: 1 });
  });

  const statuses: [string, { status: number; ok: boolean; body: 'none' | 'stream' }][] = [
    ['200 is ok', { status: 200, ok: true, body: 'stream' }],
    ['204 has no body at all', { status: 204, ok: true, body: 'none' }],
    ['205 has no body at all', { status: 205, ok: true, body: 'none' }],
    ['304 has no body at all', { status: 304, ok: false, body: 'none' }],
    ['404 is not ok', { status: 404, ok: false, body: 'stream' }],
  ];
  it.each(statuses)('%s', async (_name, { status, ok, body }) => {
    const response = answer(status, status === 204 || status === 205 || status === 304 ? '' : '{}');
    expect(response.ok).toBe(ok);
    expect(response.body === null).toBe(body === 'none');
    if (body === 'none') expect(await response.text()).toBe('');
  });

  it('drops a reason phrase a Response would refuse, and keeps the status', () => {
    const response = answer(200, '{}', [], 'O\u0001K');
    expect(response.statusText).toBe('');
    expect(response.status).toBe(200);
  });

  it('refuses a body that is not JSON with InvalidResponseError, quoting nothing', async () => {
    const failure = await answer(200, '<html>secret-page</html>')
      .json()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidResponseError);
    expect((failure as InvalidResponseError).reason).toBe('not-json');
    expect(String(failure)).not.toContain('secret-page');
  });

  it('answers the JSON its vendor already parsed instead of parsing again', async () => {
    const parsed = { value: { already: true } };
    const response = new BufferedResponse({ status: 200, statusText: 'OK', headers: new AnswerHeaders([]), body: encode('{"already":false}'), parsed }, '');
    expect(await response.json()).toBe(parsed.value);
    // A clone parses afresh: the two never share an object.
    expect(await response.clone().json()).toEqual({ already: false });
  });

  it('clones with headers of its own', () => {
    const response = answer(200, '{}');
    const clone = response.clone();
    clone.headers.set('x-changed', '1');
    expect(response.headers.has('x-changed')).toBe(false);
    expect(clone.status).toBe(200);
    expect(clone.url).toBe(response.url);
  });

  const empties: [string, { pairs: string[]; want: boolean }][] = [
    ['Content-Length 0', { pairs: ['Content-Length', '0'], want: true }],
    ['Content-Length 0 but chunked', { pairs: ['Content-Length', '0', 'Transfer-Encoding', 'chunked'], want: false }],
    ['Content-Length 2', { pairs: ['Content-Length', '2'], want: false }],
    ['no Content-Length', { pairs: [], want: false }],
  ];
  it.each(empties)('declares no body: %s', (_name, { pairs, want }) => expect(BufferedResponse.declaresNoBody(answer(200, '', pairs))).toBe(want));
});
