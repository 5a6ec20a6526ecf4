// Emits index.ts: the package's public surface (createClient, its types, the typed waiters and paginators) over core and the other generated modules.
import { collectOperations, exampleCreateRequest, findOperation, operationsOf, resolveRef, schemaParts } from '@cloudmq/openapi-walk';
import { VENDORS, vendorOf } from '../vendors.mjs';
import { flavourOperations, pagedOperations, taskOperations } from './service.mjs';

/**
 * @param {any} document a bundled description
 * @param {string} serviceId
 * @returns {string} the module's source
 */
export function emitIndex(document, serviceId) {
  const { clientPrefix: vendor, lifecycle, credentialPathParameter: filled, flavours, tasks } = VENDORS[vendorOf(document)];
  const findsFlavours = flavourOperations(document, serviceId) !== undefined;
  const followsTasks = taskOperations(document) !== undefined;
  const paged = pagedOperations(document);
  const operations = collectOperations(document);
  return `import {
  type ${vendor}ClientOptions,
  create${vendor}Client,
  type PaginateOptions,
  paginateInstances,
  paginateList,
  type ServiceClient,
  type AcceptingReadonly,${findsFlavours ? '\n  createFieldsOf as createFlavourFields,\n  type FindFlavoursOptions,\n  type Flavour,\n  findFlavours as findServiceFlavours,' : ''}
  type WaitForDeletedOptions,
  type WaitForInstanceOptions,
  type WaitForResizeOptions,${followsTasks ? '\n  type WaitForTaskOptions,\n  waitForTask as waitForServiceTask,' : ''}
  waitForDeleted as waitForServiceInstanceDeleted,
  waitForInstance as waitForServiceInstance,
  waitForResize as waitForServiceResize,
} from '@cloudmq/core';
import type { operations, paths, Readable, Writable } from './schema.js';
import { ${findsFlavours ? 'flavourOperations, ' : ''}instanceOperations, pagedOperations, type Region, service${followsTasks ? ', taskOperations' : ''} } from './service.js';

export type { components, operations, paths } from './schema.js';
export { REGIONS, type Region, SIGNING_ALGORITHM } from './service.js';${findsFlavours ? "\nexport type { Flavour } from '@cloudmq/core';" : ''}

/** Options of {@link createClient}: credentials (default: the vendor's credential chain, from the environment to instance metadata), region or endpoint, timeouts, retries. */
export type ClientOptions = ${vendor}ClientOptions<Region>;
/**
 * An openapi-fetch client typed by this service's paths, with validation, signing, timeouts and
 * safe retries. \`Client<true>\` is the one made with \`throwOnError: true\`: its answers always carry data.
 */
export type Client<ThrowOnError extends boolean = false> = ServiceClient<paths, ThrowOnError${filled ? `, ${JSON.stringify(filled)}` : ''}>;

/** Creates a client of ${document.info.title}. */
export function createClient(options: ClientOptions & { throwOnError: true }): Client<true>;
export function createClient(options: ClientOptions): Client;
export function createClient(options: ClientOptions): Client<boolean> {
  return create${vendor}Client<paths, Region>(service, options);
}

/** An instance as the ${lifecycle.show} operation answers it. */
export type Instance = ${lifecycle.instance};
/** The status of an instance. */
export type InstanceStatus = NonNullable<Instance['status']>;
/** An instance as the listInstances operation answers it. */
export type ListedInstance = ${lifecycle.listed};
/** The filters of the listInstances operation; {@link paginate} sets the rest. */
export type InstanceFilters = Omit<NonNullable<operations['listInstances']['parameters']['query']>, ${quoted(setByPaginator(paged.listInstances))}>;

/**
 * Polls ${lifecycle.show} with backoff until the instance has status \`until\` (default \`RUNNING\`), and
 * resolves with it. Rejects with a WaiterError (\`reason\`, \`lastStatus\`) when the instance reaches a
 * status it does not leave by itself, after \`timeoutMs\` (default 30 minutes) or on abort.
 */
export function waitForInstance(client: Client<boolean>, options: ${lifecycle.ref('WaitForInstanceOptions<InstanceStatus>')}): Promise<Instance> {
  return waitForServiceInstance<Instance, InstanceStatus>(client, instanceOperations, options);
}

/** Polls ${lifecycle.show} with backoff until the instance is gone (404, or a status that means deleted). */
export function waitForDeleted(client: Client<boolean>, options: ${lifecycle.ref('WaitForDeletedOptions')}): Promise<void> {
  return waitForServiceInstanceDeleted(client, instanceOperations, options);
}

/**
 * Polls ${lifecycle.show} after a resize until the instance is RUNNING and \`resized(instance)\` holds
 * (its new flavour, storage or broker count: right after the call it may still show the old one),
 * and resolves with it. Rejects with a WaiterError when the resize failed, after \`timeoutMs\` or on abort.
 */
export function waitForResize(client: Client<boolean>, options: ${lifecycle.ref('WaitForResizeOptions<Instance>')}): Promise<Instance> {
  return waitForServiceResize<Instance>(client, instanceOperations, options);
}
${followsTasks ? taskWaiter(tasks) : ''}
/** Every instance listInstances finds with \`filters\`, page after page: \`for await (const instance of paginate(client, { ... }))\`. */
export function paginate(client: Client<boolean>, options: ${lifecycle.ref('PaginateOptions<InstanceFilters>')}): AsyncGenerator<ListedInstance, void, undefined> {
  return paginateInstances<ListedInstance>(client, instanceOperations, options);
}
${Object.values(paged)
  .map((operation) => paginator(operation, operations, filled))
  .join('')}${findsFlavours ? flavourLookup(flavours, document) : ''}
/** An operation's JSON request body as you write it: write-only fields in, read-only ones out, arrays readonly or not. */
export type RequestBody<OperationId extends keyof operations> = AcceptingReadonly<Writable<NonNullable<operations[OperationId]['requestBody']>['content']['application/json']>>;
/** An operation's path and query parameters, as its description declares them. */
export type RequestParameters<OperationId extends keyof operations> = Pick<operations[OperationId]['parameters'], 'path' | 'query'>;
/** An operation's JSON answer (HTTP 200) as you read it: read-only fields in, write-only ones out. */
export type ResponseBody<OperationId extends keyof operations> = Readable<operations[OperationId]['responses'] extends { 200: { content: { 'application/json': infer Body } } } ? Body : never>;
${namedTypes(document)}
`;
}

