// Every paged list of every client has its paginator: against the stateful fake it yields each item once, the same one page at a time as all at once.
import { exampleCreateRequest, exampleRequests, resolveRef } from '@cloudmq/openapi-walk';
import { afterEach, expect, it } from 'vitest';
import { aimedAt } from '../../scripts/lib/demo-changes.mjs';
import { startFakeCloud } from '../../scripts/lib/fake-cloud.mjs';
import { createdIdOf, vendorOf } from '../../scripts/lib/vendors.mjs';
import { bundledSpec, SERVICES_UNDER_TEST, type ServiceId } from '../support/spec.ts';
import { ALIBABA_CREDENTIALS, HUAWEI_CREDENTIALS } from './services.ts';

interface PagedList {
  service: ServiceId;
  operationId: string;
  /** The operation's first documented request parameters, those of paging left out. */
  params: { path?: Record<string, string>; query?: Record<string, unknown> };
  /** The smallest page size the list takes; undefined when it takes none. */
  smallestPage?: number;
}

/** Every GET of every service under test that declares x-cloudmq-paginated. */
const PAGED_LISTS: PagedList[] = SERVICES_UNDER_TEST.flatMap((service) => {
  const document = bundledSpec(service);
  const seen = new Set<string>();
  return (exampleRequests(document) as { method: string; path: string; operationId: string; params: PagedList['params'] }[]).flatMap((request) => {
    const paginated = document.paths[request.path][request.method]?.['x-cloudmq-paginated'];
    if (request.method !== 'get' || !paginated || seen.has(request.operationId)) return [];
    seen.add(request.operationId);
    const paging = [paginated.offset, paginated.pageNumber, paginated.inputToken, paginated.pageSize];
    const query = Object.fromEntries(Object.entries(request.params.query ?? {}).filter(([name]) => !paging.includes(name)));
    const sizeParameter = (document.paths[request.path][request.method].parameters ?? [])
      .map((parameter: object) => resolveRef(document, parameter))
      .find((parameter: { name: string }) => parameter.name === paginated.pageSize);
    const smallestPage = paginated.pageSize ? Math.max(1, resolveRef(document, sizeParameter.schema).minimum ?? 1) : undefined;
    return [{ service, operationId: request.operationId, params: { path: request.params.path, query }, smallestPage }];
  });
});

let stopFake: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stopFake?.();
  stopFake = undefined;
});

it('covers the paged lists of every service', () => {
  const listInstances = PAGED_LISTS.filter((list) => list.operationId === 'listInstances').map((list) => list.service);
  expect(listInstances.sort()).toEqual([...SERVICES_UNDER_TEST].sort());
});

it.each(PAGED_LISTS.map((list): [string, PagedList] => [`${list.service} ${list.operationId}`, list]))('%s: its paginator pages through what the fake holds', async (_, list) => {
  const sdk = await import(`@cloudmq/${list.service}`);
  const paginate = sdk[`paginate${list.operationId[0].toUpperCase()}${list.operationId.slice(1)}`];
  expect(paginate).toBeTypeOf('function');
  const fake = await startFakeCloud(list.service, { statuses: () => ['RUNNING'] });
  stopFake = fake.stop;
  const isHuawei = vendorOf(bundledSpec(list.service)) === 'huaweicloud';
  const client = sdk.createClient({ endpoint: fake.url, credentials: isHuawei ? HUAWEI_CREDENTIALS : ALIBABA_CREDENTIALS, throwOnError: true });
  // Three instances, so that the list of instances has pages; the other lists page their documented items or the instance's.
  const create = exampleCreateRequest(bundledSpec(list.service));
  const created: string[] = [];
  for (let index = 0; index < 3; index++) {
    const { data } = await client.request(create.method, create.path, { params: { ...create.params, query: undefined }, body: create.body });
    created.push(createdIdOf(vendorOf(bundledSpec(list.service)), data));
  }
  const { params } = aimedAt(list, created[0]);
  const collect = async (pageSize?: number) => {
    const items: unknown[] = [];
    for await (const item of paginate(client, { params, ...(pageSize === undefined ? {} : { pageSize }) })) items.push(item);
    return items;
  };
  const all = await collect();
  const callsForAll = fake.calls[list.operationId];
  expect(callsForAll).toBe(1);
  const paged = await collect(list.smallestPage);
  expect(paged).toEqual(all);
  if (list.operationId === 'listInstances') expect(all.map((item: any) => item.instance_id ?? item.instanceId).sort()).toEqual(created.sort());
  if (list.smallestPage === 1 && all.length > 1) expect(fake.calls[list.operationId] - callsForAll).toBeGreaterThanOrEqual(all.length);
});
