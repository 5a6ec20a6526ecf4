// Waiters and a paginator over a service's show and list instance operations, for both vendors.
import { CloudMqError, InvalidOptionError, recordOf } from './errors.js';
import { answerOf } from './get-answer.js';
import { type PagedOperation, paginateList } from './paginate.js';
import type { ServiceClient } from './service-client.js';
import { type InstanceRef, VENDOR_PROFILES, type VendorId } from './vendors.js';
import { type Acceptor, type Observation, pollUntil, type WaiterTiming } from './waiter.js';

/** What the generated code of a service package tells the helpers about its instance operations. */
export interface InstanceOperations {
  /** The vendor the description names in `info.x-cloudmq-vendor`. */
  vendor: VendorId;
  /** Path template of the operation that shows one instance. */
  show: string;
  /** The operation that lists instances, a page at a time. */
  list: PagedOperation;
}

export interface WaitForInstanceOptions<Status extends string = string> extends InstanceRef, WaiterTiming<Status> {
  /** The status to wait for (default `RUNNING`). */
  until?: Status;
}

export interface WaitForDeletedOptions extends InstanceRef, WaiterTiming {}

export interface WaitForResizeOptions<Instance = unknown> extends InstanceRef, WaiterTiming {
  /**
   * Whether the instance shows the change asked for (its new flavour, storage or broker count).
   * Right after the call the instance may still be `RUNNING` as it was: the status alone cannot tell.
   */
  resized: (instance: Instance) => boolean;
}

export interface PaginateOptions<Filters = Record<string, unknown>> {
  /** Huawei Cloud: the project whose instances to list. */
  projectId?: string;
  /** The list operation's filters. */
  filters?: Filters;
  /** Instances per call (default: the most the list operation allows, Huawei 50, Alibaba 200). */
  pageSize?: number;
  signal?: AbortSignal;
}

/**
 * Polls the show operation until the instance has status `until` (default `RUNNING`) and resolves
 * with it. Rejects with WaiterError when the instance reaches a status it does not leave by itself
 * (Huawei: CREATEFAILED, ERROR, FREEZING, FROZEN, DELETING, DELETED; Alibaba: RELEASED), when
 * `timeoutMs` passes, or when `signal` aborts; with the service's error when a call fails for
 * good (a 404 included).
 */
export async function waitForInstance<Instance, Status extends string = string>(client: ServiceClient<any, boolean>, operations: InstanceOperations, options: WaitForInstanceOptions<Status>): Promise<Instance> {
  const vendor = VENDOR_PROFILES[operations.vendor];
  const until = options.until ?? 'RUNNING';
  const accept: Acceptor = (observation) => {
    const status = observation.found ? observation.status : undefined;
    if (status === until) return 'done';
    return status !== undefined && vendor.stuckStatuses.includes(status) ? 'failed' : 'retry';
  };
  // The service answers its own statuses: onPoll sees them typed as the service's.
  const observation = await pollUntil({ ...(options as unknown as WaitForInstanceOptions), awaited: until, accept, poll: showPoller(client, operations, options, { notFoundIsAnswer: false }) });
  return (observation as Extract<Observation, { found: true }>).instance as Instance;
}

/** Polls the show operation until the instance is gone: a 404, or a status that means deleted (Huawei DELETED, Alibaba RELEASED). */
export async function waitForDeleted(client: ServiceClient<any, boolean>, operations: InstanceOperations, options: WaitForDeletedOptions): Promise<void> {
  const vendor = VENDOR_PROFILES[operations.vendor];
  const accept: Acceptor = (observation) => (!observation.found || (observation.status !== undefined && vendor.goneStatuses.includes(observation.status)) ? 'done' : 'retry');
  await pollUntil({ ...options, awaited: 'deleted', accept, poll: showPoller(client, operations, options, { notFoundIsAnswer: true }) });
}

/**
 * Polls the show operation until the instance is `RUNNING` and `resized(instance)` holds, and
 * resolves with it; meanwhile it shows a resizing status (Huawei `EXTENDING`, Alibaba
 * `CHANGING`). Rejects with WaiterError when the resize failed (Huawei `EXTENDEDFAILED`, a faulty
 * or frozen instance; Alibaba `RELEASED`), at the deadline or on abort.
 */
export async function waitForResize<Instance>(client: ServiceClient<any, boolean>, operations: InstanceOperations, options: WaitForResizeOptions<Instance>): Promise<Instance> {
  if (typeof options.resized !== 'function') throw new InvalidOptionError('resized', 'is required: a function that tells the resized instance (its new flavour, storage or broker count)');
  const vendor = VENDOR_PROFILES[operations.vendor];
  const accept: Acceptor = (observation) => {
    const status = observation.found ? observation.status : undefined;
    if (status !== undefined && (vendor.stuckStatuses.includes(status) || vendor.resizeFailedStatuses.includes(status))) return 'failed';
    return observation.found && status === 'RUNNING' && options.resized(observation.instance as Instance) ? 'done' : 'retry';
  };
  const observation = await pollUntil({ ...options, awaited: 'resized', accept, poll: showPoller(client, operations, options, { notFoundIsAnswer: false }) });
  return (observation as Extract<Observation, { found: true }>).instance as Instance;
}

/**
 * Every instance the list operation finds with `filters`, across pages, in the service's order.
 * An instance that moves to another page while the pages are read (one was created or deleted
 * meanwhile) is yielded once.
 */
export function paginateInstances<Item>(client: ServiceClient<any, boolean>, operations: InstanceOperations, options: PaginateOptions = {}): AsyncGenerator<Item, void, undefined> {
  const params = { path: VENDOR_PROFILES[operations.vendor].listParams(options), query: options.filters };
  return paginateList<Item>(client, operations.list, { params, pageSize: options.pageSize, signal: options.signal });
}

/** One poll: the show operation's answer as an observation; a 404 is "not found". */
function showPoller(client: ServiceClient<any, boolean>, operations: InstanceOperations, ref: InstanceRef, { notFoundIsAnswer }: { notFoundIsAnswer: boolean }) {
  const vendor = VENDOR_PROFILES[operations.vendor];
  const path = vendor.showParams(ref);
  return async (signal: AbortSignal): Promise<Observation> => {
    try {
      const instance = vendor.instanceOf(await answerOf(client, operations.show, { path }, signal, vendor));
      const status = recordOf(instance).status;
      return { found: true, status: typeof status === 'string' ? status : undefined, instance };
    } catch (error) {
      if (notFoundIsAnswer && error instanceof CloudMqError && 'status' in error && error.status === 404) return { found: false };
      throw error;
    }
  };
}
