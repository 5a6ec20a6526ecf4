// Fault injection through the clients: throttling, gateway errors, resets, stalls, HTML error pages, aborts.
import { AlibabaCloudError, HuaweiCloudError, NetworkError, RequestAbortedError, TimeoutError } from '@cloudmq/core';
import { createClient as alibabaClient } from '@cloudmq/alibabacloud-rocketmq';
import { createClient as kafkaClient, waitForInstance } from '@cloudmq/huaweicloud-kafka';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { base as alibabaBody } from '../specs/alibabacloud-rocketmq/createInstance.tables.ts';
import { base as kafkaBody } from '../specs/huaweicloud-kafka/createPostPaidInstance.tables.ts';
import { type Answer, type Loopback, startLoopback } from '../support/loopback.ts';
import { expectNoSecret, type Sender, SENDERS, thrown } from './calls.ts';
import { ALIBABA_CREDENTIALS, HUAWEI_CREDENTIALS } from './services.ts';

const fast = { baseDelayMs: 1, maxDelayMs: 50 };
const created = { status: 200, body: { instance_id: 'i-1' } } as const;
const alibabaCreated = { status: 200, body: { requestId: 'r-1', success: true, data: 'rmq-cn-1', code: '200', httpStatusCode: 200 } } as const;

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.restoreAllMocks();
});

/** A loopback server answering request n with answers[n] (the last one repeats). */
async function serve(...answers: Answer[]) {
  server = await startLoopback((_, index) => answers[Math.min(index, answers.length - 1)]);
  return server;
}

/** The sender of the describe block running now (set in its beforeAll; blocks run one after another). */
let sender: Sender = {};

const kafkaCreate = (endpoint: string, options: Partial<Parameters<typeof kafkaClient>[0]> = {}) =>
  kafkaClient({ endpoint, credentials: HUAWEI_CREDENTIALS, retry: fast, ...sender, ...options }).POST('/v2/{project_id}/instances', {
    params: { path: { project_id: HUAWEI_CREDENTIALS.projectId } },
    body: kafkaBody as never,
  });
const alibabaCreate = (endpoint: string, options: Partial<Parameters<typeof alibabaClient>[0]> = {}, query?: { clientToken?: string }) =>
  alibabaClient({ endpoint, credentials: ALIBABA_CREDENTIALS, retry: fast, ...sender, ...options }).POST('/instances', { params: { query }, body: alibabaBody as never });

