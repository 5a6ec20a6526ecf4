// waitForTask and waitForResize of every client that has them, against scripted loopback answers: success, failure, waiting out unknown states, bad options.
import { HuaweiCloudError, InvalidOptionError, WaiterError } from '@cloudmq/core';
import { afterEach, describe, expect, it } from 'vitest';
import { vendorOf } from '../../scripts/lib/vendors.mjs';
import { type Answer, type Loopback, startLoopback } from '../support/loopback.ts';
import { bundledSpec, SERVICES_UNDER_TEST } from '../support/spec.ts';
import { ALIBABA_CREDENTIALS, HUAWEI_CREDENTIALS } from './services.ts';

const fast = { intervalMs: 5, maxIntervalMs: 10, timeoutMs: 2_000 };
const instanceId = '8fd2c4b6-3a1e-4f5d-9c7b-2e6a1d0f9b34';
const taskId = '0f3a4f3e2b8c4e6c9d1a7b5e8c2d4f60';

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A loopback answering the n-th request with `answers[n]` (the last one again after that). */
async function scripted(answers: Answer[]) {
  server = await startLoopback((_, index) => answers[Math.min(index, answers.length - 1)]);
  return server;
}

const task = (status: string) => ({ status: 200, body: { task_count: '1', tasks: [{ id: taskId, name: 'kafkaConfigModify', status, created_at: '2026-12-05T10:00:00Z' }] } });

