// The stateful fake models every write of every description: each write's first documented request, sent through the generated client, answers the documented success; what it changes shows in the reads; an unknown instance answers the service's 404.
import { AlibabaCloudError, HuaweiCloudError } from '@cloudmq/core';
import { exampleCreateRequest, exampleRequests, operationsOf } from '@cloudmq/openapi-walk';
import { afterEach, describe, expect, it } from 'vitest';
import { aimedAt } from '../../scripts/lib/demo-changes.mjs';
import { startFakeCloud } from '../../scripts/lib/fake-cloud.mjs';
import { createdIdOf, vendorOf } from '../../scripts/lib/vendors.mjs';
import { HUAWEI_CREDENTIALS, serviceClient } from '../clients/services.ts';
import { answerValidator, bundledSpec, type HttpMethod, resolve, SERVICES_UNDER_TEST, type ServiceId } from '../support/spec.ts';

type Answer = { data?: any; error?: unknown; response: Response };
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** A client as these tests drive it: any documented path, by method. */
type Client = Record<Method, (path: string, init?: object) => Promise<Answer>> & { request(method: string, path: string, init?: object): Promise<Answer> };
interface ExampleRequest {
  method: string;
  path: string;
  operationId: string;
  params: { path?: Record<string, string>; query?: Record<string, unknown> };
  body?: any;
}

const fast = { intervalMs: 5, maxIntervalMs: 20, timeoutMs: 5_000 };
const projectId = HUAWEI_CREDENTIALS.projectId;

/** What differs between the vendors: an id no instance has, the 404 error it answers. */
const VENDOR = {
  huaweicloud: { unknownId: '00000000-0000-4000-8000-000000000000', notFound: [HuaweiCloudError, { status: 404, errorCode: 'DMS.00404022' }] },
  alibabacloud: { unknownId: 'rmq-cn-missing0001', notFound: [AlibabaCloudError, { status: 404, code: 'Instance.NotFound' }] },
} as const;
const vendorOfService = (service: ServiceId) => VENDOR[vendorOf(bundledSpec(service)) as keyof typeof VENDOR];

let stopFake: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stopFake?.();
  stopFake = undefined;
});

/** A fake of `service` whose instances run at once (but those of `statuses`), a client on it, and a way to create instances there. */
async function start(service: ServiceId, { throwOnError = false, statuses = {} as Record<string, string[]> } = {}) {
  const fake = await startFakeCloud(service, { statuses: (name) => statuses[name] ?? ['RUNNING'] });
  stopFake = fake.stop;
  const client = (await serviceClient(service, fake.url, { retry: false, throwOnError })) as unknown as Client;
  const create = exampleCreateRequest(bundledSpec(service));
  /** A new instance; `fields` (a name) go into the create's documented body. */
  const createInstance = async (fields: object = {}) => {
    // The create's clientToken left out: the client makes one per call.
    const { data } = await client.request(create.method, create.path, { params: { ...create.params, query: undefined }, body: { ...create.body, ...fields } });
    return createdIdOf(vendorOf(bundledSpec(service)), data);
  };
  return { fake, client, createInstance };
}

/** Whether a request names one instance that must exist (a batch answers each instance's outcome instead). */
const namesInstance = (request: ExampleRequest) => Object.keys(request.params.path ?? {}).some((name) => /^instance_?id$/i.test(name)) || request.params.query?.resourceId !== undefined;

/** The documented success status of an operation, and a validator of its JSON body where it has one. */
function successOf(service: ServiceId, method: string, path: string) {
  const responses = bundledSpec(service).paths[path][method].responses;
  const status = Object.keys(responses).find((code) => code.startsWith('2')) as string;
  const validate = resolve(service, responses[status]).content?.['application/json'] ? answerValidator(service, method as HttpMethod, path, status) : undefined;
  return { status: Number(status), validate };
}

/** A write of a service, as its first documented request. */
type Write = ExampleRequest & { service: ServiceId };

/** Every write of every service under test. */
const WRITES: Write[] = SERVICES_UNDER_TEST.flatMap((service) => {
  const first = new Map<string, Write>();
  for (const request of exampleRequests(bundledSpec(service)) as ExampleRequest[])
    if (request.method !== 'get' && !first.has(request.operationId)) first.set(request.operationId, { ...request, service });
  return [...first.values()];
});

// [operation, { given: its first documented request, to an instance of the fake; want: the documented success status and body schema }]
it.each<[string, { given: Write; want: ReturnType<typeof successOf> }]>(
  WRITES.map((request) => [`${request.service} ${request.operationId}`, { given: request, want: successOf(request.service, request.method, request.path) }]),
)('%s answers its documented success', async (_, { given, want }) => {
  const { client, createInstance } = await start(given.service);
  const { data, error, response } = await client[given.method.toUpperCase() as Method](given.path, aimedAt(given, await createInstance()));
  expect(error).toBeUndefined();
  expect(response.status).toBe(want.status);
  expect(want.validate?.(data) ?? []).toEqual([]);
});

