// A small stateful stand-in for one service on loopback, answering from its description's examples: create, show, list, delete (one or a batch), resize, upgrade, restart and update move instances through their statuses; tags, IP whitelists and resource groups persist; background tasks run; paged lists page as their descriptions declare; a new password answers its documented success, other reads their example.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { examplesOf, findOperation, operationsOf, pointerTokens, resolveRef, valueAt } from '@cloudmq/openapi-walk';
import { bundlePath } from './services.mjs';
import { vendorOf } from './vendors.mjs';

/**
 * How each vendor names an instance's fields, signs and answers (as their API references do): `*Answer`
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
    // Writes that run as a background task, by their path's last segment: a resize (POST …/extend) and a kernel upgrade
    // (POST …/upgrade) move the instance through `status`, then apply `changes`, and answer the job_id of their task.
    jobs: {
      extend: { status: 'EXTENDING', changes: (_, body) => resizedFields(body) },
      upgrade: { status: 'UPGRADING', changes: () => ({}) },
    },
    jobAnswer: (taskId) => ({ job_id: taskId }),
    // The batch action (POST …/instances/action) restarts instances through RESTARTING or deletes them, one result
    // per instance named; `all_failure` deletes those whose creation failed.
    batch: {
      restarting: 'RESTARTING',
      createFailed: 'CREATEFAILED',
      answer: (outcomes) => ({ results: outcomes.map(([instance, accepted]) => ({ instance, result: accepted ? 'success' : 'failed' })) }),
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
    // A new instance's IP whitelist lets every address in, as CreateInstanceIpWhitelist documents.
    whitelist: ['0.0.0.0/0'],
    whitelistAnswer: (instanceId, ipWhitelists) => envelope({ instanceId, ipWhitelists }),
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

/** `tags` without the keys in `removed` or in `added`, then with `added`: a key holds one value. */
function retagged(tags, added, removed = []) {
  const keys = new Set([...removed, ...added.map((tag) => tag.key)]);
  return [...tags.filter((tag) => !keys.has(tag.key)), ...added];
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

  /** @type {Map<string, { shown: object, listed: object, statuses: string[], polls: number, deleted: boolean, change?: object, tags: { key: string, value?: string }[], whitelist: string[] }>} */
  const instances = new Map();
  /** Background tasks by id: each EXECUTING at its first show, then SUCCESS. @type {Map<string, { id: string, name: string, polls: number }>} */
  const tasks = new Map();
  /** Starts a change of `instance`: `status` at the next show, then RUNNING with `change` applied. */
  const begin = (instance, status, change = {}) => Object.assign(instance, { statuses: [status, 'RUNNING'], polls: 0, change });
  /** @type {Record<string, number>} */
  const calls = {};
  const statusOf = (instance) => (instance.deleted ? vendor.deleting : instance.statuses[Math.min(instance.polls, instance.statuses.length - 1)]);
  /** Applies `changes` to what the instance shows and lists. */
  const apply = (instance, changes) => {
    Object.assign(instance.shown, changes);
    Object.assign(instance.listed, changes);
  };
  /** Applies a finished change to what the instance shows and lists. */
  const settle = (instance) => {
    if (!instance.change || statusOf(instance) !== 'RUNNING' || instance.polls < instance.statuses.length - 1) return;
    apply(instance, instance.change);
    instance.change = undefined;
  };
  /** Deletes an instance: its next show answers the vendor's deleting status, the one after 404. */
  const remove = (instance) => {
    instance.deleted = true;
  };
  /** The documented success of a write that needs no answer of its own. */
  const acknowledged = (route) => documentedSuccess(document, route.operation);
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
    const query = url.searchParams;
    const changed = handleChange(route, instanceId, captured, query, body) ?? handleTags(route, instanceId, query, body) ?? handleWhitelist(route, instanceId, query, body);
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
          body: pageOf(
            route,
            [...instances.values()].map((instance) => withStatus(instance.listed, instance)),
            query,
          ),
        };
      case 'deleteInstance': {
        const instance = instances.get(instanceId);
        if (!instance) return { status: 404, body: notFound };
        remove(instance);
        return vendor.deleteAnswer();
      }
      default: {
        // What the fake keeps no state for (products, zones, windows) answers its documented example, a list a page of its items.
        if (route.method === 'GET') {
          const example = firstExample(document, route.operationId);
          const paginated = route.operation['x-cloudmq-paginated'];
          return { status: 200, body: paginated ? pageOf(route, valueAt(example, paginated.items) ?? [], query) : example };
        }
        // A create posts to an instances collection; a write the fake does not model answers 404.
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
          whitelist: [...(vendor.whitelist ?? [])],
        });
        return { status: 200, body: vendor.createAnswer(id) };
      }
    }
  };

  /**
   * The writes that change an instance, found by their path: a background job (a resize, …/extend, or an
   * upgrade, …/upgrade), the batch action (…/instances/action), an update (PUT or PATCH of the instance), a
   * new password (…/password), a move to another resource group (…/resourceGroup/change), and the reads
   * and deletes of background tasks (…/tasks/{task_id}). Undefined for any other route.
   */
  function handleChange(route, instanceId, captured, query, body) {
    const { method, path } = route;
    const instance = instances.get(instanceId);
    const missing = { status: 404, body: notFound };
    const fields = () => JSON.parse(body || '{}');
    const lastSegment = path.split('/').at(-1);
    const job = method === 'POST' && vendor.jobs?.[lastSegment];
    if (job) {
      if (!instance) return missing;
      const taskId = randomUUID();
      tasks.set(taskId, { id: taskId, name: lastSegment, polls: 0 });
      begin(instance, job.status, job.changes(instance.shown, fields()));
      return { status: 200, body: vendor.jobAnswer(taskId) };
    }
    if (method === 'POST' && path.endsWith('/instances/action') && vendor.batch) {
      const { action, instances: ids = [], all_failure: allFailure } = fields();
      if (allFailure !== undefined) {
        for (const failed of instances.values()) if (statusOf(failed) === vendor.batch.createFailed) remove(failed);
        return { status: 204 };
      }
      const outcomes = ids.map((id) => {
        const target = instances.get(id);
        if (target && action === 'restart') begin(target, vendor.batch.restarting);
        if (target && action === 'delete') remove(target);
        return [id, target !== undefined];
      });
      return { status: 200, body: vendor.batch.answer(outcomes) };
    }
    if (method === 'PUT' && path.endsWith('/instances/{instance_id}')) {
      // A Huawei update (name, description, window, security group) shows at once.
      if (!instance) return missing;
      apply(instance, fields());
      return acknowledged(route);
    }
    if (method === 'PATCH' && vendor.update && instanceId && path.endsWith(`{${route.names.at(-1)}}`)) {
      if (!instance) return missing;
      begin(instance, vendor.update.status, vendor.update.changes(instance.shown, fields()));
      return { status: 200, body: vendor.update.answer() };
    }
    // A password is write-only: no read shows the new one.
    if (method === 'POST' && path.endsWith('{instance_id}/password')) return instance ? acknowledged(route) : missing;
    if (method === 'POST' && path.endsWith('/resourceGroup/change')) {
      // The instance is named in the query, as are all of ChangeResourceGroup's parameters.
      const target = instances.get(query.get('resourceId') ?? '');
      if (!target) return missing;
      apply(target, { resourceGroupId: query.get('resourceGroupId') });
      return acknowledged(route);
    }
    if (method === 'GET' && path.endsWith('/tasks/{task_id}')) {
      const task = tasks.get(captured.task_id);
      if (!task) return { status: 200, body: { task_count: '0', tasks: [] } };
      const status = task.polls++ === 0 ? 'EXECUTING' : 'SUCCESS';
      return { status: 200, body: { task_count: '1', tasks: [{ id: task.id, name: task.name, status, created_at: new Date().toISOString() }] } };
    }
    if (method === 'DELETE' && path.endsWith('/tasks/{task_id}')) {
      // Only the task's record goes; the task itself is not stopped.
      if (!instance) return missing;
      tasks.delete(captured.task_id);
      return acknowledged(route);
    }
    return undefined;
  }

  /**
   * Tags, kept per instance as key/value pairs: Huawei's tag action (…/tags/action) and reads of one
   * instance's tags (…/{instance_id}/tags) and of the project's (…/tags, each key with its values);
   * Alibaba's TagResources and UntagResources (…/resourceTag/create and /delete) and ListTagResources
   * (…/resourceTag/list), which name instances and tags in JSON query values. Undefined for any other route.
   */
  function handleTags(route, instanceId, query, body) {
    const { method, path } = route;
    const instance = instances.get(instanceId);
    const missing = { status: 404, body: notFound };
    const fromJson = (name) => JSON.parse(query.get(name) ?? '[]');
    if (method === 'POST' && path.endsWith('/tags/action')) {
      if (!instance) return missing;
      const { action, tags: given = [] } = JSON.parse(body || '{}');
      const keys = given.map((tag) => tag.key);
      instance.tags = action === 'create' ? retagged(instance.tags, given) : retagged(instance.tags, [], keys);
      return acknowledged(route);
    }
    if (method === 'GET' && path.endsWith('{instance_id}/tags')) return instance ? { status: 200, body: pageOf(route, instance.tags, query) ?? { tags: instance.tags } } : missing;
    if (method === 'GET' && path.endsWith('/tags')) return { status: 200, body: pageOf(route, projectTags(), query) ?? { tags: projectTags() } };
    if (path.endsWith('/resourceTag/create') || path.endsWith('/resourceTag/delete')) {
      const targets = fromJson('resourceId').map((id) => instances.get(id));
      if (targets.includes(undefined)) return missing;
      for (const target of targets) {
        const removed = query.get('all') === 'true' ? target.tags.map((tag) => tag.key) : fromJson('tagKey');
        target.tags = path.endsWith('/create') ? retagged(target.tags, fromJson('tag')) : retagged(target.tags, [], removed);
      }
      return acknowledged(route);
    }
    if (method === 'GET' && path.endsWith('/resourceTag/list')) {
      const named = query.has('resourceId') ? new Set(fromJson('resourceId')) : undefined;
      const tagResources = [...instances]
        .filter(([id, candidate]) => !candidate.deleted && (!named || named.has(id)))
        .flatMap(([id, candidate]) => candidate.tags.map(({ key, value }) => ({ resourceType: 'instance', resourceId: id, tagKey: key, tagValue: value })));
      return { status: 200, body: pageOf(route, tagResources, query) };
    }
    return undefined;
  }

  /** The tag keys of the instances, each with every value it has on them. */
  function projectTags() {
    const values = new Map();
    for (const instance of instances.values()) {
      if (instance.deleted) continue;
      for (const { key, value = '' } of instance.tags) values.set(key, new Set([...(values.get(key) ?? []), value]));
    }
    return [...values].map(([key, keyValues]) => ({ key, values: [...keyValues] }));
  }

  /**
   * An instance's IP whitelist (…/ip/whitelist): a POST adds entries, a DELETE removes those its query
   * names, a GET pages through them the vendor's way (or, at …/ip/whitelists, answers them all), each
   * read filtered by the entries its query names. Undefined for any other route.
   */
  function handleWhitelist(route, instanceId, query, body) {
    const { method, path } = route;
    if (!/\/ip\/whitelists?$/.test(path)) return undefined;
    const instance = instances.get(instanceId);
    if (!instance) return { status: 404, body: notFound };
    // Arrays travel comma-separated (style form, explode false); the deprecated ipWhitelist names one entry.
    const named = (name) => query.get(name)?.split(',') ?? [];
    const filtered = (wanted) => (wanted.length === 0 ? instance.whitelist : instance.whitelist.filter((entry) => wanted.includes(entry)));
    if (method === 'POST') {
      instance.whitelist = [...new Set([...instance.whitelist, ...JSON.parse(body || '{}').ipWhitelists])];
      return acknowledged(route);
    }
    if (method === 'DELETE') {
      const removed = [...named('ipWhitelists'), ...named('ipWhitelist')];
      instance.whitelist = instance.whitelist.filter((entry) => !removed.includes(entry));
      return acknowledged(route);
    }
    if (path.endsWith('/whitelists')) return { status: 200, body: vendor.whitelistAnswer(instanceId, filtered(named('ipWhitelists'))) };
    return { status: 200, body: pageOf(route, filtered(named('ipWhitelist')), query) };
  }

  /**
   * A page of `items` as a paged list (x-cloudmq-paginated) answers it: its first example with the page's
   * items, the count of all of them, the token of the next page (the fake's tokens are offsets), and,
   * where the example has them (Huawei's tag and flavour lists), the offsets of the next and previous pages.
   * Undefined for a list that does not page.
   */
  function pageOf(route, items, query) {
    const paginated = route.operation['x-cloudmq-paginated'];
    if (!paginated) return undefined;
    const size = Number(query.get(paginated.pageSize) ?? DEFAULT_PAGE_SIZE);
    const start = paginated.pageNumber ? (Number(query.get(paginated.pageNumber) ?? 1) - 1) * size : Number(query.get(paginated.offset ?? paginated.inputToken) ?? 0);
    const answer = structuredClone(firstExample(document, route.operationId));
    setAt(answer, paginated.items, items.slice(start, start + size));
    // Huawei sends some counts as strings of digits, as the example shows.
    if (paginated.total) setAt(answer, paginated.total, typeof valueAt(answer, paginated.total) === 'string' ? String(items.length) : items.length);
    if (paginated.outputToken) setAt(answer, paginated.outputToken, start + size < items.length ? String(start + size) : undefined);
    // -1 where there is no such page, as the descriptions say.
    if (paginated.offset && 'next_offset' in answer) answer.next_offset = start + size < items.length ? start + size : -1;
    if (paginated.offset && 'previous_offset' in answer) answer.previous_offset = start > 0 ? Math.max(0, start - size) : -1;
    return answer;
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

/** The page size of a paged list asked without one: the vendors' usual default. */
const DEFAULT_PAGE_SIZE = 10;

/** Sets the value at `pointer`, making the objects on the way; `undefined` removes it. */
function setAt(value, pointer, replacement) {
  const keys = pointerTokens(pointer);
  const parent = keys.slice(0, -1).reduce((found, key) => {
    found[key] ??= {};
    return found[key];
  }, value);
  if (replacement === undefined) delete parent[keys.at(-1)];
  else parent[keys.at(-1)] = replacement;
}

/** The value of the first example of an operation's 200 answer. */
function firstExample(document, operationId) {
  const { operation } = findOperation(document, operationId);
  const content = resolveRef(document, operation.responses['200']).content['application/json'];
  const [example] = examplesOf(document, content);
  if (!example) throw new Error(`${operationId} has no 200 example to build the fake's answers from`);
  return example[1];
}

/** An operation's documented success: its first 2xx status, with the first example of that answer as the body (none for a 204). */
function documentedSuccess(document, operation) {
  const status = Object.keys(operation.responses).find((code) => code.startsWith('2'));
  const content = resolveRef(document, operation.responses[status]).content?.['application/json'];
  const [example] = content ? examplesOf(document, content) : [];
  return { status: Number(status), body: example?.[1] };
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