/** The prefix of an operation's named types and its paginator: `listInstances` → `ListInstances`. */
export function typeNameOf(operationId) {
  return operationId[0].toUpperCase() + operationId.slice(1);
}

/** @param {string[]} names */
function quoted(names) {
  return names.map((name) => `'${name}'`).join(' | ');
}

/**
 * The query parameters a paginator sets: the paging and page-size ones, and those with one allowed value.
 * @param {any} operation a PagedOperation (pagedOperations)
 */
function setByPaginator(operation) {
  return [...Object.values(operation.paging).filter((value) => typeof value === 'string'), ...(operation.pageSize ? [operation.pageSize.name] : []), ...Object.keys(operation.fixed.query)];
}

/**
 * The typed paginator of one paged list: `paginate<OperationId>(client, { params, pageSize })` yields each item of each page.
 * Its parameters are the operation's, but those it sets and the deprecated ones (listBackgroundTasks' `start`, another name for
 * the offset it sets); the path parameter the client fills from its credentials is optional.
 * @param {any} operation a PagedOperation (pagedOperations)
 * @param {any[]} operations collectOperations of the description
 * @param {string | undefined} filled
 */
function paginator(operation, operations, filled) {
  const { operationId, path, items, fixed } = operation;
  const { schemas, method } = operations.find((candidate) => candidate.operationId === operationId && candidate.method === 'get');
  const name = typeNameOf(operationId);
  const set = setByPaginator(operation);
  const pathNames = (schemas.path ?? []).map((parameter) => parameter.name).filter((parameter) => !(parameter in fixed.path));
  const deprecated = (schemas.query ?? []).filter((parameter) => parameter.deprecated).map((parameter) => parameter.name);
  const query = (schemas.query ?? []).filter((parameter) => !set.includes(parameter.name) && !parameter.deprecated);
  const fields = [];
  if (pathNames.length > 0) {
    const fills = filled !== undefined && pathNames.includes(filled);
    const omitted = [...Object.keys(fixed.path), ...(fills ? [filled] : [])];
    const own = omitted.length > 0 ? `Omit<${name}Parameters['path'], ${quoted(omitted)}>` : `${name}Parameters['path']`;
    const optional = pathNames.every((parameter) => parameter === filled);
    fields.push(`path${optional ? '?' : ''}: ${own}${fills ? ` & Partial<Pick<${name}Parameters['path'], '${filled}'>>` : ''}`);
  }
  if (query.length > 0) {
    const omitted = [...set, ...deprecated];
    const own = omitted.length > 0 ? `Omit<NonNullable<${name}Parameters['query']>, ${quoted(omitted)}>` : `NonNullable<${name}Parameters['query']>`;
    fields.push(`query${query.some((parameter) => parameter.required) ? '' : '?'}: ${own}`);
  }
  const required = fields.some((field) => !/^\w+\?/.test(field));
  const options = [...(fields.length > 0 ? [`params${required ? '' : '?'}: { ${fields.join('; ')} }`] : []), ...(operation.pageSize ? ['pageSize?: number'] : []), 'signal?: AbortSignal'];
  const item = `NonNullable<${items.reduce((type, key) => `NonNullable<${type}>['${key}']`, `${name}Answer`)}>[number]`;
  const size = operation.pageSize
    ? ` \`pageSize\` sets \`${operation.pageSize.name}\`${operation.pageSize.default === undefined ? '' : ` (default ${operation.pageSize.default}, the most allowed)`}.`
    : '';
  return `
/** One item of a page of ${operationId}. */
export type ${name}Item = ${item};

/** Every item of ${operationId} (${method.toUpperCase()} ${path}), page after page: \`for await (const item of paginate${name}(client, { ... }))\`.${size} */
export function paginate${name}(client: Client<boolean>, options: { ${options.join('; ')} }${required ? '' : ' = {}'}): AsyncGenerator<${name}Item, void, undefined> {
  return paginateList<${name}Item>(client, pagedOperations.${operationId}, options);
}
`;
}