// [operation, { given: its first documented request, naming an instance the fake has not; want: the service's 404 }]
it.each<[string, { given: Write; want: readonly [abstract new (...args: never) => unknown, object] }]>(
  WRITES.filter(namesInstance).map((request) => [`${request.service} ${request.operationId}`, { given: request, want: vendorOfService(request.service).notFound }]),
)('%s on an unknown instance throws the 404 service error', async (_, { given, want: [type, fields] }) => {
  const service = given.service;
  const { client } = await start(service, { throwOnError: true });
  const error = await client[given.method.toUpperCase() as Method](given.path, aimedAt(given, vendorOfService(service).unknownId)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(type);
  expect(error).toMatchObject(fields);
});

const HUAWEI = SERVICES_UNDER_TEST.filter((service) => vendorOf(bundledSpec(service)) === 'huaweicloud');
const ALIBABA = SERVICES_UNDER_TEST.filter((service) => vendorOf(bundledSpec(service)) === 'alibabacloud');
/** The writes of `service` whose path ends with `tail`. */
/** The path of the project tag read beside a tag action. */
const projectTagsPath = (tagAction: ExampleRequest) => tagAction.path.replace('{instance_id}/tags/action', 'tags');
/** Whether a GET of `path` pages (x-cloudmq-paginated). */
const pages = (service: ServiceId, path: string) =>
  operationsOf(bundledSpec(service)).some((found: { method: string; path: string; operation: object }) => found.method === 'get' && found.path === path && 'x-cloudmq-paginated' in found.operation);
const writesOf = (service: ServiceId, tail: string) => WRITES.filter((request) => request.service === service && request.path.endsWith(tail));

describe.runIf(HUAWEI.length > 0).each(HUAWEI)('%s', async (service) => {
  const sdk = await import(`@cloudmq/${service}`);

  it.each(writesOf(service, '/instances/action'))('a batch delete ($operationId) deletes each instance as deleteInstance does, and refuses an unknown one', async (batch) => {
    const { client, createInstance } = await start(service);
    const [first, second] = [await createInstance(), await createInstance()];
    const instances = [first, second, VENDOR.huaweicloud.unknownId];
    const { data } = await client.POST(batch.path, { params: batch.params, body: { action: 'delete', instances } });
    expect(data.results).toEqual([
      { instance: first, result: 'success' },
      { instance: second, result: 'success' },
      { instance: VENDOR.huaweicloud.unknownId, result: 'failed' },
    ]);
    for (const instanceId of [first, second]) await expect(sdk.waitForDeleted(client, { projectId, instanceId, ...fast })).resolves.toBeUndefined();
  });

  // The first documented delete of every failed creation.
  const allFailure = (exampleRequests(bundledSpec(service)) as ExampleRequest[]).filter((request) => request.body?.all_failure !== undefined).slice(0, 1);
  it.each(allFailure)('a batch delete ($operationId) with all_failure deletes the failed creations only, without a body', async (batch) => {
    const { client, createInstance } = await start(service, { statuses: { failed: ['CREATEFAILED'] } });
    const [failed, running] = [await createInstance({ name: 'failed' }), await createInstance()];
    const { response } = await client.POST(batch.path, { params: batch.params, body: batch.body });
    expect(response.status).toBe(204);
    await expect(sdk.waitForDeleted(client, { projectId, instanceId: failed, ...fast })).resolves.toBeUndefined();
    await expect(sdk.waitForInstance(client, { projectId, instanceId: running, ...fast })).resolves.toMatchObject({ status: 'RUNNING' });
  });

  it.each(writesOf(service, '/tags/action'))('the project tag read answers each key of the instances with its values ($operationId)', async (tagAction) => {
    const { client, createInstance } = await start(service);
    for (const value of ['production', 'staging']) {
      const { params } = aimedAt(tagAction, await createInstance());
      await client.POST(tagAction.path, { params, body: { action: 'create', tags: [{ key: 'env', value }] } });
    }
    const projectTags = projectTagsPath(tagAction);
    // A paged read (RocketMQ's) also counts the keys.
    const { data } = await client.GET(projectTags, { params: { path: { project_id: projectId } } });
    expect(data.tags).toEqual([{ key: 'env', values: ['production', 'staging'] }]);
    if ('total' in data) expect(data.total).toBe(1);
  });

  // RocketMQ's project tags page, and say where the next and previous pages start.
  const pagedProjectTags = writesOf(service, '/tags/action').filter((tagAction) => pages(service, projectTagsPath(tagAction)));
  it.each(pagedProjectTags)('a paged project tag read says where the next and previous pages start, -1 for none ($operationId)', async (tagAction) => {
    const { client, createInstance } = await start(service);
    for (const key of ['env', 'team']) {
      const { params } = aimedAt(tagAction, await createInstance());
      await client.POST(tagAction.path, { params, body: { action: 'create', tags: [{ key, value: 'x' }] } });
    }
    const page = async (offset: number) => (await client.GET(projectTagsPath(tagAction), { params: { path: { project_id: projectId }, query: { offset, limit: 1 } } })).data;
    expect(await page(0)).toMatchObject({ total: 2, next_offset: 1, previous_offset: -1, tags: [{ key: 'env' }] });
    expect(await page(1)).toMatchObject({ total: 2, next_offset: -1, previous_offset: 0, tags: [{ key: 'team' }] });
  });

  it.each(writesOf(service, '/extend'))('deleting the background task of $operationId clears its record', async (resize) => {
    const { client, createInstance } = await start(service);
    const instanceId = await createInstance();
    const { data } = await client.POST(resize.path, aimedAt(resize, instanceId));
    const task = { params: { path: { project_id: projectId, instance_id: instanceId, task_id: data.job_id } } };
    await client.DELETE('/v2/{project_id}/instances/{instance_id}/tasks/{task_id}', task);
    expect((await client.GET('/v2/{project_id}/instances/{instance_id}/tasks/{task_id}', task)).data).toEqual({ task_count: '0', tasks: [] });
  });

  it.each(writesOf(service, '/upgrade'))('$operationId shows UPGRADING and answers a task that ends SUCCESS', async (upgrade) => {
    const { client, createInstance } = await start(service);
    const instanceId = await createInstance();
    const { data } = await client.POST(upgrade.path, aimedAt(upgrade, instanceId));
    const seen: (string | undefined)[] = [];
    await sdk.waitForInstance(client, { projectId, instanceId, ...fast, onPoll: (status: string | undefined) => seen.push(status) });
    expect(seen).toEqual(['UPGRADING', 'RUNNING']);
    await expect(sdk.waitForTask(client, { projectId, instanceId, taskId: data.job_id, ...fast })).resolves.toMatchObject({ id: data.job_id, name: 'upgrade', status: 'SUCCESS' });
  });
});

describe.runIf(ALIBABA.length > 0).each(ALIBABA)('%s', (service) => {
  const region = { regionId: 'cn-hangzhou', resourceType: 'instance' };

  it('a tag shows in ListTagResources for its instance only, until it is detached', async () => {
    const { client, createInstance } = await start(service);
    const [tagged, other] = [await createInstance(), await createInstance()];
    const tag = (instanceId: string, value: string) =>
      client.POST('/resourceTag/create', { params: { query: { ...region, resourceId: JSON.stringify([instanceId]), tag: JSON.stringify([{ key: 'env', value }]) } } });
    await tag(tagged, 'prod');
    await tag(other, 'test');
    const listed = async () => (await client.GET('/resourceTag/list', { params: { query: { ...region, resourceId: JSON.stringify([tagged]) } } })).data.data.tagResources;
    expect(await listed()).toEqual([{ resourceType: 'instance', resourceId: tagged, tagKey: 'env', tagValue: 'prod' }]);
    await client.DELETE('/resourceTag/delete', { params: { query: { ...region, resourceId: JSON.stringify([tagged]), tagKey: '["env"]' } } });
    expect(await listed()).toEqual([]);
  });

  it('whitelist entries added and removed show in both whitelist reads', async () => {
    const { client, createInstance } = await start(service);
    const path = { instanceId: await createInstance() };
    const whitelist = async () => [
      (await client.GET('/instances/{instanceId}/ip/whitelists', { params: { path } })).data.data.ipWhitelists,
      (await client.GET('/instances/{instanceId}/ip/whitelist', { params: { path } })).data.data.list,
    ];
    await client.POST('/instances/{instanceId}/ip/whitelist', { params: { path }, body: { ipWhitelists: ['203.0.113.0/24', '198.51.100.17'] } });
    expect(await whitelist()).toEqual(Array(2).fill(['0.0.0.0/0', '203.0.113.0/24', '198.51.100.17']));
    await client.DELETE('/instances/{instanceId}/ip/whitelist', { params: { path, query: { ipWhitelists: ['0.0.0.0/0', '198.51.100.17'] } } });
    expect(await whitelist()).toEqual(Array(2).fill(['203.0.113.0/24']));
  });

  it('ChangeResourceGroup moves the instance as GetInstance and ListInstances show it', async () => {
    const { client, createInstance } = await start(service);
    const instanceId = await createInstance();
    await client.POST('/resourceGroup/change', { params: { query: { ...region, resourceId: instanceId, resourceGroupId: 'rg-acfm3tmjruyribi2' } } });
    expect((await client.GET('/instances/{instanceId}', { params: { path: { instanceId } } })).data.data.resourceGroupId).toBe('rg-acfm3tmjruyribi2');
    expect((await client.GET('/instances', {})).data.data.list.map((listed: { resourceGroupId: string }) => listed.resourceGroupId)).toEqual(['rg-acfm3tmjruyribi2']);
  });
});