describe.each(SERVICES_UNDER_TEST.filter((id) => vendorOf(bundledSpec(id)) === 'huaweicloud'))('%s waitForTask', (serviceId) => {
  const client = async (url: string) => (await import(`@cloudmq/${serviceId}`)).createClient({ endpoint: url, credentials: HUAWEI_CREDENTIALS, retry: false });

  it('polls the task until SUCCESS through states it does not know, and resolves with it', async () => {
    const loopback = await scripted([{ status: 200, body: { task_count: '0', tasks: [] } }, task('CREATED'), task('EXECUTING'), task('PAUSED'), task('SUCCESS')]);
    const { waitForTask } = await import(`@cloudmq/${serviceId}`);
    const seen: (string | undefined)[] = [];
    const done = await waitForTask(await client(loopback.url), { instanceId, taskId, ...fast, onPoll: (status: string | undefined) => seen.push(status) });
    expect(done).toMatchObject({ id: taskId, status: 'SUCCESS' });
    expect(seen).toEqual([undefined, 'CREATED', 'EXECUTING', 'PAUSED', 'SUCCESS']);
    expect(loopback.requests[0].url).toBe(`/v2/${HUAWEI_CREDENTIALS.projectId}/instances/${instanceId}/tasks/${taskId}`);
  });

  it.each(['FAILED', 'CANCELLED', 'DELETED'])('rejects a task that ends %s with a WaiterError naming the task', async (status) => {
    const loopback = await scripted([task('EXECUTING'), task(status)]);
    const { waitForTask } = await import(`@cloudmq/${serviceId}`);
    const error = await waitForTask(await client(loopback.url), { instanceId, taskId, ...fast }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterError);
    expect(error).toMatchObject({ reason: 'failed', lastStatus: status, taskId, instanceId, awaited: 'SUCCESS', polls: 2 });
    expect((error as Error).message).toBe(
      `Task ${taskId} of instance ${instanceId} reached ${status}, which it does not leave by itself: it will not become SUCCESS (after 2 polls in ${(error as WaiterError).elapsedMs} ms).`,
    );
  });

  it('gives up at its deadline when the task stays under way', async () => {
    const loopback = await scripted([task('EXECUTING')]);
    const { waitForTask } = await import(`@cloudmq/${serviceId}`);
    const error = await waitForTask(await client(loopback.url), { instanceId, taskId, ...fast, timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'timeout', lastStatus: 'EXECUTING', taskId });
  });

  it("never takes another task's status for its own: it waits on, to its deadline", async () => {
    const other = { id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', name: 'kafkaConfigModify', status: 'SUCCESS' };
    const loopback = await scripted([{ status: 200, body: { task_count: '1', tasks: [other] } }]);
    const { waitForTask } = await import(`@cloudmq/${serviceId}`);
    const error = await waitForTask(await client(loopback.url), { instanceId, taskId, ...fast, timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterError);
    expect(error).toMatchObject({ reason: 'timeout', lastStatus: undefined, taskId });
  });

  it('takes the one task of an answer that gives no id for the task asked for', async () => {
    const loopback = await scripted([{ status: 200, body: { task_count: '1', tasks: [{ name: 'kafkaConfigModify', status: 'SUCCESS' }] } }]);
    const { waitForTask } = await import(`@cloudmq/${serviceId}`);
    await expect(waitForTask(await client(loopback.url), { instanceId, taskId, ...fast })).resolves.toMatchObject({ status: 'SUCCESS' });
  });

  it('throws the service error of an unknown instance (404)', async () => {
    const loopback = await scripted([{ status: 404, body: { error_code: 'DMS.00404022', error_msg: 'The instance does not exist.' } }]);
    const { waitForTask } = await import(`@cloudmq/${serviceId}`);
    await expect(waitForTask(await client(loopback.url), { instanceId, taskId, ...fast })).rejects.toBeInstanceOf(HuaweiCloudError);
  });

  it.each<[string, unknown]>([
    ['an empty task id', ''],
    ['no task id', undefined],
    ['a number', 7],
  ])('refuses %s, naming the option, and sends nothing', async (_, given) => {
    const loopback = await scripted([task('SUCCESS')]);
    const { waitForTask } = await import(`@cloudmq/${serviceId}`);
    const error = await waitForTask(await client(loopback.url), { instanceId, taskId: given, ...fast }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as Error).message).toContain('taskId');
    expect(loopback.requests).toHaveLength(0);
  });
});

describe.each(SERVICES_UNDER_TEST)('%s waitForResize', (serviceId) => {
  const isHuawei = vendorOf(bundledSpec(serviceId)) === 'huaweicloud';
  const id = isHuawei ? instanceId : 'rmq-cn-resized0001';
  const shown = (status: string, size: number) =>
    ({
      status: 200,
      body: isHuawei
        ? { instance_id: id, name: 'n', status, storage_space: size }
        : { requestId: 'r', success: true, data: { instanceId: id, status, productInfo: { msgProcessSpec: size === 600 ? 'rmq.p2.4xlarge' : 'rmq.s2.2xlarge' } } },
    }) satisfies Answer;
  const changing = isHuawei ? 'EXTENDING' : 'CHANGING';
  const resized = isHuawei
    ? (instance: { storage_space?: number }) => instance.storage_space === 600
    : (instance: { productInfo?: { msgProcessSpec?: string } }) => instance.productInfo?.msgProcessSpec === 'rmq.p2.4xlarge';
  const client = async (url: string) => (await import(`@cloudmq/${serviceId}`)).createClient({ endpoint: url, credentials: isHuawei ? HUAWEI_CREDENTIALS : ALIBABA_CREDENTIALS, retry: false });

  it('waits past the old RUNNING answer and the resizing status until the instance shows the change', async () => {
    const loopback = await scripted([shown('RUNNING', 300), shown(changing, 300), shown(changing, 300), shown('RUNNING', 600)]);
    const { waitForResize } = await import(`@cloudmq/${serviceId}`);
    const seen: (string | undefined)[] = [];
    await waitForResize(await client(loopback.url), { instanceId: id, resized, ...fast, onPoll: (status: string | undefined) => seen.push(status) });
    expect(seen).toEqual(['RUNNING', changing, changing, 'RUNNING']);
  });

  it('rejects a failed resize with a WaiterError', async () => {
    const failed = isHuawei ? 'EXTENDEDFAILED' : 'RELEASED';
    const loopback = await scripted([shown(changing, 300), shown(failed, 300)]);
    const { waitForResize } = await import(`@cloudmq/${serviceId}`);
    await expect(waitForResize(await client(loopback.url), { instanceId: id, resized, ...fast })).rejects.toMatchObject({ reason: 'failed', lastStatus: failed, awaited: 'resized' });
  });

  it.each<[string, unknown]>([
    ['no resized function', undefined],
    ['a resized that is no function', 600],
  ])('refuses %s, naming the option, and sends nothing', async (_, given) => {
    const loopback = await scripted([shown('RUNNING', 600)]);
    const { waitForResize } = await import(`@cloudmq/${serviceId}`);
    const error = await waitForResize(await client(loopback.url), { instanceId: id, resized: given, ...fast }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as Error).message).toContain('resized');
    expect(loopback.requests).toHaveLength(0);
  });
});