describe.each(SENDERS)('through the %s', (_, options) => {
  beforeAll(() => {
    sender = options;
  });

  describe('retries of a Huawei create (no idempotency key)', () => {
    it.each([
      ['429 with Retry-After', { status: 429, headers: { 'retry-after': '0' }, body: { error_code: 'APIGW.0308', error_msg: 'throttled' } }],
      ['503 with Retry-After', { status: 503, headers: { 'retry-after': '0' }, body: { error_code: 'DMS.00500000', error_msg: 'busy' } }],
    ] as const)('repeats after %s, signing each attempt afresh', async (_, failure) => {
      const { url, requests } = await serve(failure, created);
      let second = 0;
      const now = () => new Date(Date.UTC(2026, 10, 23, 12, 0, second++));
      const { data } = await kafkaCreate(url, { now });
      expect(data).toEqual({ instance_id: 'i-1' });
      expect(requests).toHaveLength(2);
      expect(requests[0].headers['x-sdk-date']).not.toBe(requests[1].headers['x-sdk-date']);
      expect(requests[0].headers.authorization).not.toBe(requests[1].headers.authorization);
      expect(requests[1].body).toBe(requests[0].body);
    });

    it.each([
      ['a 502 from the gateway', { status: 502, body: '<html><body>Bad Gateway</body></html>' }],
      ['a 504 from the gateway', { status: 504, body: { error_code: 'APIGW.0201', error_msg: 'timeout' } }],
      ['a reset connection', 'reset'],
    ] as const)('never repeats after %s, which the service may have processed', async (_, failure) => {
      const { url, requests } = await serve(failure as Answer, created);
      await thrown(() => kafkaCreate(url));
      expect(requests).toHaveLength(1);
    });

    it('repeats a refused connection, which cannot have been processed', async () => {
      // Port 2 on loopback: nothing listens there, and the tests' servers (port 0) get ephemeral
      // ports far above it. Port 1 would not do: it is on fetch's blocked-port list.
      const error = await thrown(() => kafkaCreate('http://127.0.0.1:2', { retry: { ...fast, maxAttempts: 3 } }));
      expect(error).toBeInstanceOf(NetworkError);
      expect(error).toMatchObject({ code: 'ECONNREFUSED', attempts: 3 });
    });

    it('stops after maxAttempts and returns the last answer', async () => {
      const { url, requests } = await serve({ status: 429, headers: { 'retry-after': '0' }, body: { error_code: 'APIGW.0308', error_msg: 'throttled' } });
      const { error, response } = await kafkaCreate(url, { retry: { ...fast, maxAttempts: 4 } });
      expect(response.status).toBe(429);
      expect(error).toEqual({ error_code: 'APIGW.0308', error_msg: 'throttled' });
      expect(requests).toHaveLength(4);
    });

    it('makes one attempt with retry: false', async () => {
      const { url, requests } = await serve({ status: 503, body: { error_code: 'DMS.00500000', error_msg: 'busy' } }, created);
      const { response } = await kafkaCreate(url, { retry: false });
      expect(response.status).toBe(503);
      expect(requests).toHaveLength(1);
    });

    it.each(['stall', 'stall body'] as const)('times out an attempt that meets a %s and does not repeat it', async (failure) => {
      const { url, requests } = await serve(failure);
      const error = await thrown(() => kafkaCreate(url, { timeoutMs: 200 }));
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ timeoutMs: 200, attempts: 1 });
      expect(requests).toHaveLength(1);
    });
  });

  describe('retries of an Alibaba create (idempotent through clientToken)', () => {
    it('repeats throttling, 5xx, resets and stalls with the same clientToken and a fresh nonce each time', async () => {
      const { url, requests } = await serve(
        { status: 429, headers: { 'x-acs-retry-after': '1' }, body: { Code: 'Throttling.User', Message: 'slow down', RequestId: 'r-0' } },
        { status: 502, body: '<html>Bad Gateway</html>' },
        'reset',
        alibabaCreated,
      );
      const { data } = await alibabaCreate(url, { retry: { ...fast, maxAttempts: 4 } });
      expect(data).toMatchObject({ success: true, data: 'rmq-cn-1' });
      expect(requests).toHaveLength(4);
      const tokens = requests.map((request) => new URL(request.url, url).searchParams.get('clientToken'));
      expect(new Set(tokens).size).toBe(1);
      expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
      const nonces = requests.map((request) => request.headers['x-acs-signature-nonce']);
      expect(new Set(nonces).size).toBe(4);
    });

    it("keeps the caller's clientToken", async () => {
      const { url, requests } = await serve({ status: 503, body: '' }, alibabaCreated);
      await alibabaCreate(url, {}, { clientToken: 'order-42' });
      expect(requests.map((request) => new URL(request.url, url).searchParams.get('clientToken'))).toEqual(['order-42', 'order-42']);
    });

    it('repeats a stalled attempt after its timeout', async () => {
      const { url, requests } = await serve('stall', alibabaCreated);
      const { data } = await alibabaCreate(url, { timeoutMs: 200 });
      expect(data).toMatchObject({ success: true });
      expect(requests).toHaveLength(2);
    });

    it('never repeats a 400', async () => {
      const { url, requests } = await serve({ status: 400, body: { requestId: 'r-2', success: false, code: 'InvalidParameter', message: 'bad', httpStatusCode: 400 } }, alibabaCreated);
      const { response } = await alibabaCreate(url);
      expect(response.status).toBe(400);
      expect(requests).toHaveLength(1);
    });
  });

  it('parses an Alibaba answer once, though it is inspected for success: false', async () => {
    const { url } = await serve(alibabaCreated);
    const answerText = JSON.stringify(alibabaCreated.body);
    const parse = vi.spyOn(JSON, 'parse');
    const { data } = await alibabaCreate(url);
    expect(data).toMatchObject({ success: true, data: 'rmq-cn-1' });
    expect(parse.mock.calls.filter(([text]) => text === answerText)).toHaveLength(1);
  });

  describe('errors', () => {
    it('turns an Alibaba 200 that says success: false into an error', async () => {
      const { url } = await serve({ status: 200, body: { requestId: 'r-3', success: false, code: 'Instance.QuotaExceeded', message: 'quota', httpStatusCode: 403 } });
      const { data, error, response } = await alibabaCreate(url);
      expect(data).toBeUndefined();
      expect(error).toMatchObject({ success: false, code: 'Instance.QuotaExceeded' });
      expect(response.status).toBe(403);
      const typed = await thrown(() => alibabaCreate(url, { throwOnError: true }));
      expect(typed).toBeInstanceOf(AlibabaCloudError);
      expect(typed).toMatchObject({ status: 403, code: 'Instance.QuotaExceeded', message: 'quota', requestId: 'r-3' });
    });

    it('reads the Alibaba gateway error shape', async () => {
      const { url } = await serve({
        status: 403,
        body: { RequestId: 'r-4', HostId: 'rocketmq.cn-hangzhou.aliyuncs.com', Code: 'SignatureDoesNotMatch', Message: 'bad signature', Recommend: 'https://api.aliyun.com/troubleshoot' },
      });
      const typed = await thrown(() => alibabaCreate(url, { throwOnError: true }));
      expect(typed).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch', requestId: 'r-4', recommend: 'https://api.aliyun.com/troubleshoot' });
    });

    it('throws a typed Huawei error carrying the status, even for an HTML 502', async () => {
      const { url } = await serve({ status: 502, headers: { 'x-request-id': 'req-502' }, body: '<html><body>Bad Gateway</body></html>' });
      const typed = await thrown(() => kafkaCreate(url, { throwOnError: true }));
      expect(typed).toBeInstanceOf(HuaweiCloudError);
      expect(typed).toMatchObject({ status: 502, errorCode: undefined, requestId: 'req-502' });
    });

    it('throws a typed Huawei error with the code and message of the body', async () => {
      const { url } = await serve({ status: 400, body: { error_code: 'DMS.00400060', error_msg: 'name exists' } });
      const typed = await thrown(() => kafkaCreate(url, { throwOnError: true }));
      expect(typed).toMatchObject({ status: 400, errorCode: 'DMS.00400060', errorMsg: 'name exists' });
    });

    it("cancels at once on the caller's AbortSignal, retries included", async () => {
      const { url, requests } = await serve({ status: 429, headers: { 'retry-after': '30' }, body: { error_code: 'APIGW.0308', error_msg: 'throttled' } });
      const controller = new AbortController();
      const client = kafkaClient({ endpoint: url, credentials: HUAWEI_CREDENTIALS, retry: { maxAttempts: 5, maxDelayMs: 60_000 }, ...sender });
      const call = client.POST('/v2/{project_id}/instances', { params: { path: { project_id: HUAWEI_CREDENTIALS.projectId } }, body: kafkaBody as never, signal: controller.signal });
      await vi.waitFor(() => expect(requests).toHaveLength(1));
      const started = performance.now();
      controller.abort();
      await expect(call).rejects.toBeInstanceOf(RequestAbortedError);
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(requests).toHaveLength(1);
    });

    it('logs nothing and leaks no secret in any error', async () => {
      const logged: string[] = [];
      for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, method).mockImplementation((...args) => void logged.push(args.map(String).join(' ')));
      const failures: Answer[] = [
        { status: 401, body: { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' } },
        { status: 502, body: '<html>bad</html>' },
        'reset',
        'stall',
      ];
      for (const failure of failures) {
        const { url } = await serve(failure);
        const huawei = await thrown(() => kafkaCreate(url, { throwOnError: true, timeoutMs: 200, retry: false }));
        const alibaba = await thrown(() => alibabaCreate(url, { throwOnError: true, timeoutMs: 200, retry: false }));
        for (const error of [huawei, alibaba]) {
          expect(error).toBeInstanceOf(Error);
          expectNoSecret(error);
        }
        await server?.close();
        server = undefined;
      }
      expect(logged).toEqual([]);
    });
  });
});

