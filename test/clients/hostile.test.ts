// The clients against a hostile network and a careless caller: bad options and headers, empty and huge answers, redirects, lies about paging.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as alibaba from '@cloudmq/alibabacloud-rocketmq';
import {
  AlibabaCloudError,
  alibabaCloudCredentialChain,
  CloudMqError,
  CredentialsError,
  HuaweiCloudError,
  InvalidOptionError,
  InvalidResponseError,
  NetworkError,
  RequestValidationError,
} from '@cloudmq/core';
import * as kafka from '@cloudmq/huaweicloud-kafka';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { base as alibabaBody } from '../specs/alibabacloud-rocketmq/createInstance.tables.ts';
import { base as kafkaByEngineBody } from '../specs/huaweicloud-kafka/createInstanceByEngine.tables.ts';
import { base as kafkaBody } from '../specs/huaweicloud-kafka/createPostPaidInstance.tables.ts';
import { type Answer, type Loopback, startLoopback } from '../support/loopback.ts';
import { expectNoSecret, SENDERS, thrown } from './calls.ts';
import { ALIBABA_CREDENTIALS, HUAWEI_CREDENTIALS } from './services.ts';

const projectId = HUAWEI_CREDENTIALS.projectId;
const fast = { baseDelayMs: 1, maxDelayMs: 50 };
const instanceId = '8959ab1c-7c1a-4b11-a05f-93dfc361b32d';
const created = { status: 200, body: { instance_id: 'i-1' } } as const;
const alibabaCreated = { status: 200, body: { requestId: 'r-1', success: true, data: 'rmq-cn-1', code: '200', httpStatusCode: 200 } } as const;

const servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A loopback server answering request n with answers[n] (the last one repeats). */
async function serve(...answers: Answer[]): Promise<Loopback> {
  const server = await startLoopback((_, index) => answers[Math.min(index, answers.length - 1)]);
  servers.push(server);
  return server;
}

// Whatever happens, the process must not die, and the library must write nothing, warnings included.
const uncaught: unknown[] = [];
const warnings: string[] = [];
const onUncaught = (error: unknown) => void uncaught.push(error);
const onWarning = (warning: Error) => void warnings.push(`${warning.name}: ${warning.message}`);
beforeAll(() => {
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  process.on('warning', onWarning);
});
afterAll(() => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
  process.off('warning', onWarning);
  expect(uncaught).toEqual([]);
  expect(warnings).toEqual([]);
});

const kafkaClient = (endpoint: string, options: Partial<kafka.ClientOptions> = {}) => kafka.createClient({ endpoint, credentials: HUAWEI_CREDENTIALS, retry: fast, ...options });
const alibabaClient = (endpoint: string, options: Partial<alibaba.ClientOptions> = {}) => alibaba.createClient({ endpoint, credentials: ALIBABA_CREDENTIALS, retry: fast, ...options });
const kafkaCreate = (client: kafka.Client<boolean>, init: { headers?: unknown; signal?: AbortSignal } = {}) =>
  client.POST('/v2/{project_id}/instances', { params: { path: { project_id: projectId } }, body: kafkaBody as never, ...(init as object) });
const kafkaShow = (client: kafka.Client<boolean>) => client.GET('/v2/{project_id}/instances/{instance_id}', { params: { path: { project_id: projectId, instance_id: instanceId } } });
const alibabaCreate = (client: alibaba.Client<boolean>, query?: { clientToken?: string }) => client.POST('/instances', { params: { query }, body: alibabaBody as never });

/** The body's password, which no error may show either. */
const BODY_SECRETS = ['Manager-Pass1'];

