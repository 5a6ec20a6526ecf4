// findFlavours of every Huawei client against the loopback fake (answers from the descriptions' examples): a create made only of what it finds passes validation and is sent.
import { readFileSync } from 'node:fs';
import { HuaweiCloudError, InvalidResponseError } from '@cloudmq/core';
import { exampleCreateRequest } from '@cloudmq/openapi-walk';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeCloud } from '../../scripts/lib/fake-cloud.mjs';
import { bundlePath } from '../../scripts/lib/services.mjs';
import { vendorOf } from '../../scripts/lib/vendors.mjs';
import { startLoopback } from '../support/loopback.ts';
import { bundledSpec, SERVICES_UNDER_TEST } from '../support/spec.ts';
import { HUAWEI_CREDENTIALS } from './services.ts';

const HUAWEI_SERVICES = SERVICES_UNDER_TEST.filter((id) => vendorOf(bundledSpec(id)) === 'huaweicloud');

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

describe.runIf(HUAWEI_SERVICES.length > 0).each(HUAWEI_SERVICES)('%s findFlavours', async (serviceId) => {
  const sdk = await import(`@cloudmq/${serviceId}`);
  const create = exampleCreateRequest(JSON.parse(readFileSync(bundlePath(serviceId), 'utf8')));

  it('finds flavours with zone ids, and a create built from them passes validation and is sent', async () => {
    const fake = await startFakeCloud(serviceId);
    stop = fake.stop;
    const client = sdk.createClient({ endpoint: fake.url, credentials: HUAWEI_CREDENTIALS, throwOnError: true });
    const flavours = await sdk.findFlavours(client);
    expect(flavours.length).toBeGreaterThan(0);
    const [flavour] = flavours;
    const [storage] = flavour.storage;
    // Ids of the zones answer, not the codes (cn-north-4a) the products answer names zones by.
    expect(storage.zoneIds[0]).toMatch(/^[0-9a-f]{32}$/);
    // The flavour's own fields, from the two answers only; the network ids (VPC, subnet, security group) stay the example's.
    const body = { ...create.body, ...sdk.createFieldsOf(flavour) };
    const { data } = await client.request(create.method, create.path, { params: { ...create.params, query: undefined }, body });
    expect(data.instance_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(fake.calls).toMatchObject({ listEngineProducts: 1, listAvailableZones: 1, [create.operationId]: 1 });
  });

  it('asks for one flavour with productId', async () => {
    const server = await startLoopback((request) => ({ status: 200, body: request.url.includes('products') ? { products: [] } : { available_zones: [] } }));
    stop = server.close;
    const client = sdk.createClient({ endpoint: server.url, credentials: HUAWEI_CREDENTIALS, throwOnError: true });
    expect(await sdk.findFlavours(client, { productId: 'c6.2u4g.cluster' })).toEqual([]);
    // A products operation that pages (RocketMQ's) is asked from the first product on.
    expect(server.requests.map(({ url }) => url).find((url) => url.includes('products'))).toMatch(/\/products\?product_id=c6\.2u4g\.cluster(&offset=0)?$/);
  });

  it.each([
    ['an error answer of the products operation is thrown as the service error', { status: 403, body: { error_code: 'DMS.00403001', error_msg: 'Forbidden' } }, HuaweiCloudError],
    ['a products answer whose list is no list is an InvalidResponseError', { status: 200, body: { products: { id: 'x' } } }, InvalidResponseError],
    ['an HTML page is an InvalidResponseError, not a crash', { status: 200, body: '<html>maintenance</html>' }, InvalidResponseError],
  ] as const)('%s', async (_name, answer, type) => {
    const server = await startLoopback((request) => (request.url.includes('products') ? answer : { status: 200, body: { available_zones: [] } }));
    stop = server.close;
    const client = sdk.createClient({ endpoint: server.url, credentials: HUAWEI_CREDENTIALS, retry: false });
    await expect(sdk.findFlavours(client)).rejects.toBeInstanceOf(type);
  });
});
