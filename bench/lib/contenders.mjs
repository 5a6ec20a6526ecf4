// What the per-call benchmark calls: each of our clients, the official SDK for the same operation, the hand-written node:http floor of each operation, and a fetch reference.
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { exampleRequests, findOperation } from '../../scripts/lib/openapi-walk.mjs';
import { bundlePath } from '../../scripts/lib/services.mjs';
import { vendorOf } from '../../scripts/lib/vendors.mjs';
import { alibabaSignedHeaders } from './hand-signed-alibaba.mjs';
import { huaweiSignedHeaders } from './hand-signed-huawei.mjs';

const require = createRequire(import.meta.url);

// Made-up keys: the loopback server does not check signatures, every contender computes one.
const HUAWEI_CREDENTIALS = { accessKeyId: 'BENCHACCESSKEYID0001', secretAccessKey: 'bench-secret-access-key', projectId: '0605767a3300d5762fb0c0186d9e1c2e' };
const ALIBABA_CREDENTIALS = { accessKeyId: 'LTAIbenchaccesskey01', secretAccessKey: 'bench-access-key-secret' };

const descriptionOf = (serviceId) => JSON.parse(readFileSync(bundlePath(serviceId), 'utf8'));

/** The first documented example of an operation: the body every contender of that operation sends. */
function exampleOf(serviceId, operationId) {
  const example = exampleRequests(descriptionOf(serviceId)).find((request) => request.operationId === operationId);
  if (!example) throw new Error(`${serviceId} has no example of ${operationId}`);
  return example;
}

/** Our client of a service, calling one create operation with its documented example. */
async function ours(serviceId, operationId) {
  const { createClient } = await import(`@cloudmq/${serviceId}`);
  const { method, path, params, body } = exampleOf(serviceId, operationId);
  return (url) => {
    const credentials = vendorOf(descriptionOf(serviceId)) === 'huaweicloud' ? HUAWEI_CREDENTIALS : ALIBABA_CREDENTIALS;
    const client = createClient({ endpoint: url, credentials, throwOnError: true });
    // The example's clientToken is left out: the client makes one per call, as in real use.
    return () => client.request(method, path, { params: { ...params, query: undefined }, body });
  };
}

/** An official Huawei Cloud SDK client (Node.js, axios) calling `call` with the example body of our `operationId`. */
function huaweiSdk(packageName, clientClass, [serviceId, operationId], call) {
  const sdk = require(packageName);
  const { body } = exampleOf(serviceId, operationId);
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
 * node:crypto and send it with `send(url, headers, body)`. A query `clientToken` is made afresh per
 * call, as our clients make their idempotency token.
 */
function handSigned(serviceId, operationId, send) {
  const document = descriptionOf(serviceId);
  const { method, path, params, body } = exampleOf(serviceId, operationId);
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
    return send(target, signedHeaders(target, json), json);
  };
}

const keepAliveAgent = new Agent({ keepAlive: true, maxSockets: 1 });

/** POST with node:http on a keep-alive agent, body parsed as JSON. */
function postWithNodeHttp(url, headers, body) {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: 'POST', agent: keepAliveAgent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * Contenders by name: `operation` groups those that make the same call; `kind` is ours, official
 * or reference; `prepare()` loads the code (not timed) and returns `(url) => call`.
 */
export const CONTENDERS = {
  'ours huaweicloud-rocketmq': { kind: 'ours', operation: 'Huawei RocketMQ create', prepare: () => ours('huaweicloud-rocketmq', 'createPostPaidInstance') },
  'ours huaweicloud-kafka': { kind: 'ours', operation: 'Huawei Kafka create', prepare: () => ours('huaweicloud-kafka', 'createPostPaidInstance') },
  'ours huaweicloud-rabbitmq': { kind: 'ours', operation: 'Huawei RabbitMQ create', prepare: () => ours('huaweicloud-rabbitmq', 'createPostPaidInstanceByEngine') },
  'ours alibabacloud-rocketmq': { kind: 'ours', operation: 'Alibaba RocketMQ create', prepare: () => ours('alibabacloud-rocketmq', 'createInstance') },
  'official @huaweicloud/huaweicloud-sdk-rocketmq': {
    kind: 'official',
    operation: 'Huawei RocketMQ create',
    prepare: async () =>
      huaweiSdk('@huaweicloud/huaweicloud-sdk-rocketmq', 'RocketMQClient', ['huaweicloud-rocketmq', 'createPostPaidInstance'], (sdk, client, body) =>
        client.createPostPaidInstance(new sdk.CreatePostPaidInstanceRequest().withBody(Object.assign(new sdk.CreatePostPaidInstanceReq(), body))),
      ),
  },
  // The Kafka SDK no longer has the legacy create (POST /v2/{project_id}/instances): its successor, with the same body.
  'official @huaweicloud/huaweicloud-sdk-kafka': {
    kind: 'official',
    operation: 'Huawei Kafka create',
    prepare: async () =>
      huaweiSdk('@huaweicloud/huaweicloud-sdk-kafka', 'KafkaClient', ['huaweicloud-kafka', 'createPostPaidInstance'], (sdk, client, body) =>
        client.createInstanceByEngine(new sdk.CreateInstanceByEngineRequest().withEngine('kafka').withBody(Object.assign(new sdk.CreateInstanceByEngineReq(), body))),
      ),
  },
  'official @alicloud/rocketmq20220801': {
    kind: 'official',
    operation: 'Alibaba RocketMQ create',
    prepare: async () => {
      const sdk = require('@alicloud/rocketmq20220801');
      const { body } = exampleOf('alibabacloud-rocketmq', 'createInstance');
      return (url) => {
        const client = new sdk.default({ ...ALIBABA_CREDENTIALS, accessKeySecret: ALIBABA_CREDENTIALS.secretAccessKey, endpoint: new URL(url).host, protocol: 'http' });
        // A fresh clientToken per call, as ours sends.
        return () => client.createInstanceWithOptions(alibabaModel(sdk.CreateInstanceRequest, { ...body, clientToken: crypto.randomUUID() }), {}, {});
      };
    },
  },
  'reference fetch + hand signing': {
    kind: 'reference',
    operation: 'Huawei RocketMQ create',
    prepare: async () => handSigned('huaweicloud-rocketmq', 'createPostPaidInstance', (url, headers, body) => fetch(url, { method: 'POST', headers, body }).then((response) => response.json())),
  },
  'floor huaweicloud-rocketmq': { kind: 'floor', operation: 'Huawei RocketMQ create', prepare: async () => handSigned('huaweicloud-rocketmq', 'createPostPaidInstance', postWithNodeHttp) },
  'floor huaweicloud-kafka': { kind: 'floor', operation: 'Huawei Kafka create', prepare: async () => handSigned('huaweicloud-kafka', 'createPostPaidInstance', postWithNodeHttp) },
  'floor huaweicloud-rabbitmq': { kind: 'floor', operation: 'Huawei RabbitMQ create', prepare: async () => handSigned('huaweicloud-rabbitmq', 'createPostPaidInstanceByEngine', postWithNodeHttp) },
  'floor alibabacloud-rocketmq': { kind: 'floor', operation: 'Alibaba RocketMQ create', prepare: async () => handSigned('alibabacloud-rocketmq', 'createInstance', postWithNodeHttp) },
};
