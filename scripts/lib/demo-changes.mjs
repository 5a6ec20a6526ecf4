// The changes the demo makes after a create, each the first documented example (not deprecated) of its operation (a resize or update, a tag action, a restart), and how an example is aimed at an instance.
import { exampleRequests } from '@cloudmq/openapi-walk';
import { vendorOf } from './vendors.mjs';

/** Which documented examples each vendor's demo sends; a vendor without a `tag` or `restart` skips that step. */
const CHANGES = {
  huaweicloud: {
    // A storage resize: it shows as EXTENDING and answers the job_id of its background task.
    resize: ({ method, path, body }) => method === 'post' && path.endsWith('/extend') && body?.oper_type === 'storage',
    tag: ({ method, path, body }) => method === 'post' && path.endsWith('/tags/action') && body?.action === 'create',
    restart: ({ method, path, body }) => method === 'post' && path.endsWith('/instances/action') && body?.action === 'restart',
  },
  alibabacloud: {
    // UpdateInstance: the instance shows CHANGING until the new settings apply.
    resize: ({ method }) => method === 'patch',
    // TagResources names its instances and tags in JSON query values, not in a body.
    tag: ({ method, path }) => method === 'post' && path.endsWith('/resourceTag/create'),
  },
};

/**
 * The example requests (as exampleRequests gives them) the demo sends to a service after its create:
 * `{ resize, tag, restart }`, each undefined where the vendor's demo or the description has none.
 * @param {any} document a bundled description
 */
export function demoChanges(document) {
  const changes = CHANGES[vendorOf(document)];
  const examples = exampleRequests(document).filter(({ path, method }) => !document.paths[path][method].deprecated);
  const first = (matches) => (matches ? examples.find(matches) : undefined);
  return { resize: first(changes.resize), tag: first(changes.tag), restart: first(changes.restart) };
}

/**
 * An example request's `{ params, body }` with the instances it names replaced by `instanceId`: the
 * path's `instance_id` or `instanceId`, Alibaba's `resourceId` (JSON text or one id), Huawei's batch `instances`.
 * @param {{ params: { path?: Record<string, string>, query?: Record<string, unknown> }, body?: any }} request
 * @param {string} instanceId
 */
export function aimedAt(request, instanceId) {
  const path = Object.fromEntries(Object.entries(request.params.path ?? {}).map(([name, value]) => [name, /^instance_?id$/i.test(name) ? instanceId : value]));
  const resourceId = request.params.query?.resourceId;
  const query = typeof resourceId !== 'string' ? request.params.query : { ...request.params.query, resourceId: resourceId.startsWith('[') ? JSON.stringify([instanceId]) : instanceId };
  const body = request.body?.instances ? { ...request.body, instances: [instanceId] } : request.body;
  return { params: { path, query }, body };
}
