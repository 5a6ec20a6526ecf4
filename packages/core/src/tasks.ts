// Waits for a Huawei DMS background task, the job a resize, a configuration change or an upgrade answers with, to finish.
import { InvalidOptionError, recordOf } from './errors.js';
import { answerOf } from './get-answer.js';
import type { ServiceClient } from './service-client.js';
import { arrayAt, type InstanceRef, VENDOR_PROFILES } from './vendors.js';
import { type Acceptor, type Observation, pollUntil, type WaiterTiming } from './waiter.js';

/** What the generated code of a Huawei service package tells the task waiter: the path of its show-task operation. */
export interface TaskOperations {
  /** `/v2/{project_id}/instances/{instance_id}/tasks/{task_id}` */
  show: string;
}

export interface WaitForTaskOptions<Status extends string = string> extends InstanceRef, WaiterTiming<Status> {
  /** The task: the `job_id` the change answered. */
  taskId: string;
}

/**
 * Polls the show-task operation until the task succeeds (`SUCCESS`) and resolves with it. Rejects
 * with WaiterError (naming the task) when it failed, was cancelled or its record deleted, at the
 * deadline, or on abort. A task not listed yet, or in a status this client does not know, is
 * polled again; so is an answer that lists only tasks of other ids, whose status is not this one's.
 */
export async function waitForTask<Task>(client: ServiceClient<any, boolean>, operations: TaskOperations, options: WaitForTaskOptions): Promise<Task> {
  if (typeof options.taskId !== 'string' || options.taskId === '') throw new InvalidOptionError('taskId', 'must be the job_id the change answered, a non-empty string');
  const vendor = VENDOR_PROFILES.huaweicloud;
  const statuses = vendor.taskStatuses as NonNullable<typeof vendor.taskStatuses>;
  const path = { ...vendor.showParams(options), task_id: options.taskId };
  const accept: Acceptor = (observation) => {
    const status = observation.found ? observation.status : undefined;
    if (status === statuses.done) return 'done';
    return status !== undefined && statuses.failed.includes(status) ? 'failed' : 'retry';
  };
  const poll = async (signal: AbortSignal): Promise<Observation> => {
    const tasks = arrayAt(await answerOf(client, operations.show, { path }, signal, vendor), 'tasks');
    // The task asked for by its path; one answered without an id is taken for it, one of another id never.
    const task = tasks.find((candidate) => recordOf(candidate).id === options.taskId) ?? (tasks.length === 1 && recordOf(tasks[0]).id === undefined ? tasks[0] : undefined);
    if (task === undefined) return { found: false };
    const { status } = recordOf(task);
    return { found: true, status: typeof status === 'string' ? status : undefined, instance: task };
  };
  const observation = await pollUntil({ ...options, awaited: statuses.done, accept, poll });
  return (observation as Extract<Observation, { found: true }>).instance as Task;
}
