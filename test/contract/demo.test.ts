// `npm run demo` without credentials: each service's whole instance lifecycle through the clients against the stateful fakes, printed as a table.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { vendorOf } from '../../scripts/lib/vendors.mjs';
import { bundledSpec, type ServiceId } from '../support/spec.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

// [service, the current create operation and how its delete is answered]
const LIFECYCLES: [ServiceId, { create: string; deleted: string }][] = [
  ['huaweicloud-rocketmq', { create: 'createPostPaidInstance', deleted: 'HTTP 204' }],
  ['huaweicloud-kafka', { create: 'createInstanceByEngine', deleted: 'HTTP 204' }],
  ['huaweicloud-rabbitmq', { create: 'createPostPaidInstanceByEngine', deleted: 'HTTP 204' }],
  ['alibabacloud-rocketmq', { create: 'createInstance', deleted: 'HTTP 200' }],
];

it('walks one instance per service through create, wait, show, delete and wait', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/demo.mjs'], { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
  const rows = stdout
    .split('\n')
    .filter((line) => /^\| \S+-\S+ +\| /.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const want = LIFECYCLES.flatMap(([service, { create, deleted }]) => [
    [service, create, 'HTTP 200'],
    [service, 'waitForInstance', 'CREATING → CREATING → RUNNING'],
    [service, 'show', 'RUNNING'],
    [service, 'deleteInstance', deleted],
    [service, 'waitForDeleted', vendorOf(bundledSpec(service)) === 'huaweicloud' ? 'DELETING → not found' : 'RELEASED'],
  ]);
  expect(rows.map(([service, step, outcome]) => [service, step, outcome])).toEqual(want);
  for (const service of LIFECYCLES.map(([id]) => id)) {
    const ids = new Set(rows.filter(([id]) => id === service).map(([, , , instanceId]) => instanceId));
    expect([...ids], service).toHaveLength(1);
    expect([...ids][0]).toMatch(/^(rmq-cn-|[0-9a-f]{8}-)/);
  }
  for (const [, , , , milliseconds] of rows) expect(Number(milliseconds)).toBeGreaterThan(0);
  expect(stdout).toContain('4 lifecycles completed');
  expect(stdout).not.toMatch(/demo-secret-access-key|demo-access-key-secret/);
}, 60_000);