describe('options are checked when the client is made, naming the option; nothing is sent', () => {
  const huge = 2 ** 31;
  it.each<[string, { given: Partial<kafka.ClientOptions>; want: string }]>([
    ['timeoutMs 0', { given: { timeoutMs: 0 }, want: 'timeoutMs' }],
    ['timeoutMs -1', { given: { timeoutMs: -1 }, want: 'timeoutMs' }],
    ['timeoutMs NaN', { given: { timeoutMs: Number.NaN }, want: 'timeoutMs' }],
    ['timeoutMs Infinity', { given: { timeoutMs: Number.POSITIVE_INFINITY }, want: 'timeoutMs' }],
    ['timeoutMs 2^31', { given: { timeoutMs: huge }, want: 'timeoutMs' }],
    ['timeoutMs 1.5', { given: { timeoutMs: 1.5 }, want: 'timeoutMs' }],
    ['retry.maxAttempts NaN', { given: { retry: { maxAttempts: Number.NaN } }, want: 'retry.maxAttempts' }],
    ['retry.maxAttempts 0', { given: { retry: { maxAttempts: 0 } }, want: 'retry.maxAttempts' }],
    ['retry.maxAttempts Infinity', { given: { retry: { maxAttempts: Number.POSITIVE_INFINITY } }, want: 'retry.maxAttempts' }],
    ['retry.baseDelayMs NaN', { given: { retry: { baseDelayMs: Number.NaN } }, want: 'retry.baseDelayMs' }],
    ['retry.maxDelayMs -1', { given: { retry: { maxDelayMs: -1 } }, want: 'retry.maxDelayMs' }],
    ['retry.maxDelayMs 2^31', { given: { retry: { maxDelayMs: huge } }, want: 'retry.maxDelayMs' }],
    ['retry a number', { given: { retry: 3 as never }, want: 'retry' }],
    ['maxResponseBytes 0', { given: { maxResponseBytes: 0 }, want: 'maxResponseBytes' }],
    ['maxResponseBytes NaN', { given: { maxResponseBytes: Number.NaN }, want: 'maxResponseBytes' }],
    ['endpoint ftp://', { given: { endpoint: 'ftp://127.0.0.1/' }, want: 'endpoint' }],
    ['endpoint javascript:', { given: { endpoint: 'javascript:alert(1)' }, want: 'endpoint' }],
    ['endpoint "not a url"', { given: { endpoint: 'not a url' }, want: 'endpoint' }],
    ['endpoint with a password', { given: { endpoint: 'https://user:pass@127.0.0.1/' }, want: 'endpoint' }],
    ['endpoint with a query', { given: { endpoint: 'https://127.0.0.1/?x=1' }, want: 'endpoint' }],
    ['validate "no"', { given: { validate: 'no' as never }, want: 'validate' }],
    ['fetch not a function', { given: { fetch: {} as never }, want: 'fetch' }],
  ])('%s', async (_, { given, want }) => {
    const server = await serve(created);
    const error = await thrown(() => kafkaClient(server.url, given));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ option: want });
    expect((error as Error).message).toMatch(new RegExp(`^Option ${want.replace('.', '\\.')} `));
    expect(server.requests).toHaveLength(0);
  });

  it('keeps the default for an option given as undefined: 3 attempts, not 1, and the backoff', async () => {
    const server = await serve({ status: 503, body: { error_code: 'DMS.00500000', error_msg: 'busy' } });
    await kafkaShow(kafkaClient(server.url, { retry: { maxAttempts: undefined, baseDelayMs: undefined, maxDelayMs: 5 } }));
    expect(server.requests).toHaveLength(3);
  });

  it.each<[string, { given: string; field: string }]>([
    ['a trailing newline from a key file', { given: `${HUAWEI_CREDENTIALS.secretAccessKey}\n`, field: 'secretAccessKey' }],
    ['a CR from a CRLF .env', { given: `${HUAWEI_CREDENTIALS.securityToken}\r`, field: 'securityToken' }],
    ['a zero-width space', { given: `${HUAWEI_CREDENTIALS.secretAccessKey}\u200b`, field: 'secretAccessKey' }],
    ['a NUL', { given: `${HUAWEI_CREDENTIALS.securityToken}\0x`, field: 'securityToken' }],
    ['a CRLF injecting a header', { given: `${HUAWEI_CREDENTIALS.securityToken}\r\nx-injected: 1`, field: 'securityToken' }],
  ])('refuses a credential with %s, naming it and not quoting it', async (_, { given, field }) => {
    const server = await serve(created);
    for (const sender of SENDERS.map(([, options]) => options)) {
      const error = await thrown(() => kafka.createClient({ endpoint: server.url, credentials: { ...HUAWEI_CREDENTIALS, [field]: given }, ...sender }));
      expect(error).toBeInstanceOf(CredentialsError);
      expect((error as Error).message).toContain(`options.credentials.${field}`);
      expectNoSecret(error, BODY_SECRETS);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('names the environment variable a bad credential came from, at the first call, sending nothing', async () => {
    const server = await serve(alibabaCreated);
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIenv', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret-must-not-leak\n', ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' };
    const credentials = alibabaCloudCredentialChain({ env, home: mkdtempSync(join(tmpdir(), 'cloudmq-home-')) });
    const error = await thrown(() => alibabaCreate(alibaba.createClient({ endpoint: server.url, credentials })));
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toContain('ALIBABA_CLOUD_ACCESS_KEY_SECRET');
    expect((error as Error).message).not.toContain('env-secret-must-not-leak');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses an empty clientToken, which would make the create not idempotent', async () => {
    const server = await serve(alibabaCreated);
    const error = await thrown(() => alibabaCreate(alibabaClient(server.url), { clientToken: '' }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toContainEqual(expect.objectContaining({ path: '/query/clientToken', rule: 'minLength' }));
    expect(server.requests).toHaveLength(0);
  });

  it.each<[string, { given: () => Promise<unknown>; want: string }]>([
    [
      'list offset Infinity',
      {
        given: () => kafkaClient('http://127.0.0.1:2').GET('/v2/{project_id}/instances', { params: { path: { project_id: projectId }, query: { engine: 'kafka', offset: Number.POSITIVE_INFINITY } } }),
        want: '/query/offset',
      },
    ],
    [
      'list offset NaN',
      {
        given: () => kafkaClient('http://127.0.0.1:2').GET('/v2/{project_id}/instances', { params: { path: { project_id: projectId }, query: { engine: 'kafka', offset: Number.NaN } } }),
        want: '/query/offset',
      },
    ],
    [
      // A flavor the description has no broker range for: only the integer type bounds broker_num.
      'broker_num Infinity',
      {
        given: () =>
          kafkaClient('http://127.0.0.1:2').POST('/v2/{engine}/{project_id}/instances', {
            params: { path: { engine: 'kafka', project_id: projectId } },
            body: { ...kafkaByEngineBody, product_id: 'c7.64u128g.cluster', broker_num: Number.POSITIVE_INFINITY } as never,
          }),
        want: '/body/broker_num',
      },
    ],
  ])('refuses %s, which JSON would send as null and a query as "Infinity"', async (_, { given, want }) => {
    const error = await thrown(given);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((issue) => issue.path)).toContain(want);
  });

  it('keeps 20 issues of 100,000 bad array items, and a short message', async () => {
    const available_zones = Array.from({ length: 100_000 }, () => 42);
    const error = await thrown(() =>
      kafkaClient('http://127.0.0.1:2').POST('/v2/{project_id}/instances', { params: { path: { project_id: projectId } }, body: { ...kafkaBody, available_zones } as never }),
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toHaveLength(20);
    expect((error as RequestValidationError).issueCount).toBeGreaterThan(20);
    expect((error as Error).message.length).toBeLessThan(4_000);
  });

  it.each<[string, { given: number; option: string }]>([
    ['intervalMs 2^31', { given: 2 ** 31, option: 'intervalMs' }],
    ['maxIntervalMs Infinity', { given: Number.POSITIVE_INFINITY, option: 'maxIntervalMs' }],
    ['timeoutMs -1', { given: -1, option: 'timeoutMs' }],
    ['timeoutMs NaN', { given: Number.NaN, option: 'timeoutMs' }],
  ])('waiters refuse %s, naming it', async (_, { given, option }) => {
    const server = await serve(created);
    const error = await thrown(() => kafka.waitForInstance(kafkaClient(server.url), { projectId, instanceId, [option]: given }));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ option });
    expect(server.requests).toHaveLength(0);
  });
});

describe.each(SENDERS)('through the %s', (_, sender) => {
  it.each<[string, unknown]>([
    ['a newline', { 'x-trace-id': 'trace\n' }],
    ['a CRLF injecting a header', { 'x-trace-id': 'trace\r\nx-injected: 1' }],
    ['a zero-width space', { 'x-trace-id': 'trace\u200b' }],
    ['a NUL', [['x-trace-id', 'a\0b']]],
    ['a bad name', { 'x trace': 'a' }],
  ])('refuses a caller header with %s, naming it; nothing is sent and the process lives on', async (_, headers) => {
    const server = await serve(created);
    const error = await thrown(() => kafkaCreate(kafkaClient(server.url, { ...sender, timeoutMs: 20 }), { headers }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0].path).toMatch(/^\/headers\/x.trace/);
    // Any timer armed for the attempt would fire by now: it must not kill the process.
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(server.requests).toHaveLength(0);
    expect(uncaught).toEqual([]);
  });

  describe('an error status with an empty body is still an error', () => {
    it.each([502, 403, 404, 429, 301, 302, 304])('HTTP %i', async (status) => {
      const server = await serve({ status, headers: { 'content-length': '0' } });
      const { data, error, response } = await kafkaShow(kafkaClient(server.url, { ...sender, retry: false }));
      expect(response.status).toBe(status);
      expect(data).toBeUndefined();
      expect(error).toMatchObject({ error_msg: `the service answered HTTP ${status} without a body` });
      const typed = await thrown(() => kafkaShow(kafkaClient(server.url, { ...sender, retry: false, throwOnError: true })));
      expect(typed).toBeInstanceOf(HuaweiCloudError);
      expect(typed).toMatchObject({ status, errorCode: undefined });

      const alibabaAnswer = await alibabaClient(server.url, { ...sender, retry: false }).GET('/instances/{instanceId}', { params: { path: { instanceId: 'rmq-cn-1' } } });
      expect(alibabaAnswer.error).toMatchObject({ success: false, httpStatusCode: status });
    });

    it('waitForDeleted sees a bare 404 as gone, waitForInstance throws a bare 403', async () => {
      const gone = await serve({ status: 404, headers: { 'content-length': '0' } });
      await expect(kafka.waitForDeleted(kafkaClient(gone.url, sender), { projectId, instanceId, intervalMs: 1 })).resolves.toBeUndefined();
      const forbidden = await serve({ status: 403, headers: { 'content-length': '0' } });
      await expect(kafka.waitForInstance(kafkaClient(forbidden.url, sender), { projectId, instanceId, intervalMs: 1 })).rejects.toMatchObject({ name: 'HuaweiCloudError', status: 403 });
    });

    it('a 2xx with an empty body where the operation answers with one is an unreadable answer, not a success', async () => {
      const server = await serve({ status: 200, headers: { 'content-length': '0' } }, { status: 204 });
      const error = await thrown(() => kafkaCreate(kafkaClient(server.url, { ...sender, retry: false })));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toMatchObject({ reason: 'empty', status: 200 });
      // The delete answers 204 without a body, as documented.
      const deleted = await kafkaClient(server.url, sender).DELETE('/v2/{project_id}/instances/{instance_id}', { params: { path: { project_id: projectId, instance_id: instanceId } } });
      expect(deleted.response.status).toBe(204);
      expect(deleted.error).toBeUndefined();
    });
  });

  it.each([301, 302, 303, 307, 308])('never follows a %i: the other host receives nothing, and the call gets an error answer', async (status) => {
    const foreign = await serve(created);
    const server = await serve({ status, headers: { location: `${foreign.url}/steal` } });
    const { data, error, response } = await kafkaCreate(kafkaClient(server.url, sender));
    expect(foreign.requests).toHaveLength(0);
    expect(response.status).toBe(status);
    expect(data).toBeUndefined();
    expect(error).toBeTruthy();
    const typed = await thrown(() => kafkaCreate(kafkaClient(server.url, { ...sender, throwOnError: true })));
    expect(typed).toMatchObject({ name: 'HuaweiCloudError', status });
    expect(foreign.requests).toHaveLength(0);
  });

  describe('answers are capped', () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    it.each<[string, { answer: Answer; options?: Partial<kafka.ClientOptions> }]>([
      ['a 50 MB answer with its length', { answer: { status: 200, headers: { 'content-type': 'application/json' }, body: big } }],
      [
        'an endless chunked answer',
        {
          answer: (response) => {
            response.writeHead(200, { 'content-type': 'application/json' });
            const chunk = Buffer.alloc(64 * 1024, 0x20);
            const pump = () => {
              if (response.destroyed || response.writableEnded) return;
              if (response.write(chunk)) setImmediate(pump);
              else response.once('drain', pump);
            };
            response.on('close', () => response.destroy());
            pump();
          },
        },
      ],
      ['an answer over a maxResponseBytes of 100', { answer: created, options: { maxResponseBytes: 100 } }],
    ])('%s fails with an InvalidResponseError', async (_, { answer, options }) => {
      const body = answer === created ? { status: 200, body: { instance_id: 'i-1', padding: 'x'.repeat(200) } } : answer;
      const server = await serve(body);
      const error = await thrown(() => kafkaShow(kafkaClient(server.url, { ...sender, ...options })));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toMatchObject({ reason: 'too-large' });
      expect(server.requests).toHaveLength(1);
    });

    it('counts a gzip bomb by its decompressed bytes (or does not decompress it)', async () => {
      const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
      const server = await serve({ status: 200, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb });
      const error = await thrown(() => kafkaShow(kafkaClient(server.url, sender)));
      expect(error).toBeInstanceOf(InvalidResponseError);
      // fetch decompresses and stops at the limit; node:http does not decompress, and the bytes are not JSON.
      expect((error as InvalidResponseError).reason).toBe(sender.fetch ? 'too-large' : 'not-json');
    });
  });

  describe('unreadable answers are typed, and quote nothing of the answer', () => {
    it.each<[string, { answer: Answer; reason: string }]>([
      ['truncated JSON', { answer: { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from('{"instance_id":"secret-answer-bytes') }, reason: 'not-json' }],
      ['an HTML 200', { answer: { status: 200, body: '<html>secret-answer-bytes</html>' }, reason: 'not-json' }],
    ])('%s', async (_, { answer, reason }) => {
      const server = await serve(answer);
      const error = await thrown(() => kafkaShow(kafkaClient(server.url, sender)));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toMatchObject({ reason, status: 200 });
      expect(`${String(error)} ${inspect(error)}`).not.toContain('secret-answer-bytes');
    });

    it('an answer a middleware replaced, and that is not JSON, is typed too', async () => {
      const server = await serve(created);
      const client = kafkaClient(server.url, sender);
      client.use({ onResponse: () => new Response('<html>secret-answer-bytes</html>', { status: 200, headers: { 'content-type': 'text/html' } }) });
      const error = await thrown(() => kafkaShow(client));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toMatchObject({ reason: 'not-json' });
      expect(`${String(error)} ${inspect(error)}`).not.toContain('secret-answer-bytes');
    });

    it('HTTP 999 is not an answer', async () => {
      const server = await serve((response) => {
        response.socket?.end('HTTP/1.1 999 Odd\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}');
      });
      const error = await thrown(() => kafkaShow(kafkaClient(server.url, sender)));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toMatchObject({ reason: 'status', status: 999 });
    });

    it('HTTP 205 with a cut body is an unreadable answer, not a TypeError', async () => {
      const server = await serve((response) => {
        response.socket?.end('HTTP/1.1 205 Reset Content\r\ncontent-type: application/json\r\ncontent-length: 22\r\nconnection: close\r\n\r\n{"instance_id":"i-205"');
      });
      const error = await thrown(() => kafkaShow(kafkaClient(server.url, sender)));
      expect(error).toBeInstanceOf(InvalidResponseError);
      // node:http reads the body and finds it cut; fetch drops the body of a 205, which leaves it empty.
      expect(error).toMatchObject({ status: 205, reason: sender.fetch ? 'empty' : 'not-json' });
    });

    // Found by the property test (hostile-answers.property.test.ts), pinned here.
    it('a 204 to a create, which documents a body, is an unreadable answer', async () => {
      const server = await serve({ status: 204 });
      const error = await thrown(() => kafkaCreate(kafkaClient(server.url, { ...sender, throwOnError: true })));
      expect(error).toMatchObject({ name: 'InvalidResponseError', reason: 'empty', status: 204 });
    });

    it('a 500 whose body is JSON null still has an error', async () => {
      const server = await serve({ status: 500, headers: { 'content-type': 'application/json' }, body: Buffer.from('null') });
      const { error } = await kafkaShow(kafkaClient(server.url, sender));
      expect(error).toMatchObject({ error_msg: 'the service answered HTTP 500 without a body' });
    });

    it("a header with an empty name is a broken answer, as Node's parser says", async () => {
      const server = await serve((response) => void response.socket?.end('HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\n: x\r\ncontent-length: 2\r\n\r\n{}'));
      const error = await thrown(() => kafkaShow(kafkaClient(server.url, { ...sender, retry: false })));
      expect(error).toBeInstanceOf(NetworkError);
      expect(error).toMatchObject({ code: 'HPE_INVALID_HEADER_TOKEN' });
    });

    it('a body that says gzip, is not, and ends at the close ends at the timeout, not never', async () => {
      const server = await serve((response) => void response.socket?.end('HTTP/1.1 200 OK\r\ncontent-encoding: gzip\r\n\r\n<html>Bad Gateway</html>'));
      const error = await thrown(() => kafkaShow(kafkaClient(server.url, { ...sender, retry: false, timeoutMs: 300 })));
      expect(error).toBeInstanceOf(CloudMqError);
    });

    it('an Alibaba httpStatusCode of 600 in a 200 body is an error answer of status 400', async () => {
      const server = await serve({ status: 200, body: { requestId: 'r-600', success: false, code: 'Odd', message: 'odd', httpStatusCode: 600 } });
      const error = await thrown(() => alibabaCreate(alibabaClient(server.url, { ...sender, throwOnError: true })));
      expect(error).toBeInstanceOf(AlibabaCloudError);
      expect(error).toMatchObject({ status: 400, code: 'Odd' });
    });
  });

  it('retries Alibaba throttling that comes inside a 200 body', async () => {
    const server = await serve({ status: 200, body: { requestId: 'r-t', success: false, code: 'Throttling.User', message: 'slow down', httpStatusCode: 429 } }, alibabaCreated);
    const { data } = await alibabaCreate(alibabaClient(server.url, sender));
    expect(data).toMatchObject({ success: true, data: 'rmq-cn-1' });
    expect(server.requests).toHaveLength(2);
  });

  it.each(['-5', '1.5', 'soon'])('reads Retry-After %s as no wait at all, so the backoff applies', async (retryAfter) => {
    const server = await serve({ status: 503, headers: { 'retry-after': retryAfter }, body: { error_code: 'DMS.00500000', error_msg: 'busy' } }, created);
    // The waits go through setTimeout; with a random draw of 0.5 the first backoff is half of baseDelayMs.
    const realSetTimeout = globalThis.setTimeout;
    const delays: (number | undefined)[] = [];
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
      delays.push(ms);
      return realSetTimeout(callback, ms);
    }) as typeof setTimeout);
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    await kafkaShow(kafkaClient(server.url, { ...sender, retry: { baseDelayMs: 80, maxDelayMs: 1_000 } }));
    vi.restoreAllMocks();
    expect(server.requests).toHaveLength(2);
    expect(delays).toContain(40);
    expect(delays).not.toContain(0);
  });

  it('gives an undocumented POST its own retry policy after an undocumented GET', async () => {
    const server = await serve({ status: 502, body: '<html>Bad Gateway</html>' });
    const client = kafkaClient(server.url, { ...sender, validate: false });
    const untyped = client as unknown as Record<'GET' | 'POST', (path: string, init?: object) => Promise<unknown>>;
    await untyped.GET('/v2/undocumented');
    expect(server.requests).toHaveLength(3);
    await untyped.POST('/v2/undocumented', { body: {} });
    expect(server.requests).toHaveLength(4);
  });

  it('lets 500 calls share one AbortSignal without a warning', async () => {
    const server = await serve(created);
    const client = kafkaClient(server.url, sender);
    const controller = new AbortController();
    const answers = await Promise.all(
      Array.from({ length: 500 }, () => client.GET('/v2/{project_id}/instances/{instance_id}', { params: { path: { project_id: projectId, instance_id: instanceId } }, signal: controller.signal })),
    );
    expect(answers.every(({ data }) => data !== undefined)).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).toEqual([]);
    await client.close();
  });

  it('paginate stops with an error when the service repeats a page', async () => {
    const page = {
      status: 200,
      body: {
        instances: [
          { instance_id: 'i-1', status: 'RUNNING' },
          { instance_id: 'i-2', status: 'RUNNING' },
        ],
        instance_num: 100_000,
      },
    };
    const server = await serve(page);
    const seen: unknown[] = [];
    const error = await thrown(async () => {
      for await (const instance of kafka.paginate(kafkaClient(server.url, sender), { projectId, pageSize: 2 })) seen.push(instance);
    });
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ reason: 'repeated-page' });
    expect(seen).toHaveLength(2);
    expect(server.requests).toHaveLength(2);

    const alibabaPage = { status: 200, body: { requestId: 'r', success: true, data: { pageNumber: 1, pageSize: 10, totalCount: 100_000, list: [{ instanceId: 'rmq-cn-1', status: 'RUNNING' }] } } };
    const alibabaServer = await serve(alibabaPage);
    const alibabaError = await thrown(async () => {
      for await (const instance of alibaba.paginate(alibabaClient(alibabaServer.url, sender), { pageSize: 10 })) void instance;
    });
    expect(alibabaError).toMatchObject({ name: 'InvalidResponseError', reason: 'repeated-page' });
    expect(alibabaServer.requests).toHaveLength(2);
  });

  it("close() frees the keep-alive sockets (the fetch option's are its own), and later calls throw", async () => {
    const server = await serve(created);
    const client = kafkaClient(server.url, sender);
    await kafkaShow(client);
    await kafkaShow(client);
    if (!sender.fetch) expect(await server.openConnections()).toBe(1);
    await client.close();
    if (!sender.fetch) await vi.waitFor(async () => expect(await server.openConnections()).toBe(0), { timeout: 2_000 });
    const error = await thrown(() => kafkaShow(client));
    expect(error).toBeInstanceOf(CloudMqError);
    expect((error as Error).message).toMatch(/closed/);
    expect(server.requests).toHaveLength(2);
  });

  it('a call in flight at close() is not sent again', async () => {
    const server = await serve({ status: 503, headers: { 'retry-after': '1' }, body: { error_code: 'DMS.00500000', error_msg: 'busy' } }, created);
    const client = kafkaClient(server.url, { ...sender, retry: { maxAttempts: 3 } });
    const call = thrown(() => kafkaShow(client));
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    await client.close();
    const error = await call;
    expect(error).toBeInstanceOf(CloudMqError);
    expect((error as Error).message).toMatch(/closed/);
    expect(server.requests).toHaveLength(1);
  });

  it('Symbol.asyncDispose closes the client', async () => {
    const server = await serve(created);
    const client = kafkaClient(server.url, sender) as kafka.Client & { [Symbol.asyncDispose](): Promise<void> };
    await kafkaShow(client);
    await client[Symbol.asyncDispose]();
    await expect(kafkaShow(client)).rejects.toThrow(/closed/);
  });

  it('never puts a credential or a body secret in an error', async () => {
    const answers: Answer[] = ['reset', { status: 502, body: '<html>bad</html>' }, { status: 200, body: Buffer.from('{"trunc') }, { status: 401, headers: { 'content-length': '0' } }];
    for (const answer of answers) {
      const server = await serve(answer);
      for (const call of [
        () => kafkaCreate(kafkaClient(server.url, { ...sender, throwOnError: true, retry: false })),
        () => alibabaCreate(alibabaClient(server.url, { ...sender, throwOnError: true, retry: false })),
      ]) {
        const error = await thrown(call);
        expect(error).toBeInstanceOf(CloudMqError);
        expectNoSecret(error, BODY_SECRETS);
      }
    }
    const refused = await thrown(() => kafkaCreate(kafkaClient('http://127.0.0.1:2', { ...sender, retry: false })));
    expect(refused).toBeInstanceOf(NetworkError);
    expectNoSecret(refused, BODY_SECRETS);
  });
});

