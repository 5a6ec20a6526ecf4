// The paginator of paged lists (paginateList) against loopback pages: offset, page number and token paging, the answers that must stop it, and the flavour lookup that reads every page of products.
import { createAlibabaCloudClient, createHuaweiCloudClient } from '../../packages/core/src/client.ts';
import { InvalidOptionError, RequestAbortedError } from '../../packages/core/src/errors.ts';
import { findFlavours } from '../../packages/core/src/flavour-lookup.ts';
import { type PagedOperation, paginateList } from '../../packages/core/src/paginate.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { type Answer, type Loopback, startLoopback } from '../support/loopback.ts';

const PROJECT = '0605767a3300d5762fb0c0186d9e1c2e';
const credentials = { accessKeyId: 'HWTESTACCESSKEY0001', secretAccessKey: 'hw-secret-key-must-not-leak', projectId: PROJECT };
const fast = { baseDelayMs: 1, maxDelayMs: 2 };

/** A service of one GET operation per path (Alibaba's action named), without validators: what the paginator sends is what reaches the loopback. */
function serviceOf(paths: string[]) {
  const operations = Object.fromEntries(paths.map((path) => [`GET ${path}`, { operationId: path, action: 'ListThings', bodylessStatuses: [], validators: async () => ({}) }]));
  return { id: 'paginate-test', version: '0.0.0', endpoints: { 'r-1': 'https://example.invalid' }, apiVersion: '2022-08-01', operations };
}

const TASKS: PagedOperation = {
  vendor: 'huaweicloud',
  operationId: 'listBackgroundTasks',
  path: '/v2/{project_id}/instances/{instance_id}/tasks',
  items: ['tasks'],
  total: ['task_count'],
  itemId: 'id',
  pageSize: { name: 'limit', default: 100 },
  paging: { offset: 'offset' },
  fixed: { path: {}, query: {} },
};
const PRODUCTS: PagedOperation = {
  vendor: 'huaweicloud',
  operationId: 'listEngineProducts',
  path: '/v2/{engine}/products',
  items: ['products'],
  pageSize: { name: 'limit' },
  paging: { offset: 'offset' },
  fixed: { path: { engine: 'reliability' }, query: { engine: 'rocketmq' } },
};
const WHITELIST: PagedOperation = {
  vendor: 'alibabacloud',
  operationId: 'listInstanceIpWhitelist',
  path: '/instances/{instanceId}/ip/whitelist',
  items: ['data', 'list'],
  total: ['data', 'totalCount'],
  pageSize: { name: 'pageSize', default: 10_000 },
  paging: { pageNumber: 'pageNumber' },
  fixed: { path: {}, query: {} },
};
const TAGS: PagedOperation = {
  vendor: 'alibabacloud',
  operationId: 'listTagResources',
  path: '/resourceTag/list',
  items: ['data', 'tagResources'],
  paging: { inputToken: 'nextToken', outputToken: ['data', 'nextToken'] },
  fixed: { path: {}, query: { resourceType: 'instance' } },
};

const servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Pages `operation` against a loopback answering request n with bodies[n] (the last one repeats): what it yielded, what it threw, and the queries it sent. */
async function run(operation: PagedOperation, bodies: unknown[], options: Parameters<typeof paginateList>[2] = {}) {
  const answers: Answer[] = bodies.map((body) => (typeof body === 'object' && body !== null && 'status' in body ? (body as Answer) : { status: 200, body }));
  const server = await startLoopback((_, index) => answers[Math.min(index, answers.length - 1)]);
  servers.push(server);
  const create = operation.vendor === 'huaweicloud' ? createHuaweiCloudClient : createAlibabaCloudClient;
  const client = create(serviceOf([operation.path]), { endpoint: server.url, credentials, retry: fast });
  const items: unknown[] = [];
  let error: unknown;
  try {
    for await (const item of paginateList(client, operation, options)) items.push(item);
  } catch (caught) {
    error = caught;
  }
  await client.close();
  const queries = server.requests.map((request) => new URL(request.url, 'http://loopback').search.slice(1));
  const paths = server.requests.map((request) => new URL(request.url, 'http://loopback').pathname);
  return { items, error, queries, paths };
}

