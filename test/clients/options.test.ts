// createClient options: credentials from the environment, a chain or a provider (a missing one failing the first call, nothing sent), regions resolved to hosts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alibabaCloudCredentialChain, CloudMqError, CredentialsError, credentialChain, huaweiCloudCredentialChain, InvalidOptionError, RequestValidationError } from '@cloudmq/core';
import { createClient as alibabaClient } from '@cloudmq/alibabacloud-rocketmq';
import { createClient as kafkaClient, waitForInstance as kafkaWaitForInstance } from '@cloudmq/huaweicloud-kafka';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Answer, closedLoopbackUrl, startLoopback } from '../support/loopback.ts';

const HUAWEI_ENV = { HUAWEICLOUD_SDK_AK: 'env-ak', HUAWEICLOUD_SDK_SK: 'env-sk-secret', HUAWEICLOUD_SDK_PROJECT_ID: 'env-project', HUAWEICLOUD_SDK_SECURITY_TOKEN: 'env-token-secret' };
const ALIBABA_ENV = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'env-ak', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-sk-secret', ALIBABA_CLOUD_SECURITY_TOKEN: 'env-token-secret' };

afterEach(() => vi.unstubAllEnvs());

function stubEnv(values: Record<string, string>) {
  for (const name of [...Object.keys(HUAWEI_ENV), ...Object.keys(ALIBABA_ENV)]) vi.stubEnv(name, '');
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
}

