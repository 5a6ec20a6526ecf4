// Hostile answers through the clients, property-based: random statuses, headers and bytes; every call returns typed data or throws a CloudMqError, and the process never dies.
//
// Reproduce a failure with the seed and path fast-check prints:
//   HOSTILE_SEED=<seed> HOSTILE_PATH=<path> npx vitest run clients/hostile-answers.property.test.ts
// HOSTILE_RUNS=<n> runs more cases per sender (never fewer than 1,000).
import { gzipSync } from 'node:zlib';
import { createClient as alibabaClient } from '@cloudmq/alibabacloud-rocketmq';
import { CloudMqError, NetworkError } from '@cloudmq/core';
import { createClient as kafkaClient } from '@cloudmq/huaweicloud-kafka';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base as alibabaBody } from '../specs/alibabacloud-rocketmq/createInstance.tables.ts';
import { base as kafkaBody } from '../specs/huaweicloud-kafka/createPostPaidInstance.tables.ts';
import { type Delivery, type RawAnswer, type RawLoopback, startRawLoopback } from '../support/raw-loopback.ts';
import { expectNoSecret, SENDERS } from './calls.ts';
import { ALIBABA_CREDENTIALS, HUAWEI_CREDENTIALS } from './services.ts';

const RUNS = Math.max(1_000, Number(process.env.HOSTILE_RUNS ?? 0) || 0);
const REPLAY = process.env.HOSTILE_SEED === undefined ? {} : { seed: Number(process.env.HOSTILE_SEED), ...(process.env.HOSTILE_PATH ? { path: process.env.HOSTILE_PATH } : {}) };
/**
 * Time bounds. 1,000 cases through one sender take 2–10 s. A case may take two attempts of
 * 250 ms and the waits between them (1 ms at most): one still running after CASE_TIMEOUT_MS hangs,
 * which fails the property. Shrinking a failure stops at RUN_LIMIT_MS and reports the smallest
 * counterexample found so far; a run cut short before its 1,000 cases fails too.
 */
const CASE_TIMEOUT_MS = 3_000;
const RUN_LIMIT_MS = 50_000;
const TEST_TIMEOUT_MS = 60_000;

// ---- The answers ---------------------------------------------------------------------------

/** One answer as the property generates it; `bytesOf` turns it into what goes on the wire. */
interface HostileAnswer {
  status: string;
  contentType: string | undefined;
  /** Content-Length right (`right`), absent (`none`), or any text; chunked, with valid chunks or broken ones. */
  framing: { kind: 'length'; value: string } | { kind: 'none' } | { kind: 'chunked'; sizes: number[]; broken: ChunkBreak | undefined };
  /** Content-Encoding: `gzip` compresses the body for real, `gzip-bomb` sends 9 MiB of spaces gzipped, `gzip-garbage` says gzip over a plain body; the others only name an encoding. */
  encoding: string | undefined;
  headers: [string, string][];
  /** The body as text; `binary` bodies are bytes 0–255 (latin1), the others UTF-8. */
  body: { text: string; binary: boolean };
  delivery: Delivery;
}

type ChunkBreak = 'bad-size' | 'no-last-chunk' | 'size-too-large' | 'size-too-small' | 'with-content-length';

/** 9 MiB of spaces, gzipped to a few kilobytes: more than maxResponseBytes (8 MiB) once decoded. */
const GZIP_BOMB = gzipSync(Buffer.alloc(9 * 1024 * 1024, 0x20));

