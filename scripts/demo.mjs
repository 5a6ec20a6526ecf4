// `npm run demo`: one instance's whole lifecycle per service (find a flavour and zone, create, wait until running, show, resize or update and wait, tag, restart, delete, wait until gone) through the generated clients, against stateful loopback fakes; no credentials or cloud account needed.
import { readFileSync } from 'node:fs';
import { startFakeCloud } from './lib/fake-cloud.mjs';
import { exampleCreateRequest, findOperation } from '@cloudmq/openapi-walk';
import { aimedAt, demoChanges } from './lib/demo-changes.mjs';
import { bundlePath, SERVICE_IDS } from './lib/services.mjs';
import { createdIdOf, VENDORS, vendorOf } from './lib/vendors.mjs';

// Made-up keys: the fakes check that requests are signed, not who signed them.
const projectId = '0605767a3300d5762fb0c0186d9e1c2e';
const huaweiCloudCredentials = { accessKeyId: 'DEMOACCESSKEYID0001', secretAccessKey: 'demo-secret-access-key', projectId };
const alibabaCloudCredentials = { accessKeyId: 'LTAIdemoaccesskey01', secretAccessKey: 'demo-access-key-secret' };
// The fakes move an instance on at each poll; a real instance takes minutes, so the defaults poll every 5 s or more.
const polling = { intervalMs: 20, maxIntervalMs: 100, timeoutMs: 10_000 };

/** What differs between the vendors: the demo's credentials, how calls name an instance, the status a show answers, when a resize shows. */
const VENDOR_DEMO = {
  huaweicloud: {
    credentials: huaweiCloudCredentials,
    ref: (instanceId) => ({ projectId, instanceId }),
    showParams: (instanceId) => ({ project_id: projectId, instance_id: instanceId }),
    statusOf: (data) => data.status,
    // The storage a resize asked for (scripts/lib/demo-changes.mjs chooses the resize).
    resized: (body) => (instance) => (instance.total_storage_space ?? instance.storage_space) === body.new_storage_space,
    tagKeys: ({ body }) => body.tags.map(({ key }) => key),
  },
  alibabacloud: {
    credentials: alibabaCloudCredentials,
    ref: (instanceId) => ({ instanceId }),
    showParams: (instanceId) => ({ instanceId }),
    statusOf: (data) => data.data.status,
    // The settings an update asked for.
    resized: (body) => (instance) => Object.entries(body).every(([key, value]) => typeof value === 'object' || instance[key] === value),
    tagKeys: ({ params }) => JSON.parse(params.query.tag).map(({ key }) => key),
  },
};

async function lifecycle(serviceId, endpoint) {
  const document = JSON.parse(readFileSync(bundlePath(serviceId), 'utf8'));
  const vendor = vendorOf(document);
  const service = VENDOR_DEMO[vendor];
  const sdk = await import(`@cloudmq/${serviceId}`);
  const client = sdk.createClient({ endpoint, credentials: service.credentials, throwOnError: true });
  // Show and delete share the instance's path.
  const instancePath = findOperation(document, VENDORS[vendor].lifecycle.show).path;
  const rows = [];
  const step = async (name, run) => {
    const started = performance.now();
    const { instanceId, outcome } = await run();
    rows.push({ service: serviceId, step: name, outcome, instanceId, milliseconds: (performance.now() - started).toFixed(1) });
  };
  const { operationId, method, path, params, body: example } = exampleCreateRequest(document);
  let body = example;
  if (sdk.findFlavours) {
    // The flavour, storage class and zone come from the service itself, as a real create's should.
    await step('findFlavours', async () => {
      const [flavour] = await sdk.findFlavours(client);
      body = { ...example, ...sdk.createFieldsOf(flavour) };
      return { instanceId: '', outcome: `${flavour.productId}, ${body.storage_spec_code} in zone ${body.available_zones[0]}` };
    });
  }
  let instanceId;
  await step(operationId, async () => {
    // A documented example without its optional clientToken: the client makes one per call.
    const { data, response } = await client.request(method, path, { params: { ...params, query: undefined }, body });
    instanceId = createdIdOf(vendor, data);
    return { instanceId, outcome: `HTTP ${response.status}` };
  });
  const ref = service.ref(instanceId);
  const showParams = service.showParams(instanceId);
  /** Runs a waiter on this instance; its outcome is the statuses it saw, in order. */
  const watched = async (waiter, options = {}) => {
    const seen = [];
    await waiter(client, { ...ref, ...polling, ...options, onPoll: (status) => seen.push(status ?? 'not found') });
    return { instanceId, outcome: seen.join(' → ') };
  };
  await step('waitForInstance', () => watched(sdk.waitForInstance));
  await step('show', async () => ({ instanceId, outcome: service.statusOf((await client.GET(instancePath, { params: { path: showParams } })).data) }));
  // The changes automation makes next, each the first documented example of its operation, sent to this instance.
  const { resize, tag, restart } = demoChanges(document);
  const send = (request) => client.request(request.method, request.path, aimedAt(request, instanceId));
  if (resize) {
    let jobId;
    await step(resize.operationId, async () => {
      const { data, response } = await send(resize);
      jobId = data?.job_id;
      return { instanceId, outcome: `HTTP ${response.status}` };
    });
    await step('waitForResize', () => watched(sdk.waitForResize, { resized: service.resized(resize.body) }));
    if (jobId && sdk.waitForTask) await step('waitForTask', async () => ({ instanceId, outcome: (await sdk.waitForTask(client, { ...ref, ...polling, taskId: jobId })).status }));
  }
  if (tag) {
    await step(tag.operationId, async () => ({ instanceId, outcome: `HTTP ${(await send(tag)).response.status}: ${service.tagKeys(tag).join(', ')}` }));
  }
  if (restart) {
    await step(restart.operationId, async () => ({ instanceId, outcome: `HTTP ${(await send(restart)).response.status}: restart` }));
    await step('waitForInstance', () => watched(sdk.waitForInstance));
  }
  await step('deleteInstance', async () => ({ instanceId, outcome: `HTTP ${(await client.DELETE(instancePath, { params: { path: showParams } })).response.status}` }));
  await step('waitForDeleted', () => watched(sdk.waitForDeleted));
  return rows;
}

function printTable(rows) {
  const columns = [
    ['service', 'service'],
    ['step', 'step'],
    ['outcome', 'outcome'],
    ['instanceId', 'instance id'],
    ['milliseconds', 'ms'],
  ];
  const widths = columns.map(([key, title]) => Math.max(title.length, ...rows.map((row) => String(row[key]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(columns.map(([, title]) => title)));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(columns.map(([key]) => row[key])));
}

const fakes = await Promise.all(SERVICE_IDS.map((serviceId) => startFakeCloud(serviceId)));
try {
  console.log(`Stateful fakes on loopback: ${fakes.map((fake) => `${fake.serviceId} ${fake.url}`).join(', ')}\n`);
  const rows = [];
  const failures = [];
  for (const fake of fakes) {
    try {
      rows.push(...(await lifecycle(fake.serviceId, fake.url)));
    } catch (error) {
      failures.push(`${fake.serviceId}: ${error.message}`);
    }
  }
  printTable(rows);
  console.log(failures.length === 0 ? `\n${fakes.length} lifecycles completed: created, running, shown, changed, tagged, deleted, gone.` : `\n${failures.join('\n')}`);
  process.exitCode = failures.length === 0 ? 0 : 1;
} finally {
  await Promise.all(fakes.map((fake) => fake.stop()));
}
