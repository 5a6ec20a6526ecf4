// The waiters and the paginator of every client against the stateful loopback fake: running, failing, slow, aborted, deleted, paged.
import { readFileSync } from 'node:fs';
import { AlibabaCloudError, HuaweiCloudError, InvalidOptionError, RequestValidationError, WaiterError } from '@cloudmq/core';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeCloud } from '../../scripts/lib/fake-cloud.mjs';
import { exampleCreateRequest } from '@cloudmq/openapi-walk';
import { bundlePath } from '../../scripts/lib/services.mjs';
import { bundledSpec, SERVICES_UNDER_TEST, type ServiceId } from '../support/spec.ts';
import { createdIdOf, vendorOf } from '../../scripts/lib/vendors.mjs';
import { ALIBABA_CREDENTIALS, HUAWEI_CREDENTIALS, SECRETS } from './services.ts';

/** The statuses the fake walks an instance through, chosen by the instance's name. */
const PLANS: Record<string, string[]> = {
  'plan-runs': ['CREATING', 'CREATING', 'RUNNING'],
  'plan-slow': ['CREATING'],
};
const fast = { intervalMs: 5, maxIntervalMs: 20, timeoutMs: 5_000 };
const projectId = HUAWEI_CREDENTIALS.projectId;

/** A client package as these tests drive it, the same way for every service (types.check.ts checks each one's types). */
interface Package {
  createClient(options: object): unknown;
  waitForInstance(client: any, options: any): Promise<unknown>;
  waitForDeleted(client: any, options: any): Promise<void>;
  paginate(client: any, options: any): AsyncGenerator<unknown, void, undefined>;
}

/** What differs between the services: the package, how calls name an instance, the failure status, the page-size limits. */
interface Lifecycle {
  sdk: Package;
  ref: (instanceId: string) => { instanceId: string; projectId?: string };
  /** Where paginate lists: Huawei needs the project. */
  scope: { projectId?: string };
  nameField: string;
  failedStatus: string;
  /** A valid page size, and one the list operation refuses with the field it names. */
  pageSizes: { small: number; tooLarge: number; field: string };
  notFound: (error: unknown) => void;
}

/** What differs between the vendors, for a service's package. */
const LIFECYCLE_OF_VENDOR: Record<string, (sdk: Package) => Lifecycle> = {
  huaweicloud: (sdk) => ({
    sdk,
    ref: (instanceId) => ({ projectId, instanceId }),
    scope: { projectId },
    nameField: 'name',
    failedStatus: 'CREATEFAILED',
    pageSizes: { small: 3, tooLarge: 51, field: '/query/limit' },
    notFound: (error) => {
      expect(error).toBeInstanceOf(HuaweiCloudError);
      expect(error).toMatchObject({ status: 404, errorCode: 'DMS.00404022' });
    },
  }),
  alibabacloud: (sdk) => ({
    sdk,
    ref: (instanceId) => ({ instanceId }),
    scope: {},
    nameField: 'instanceName',
    failedStatus: 'RELEASED',
    pageSizes: { small: 10, tooLarge: 201, field: '/query/pageSize' },
    notFound: (error) => {
      expect(error).toBeInstanceOf(AlibabaCloudError);
      expect(error).toMatchObject({ status: 404, code: 'Instance.NotFound' });
    },
  }),
};

// Each package loads only when its service is under test: a service's own test task needs only its build.
const LIFECYCLES: [ServiceId, Lifecycle][] = await Promise.all(
  SERVICES_UNDER_TEST.map(async (id): Promise<[ServiceId, Lifecycle]> => [id, LIFECYCLE_OF_VENDOR[vendorOf(bundledSpec(id))](await import(`@cloudmq/${id}`))]),
);

let stopFake: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stopFake?.();
  stopFake = undefined;
});

