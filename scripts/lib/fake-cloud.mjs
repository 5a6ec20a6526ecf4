// A small stateful stand-in for one service on loopback, answering from its description's examples: create, show, list and delete move instances through their statuses; other reads answer their example.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { examplesOf, findOperation, operationsOf, resolveRef } from '@cloudmq/openapi-walk';
import { bundlePath } from './services.mjs';
import { vendorOf } from './vendors.mjs';

/**
 * How each vendor names an instance's fields, signs, answers and pages (as their API references do): `*Answer`
 * builds a 2xx body the vendor's way; `shownIn` and `listedIn` find the instance in an example answer.
 */
const FAKES = {
  huaweicloud: {
    id: 'instance_id',
    name: 'name',
    newId: () => randomUUID(),
    signature: 'SDK-HMAC-SHA256 ',
    unsignedStatus: 401,
    showOperation: 'showInstance',
    deleting: 'DELETING',
    shownIn: (answer) => answer,
    listedIn: (answer) => answer.instances[0],
    createAnswer: (id) => ({ instance_id: id }),
    showAnswer: (instance) => instance,
    deleteAnswer: () => ({ status: 204 }),
    page: (items, query) => {
      const offset = Number(query.get('offset') ?? 0);
      const limit = Number(query.get('limit') ?? 10);
      return { instances: items.slice(offset, offset + limit), instance_num: items.length };
    },
  },
  alibabacloud: {
    id: 'instanceId',
    name: 'instanceName',
    newId: () => `rmq-cn-${randomUUID().replaceAll('-', '').slice(0, 11)}`,
    signature: 'ACS3-HMAC-SHA256 ',
    unsignedStatus: 403,
    showOperation: 'getInstance',
    // The 404 answer also documents a gateway error (unknown AccessKey ID): the fake answers this one.
    notFoundExample: 'instanceNotFound',
    deleting: 'RELEASED',
    shownIn: (answer) => answer.data,
    listedIn: (answer) => answer.data.list[0],
    createAnswer: (id) => envelope(id),
    showAnswer: (instance) => envelope(instance),
    deleteAnswer: () => ({ status: 200, body: envelope(true) }),
    page: (items, query) => {
      const pageNumber = Number(query.get('pageNumber') ?? 1);
      const pageSize = Number(query.get('pageSize') ?? 10);
      return envelope({ pageNumber, pageSize, totalCount: items.length, list: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize) });
    },
  },
};

function envelope(data) {
  return { requestId: randomUUID().toUpperCase(), success: true, data, code: 'Success', message: 'Success', httpStatusCode: 200 };
}

/** The statuses a new instance shows, one per show call, the last one for good: a few minutes of a real create, in three polls. */
export const DEFAULT_STATUSES = ['CREATING', 'CREATING', 'RUNNING'];

/**
 * Starts the fake of `serviceId` on 127.0.0.1. `statuses(name)` chooses the statuses a new
 * instance named `name` goes through, one per show call (default {@link DEFAULT_STATUSES}).
 * Requests without the vendor's signature are refused; the rest is not checked (the Prism mock
 * servers check requests against the descriptions).
 * @param {string} serviceId
 * @param {{ statuses?: (name: string) => string[], port?: number }} [options]
 */