/**
 * The typed task waiter: a background task followed by the job_id a change answered.
 * @param {{ show: string, task: string }} tasks
 */
function taskWaiter(tasks) {
  return `
/** A background task as ${tasks.show} answers it. */
export type BackgroundTask = ${tasks.task};

/**
 * Polls ${tasks.show} until the task (the \\\`job_id\\\` a resize, configuration change or upgrade
 * answered) succeeds, and resolves with it. Rejects with a WaiterError naming the task when it
 * failed, was cancelled or its record deleted, after \\\`timeoutMs\\\` or on abort.
 */
export function waitForTask(client: Client<boolean>, options: WaitForTaskOptions & { projectId?: string }): Promise<BackgroundTask> {
  return waitForServiceTask<BackgroundTask>(client, taskOperations, options);
}
`;
}

/** The create fields a flavour decides (core's FlavourCreateFields): those the current create takes are typed as it takes them. */
const FLAVOUR_FIELDS = { required: ['product_id', 'storage_spec_code', 'available_zones'], optional: ['engine_version', 'broker_num', 'storage_space'] };

/**
 * The typed flavour lookup: which flavours the engine can be created with, and in which zones,
 * and the fields of the current create (the first one not deprecated) a flavour fills.
 * @param {{ products: string, zones: string, product: string }} flavours
 * @param {any} document
 */