function creationError(create: () => unknown): unknown {
  try {
    create();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('credentials', () => {
  const scratchHome = () => mkdtempSync(join(tmpdir(), 'cloudmq-home-'));

  const missing: [string, { given: Record<string, string>; want: RegExp }][] = [
    ['no Huawei secret key', { given: { ...HUAWEI_ENV, HUAWEICLOUD_SDK_SK: '' }, want: /HUAWEICLOUD_SDK_SK/ }],
    ['no Huawei project id', { given: { ...HUAWEI_ENV, HUAWEICLOUD_SDK_PROJECT_ID: '' }, want: /HUAWEICLOUD_SDK_PROJECT_ID/ }],
    ['no Huawei access key', { given: { ...HUAWEI_ENV, HUAWEICLOUD_SDK_AK: '' }, want: /HUAWEICLOUD_SDK_AK/ }],
  ];
  it.each(missing)('fails the first call with %s, naming the variable and no secret; nothing is sent', async (_, { given, want }) => {
    const server = await startLoopback(() => ({ status: 200, body: { instance_id: 'i' } }));
    try {
      const credentials = huaweiCloudCredentialChain({ env: given, home: scratchHome(), ecsMetadataEndpoint: await closedLoopbackUrl() });
      const client = kafkaClient({ endpoint: server.url, credentials, validate: false, retry: false });
      const error = await client.POST('/v2/{project_id}/instances', { params: { path: { project_id: 'p' } }, body: {} as never }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CredentialsError);
      expect((error as Error).message).toMatch(want);
      for (const secret of [HUAWEI_ENV.HUAWEICLOUD_SDK_SK, HUAWEI_ENV.HUAWEICLOUD_SDK_SECURITY_TOKEN]) expect((error as Error).message).not.toContain(secret);
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('fails the first call without Alibaba credentials, saying where it looked', async () => {
    const credentials = alibabaCloudCredentialChain({ env: {}, home: scratchHome(), ecsMetadataEndpoint: await closedLoopbackUrl() });
    const error = await alibabaClient({ region: 'cn-hangzhou', credentials, validate: false })
      .POST('/instances', { body: {} as never })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toMatch(/ALIBABA_CLOUD_ACCESS_KEY_ID.*CLI profile.*credentials file.*ECS RAM role.*credentials URI/);
  });

  it('fails at creation on fixed credentials that lack a field, and on credentials that are neither object nor function', () => {
    expect(creationError(() => kafkaClient({ region: 'cn-north-4', credentials: { accessKeyId: 'a', secretAccessKey: 's' } as never }))).toBeInstanceOf(CredentialsError);
    expect(creationError(() => kafkaClient({ region: 'cn-north-4', credentials: 'ak:sk' as never }))).toBeInstanceOf(InvalidOptionError);
  });

  it.each<[string, object, RegExp]>([
    ['a secret with a newline', { accessKeyId: 'a', secretAccessKey: 'provider-secret-must-not-leak\n', projectId: 'p' }, /credentials.secretAccessKey \(from the credentials provider\)/],
    ['no project', { accessKeyId: 'a', secretAccessKey: 'provider-secret-must-not-leak' }, /credentials.projectId \(from the credentials provider\)/],
  ])("refuses what a caller's provider answers with %s, naming the field, quoting nothing; nothing is sent", async (_, answered, want) => {
    const server = await startLoopback(() => ({ status: 200, body: { instance_id: 'i' } }));
    try {
      const client = kafkaClient({ endpoint: server.url, credentials: async () => answered as never, validate: false, retry: false });
      const error = await client.POST('/v2/{project_id}/instances', { params: { path: { project_id: 'p' } }, body: {} as never }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CredentialsError);
      expect((error as Error).message).toMatch(want);
      expect(String(error)).not.toContain('provider-secret-must-not-leak');
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('asks a provider before every attempt, and never signs with expired credentials', async () => {
    const clock = { now: Date.parse('2026-12-05T12:00:00Z') };
    let issued = 0;
    // A source that hands out keys living one hour, as ECS metadata does.
    const source = {
      description: 'test source',
      load: async () => {
        issued++;
        return { accessKeyId: `HWTEMP${issued}`, secretAccessKey: 'sk', securityToken: `token-${issued}`, projectId: 'p', expiration: new Date(clock.now + 60 * 60_000) };
      },
    };
    const server = await startLoopback(() => ({ status: 200, body: { instance_id: 'i' } }));
    try {
      const client = kafkaClient({ endpoint: server.url, credentials: credentialChain([source], { now: () => clock.now }), validate: false, retry: false });
      const create = () => client.POST('/v2/{project_id}/instances', { params: { path: { project_id: 'p' } }, body: {} as never });
      await create();
      clock.now += 30 * 60_000;
      await create();
      clock.now += 26 * 60_000;
      await create();
      expect(server.requests.map((request) => request.headers['x-security-token'])).toEqual(['token-1', 'token-1', 'token-2']);
      expect(issued).toBe(2);
    } finally {
      await server.close();
    }
  });

  it.each([
    ['Huawei', HUAWEI_ENV, 'x-security-token', (endpoint: string) => kafkaClient({ endpoint, retry: false, validate: false }).POST('/v2/{project_id}/instances', { body: {} as never })],
    ['Alibaba', ALIBABA_ENV, 'x-acs-security-token', (endpoint: string) => alibabaClient({ endpoint, retry: false, validate: false }).POST('/instances', { body: {} as never })],
  ] as const)('reads %s credentials from the environment the official SDKs use', async (_, env, tokenHeader, call) => {
    stubEnv(env);
    const server = await startLoopback(() => ({ status: 200, body: {} }));
    try {
      await call(server.url).catch(() => undefined);
      const [request] = server.requests;
      expect(request.headers.authorization).toContain('env-ak');
      expect(request.headers[tokenHeader]).toBe('env-token-secret');
    } finally {
      await server.close();
    }
  });
});

describe('regions', () => {
  it.each([
    ['cn-north-4', 'https://dms.cn-north-4.myhuaweicloud.com/v2/p/instances'],
    ['eu-west-101', 'https://dms.eu-west-101.myhuaweicloud.eu/v2/p/instances'],
  ] as const)('sends Huawei %s calls to %s', async (region, want) => {
    const seen: string[] = [];
    const fetch = async (request: Request) => {
      seen.push(request.url);
      return new Response('{"instance_id":"i"}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    await kafkaClient({ region, fetch, validate: false, credentials: { accessKeyId: 'a', secretAccessKey: 's', projectId: 'p' } }).POST('/v2/{project_id}/instances', {
      params: { path: { project_id: 'p' } },
      body: {} as never,
    });
    expect(seen).toEqual([want]);
  });

  it('sends Alibaba calls to the public host of the region', async () => {
    const seen: string[] = [];
    const fetch = async (request: Request) => {
      seen.push(new URL(request.url).origin);
      return new Response('{"success":true,"data":"rmq-1"}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    await alibabaClient({ region: 'cn-shanghai', fetch, validate: false, credentials: { accessKeyId: 'a', secretAccessKey: 's' } }).POST('/instances', { body: {} as never });
    expect(seen).toEqual(['https://rocketmq.cn-shanghai.aliyuncs.com']);
  });

  it('refuses a client with neither region nor endpoint', () => {
    expect(creationError(() => kafkaClient({ credentials: { accessKeyId: 'a', secretAccessKey: 's', projectId: 'p' } }))).toBeInstanceOf(CloudMqError);
  });
});

describe('middleware', () => {
  it('hands onRequest a fetch Request, and the call is still signed and sent', async () => {
    const server = await startLoopback(() => ({ status: 200, body: { instance_id: 'i-1' } }));
    try {
      const client = kafkaClient({ endpoint: server.url, validate: false, credentials: { accessKeyId: 'a', secretAccessKey: 's', projectId: 'p' } });
      const seen: unknown[] = [];
      const tagging = {
        onRequest: ({ request }: { request: Request }) => {
          seen.push(request);
          request.headers.set('x-trace-id', 'trace-1');
          return request;
        },
      };
      client.use(tagging);
      const { data } = await client.POST('/v2/{project_id}/instances', { params: { path: { project_id: 'p' } }, body: {} as never });
      expect(data).toEqual({ instance_id: 'i-1' });
      expect(seen[0]).toBeInstanceOf(Request);
      expect(server.requests[0].headers['x-trace-id']).toBe('trace-1');
      expect(String(server.requests[0].headers.authorization)).toMatch(/^SDK-HMAC-SHA256 Access=a, /);

      client.eject(tagging);
      await client.POST('/v2/{project_id}/instances', { params: { path: { project_id: 'p' } }, body: {} as never });
      expect(seen).toHaveLength(1);
      expect(server.requests[1].headers['x-trace-id']).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('user agent and attempt reports', () => {
  const HUAWEI = { accessKeyId: 'a', secretAccessKey: 'hw-secret-key-must-not-leak', projectId: 'p', securityToken: 'hw-security-token-must-not-leak' };
  const create = (client: ReturnType<typeof kafkaClient>) => client.POST('/v2/{project_id}/instances', { params: { path: { project_id: 'p' } }, body: {} as never });

  it('sends cloudmq-<service>/<version> (node/<version>), with what the userAgent option appends', async () => {
    const server = await startLoopback(() => ({ status: 200, body: { instance_id: 'i' } }));
    try {
      await create(kafkaClient({ endpoint: server.url, credentials: HUAWEI, validate: false }));
      await create(kafkaClient({ endpoint: server.url, credentials: HUAWEI, validate: false, userAgent: 'orders-provisioner/2.1' }));
      const [plain, appended] = server.requests.map((request) => request.headers['user-agent']);
      expect(plain).toBe(`cloudmq-huaweicloud-kafka/0.1.0 (node/${process.versions.node})`);
      expect(appended).toBe(`${plain} orders-provisioner/2.1`);
    } finally {
      await server.close();
    }
  });

  it.each<[string, unknown]>([
    ['a newline', 'app\r\nx-injected: 1'],
    ['a character beyond ASCII', 'appé'],
    ['a number', 42],
  ])('refuses a userAgent with %s at creation, naming the option', (_, userAgent) => {
    const error = creationError(() => kafkaClient({ region: 'cn-north-4', credentials: HUAWEI, userAgent: userAgent as string }));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).option).toBe('userAgent');
  });

  it('reports every attempt (a 503 then a 200: two), and the answer says how many it took and its request id', async () => {
    const server = await startLoopback(
      (_, index): Answer =>
        index === 0
          ? { status: 503, headers: { 'retry-after': '0', 'x-request-id': 'req-1' }, body: { error_code: 'DMS.00500000', error_msg: 'busy' } }
          : { status: 200, headers: { 'x-request-id': 'req-2' }, body: { instance_id: 'i' } },
    );
    try {
      const reports: unknown[] = [];
      const client = kafkaClient({ endpoint: server.url, credentials: HUAWEI, validate: false, retry: { baseDelayMs: 1 }, onAttempt: (report) => reports.push(report) });
      const answer = await create(client);
      expect(answer).toMatchObject({ attempts: 2, requestId: 'req-2', data: { instance_id: 'i' } });
      expect(reports).toEqual([
        { operation: 'createPostPaidInstance (POST /v2/{project_id}/instances)', attempt: 1, status: 503, retryDelayMs: 0, requestId: 'req-1', durationMs: expect.any(Number) },
        { operation: 'createPostPaidInstance (POST /v2/{project_id}/instances)', attempt: 2, status: 200, requestId: 'req-2', durationMs: expect.any(Number) },
      ]);
      expect(JSON.stringify(reports)).not.toMatch(/must-not-leak/);
    } finally {
      await server.close();
    }
  });

  it('reports an attempt that got no answer, and goes on when the hook throws', async () => {
    const server = await startLoopback(() => 'reset');
    try {
      const reports: { failure?: string }[] = [];
      const client = kafkaClient({
        endpoint: server.url,
        credentials: HUAWEI,
        validate: false,
        retry: false,
        onAttempt: (report) => {
          reports.push(report);
          throw new Error('a broken hook');
        },
      });
      const error = await create(client).catch((caught: unknown) => caught);
      expect((error as Error).name).toBe('NetworkError');
      expect(reports).toMatchObject([{ attempt: 1, failure: expect.stringMatching(/^network/) }]);
    } finally {
      await server.close();
    }
  });

  it('refuses an onAttempt that is not a function, naming it', () => {
    const error = creationError(() => kafkaClient({ region: 'cn-north-4', credentials: HUAWEI, onAttempt: 'log' as never }));
    expect((error as InvalidOptionError).option).toBe('onAttempt');
  });
});

describe('the Huawei project, given once', () => {
  const credentials = { accessKeyId: 'a', secretAccessKey: 'hw-secret-key-must-not-leak', projectId: 'project-of-the-keys' };
  const instanceId = '8959ab1c-7c1a-4b11-a05f-93dfc361b32d';

  it('fills project_id from the credentials, in calls and in waiters', async () => {
    const server = await startLoopback(() => ({ status: 200, body: { instance_id: instanceId, status: 'RUNNING', instances: [], instance_num: 0 } }));
    try {
      const client = kafkaClient({ endpoint: server.url, credentials, retry: false });
      await client.GET('/v2/{project_id}/instances/{instance_id}', { params: { path: { instance_id: instanceId } } });
      await kafkaWaitForInstance(client, { instanceId, intervalMs: 1 });
      expect(server.requests.map((request) => request.url)).toEqual([`/v2/project-of-the-keys/instances/${instanceId}`, `/v2/project-of-the-keys/instances/${instanceId}`]);
      expect(server.requests.map((request) => request.headers['x-project-id'])).toEqual(['project-of-the-keys', 'project-of-the-keys']);
    } finally {
      await server.close();
    }
  });

  it('refuses a different project before sending, naming the parameter, unless allowOtherProjects', async () => {
    const server = await startLoopback(() => ({ status: 200, body: { instance_id: instanceId } }));
    try {
      const show = (options: object) =>
        kafkaClient({ endpoint: server.url, credentials, retry: false, ...options }).GET('/v2/{project_id}/instances/{instance_id}', {
          params: { path: { project_id: 'another-project', instance_id: instanceId } },
        });
      const error = await show({}).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues).toEqual([{ path: '/path/project_id', rule: 'credentials', message: expect.stringContaining('allowOtherProjects') }]);
      expect(server.requests).toHaveLength(0);
      await show({ allowOtherProjects: true });
      expect(server.requests.map((request) => request.url)).toEqual([`/v2/another-project/instances/${instanceId}`]);
      expect(creationError(() => kafkaClient({ region: 'cn-north-4', credentials, allowOtherProjects: 'yes' as never }))).toBeInstanceOf(InvalidOptionError);
    } finally {
      await server.close();
    }
  });
});