export async function startFakeCloud(serviceId, options = {}) {
  const document = JSON.parse(readFileSync(bundlePath(serviceId), 'utf8'));
  const vendor = FAKES[vendorOf(document)];
  const statusesOf = options.statuses ?? (() => DEFAULT_STATUSES);
  const routes = operationsOf(document)
    .map(({ method, path, operationId, operation }) => ({
      method: method.toUpperCase(),
      path,
      pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
      // A literal segment wins over a parameter: /v2/instances/maintain-windows is not an instance.
      parameters: path.split('{').length - 1,
      operationId,
      action: operation['x-cloudmq-action'],
      operation,
    }))
    .sort((a, b) => a.parameters - b.parameters);
  const templates = {
    shown: vendor.shownIn(firstExample(document, vendor.showOperation)),
    listed: vendor.listedIn(firstExample(document, 'listInstances')),
  };
  const notFound = errorExample(document, vendor.showOperation, '404', vendor.notFoundExample);
  const unsigned = errorExample(document, vendor.showOperation, String(vendor.unsignedStatus));

  /** @type {Map<string, { shown: object, listed: object, statuses: string[], polls: number, deleted: boolean }>} */
  const instances = new Map();
  /** @type {Record<string, number>} */
  const calls = {};
  const statusOf = (instance) => (instance.deleted ? vendor.deleting : instance.statuses[Math.min(instance.polls, instance.statuses.length - 1)]);
  const withStatus = (template, instance) => ({ ...template, status: statusOf(instance) });

  const handle = (request, body) => {
    const url = new URL(request.url, 'http://fake');
    const route = routes.find((candidate) => candidate.method === request.method && candidate.pattern.test(url.pathname));
    if (!route) return { status: 404, body: notFound };
    calls[route.operationId] = (calls[route.operationId] ?? 0) + 1;
    if (!(request.headers.authorization ?? '').startsWith(vendor.signature)) return { status: vendor.unsignedStatus, body: unsigned };
    if (route.action && request.headers['x-acs-action'] !== route.action)
      return { status: 400, body: { requestId: randomUUID(), success: false, code: 'InvalidAction', message: `x-acs-action must be ${route.action}.`, httpStatusCode: 400 } };
    const instanceId = decodeURIComponent(route.pattern.exec(url.pathname)?.at(-1) ?? '');
    switch (route.operationId) {
      case vendor.showOperation: {
        const instance = instances.get(instanceId);
        if (!instance) return { status: 404, body: notFound };
        if (instance.deleted) instances.delete(instanceId);
        const answer = vendor.showAnswer(withStatus(instance.shown, instance));
        instance.polls++;
        return { status: 200, body: answer };
      }
      case 'listInstances':
        return {
          status: 200,
          body: vendor.page(
            [...instances.values()].map((instance) => withStatus(instance.listed, instance)),
            url.searchParams,
          ),
        };
      case 'deleteInstance': {
        const instance = instances.get(instanceId);
        if (!instance) return { status: 404, body: notFound };
        instance.deleted = true;
        return vendor.deleteAnswer();
      }
      default: {
        // What the fake keeps no state for (products, zones, windows) answers its documented example.
        if (route.method === 'GET') return { status: 200, body: firstExample(document, route.operationId) };
        // A create posts to an instances collection; other writes (a whitelist entry) are not instances.
        if (route.method !== 'POST' || !/\/instances$/.test(route.path) || !route.operationId.startsWith('create')) return { status: 404, body: notFound };
        const fields = JSON.parse(body || '{}');
        const id = vendor.newId();
        const identity = { [vendor.id]: id, [vendor.name]: fields[vendor.name] ?? id };
        instances.set(id, { shown: { ...templates.shown, ...identity }, listed: { ...templates.listed, ...identity }, statuses: statusesOf(identity[vendor.name]), polls: 0, deleted: false });
        return { status: 200, body: vendor.createAnswer(id) };
      }
    }
  };

  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const { status, body } = handle(request, Buffer.concat(chunks).toString('utf8'));
      response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      response.end(body === undefined ? undefined : JSON.stringify(body));
    });
  });
  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    serviceId,
    url: `http://127.0.0.1:${port}`,
    /** The instances the fake holds now, by id. */
    instances,
    /** How many requests each operation got, by operationId. */
    calls,
    stop: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/** The value of the first example of an operation's 200 answer. */
function firstExample(document, operationId) {
  const { operation } = findOperation(document, operationId);
  const content = resolveRef(document, operation.responses['200']).content['application/json'];
  const [example] = examplesOf(document, content);
  if (!example) throw new Error(`${operationId} has no 200 example to build the fake's answers from`);
  return example[1];
}

/** The body of an operation's error answer `status`: the example named `name`, or the first. */
function errorExample(document, operationId, status, name) {
  const { operation } = findOperation(document, operationId);
  const answer = operation.responses[status];
  if (!answer) throw new Error(`${operationId} documents no ${status} answer`);
  const examples = examplesOf(document, resolveRef(document, answer).content['application/json']);
  const example = name === undefined ? examples[0] : examples.find(([candidate]) => candidate === name);
  if (!example) throw new Error(`${operationId} documents no ${status} example${name === undefined ? '' : ` named ${name}`}`);
  return example[1];
}