describe('a custom fetch that follows redirects anyway', () => {
  it('does not get the foreign answer returned as the result', async () => {
    const foreign = await serve(created);
    const server = await serve({ status: 307, headers: { location: `${foreign.url}/v2/${projectId}/instances` } });
    const following = (request: Request) => globalThis.fetch(new Request(request, { redirect: 'follow' }));
    const error = await thrown(() => kafkaCreate(kafkaClient(server.url, { fetch: following, retry: false })));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ reason: 'redirect' });
  });
});

describe('waiters', () => {
  it('do not all wait exactly intervalMs: the first wait is jittered', async () => {
    const server = await serve({ status: 200, body: { instance_id: instanceId, status: 'CREATING' } });
    const client = kafkaClient(server.url);
    const controller = new AbortController();
    const waiters = Array.from({ length: 6 }, () => {
      const polls: number[] = [];
      const waiting = kafka.waitForInstance(client, { projectId, instanceId, intervalMs: 200, signal: controller.signal, onPoll: () => void polls.push(performance.now()) }).catch(() => undefined);
      return { polls, waiting };
    });
    await vi.waitFor(() => expect(waiters.every(({ polls }) => polls.length >= 2)).toBe(true), { timeout: 3_000 });
    controller.abort();
    await Promise.all(waiters.map(({ waiting }) => waiting));
    // Each first wait lies in 160–240 ms; six waiters that all drew the same 10 ms slot would be lock-step.
    const slots = waiters.map(({ polls }) => Math.round((polls[1] - polls[0]) / 10));
    expect(new Set(slots).size).toBeGreaterThan(1);
    await client.close();
  });
});