describe('a waiter whose poll fails', () => {
  const running = { status: 200, body: { instance_id: '8959ab1c-7c1a-4b11-a05f-93dfc361b32d', status: 'RUNNING' } } as const;
  const ref = { projectId: HUAWEI_CREDENTIALS.projectId, instanceId: running.body.instance_id };
  const waiting = { intervalMs: 5, maxIntervalMs: 20, timeoutMs: 5_000 };

  // [failure, { given: the answer to the first poll, want: whether the waiter polls on }]
  it.each<[string, { given: { status: number; body: unknown }; want: 'polls on' | 'throws' }]>([
    ['throttled (429) may pass: the waiter polls on', { given: { status: 429, body: { error_code: 'APIGW.0308', error_msg: 'Throttled.' } }, want: 'polls on' }],
    ['a server error (503) may pass: the waiter polls on', { given: { status: 503, body: { error_code: 'DMS.00500000', error_msg: 'Internal error.' } }, want: 'polls on' }],
    ['forbidden (403) will not pass: the service error is thrown', { given: { status: 403, body: { error_code: 'DMS.00403002', error_msg: 'Forbidden.' } }, want: 'throws' }],
  ])('%s', async (_, { given, want }) => {
    const loopback = await serve(given, running);
    const wait = waitForInstance(kafkaClient({ endpoint: loopback.url, credentials: HUAWEI_CREDENTIALS, retry: false }), { ...ref, ...waiting });
    if (want === 'polls on') {
      await expect(wait).resolves.toMatchObject({ status: 'RUNNING' });
      expect(loopback.requests).toHaveLength(2);
    } else {
      await expect(wait).rejects.toMatchObject({ name: 'HuaweiCloudError', status: given.status });
      expect(loopback.requests).toHaveLength(1);
    }
  });
});