function bytesOf(answer: HostileAnswer): RawAnswer {
  let body: Buffer = Buffer.from(answer.body.text, answer.body.binary ? 'latin1' : 'utf8');
  if (answer.encoding === 'gzip') body = gzipSync(body);
  if (answer.encoding === 'gzip-bomb') body = GZIP_BOMB;
  const lines = [answer.status];
  if (answer.contentType !== undefined) lines.push(`Content-Type: ${answer.contentType}`);
  if (answer.encoding !== undefined) lines.push(`Content-Encoding: ${answer.encoding.startsWith('gzip-') ? 'gzip' : answer.encoding}`);
  const { framing } = answer;
  if (framing.kind === 'length') lines.push(`Content-Length: ${framing.value === 'right' ? body.length : framing.value}`);
  if (framing.kind === 'chunked') {
    lines.push('Transfer-Encoding: chunked');
    if (framing.broken === 'with-content-length') lines.push(`Content-Length: ${body.length}`);
    body = chunked(body, framing.sizes, framing.broken);
  }
  for (const [name, value] of answer.headers) lines.push(`${name}: ${value}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  return { bytes: Buffer.concat([head, body]), delivery: answer.delivery };
}

/** The body in chunks of the given sizes (the rest in one more), then the last chunk; or broken as asked. */
function chunked(body: Buffer, sizes: number[], broken: ChunkBreak | undefined): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  for (const size of [...sizes, body.length]) {
    const chunk = body.subarray(offset, offset + size);
    offset += chunk.length;
    if (chunk.length === 0) continue;
    const declared = broken === 'size-too-large' && parts.length === 0 ? chunk.length + 7 : broken === 'size-too-small' && parts.length === 0 ? chunk.length - 1 : chunk.length;
    const sizeText = broken === 'bad-size' && parts.length === 0 ? 'zz' : declared.toString(16);
    parts.push(Buffer.from(`${sizeText}\r\n`, 'latin1'), chunk, Buffer.from('\r\n', 'latin1'));
  }
  if (broken !== 'no-last-chunk') parts.push(Buffer.from('0\r\n\r\n', 'latin1'));
  return Buffer.concat(parts);
}

const latin1 = (maxLength: number) => fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((code) => String.fromCharCode(code)), maxLength });
const token = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz-0123456789'), minLength: 1, maxLength: 12 });
const anyJson = fc.jsonValue({ maxDepth: 2 });

const DOCUMENTED_STATUSES = [200, 204, 400, 404, 429, 500, 502, 503];
const REASONS = ['', 'OK', 'No Content', 'Bad Request', 'Too Many Requests', 'Bad Gateway', 'whatever'];
const statusLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...DOCUMENTED_STATUSES), fc.constantFrom(...REASONS)).map(([code, reason]) => `HTTP/1.1 ${code} ${reason}`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('HTTP/1.1', 'HTTP/1.0'), fc.integer({ min: 100, max: 999 }), fc.oneof(fc.constantFrom(...REASONS), latin1(12)))
      .map(([version, code, reason]) => `${version} ${code} ${reason}`),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constantFrom(
        'HTTP/1.1 abc OK',
        'HTTP/1.1 200',
        'HTTP/1.1  200 OK',
        'HTTP/2 200 OK',
        'HTTP/1.1 0200 OK',
        'HTTP/1.1 2000 OK',
        'HTTP/1.1 -200 OK',
        'HTTP/1.1 099 x',
        'HTTP/1.1 000 x',
        'ICY 200 OK',
        'http/1.1 200 ok',
        '',
      ),
      latin1(40),
    ),
  },
);

const contentType = fc.option(fc.constantFrom('application/json', 'application/json;charset=utf-8', 'application/problem+json', 'text/html', 'text/plain', 'application/octet-stream', 'json', ''), {
  nil: undefined,
});

const framing = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'length' as const, value: 'right' }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'none' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('length' as const),
      value: fc.oneof(fc.nat(300).map(String), fc.constantFrom('0', '9999999999', String(8 * 1024 * 1024 + 1), '99999999999999999999999', '-1', 'abc', '1, 2', ' 5', '0x10', '1e3', '')),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('chunked' as const),
      sizes: fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 4 }),
      broken: fc.option(fc.constantFrom<ChunkBreak>('bad-size', 'no-last-chunk', 'size-too-large', 'size-too-small', 'with-content-length'), { nil: undefined }),
    }),
  },
);

const encoding = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constantFrom('gzip', 'gzip-garbage') },
  { weight: 1, arbitrary: fc.constantFrom('gzip-bomb', 'deflate', 'br', 'identity', 'x-unknown', 'gzip, gzip') },
);

const retryAfterValue = fc.oneof(
  fc.constantFrom('0', '1', '-5', '1.5', ' 2 ', 'Sun, 06 Nov 1994 08:49:37 GMT', 'Fri, 31 Dec 9999 23:59:59 GMT', '99999999999999999999', ''),
  fc.nat().map(String),
  latin1(20),
);
const header = fc.oneof(
  fc.tuple(fc.constantFrom('Retry-After', 'x-acs-retry-after'), retryAfterValue),
  fc.tuple(fc.constant('Connection'), fc.constantFrom('close', 'keep-alive', 'upgrade', 'Upgrade, close')),
  fc.tuple(fc.constantFrom('x-request-id', 'x-acs-request-id'), fc.oneof(token, latin1(20))),
  fc.tuple(token, latin1(20)),
  fc.tuple(latin1(10), latin1(10)),
);

/** Bodies in the vendors' shapes, with any value where a field is. */
const huaweiShape = fc.oneof(
  fc.constant({ instance_id: 'i-1' }),
  fc.constant({ error_code: 'DMS.1', error_msg: 'x' }),
  fc.record({ instance_id: anyJson, status: anyJson }, { requiredKeys: [] }),
  fc.record({ error_code: anyJson, error_msg: anyJson, request_id: anyJson }, { requiredKeys: [] }),
);
const alibabaShape = fc.oneof(
  fc.record({
    requestId: fc.constant('r'),
    success: fc.boolean(),
    data: fc.oneof(fc.constant('rmq-cn-1'), anyJson),
    code: fc.constant('x'),
    httpStatusCode: fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(200, 400, 403, 429, 500, 503, 599, 600), fc.string({ maxLength: 5 })),
  }),
  fc.record({ requestId: anyJson, success: anyJson, data: anyJson, code: anyJson, message: anyJson, httpStatusCode: fc.oneof(anyJson, fc.double()) }, { requiredKeys: [] }),
  fc.record({ RequestId: anyJson, Code: anyJson, Message: anyJson, Recommend: anyJson, HostId: anyJson }, { requiredKeys: [] }),
);
const jsonText = fc.oneof(huaweiShape, alibabaShape, anyJson).map((value) => JSON.stringify(value) ?? 'null');
const HTML = ['<html><body>Bad Gateway</body></html>', '<!DOCTYPE html><html><head><title>503</title></head><body>Service Unavailable</body></html>'];
const body = fc.oneof(
  { weight: 5, arbitrary: jsonText.map((text) => ({ text, binary: false })) },
  { weight: 2, arbitrary: fc.tuple(jsonText, fc.nat()).map(([text, cut]) => ({ text: text.slice(0, cut % Math.max(text.length, 1)), binary: false })) },
  { weight: 1, arbitrary: fc.constantFrom(...HTML).map((text) => ({ text, binary: false })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('\ufeff{"instance_id":"i-1"}', '{"instance_id":"i-1"}{"instance_id":"i-2"}', ' ', 'null', '""', '{"instance_id":"\ud800"}').map((text) => ({ text, binary: false })),
  },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ text: Buffer.from(bytes).toString('latin1'), binary: true })) },
  { weight: 2, arbitrary: fc.constant({ text: '', binary: false }) },
);

const delivery = fc.oneof(
  { weight: 8, arbitrary: fc.constant<Delivery>({ kind: 'close' }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('destroy' as const), at: fc.nat(400) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reset' as const), at: fc.nat(400) }) },
);

const ESCAPES: Record<string, string> = { '\r': '\\r', '\n': '\\n', '"': '\\"', '\\': '\\\\' };
/** An answer as fast-check prints it in a counterexample: its bytes on the wire, every byte outside printable ASCII escaped. */
function wireText(answer: HostileAnswer): string {
  const { bytes, delivery } = bytesOf(answer);
  const shown = Buffer.from(bytes.subarray(0, 400)).toString('latin1');
  const escaped = shown.replace(/[^\x20-\x7e]|["\\]/g, (c) => ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  const more = bytes.length > shown.length ? ` … (${bytes.length} bytes)` : '';
  const cut = delivery.kind === 'close' ? '' : `, then ${delivery.kind} after ${delivery.at} bytes`;
  return `wire("${escaped}"${more}${cut})`;
}

const hostileAnswer: fc.Arbitrary<HostileAnswer> = fc
  .record({ status: statusLine, contentType, framing, encoding, headers: fc.array(header, { maxLength: 4 }), body, delivery })
  .map((answer) => Object.defineProperty(answer, fc.toStringMethod, { value: () => wireText(answer) }));

// ---- The calls -----------------------------------------------------------------------------

type Outcome = { data?: unknown; error?: unknown; response: Response };
type Options = { endpoint: string; throwOnError: boolean; fetch?: (request: Request) => Promise<Response> };
const common = { retry: { maxAttempts: 2, baseDelayMs: 0, maxDelayMs: 1 }, timeoutMs: 250 };
const projectId = HUAWEI_CREDENTIALS.projectId;
const huaweiInstance = '8959ab1c-7c1a-4b11-a05f-93dfc361b32d';
const huawei = (options: Options) => kafkaClient({ ...common, credentials: HUAWEI_CREDENTIALS, ...options });
const alibaba = (options: Options) => alibabaClient({ ...common, credentials: ALIBABA_CREDENTIALS, ...options });

/** Runs one call through a fresh client and closes it, so that no keep-alive socket outlives its case. */
async function through<Client extends { close(): Promise<void> }>(client: Client, run: (client: Client) => Promise<unknown>): Promise<Outcome> {
  try {
    return (await run(client)) as Outcome;
  } finally {
    await client.close();
  }
}

const CALLS = {
  'huawei createPostPaidInstance': (options: Options) =>
    through(huawei(options), (client) => client.POST('/v2/{project_id}/instances', { params: { path: { project_id: projectId } }, body: kafkaBody as never })),
  'huawei showInstance': (options: Options) =>
    through(huawei(options), (client) => client.GET('/v2/{project_id}/instances/{instance_id}', { params: { path: { project_id: projectId, instance_id: huaweiInstance } } })),
  'huawei deleteInstance': (options: Options) =>
    through(huawei(options), (client) => client.DELETE('/v2/{project_id}/instances/{instance_id}', { params: { path: { project_id: projectId, instance_id: huaweiInstance } } })),
  'alibaba createInstance': (options: Options) => through(alibaba(options), (client) => client.POST('/instances', { body: alibabaBody as never })),
  'alibaba getInstance': (options: Options) => through(alibaba(options), (client) => client.GET('/instances/{instanceId}', { params: { path: { instanceId: 'rmq-cn-1' } } })),
};
type CallName = keyof typeof CALLS;

const hostileCase = fc.record({
  call: fc.constantFrom(...(Object.keys(CALLS) as CallName[])),
  throwOnError: fc.boolean(),
  /** The answer to the first attempt, and to the second if the call makes one. */
  answers: fc.array(hostileAnswer, { minLength: 1, maxLength: 2 }),
});

// ---- The property --------------------------------------------------------------------------

/** Whatever escaped to the process while this file ran: none of it may come from the clients. */
const escaped: { event: string; value: unknown }[] = [];
const collectors = {
  uncaughtException: (error: unknown) => void escaped.push({ event: 'uncaughtException', value: error }),
  unhandledRejection: (reason: unknown) => void escaped.push({ event: 'unhandledRejection', value: reason }),
  warning: (warning: unknown) => void escaped.push({ event: 'warning', value: warning }),
};

let server: RawLoopback;
/** The answers of the case running now, and how many of them were served. */
let script: RawAnswer[] = [];
let served = 0;

beforeAll(async () => {
  for (const [event, listener] of Object.entries(collectors)) process.on(event, listener);
  server = await startRawLoopback(() => script[Math.min(served++, script.length - 1)]);
});

/** Lets anything still pending (a late socket error, a rejection nobody awaited, a warning on the next tick) surface. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

afterAll(async () => {
  await server?.close();
  await settle();
  for (const [event, listener] of Object.entries(collectors)) process.off(event, listener);
  expect(escaped).toEqual([]);
});

describe('hostile answers from a loopback server', () => {
  it.each(SENDERS)(
    `through the %s, ${RUNS} cases: typed data, an error answer, or a CloudMqError; nothing escapes`,
    async (_, sender) => {
      await fc.assert(
        fc.asyncProperty(hostileCase, async ({ call: name, throwOnError, answers }) => {
          script = answers.map(bytesOf);
          served = 0;
          let outcome: Outcome | undefined;
          let failure: unknown;
          let threw = false;
          try {
            outcome = await CALLS[name]({ endpoint: server.url, throwOnError, ...sender });
          } catch (error) {
            threw = true;
            failure = error;
          }
          // Every case reaches the server: a call refused before sending would prove nothing. The one
          // exception is fetch reusing a keep-alive socket the server closed after an earlier case:
          // the request is lost on the way, and only a network failure may come of it.
          if (served === 0) {
            expect(failure, 'a call the server never read').toBeInstanceOf(NetworkError);
            return;
          }
          if (threw) {
            expect(failure).toBeInstanceOf(CloudMqError);
            expectNoSecret(failure);
            return;
          }
          const { data, error, response } = outcome as Outcome;
          // The Response interface, read from memory: its headers are Headers, its body can be read.
          expect(response.headers).toBeInstanceOf(Headers);
          expect(typeof (await response.text())).toBe('string');
          if (response.ok) expect(error, 'a 2xx answer returns no error').toBeUndefined();
          else expect(error, 'an error answer returns an error that `if (error)` sees').toBeTruthy();
          if (throwOnError) expect(error, 'a throwOnError client throws its errors').toBeUndefined();
          if (!(name === 'huawei deleteInstance' && response.status === 204)) expect(data !== undefined || error !== undefined, `data or error (HTTP ${response.status})`).toBe(true);
        }),
        { numRuns: RUNS, timeout: CASE_TIMEOUT_MS, interruptAfterTimeLimit: RUN_LIMIT_MS, markInterruptAsFailure: true, ...REPLAY },
      );
      await settle();
      expect(escaped).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
