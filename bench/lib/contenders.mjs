// What the per-call benchmark calls: each of our clients, the official SDK for the same operation, the hand-written node:http floor of each operation, and a fetch reference.
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { exampleCreateRequest, findOperation } from '@cloudmq/openapi-walk';
import { bundlePath, SERVICE_IDS } from '../../scripts/lib/services.mjs';
import { vendorOf } from '../../scripts/lib/vendors.mjs';
import { alibabaSignedHeaders } from './hand-signed-alibaba.mjs';
import { huaweiSignedHeaders } from './hand-signed-huawei.mjs';

const require = createRequire(import.meta.url);

// Made-up keys: the loopback server does not check signatures, every contender computes one.
const HUAWEI_CREDENTIALS = { accessKeyId: 'BENCHACCESSKEYID0001', secretAccessKey: 'bench-secret-access-key', projectId: '0605767a3300d5762fb0c0186d9e1c2e' };
const ALIBABA_CREDENTIALS = { accessKeyId: 'LTAIbenchaccesskey01', secretAccessKey: 'bench-access-key-secret' };

const descriptionOf = (serviceId) => JSON.parse(readFileSync(bundlePath(serviceId), 'utf8'));

/** A service's current create (its first create that is not deprecated) with its first documented example: what every contender of that service sends. */
function createOf(serviceId) {
  return exampleCreateRequest(descriptionOf(serviceId));
}

/** The call contenders of one service make, as the report groups them. */
const operationOf = (serviceId) => `${serviceId} ${createOf(serviceId).operationId}`;

/** Our client of a service (or the module at `moduleUrl`, generated from its description), calling its create with the documented example. */
async function ours(serviceId, moduleUrl = `@cloudmq/${serviceId}`) {
  const { createClient } = await import(moduleUrl);
  const { method, path, params, body } = createOf(serviceId);
  return (url) => {
    const credentials = vendorOf(descriptionOf(serviceId)) === 'huaweicloud' ? HUAWEI_CREDENTIALS : ALIBABA_CREDENTIALS;
    const client = createClient({ endpoint: url, credentials, throwOnError: true });
    // The example's clientToken is left out: the client makes one per call, as in real use.
    return () => client.request(method, path, { params: { ...params, query: undefined }, body });
  };
}

/** An official Huawei Cloud SDK client (Node.js, axios) calling `call` with the example body of our client's create. */
function huaweiSdk(packageName, clientClass, serviceId, call) {
  const sdk = require(packageName);
  const { body } = createOf(serviceId);
  return (url) => {
    const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core');
    const credentials = new BasicCredentials().withAk(HUAWEI_CREDENTIALS.accessKeyId).withSk(HUAWEI_CREDENTIALS.secretAccessKey).withProjectId(HUAWEI_CREDENTIALS.projectId);
    const client = sdk[clientClass].newBuilder().withCredential(credentials).withEndpoint(url).build();
    return () => call(sdk, client, body);
  };
}

/** A Darabonba model of the Alibaba Cloud SDK built from JSON, nested models included. */
function alibabaModel(Model, json) {
  const types = Model.types();
  const names = Model.names();
  const fields = {};
  for (const [member, name] of Object.entries(names)) {
    if (!(name in json)) continue;
    const type = types[member];
    const value = json[name];
    if (typeof type === 'function') fields[member] = alibabaModel(type, value);
    else if (typeof type?.itemType === 'function') fields[member] = value.map((item) => alibabaModel(type.itemType, item));
    else fields[member] = value;
  }
  return new Model(fields);
}

/**
 * The least a client can do for one operation's example: serialize the body, sign it by hand with
 * node:crypto and send it with `send(url, method, headers, body)`. A query `clientToken` is made afresh per
 * call, as our clients make their idempotency token.
 */
function handSigned(serviceId, send) {
  const document = descriptionOf(serviceId);
  const { operationId, method, path, params, body } = createOf(serviceId);
  const upper = method.toUpperCase();
  const signedHeaders =
    vendorOf(document) === 'huaweicloud'
      ? (url, json) => huaweiSignedHeaders({ method: upper, url, body: json, ...HUAWEI_CREDENTIALS })
      : (url, json) =>
          alibabaSignedHeaders({
            method: upper,
            url,
            body: json,
            ...ALIBABA_CREDENTIALS,
            action: findOperation(document, operationId).operation['x-cloudmq-action'],
            version: document.info['x-cloudmq-api-version'],
          });
  const filledPath = path.replace(/\{(\w+)\}/g, (_, name) => params.path[name]);
  return (url) => () => {
    const query = params.query?.clientToken === undefined ? '' : `?clientToken=${crypto.randomUUID()}`;
    const target = `${url}${filledPath}${query}`;
    const json = JSON.stringify(body);
    return send(target, upper, signedHeaders(target, json), json);
  };
}