const task = (id: string) => ({ id, name: 'extend', status: 'SUCCESS' });
const envelope = (data: object) => ({ requestId: 'r-1', success: true, data });

describe('paginateList', () => {
  it.each<[string, { given: { operation: PagedOperation; bodies: unknown[]; options?: object }; want: { items: unknown[]; queries: string[] } }]>([
    [
      'offset: skips what it received, asks the most allowed per page, stops at the total (a string of digits)',
      {
        given: {
          operation: TASKS,
          bodies: [
            { task_count: '3', tasks: [task('a'), task('b')] },
            { task_count: '3', tasks: [task('c')] },
          ],
          options: { params: { path: { instance_id: 'i-1' }, query: { begin_time: '20200515000000' } } },
        },
        want: { items: [task('a'), task('b'), task('c')], queries: ['begin_time=20200515000000&limit=100&offset=0', 'begin_time=20200515000000&limit=100&offset=2'] },
      },
    ],
    [
      'offset: an item that moved to the next page is yielded once, and the count is of distinct items',
      {
        given: {
          operation: TASKS,
          bodies: [
            { task_count: '3', tasks: [task('a'), task('b')] },
            { task_count: '3', tasks: [task('b'), task('c')] },
          ],
          options: { params: { path: { instance_id: 'i-1' } }, pageSize: 2 },
        },
        want: { items: [task('a'), task('b'), task('c')], queries: ['limit=2&offset=0', 'limit=2&offset=2'] },
      },
    ],
    [
      'offset without a total: a short page is the last; the parameters with one allowed value are sent',
      {
        given: { operation: PRODUCTS, bodies: [{ products: [{ product_id: 'p-1' }, { product_id: 'p-2' }] }, { products: [{ product_id: 'p-3' }] }], options: { pageSize: 2 } },
        want: { items: [{ product_id: 'p-1' }, { product_id: 'p-2' }, { product_id: 'p-3' }], queries: ['engine=rocketmq&limit=2&offset=0', 'engine=rocketmq&limit=2&offset=2'] },
      },
    ],
    [
      'offset without a total or a page size: pages until one is empty; items without an id are told apart by their JSON',
      {
        given: { operation: PRODUCTS, bodies: [{ products: [{ product_id: 'p-1' }] }, { products: [{ product_id: 'p-2' }] }, { products: [] }] },
        want: { items: [{ product_id: 'p-1' }, { product_id: 'p-2' }], queries: ['engine=rocketmq&offset=0', 'engine=rocketmq&offset=1', 'engine=rocketmq&offset=2'] },
      },
    ],
    [
      'page number: counts pages from 1',
      {
        given: {
          operation: WHITELIST,
          bodies: [envelope({ totalCount: 3, list: ['10.0.0.0/8', '192.168.0.1'] }), envelope({ totalCount: 3, list: ['0.0.0.0/0'] })],
          options: { params: { path: { instanceId: 'rmq-cn-1' } }, pageSize: 10 },
        },
        want: { items: ['10.0.0.0/8', '192.168.0.1', '0.0.0.0/0'], queries: ['pageSize=10&pageNumber=1', 'pageSize=10&pageNumber=2'] },
      },
    ],
    [
      'page number: the default page size is the most allowed',
      {
        given: { operation: WHITELIST, bodies: [envelope({ totalCount: 1, list: ['0.0.0.0/0'] })], options: { params: { path: { instanceId: 'rmq-cn-1' } } } },
        want: { items: ['0.0.0.0/0'], queries: ['pageSize=10000&pageNumber=1'] },
      },
    ],
    [
      'token: sends the token of the last answer until an answer has none (or an empty one)',
      {
        given: {
          operation: TAGS,
          bodies: [
            envelope({ tagResources: [{ tagKey: 'a' }], nextToken: 't-1' }),
            envelope({ tagResources: [{ tagKey: 'b' }], nextToken: 't-2' }),
            envelope({ tagResources: [{ tagKey: 'c' }], nextToken: '' }),
          ],
          options: { params: { query: { regionId: 'cn-hangzhou' } } },
        },
        want: {
          items: [{ tagKey: 'a' }, { tagKey: 'b' }, { tagKey: 'c' }],
          queries: ['regionId=cn-hangzhou&resourceType=instance', 'regionId=cn-hangzhou&resourceType=instance&nextToken=t-1', 'regionId=cn-hangzhou&resourceType=instance&nextToken=t-2'],
        },
      },
    ],
    ['an answer without its list is an empty page', { given: { operation: TAGS, bodies: [envelope({})] }, want: { items: [], queries: ['resourceType=instance'] } }],
  ])('%s', async (_, { given, want }) => {
    const { items, error, queries } = await run(given.operation, given.bodies, given.options);
    expect(error).toBeUndefined();
    expect(items).toEqual(want.items);
    expect(queries).toEqual(want.queries);
  });

  it('fills the path parameters it fixes, and the project from the credentials', async () => {
    const { paths } = await run(PRODUCTS, [{ products: [] }]);
    expect(paths).toEqual(['/v2/reliability/products']);
    const tasks = await run(TASKS, [{ task_count: '0', tasks: [] }], { params: { path: { instance_id: 'i-1' } } });
    expect(tasks.paths).toEqual([`/v2/${PROJECT}/instances/i-1/tasks`]);
  });

  it.each<[string, { given: { operation: PagedOperation; bodies: unknown[]; options?: object }; want: { error: object; calls: number; items?: number } }]>([
    [
      'the same page again and again (the service ignores the offset)',
      {
        given: { operation: TASKS, bodies: [{ task_count: '100000', tasks: [task('a'), task('b')] }], options: { params: { path: { instance_id: 'i-1' } } } },
        want: { error: { name: 'InvalidResponseError', reason: 'repeated-page' }, calls: 2, items: 2 },
      },
    ],
    [
      'the same page again and again (the service ignores the page number)',
      {
        given: { operation: WHITELIST, bodies: [envelope({ totalCount: 50, list: ['0.0.0.0/0'] })], options: { params: { path: { instanceId: 'rmq-cn-1' } } } },
        want: { error: { reason: 'repeated-page' }, calls: 2, items: 1 },
      },
    ],
    [
      'the token it was asked with, again',
      {
        given: { operation: TAGS, bodies: [envelope({ tagResources: [{ tagKey: 'a' }], nextToken: 't-1' }), envelope({ tagResources: [{ tagKey: 'b' }], nextToken: 't-1' })] },
        want: { error: { reason: 'repeated-page' }, calls: 2, items: 2 },
      },
    ],
    [
      'a list that is not one',
      {
        given: { operation: TASKS, bodies: [{ task_count: '1', tasks: 'task-a' }], options: { params: { path: { instance_id: 'i-1' } } } },
        want: { error: { name: 'InvalidResponseError', reason: 'shape' }, calls: 1 },
      },
    ],
    [
      'an error answer',
      {
        given: { operation: TASKS, bodies: [{ status: 404, body: { error_code: 'DMS.00404022', error_msg: 'The instance does not exist.' } }], options: { params: { path: { instance_id: 'i-1' } } } },
        want: { error: { name: 'HuaweiCloudError', status: 404, errorCode: 'DMS.00404022' }, calls: 1 },
      },
    ],
    [
      'an HTML page',
      {
        given: { operation: TASKS, bodies: [{ status: 200, body: '<html>login</html>' }], options: { params: { path: { instance_id: 'i-1' } } } },
        want: { error: { name: 'InvalidResponseError' }, calls: 1 },
      },
    ],
  ])('stops with an error at %s', async (_, { given, want }) => {
    const { items, error, queries } = await run(given.operation, given.bodies, given.options);
    expect(error).toMatchObject(want.error);
    expect(queries).toHaveLength(want.calls);
    expect(items).toHaveLength(want.items ?? 0);
  });

  it('a total that is no count is left aside: the pages end where they run out', async () => {
    const { items, error, queries } = await run(
      TASKS,
      [
        { task_count: 'many', tasks: [task('a')] },
        { task_count: 'many', tasks: [] },
      ],
      { params: { path: { instance_id: 'i-1' } }, pageSize: 1 },
    );
    expect(error).toBeUndefined();
    expect(items).toEqual([task('a')]);
    expect(queries).toHaveLength(2);
  });

  it.each<[string, { given: { operation: PagedOperation; pageSize: unknown }; want: RegExp }]>([
    ['zero', { given: { operation: TASKS, pageSize: 0 }, want: /^Option pageSize must be a whole number of items, 1 or more/ }],
    ['a fraction', { given: { operation: TASKS, pageSize: 1.5 }, want: /^Option pageSize must be a whole number/ }],
    ['a string', { given: { operation: TASKS, pageSize: '10' }, want: /^Option pageSize must be a whole number/ }],
    ['any, where the list takes none', { given: { operation: TAGS, pageSize: 10 }, want: /^Option pageSize is not taken by listTagResources/ }],
  ])('refuses a page size that is %s, and sends nothing', async (_, { given, want }) => {
    const { error, queries } = await run(given.operation, [{ task_count: '0', tasks: [] }], { params: { path: { instance_id: 'i-1' } }, pageSize: given.pageSize as number });
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ option: 'pageSize' });
    expect((error as Error).message).toMatch(want);
    expect(queries).toEqual([]);
  });

  it('stops when its signal aborts, between pages', async () => {
    const controller = new AbortController();
    const server = await startLoopback(() => ({ status: 200, body: { task_count: '10', tasks: [task(String(Math.random()))] } }));
    servers.push(server);
    const client = createHuaweiCloudClient(serviceOf([TASKS.path]), { endpoint: server.url, credentials, retry: fast });
    const error = await (async () => {
      for await (const _ of paginateList(client, TASKS, { params: { path: { instance_id: 'i-1' } }, signal: controller.signal })) controller.abort();
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(server.requests).toHaveLength(1);
    await client.close();
  });

  it('findFlavours reads every page of a products operation that pages', async () => {
    const io = { io_spec: 'dms.physical.storage.high.v2', available_zones: ['cn-north-4a'] };
    const page = (number: number) => ({ total: 2, versions: ['4.8.0'], products: [{ product_id: `p-${number}`, ios: [io] }] });
    const zones = { available_zones: [{ id: 'id-a', code: 'cn-north-4a', soldOut: false, resource_availability: 'true' }] };
    const server = await startLoopback((request) => {
      if (request.url.startsWith('/v2/available-zones')) return { status: 200, body: zones };
      return { status: 200, body: page(new URL(request.url, 'http://loopback').searchParams.get('offset') === '0' ? 1 : 2) };
    });
    servers.push(server);
    const client = createHuaweiCloudClient(serviceOf([PRODUCTS.path, '/v2/available-zones']), { endpoint: server.url, credentials, retry: fast });
    const productPages = { ...PRODUCTS, total: ['total'] };
    const flavours = await findFlavours(client, { products: PRODUCTS.path, zones: '/v2/available-zones', engine: 'reliability', productPages });
    expect(flavours.map((flavour) => [flavour.productId, flavour.engineVersions, flavour.storage])).toEqual([
      ['p-1', ['4.8.0'], [{ specCode: 'dms.physical.storage.high.v2', zoneIds: ['id-a'] }]],
      ['p-2', ['4.8.0'], [{ specCode: 'dms.physical.storage.high.v2', zoneIds: ['id-a'] }]],
    ]);
    await client.close();
  });
});