describe.each(LIFECYCLES)('%s', (serviceId, lifecycle) => {
  const { sdk } = lifecycle;
  const isHuawei = vendorOf(bundledSpec(serviceId)) === 'huaweicloud';
  const create = exampleCreateRequest(JSON.parse(readFileSync(bundlePath(serviceId), 'utf8')));

  /** A fake of the service with PLANS, the failure plan included, and a client on it. */
  async function start() {
    const fake = await startFakeCloud(serviceId, { statuses: (name) => PLANS[name] ?? (name === 'plan-fails' ? ['CREATING', lifecycle.failedStatus] : ['RUNNING']) });
    stopFake = fake.stop;
    const credentials = isHuawei ? HUAWEI_CREDENTIALS : ALIBABA_CREDENTIALS;
    const client = sdk.createClient({ endpoint: fake.url, credentials, throwOnError: true }) as any;
    const createInstance = async (name: string) => {
      const { data } = await client.request(create.method, create.path, { params: { ...create.params, query: undefined }, body: { ...create.body, [lifecycle.nameField]: name } });
      return createdIdOf(vendorOf(bundledSpec(serviceId)), data);
    };
    return { fake, client, createInstance };
  }

  it('waitForInstance tells onPoll each status it sees, the polls so far and the time taken', async () => {
    const { createInstance, client } = await start();
    const instanceId = await createInstance('plan-runs');
    const seen: [string | undefined, { polls: number; elapsedMs: number }][] = [];
    await sdk.waitForInstance(client, {
      ...lifecycle.ref(instanceId),
      ...fast,
      onPoll: (status: string | undefined, progress: { polls: number; elapsedMs: number }) => void seen.push([status, progress]),
    });
    expect(seen.map(([status, { polls }]) => [status, polls])).toEqual([
      ['CREATING', 1],
      ['CREATING', 2],
      ['RUNNING', 3],
    ]);
    const elapsed = seen.map(([, { elapsedMs }]) => elapsedMs);
    expect(elapsed).toEqual([...elapsed].sort((a, b) => a - b));
  });

  // [plan, { given: the instance's statuses, want: how waitForInstance ends }]
  it.each<[string, { given: string; want: { status?: string; reason?: string; lastStatus?: string } }]>([
    ['CREATING → RUNNING resolves with the running instance', { given: 'plan-runs', want: { status: 'RUNNING' } }],
    ['CREATING → a failure status rejects at once with that status', { given: 'plan-fails', want: { reason: 'failed', lastStatus: lifecycle.failedStatus } }],
    ['a slow start past the timeout rejects with the last status', { given: 'plan-slow', want: { reason: 'timeout', lastStatus: 'CREATING' } }],
  ])('waitForInstance: %s', async (_, { given, want }) => {
    const { fake, client, createInstance } = await start();
    const instanceId = await createInstance(given);
    const waiting = sdk.waitForInstance(client, { ...lifecycle.ref(instanceId), ...fast, timeoutMs: given === 'plan-slow' ? 200 : fast.timeoutMs });
    if (want.status) {
      const instance: any = await waiting;
      expect(instance.status).toBe(want.status);
      expect(instance[isHuawei ? 'instance_id' : 'instanceId']).toBe(instanceId);
      expect(fake.calls[isHuawei ? 'showInstance' : 'getInstance']).toBe(3);
    } else {
      const error = await waiting.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WaiterError);
      expect(error).toMatchObject({ reason: want.reason, lastStatus: want.lastStatus, instanceId, awaited: 'RUNNING' });
      expect((error as WaiterError).message).toContain(want.lastStatus);
    }
  });

  it('waitForInstance: an abort rejects with reason aborted and the last status', async () => {
    const { client, createInstance } = await start();
    const instanceId = await createInstance('plan-slow');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 60);
    const error = await sdk.waitForInstance(client, { ...lifecycle.ref(instanceId), ...fast, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterError);
    expect(error).toMatchObject({ reason: 'aborted', lastStatus: 'CREATING' });
  });

  it('waitForInstance: an unknown instance rejects with the service error (404)', async () => {
    const { client } = await start();
    lifecycle.notFound(await sdk.waitForInstance(client, { ...lifecycle.ref(isHuawei ? '00000000-0000-4000-8000-000000000000' : 'rmq-cn-missing0001'), ...fast }).catch((e: unknown) => e));
  });

  it('waitForDeleted: resolves once the instance is gone, and showing it then answers 404', async () => {
    const { client, createInstance } = await start();
    const instanceId = await createInstance('plan-runs');
    await sdk.waitForInstance(client, { ...lifecycle.ref(instanceId), ...fast });
    const instancePath = isHuawei ? '/v2/{project_id}/instances/{instance_id}' : '/instances/{instanceId}';
    const path = isHuawei ? { project_id: projectId, instance_id: instanceId } : { instanceId };
    await client.DELETE(instancePath, { params: { path } });
    await expect(sdk.waitForDeleted(client, { ...lifecycle.ref(instanceId), ...fast })).resolves.toBeUndefined();
    lifecycle.notFound(await client.GET(instancePath, { params: { path } }).catch((e: unknown) => e));
  });

  it('paginate: yields every instance once across pages, one list call per page', async () => {
    const { fake, client, createInstance } = await start();
    const count = lifecycle.pageSizes.small * 2 + 1;
    const created = [];
    for (let i = 0; i < count; i++) created.push(await createInstance(`paged-${i}`));
    const listed = [];
    for await (const instance of sdk.paginate(client, { ...lifecycle.scope, pageSize: lifecycle.pageSizes.small })) listed.push(instance);
    expect(listed.map((instance: any) => instance.instance_id ?? instance.instanceId).sort()).toEqual(created.sort());
    expect(fake.calls.listInstances).toBe(3);
  });

  it('paginate: a page size the list operation refuses is named, and nothing is sent', async () => {
    const { fake, client } = await start();
    const error = await sdk
      .paginate(client, { ...lifecycle.scope, pageSize: lifecycle.pageSizes.tooLarge })
      .next()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((issue) => issue.path)).toEqual([lifecycle.pageSizes.field]);
    expect(fake.calls.listInstances).toBeUndefined();
  });

  it('waiters: a timing option that is not a number of milliseconds is named', async () => {
    const { client } = await start();
    const error = await sdk.waitForInstance(client, { ...lifecycle.ref('x'), timeoutMs: -1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ option: 'timeoutMs' });
    expect((error as Error).message).toMatch(/^Option timeoutMs must be/);
  });

  it('waiter errors carry no secret', async () => {
    const { client, createInstance } = await start();
    const error = await sdk.waitForInstance(client, { ...lifecycle.ref(await createInstance('plan-fails')), ...fast }).catch((e: unknown) => e);
    const text = `${String(error)} ${JSON.stringify(error)}`;
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });
});
