// A small stateful stand-in for one service on loopback, answering from its description's examples: create, show, list, delete, resize, restart and update move instances through their statuses, tags persist, background tasks run; other reads answer their example.
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
    // A resize (POST …/extend) moves the instance through EXTENDING and answers the job_id of its background task.
    resize: { status: 'EXTENDING', changes: (_, body) => resizedFields(body), answer: (taskId) => ({ job_id: taskId }) },
    // A restart (POST …/instances/action) moves each instance through RESTARTING.
    restart: { status: 'RESTARTING', answer: (ids) => ({ results: ids.map((instance) => ({ result: 'success', instance })) }) },
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
    // UpdateInstance (PATCH /instances/{instanceId}) moves the instance through CHANGING, its new product settings merged.
    update: { status: 'CHANGING', changes: (instance, body) => ({ ...body, productInfo: { ...instance.productInfo, ...body.productInfo } }), answer: () => envelope(true) },
    page: (items, query) => {
      const pageNumber = Number(query.get('pageNumber') ?? 1);
      const pageSize = Number(query.get('pageSize') ?? 10);
      return envelope({ pageNumber, pageSize, totalCount: items.length, list: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize) });
    },
  },
};

/** What a Huawei resize body changes in the instance as the show operation answers it. */
function resizedFields(body) {
  const changes = {};
  if (body.new_storage_space !== undefined) Object.assign(changes, { storage_space: body.new_storage_space, total_storage_space: body.new_storage_space });
  if (body.new_broker_num !== undefined) changes.broker_num = body.new_broker_num;
  if (body.new_product_id !== undefined) changes.product_id = body.new_product_id;
  return changes;
}

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
      names: [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => name),
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

  /** @type {Map<string, { shown: object, listed: object, statuses: string[], polls: number, deleted: boolean, change?: object, tags: { key: string, value?: string }[] }>} */
  const instances = new Map();
  /** Background tasks by id: each EXECUTING at its first show, then SUCCESS. @type {Map<string, { id: string, name: string, polls: number }>} */
  const tasks = new Map();
  /** Starts a change of `instance`: `status` at the next show, then RUNNING with `change` applied. */
  const begin = (instance, status, change = {}) => Object.assign(instance, { statuses: [status, 'RUNNING'], polls: 0, change });
  /** @type {Record<string, number>} */
  const calls = {};
  const statusOf = (instance) => (instance.deleted ? vendor.deleting : instance.statuses[Math.min(instance.polls, instance.statuses.length - 1)]);
  /** Applies a finished change to what the instance shows and lists. */
  const settle = (instance) => {
    if (!instance.change || statusOf(instance) !== 'RUNNING' || instance.polls < instance.statuses.length - 1) return;
    Object.assign(instance.shown, instance.change);
    Object.assign(instance.listed, instance.change);
    instance.change = undefined;
  };
  const withStatus = (template, instance) => ({ ...template, status: statusOf(instance) });

  const handle = (request, body) => {
    const url = new URL(request.url, 'http://fake');
    const route = routes.find((candidate) => candidate.method === request.method && candidate.pattern.test(url.pathname));
    if (!route) return { status: 404, body: notFound };
    calls[route.operationId] = (calls[route.operationId] ?? 0) + 1;
    if (!(request.headers.authorization ?? '').startsWith(vendor.signature)) return { status: vendor.unsignedStatus, body: unsigned };
    if (route.action && request.headers['x-acs-action'] !== route.action)
      return { status: 400, body: { requestId: randomUUID(), success: false, code: 'InvalidAction', message: `x-acs-action must be ${route.action}.`, httpStatusCode: 400 } };
    const captured = Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(route.pattern.exec(url.pathname)?.[index + 1] ?? '')]));
    const instanceId = captured.instance_id ?? captured.instanceId ?? '';
    const changed = handleChange(route, instanceId, captured, body);
    if (changed) return changed;
    switch (route.operationId) {
      case vendor.showOperation: {
        const instance = instances.get(instanceId);
        if (!instance) return { status: 404, body: notFound };
        if (instance.deleted) instances.delete(instanceId);
        settle(instance);
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
        instances.set(id, {
          shown: { ...templates.shown, ...identity },
          listed: { ...templates.listed, ...identity },
          statuses: statusesOf(identity[vendor.name]),
          polls: 0,
          deleted: false,
          tags: [],
        });
        return { status: 200, body: vendor.createAnswer(id) };
      }
    }
  };

  /**
   * The writes that change an instance, found by their path: a resize (…/extend), a restart
   * (…/instances/action), an update (PATCH of the instance), a tag action (…/tags/action), and the
   * reads of what they leave: tags (…/tags) and background tasks (…/tasks/{task_id}). Undefined
   * for any other route.
   */
  function handleChange(route, instanceId, captured, body) {
    const { method, path } = route;
    const instance = instances.get(instanceId);
    const missing = { status: 404, body: notFound };
    const fields = () => JSON.parse(body || '{}');
    if (method === 'POST' && path.endsWith('/extend') && vendor.resize) {
      if (!instance) return missing;
      const taskId = randomUUID();
      tasks.set(taskId, { id: taskId, name: 'extend', polls: 0 });
      begin(instance, vendor.resize.status, vendor.resize.changes(instance.shown, fields()));
      return { status: 200, body: vendor.resize.answer(taskId) };
    }
    if (method === 'POST' && path.endsWith('/instances/action') && vendor.restart) {
      const { action, instances: ids = [] } = fields();
      if (action !== 'restart') return undefined;
      for (const id of ids) if (instances.has(id)) begin(instances.get(id), vendor.restart.status);
      return { status: 200, body: vendor.restart.answer(ids) };
    }
    if (method === 'PUT' && path.endsWith('/instances/{instance_id}')) {
      // A Huawei update (name, description, window, security group) shows at once.
      if (!instance) return missing;
      const changes = fields();
      Object.assign(instance.shown, changes);
      Object.assign(instance.listed, changes);
      return { status: 204 };
    }
    if (method === 'PATCH' && vendor.update && instanceId && path.endsWith(`{${route.names.at(-1)}}`)) {
      if (!instance) return missing;
      begin(instance, vendor.update.status, vendor.update.changes(instance.shown, fields()));
      return { status: 200, body: vendor.update.answer() };
    }
    if (method === 'POST' && path.endsWith('/tags/action')) {
      if (!instance) return missing;
      const { action, tags: given = [] } = fields();
      const keys = new Set(given.map((tag) => tag.key));
      instance.tags = [...instance.tags.filter((tag) => !keys.has(tag.key)), ...(action === 'create' ? given : [])];
      return { status: 204 };
    }
    if (method === 'GET' && path.endsWith('{instance_id}/tags')) return instance ? { status: 200, body: { tags: instance.tags } } : missing;
    if (method === 'GET' && path.endsWith('/tasks/{task_id}')) {
      const task = tasks.get(captured.task_id);
      if (!task) return { status: 200, body: { task_count: '0', tasks: [] } };
      const status = task.polls++ === 0 ? 'EXECUTING' : 'SUCCESS';
      return { status: 200, body: { task_count: '1', tasks: [{ id: task.id, name: task.name, status, created_at: new Date().toISOString() }] } };
    }
    return undefined;
  }

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