const keepAliveAgent = new Agent({ keepAlive: true, maxSockets: 1 });

/** A request with node:http on a keep-alive agent, its answer parsed as JSON. */
function sendWithNodeHttp(url, method, headers, body) {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method, agent: keepAliveAgent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Our Kafka client generated with 200 more operations: its per-call cost must be the Kafka client's. */
export const SYNTHETIC_CONTENDER = 'ours synthetic kafka, 200 more operations';

/**
 * Contenders by name: `operation` groups those that make the same call; `kind` is ours, floor,
 * official or reference; `prepare()` loads the code (not timed) and returns `(url) => call`.
 */
export const CONTENDERS = {
  ...Object.fromEntries(
    SERVICE_IDS.flatMap((serviceId) => [
      [`ours ${serviceId}`, { kind: 'ours', operation: operationOf(serviceId), prepare: () => ours(serviceId) }],
      [`floor ${serviceId}`, { kind: 'floor', operation: operationOf(serviceId), prepare: async () => handSigned(serviceId, sendWithNodeHttp) }],
    ]),
  ),
  // Built by `npm run bench` (bench/lib/synthetic-client.mjs), which names it in this variable.
  [SYNTHETIC_CONTENDER]: {
    kind: 'ours',
    operation: operationOf('huaweicloud-kafka'),
    prepare: () => {
      const moduleUrl = process.env.CLOUDMQ_BENCH_SYNTHETIC_CLIENT;
      if (!moduleUrl) throw new Error('CLOUDMQ_BENCH_SYNTHETIC_CLIENT is unset: run the synthetic contender through npm run bench');
      return ours('huaweicloud-kafka', moduleUrl);
    },
  },
  'official @huaweicloud/huaweicloud-sdk-rocketmq': {
    kind: 'official',
    operation: operationOf('huaweicloud-rocketmq'),
    prepare: async () =>
      huaweiSdk('@huaweicloud/huaweicloud-sdk-rocketmq', 'RocketMQClient', 'huaweicloud-rocketmq', (sdk, client, body) =>
        client.createPostPaidInstance(new sdk.CreatePostPaidInstanceRequest().withBody(Object.assign(new sdk.CreatePostPaidInstanceReq(), body))),
      ),
  },
  'official @huaweicloud/huaweicloud-sdk-kafka': {
    kind: 'official',
    operation: operationOf('huaweicloud-kafka'),
    prepare: async () =>
      huaweiSdk('@huaweicloud/huaweicloud-sdk-kafka', 'KafkaClient', 'huaweicloud-kafka', (sdk, client, body) =>
        client.createInstanceByEngine(new sdk.CreateInstanceByEngineRequest().withEngine('kafka').withBody(Object.assign(new sdk.CreateInstanceByEngineReq(), body))),
      ),
  },
  'official @alicloud/rocketmq20220801': {
    kind: 'official',
    operation: operationOf('alibabacloud-rocketmq'),
    prepare: async () => {
      const sdk = require('@alicloud/rocketmq20220801');
      const { body } = createOf('alibabacloud-rocketmq');
      return (url) => {
        const client = new sdk.default({ ...ALIBABA_CREDENTIALS, accessKeySecret: ALIBABA_CREDENTIALS.secretAccessKey, endpoint: new URL(url).host, protocol: 'http' });
        // A fresh clientToken per call, as ours sends.
        return () => client.createInstanceWithOptions(alibabaModel(sdk.CreateInstanceRequest, { ...body, clientToken: crypto.randomUUID() }), {}, {});
      };
    },
  },
  'reference fetch + hand signing': {
    kind: 'reference',
    operation: operationOf('huaweicloud-rocketmq'),
    prepare: async () => handSigned('huaweicloud-rocketmq', (url, method, headers, body) => fetch(url, { method, headers, body }).then((response) => response.json())),
  },
};
