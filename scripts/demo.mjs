// `npm run demo`: creates one instance with each create operation through the generated clients, against Prism mock servers; no credentials or cloud account needed.
import { readFileSync } from 'node:fs';
import { createClient as createAlibabaCloudRocketmqClient } from '@cloudmq/alibabacloud-rocketmq';
import { createClient as createHuaweiCloudKafkaClient } from '@cloudmq/huaweicloud-kafka';
import { createClient as createHuaweiCloudRabbitmqClient } from '@cloudmq/huaweicloud-rabbitmq';
import { createClient as createHuaweiCloudRocketmqClient } from '@cloudmq/huaweicloud-rocketmq';
import { startMockServer } from './lib/mock-server.mjs';
import { exampleRequests } from './lib/openapi-walk.mjs';
import { bundlePath, SERVICE_IDS } from './lib/services.mjs';

// Made-up keys: the mock checks that requests are signed, not who signed them.
const huaweiCloudCredentials = { accessKeyId: 'DEMOACCESSKEYID0001', secretAccessKey: 'demo-secret-access-key', projectId: '0605767a3300d5762fb0c0186d9e1c2e' };
const alibabaCloudCredentials = { accessKeyId: 'LTAIdemoaccesskey01', secretAccessKey: 'demo-access-key-secret' };

/** Each service's client on a mock endpoint, and where its create answer carries the new instance's id. */
const SERVICES = {
  'huaweicloud-rocketmq': { client: (endpoint) => createHuaweiCloudRocketmqClient({ endpoint, credentials: huaweiCloudCredentials }), instanceId: (data) => data.instance_id },
  'huaweicloud-kafka': { client: (endpoint) => createHuaweiCloudKafkaClient({ endpoint, credentials: huaweiCloudCredentials }), instanceId: (data) => data.instance_id },
  'huaweicloud-rabbitmq': { client: (endpoint) => createHuaweiCloudRabbitmqClient({ endpoint, credentials: huaweiCloudCredentials }), instanceId: (data) => data.instance_id },
  'alibabacloud-rocketmq': { client: (endpoint) => createAlibabaCloudRocketmqClient({ endpoint, credentials: alibabaCloudCredentials }), instanceId: (data) => data.data },
};

/** The first documented example of every create operation of a service. */
function createRequests(serviceId) {
  const requests = exampleRequests(JSON.parse(readFileSync(bundlePath(serviceId), 'utf8'))).filter((request) => request.operationId.startsWith('create'));
  return requests.filter((request, index) => requests.findIndex((other) => other.operationId === request.operationId) === index);
}

async function createInstances(serviceId, endpoint) {
  const client = SERVICES[serviceId].client(endpoint);
  const rows = [];
  for (const { operationId, method, path, params, body } of createRequests(serviceId)) {
    const started = performance.now();
    // The body is a documented example without its optional clientToken: the client makes one per call.
    const { response, data, error } = await client.request(method, path, { params: { ...params, query: undefined }, body });
    const milliseconds = performance.now() - started;
    rows.push({ service: serviceId, operation: operationId, status: response.status, instanceId: data ? SERVICES[serviceId].instanceId(data) : `error: ${JSON.stringify(error)}`, milliseconds: milliseconds.toFixed(1) });
  }
  return rows;
}

function printTable(rows) {
  const columns = [
    ['service', 'service'],
    ['operation', 'operation'],
    ['status', 'HTTP status'],
    ['instanceId', 'instance id'],
    ['milliseconds', 'ms'],
  ];
  const widths = columns.map(([key, title]) => Math.max(title.length, ...rows.map((row) => String(row[key]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(columns.map(([, title]) => title)));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(columns.map(([key]) => row[key])));
}

const mocks = await Promise.all(SERVICE_IDS.map((serviceId) => startMockServer(serviceId)));
try {
  console.log(`Mock servers (Prism): ${mocks.map((mock) => `${mock.serviceId} ${mock.url}`).join(', ')}\n`);
  const rows = [];
  for (const mock of mocks) rows.push(...(await createInstances(mock.serviceId, mock.url)));
  printTable(rows);
  const failed = rows.filter((row) => row.status < 200 || row.status > 299);
  console.log(failed.length === 0 ? `\n${rows.length} instances created.` : `\n${failed.length} of ${rows.length} creates failed.`);
  process.exitCode = failed.length === 0 ? 0 : 1;
} finally {
  await Promise.all(mocks.map((mock) => mock.stop()));
}