function flavourLookup(flavours, document) {
  const { operationId: create } = exampleCreateRequest(document);
  const { operation } = findOperation(document, create);
  const body = resolveRef(document, operation.requestBody).content['application/json'].schema;
  const taken = new Set(schemaParts(document, body).flatMap((part) => Object.keys(part.properties ?? {})));
  const quote = (names) => names.filter((name) => taken.has(name)).map((name) => `'${name}'`);
  const [required, optional] = [quote(FLAVOUR_FIELDS.required), quote(FLAVOUR_FIELDS.optional)];
  return `
/** A flavour as ${flavours.products} answers it. */
export type Product = ${flavours.product};

/**
 * Which flavours this engine can be created with, and in which zones: ${flavours.products} and
 * ${flavours.zones}, asked at once and joined. Each flavour gives a create its \`product_id\`, its
 * \`engine_version\` values, each \`storage_spec_code\` with the ids of the zones that sell it now
 * (\`available_zones\`), its \`arch_type\` values and its \`broker_num\` and storage ranges.
 */
export function findFlavours(client: Client<boolean>, options: FindFlavoursOptions = {}): Promise<Flavour<Product>[]> {
  return findServiceFlavours<Product>(client, flavourOperations, options);
}

/** The fields of a ${create} body a flavour decides, as that body types them. */
export type FlavourFields = Pick<RequestBody<'${create}'>, ${required.join(' | ')}>${optional.length > 0 ? ` & Partial<Pick<RequestBody<'${create}'>, ${optional.join(' | ')}>>` : ''};

/**
 * The fields of a ${create} body \`flavour\` decides, at their smallest (its last engine version,
 * its first storage class in one zone, the fewest brokers, the least storage), to spread into the
 * body beside its name and network. They come from the service's answers: validation checks them
 * against the description before the create is sent.
 */
export function createFieldsOf(flavour: Flavour<Product>): FlavourFields {
  return createFlavourFields(flavour, [${[...required, ...optional].join(', ')}]) as FlavourFields;
}
`;
}

/**
 * `<Operation>Parameters`, and `<Operation>Body` and `<Operation>Answer` per operation that has them, a deprecated operation's
 * marked `@deprecated` (its description's first sentence) so that editors strike their uses through.
 * @param {any} document
 */
function namedTypes(document) {
  return operationsOf(document)
    .flatMap(({ method, path, operationId, operation }) => {
      const name = typeNameOf(operationId);
      const where = `${operationId} (${method.toUpperCase()} ${path})`;
      const deprecation = operation.deprecated ? ` @deprecated ${deprecationNote(operation.description)}` : '';
      const types = [`/** The parameters of ${where}.${deprecation} */\nexport type ${name}Parameters = RequestParameters<'${operationId}'>;`];
      if (operation.requestBody) types.push(`/** The body of ${where}.${deprecation} */\nexport type ${name}Body = RequestBody<'${operationId}'>;`);
      if (operation.responses?.['200']) types.push(`/** The answer of ${where}.${deprecation} */\nexport type ${name}Answer = ResponseBody<'${operationId}'>;`);
      return types;
    })
    .join('\n');
}

/**
 * What a deprecated operation's description says of its deprecation: its first sentence that
 * names it (`Deprecated: use createInstanceByEngine ... instead`), else that it is deprecated.
 * @param {string | undefined} description
 */
function deprecationNote(description) {
  const sentences = (description ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=\.)\s/);
  const note = sentences.find((sentence) => /deprecat/i.test(sentence)) ?? 'This operation is deprecated.';
  return note.replace(/^Deprecated:\s*/i, '').replaceAll('*/', '*\\/');
}
