// `npm run demo` without credentials: each service's whole instance lifecycle through the clients against the stateful fakes, printed as a table.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { vendorOf } from '../../scripts/lib/vendors.mjs';
import { exampleCreateRequest, findOperation } from '@cloudmq/openapi-walk';
import { demoChanges } from '../../scripts/lib/demo-changes.mjs';
import { bundledSpec, SERVICE_IDS } from '../support/spec.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Each service's current create, the changes the demo sends after it (scripts/lib/demo-changes.mjs), and the success status of its delete, as its description documents them. */
const LIFECYCLES = SERVICE_IDS.map((service) => {
  const document = bundledSpec(service);
  const deleted = Object.keys(findOperation(document, 'deleteInstance').operation.responses).find((status) => status.startsWith('2'));
  const { resize, tag, restart } = demoChanges(document);
  return [service, { create: exampleCreateRequest(document).operationId, deleted: `HTTP ${deleted}`, resize: resize?.operationId, tag: tag?.operationId, restart: restart?.operationId }] as const;
});

it('walks one instance per service through flavour lookup, create, wait, show, resize or update, tag, restart, delete and wait', async () => {
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
  const want = LIFECYCLES.flatMap(([service, { create, deleted, resize, tag, restart }]) => {
    const huawei = vendorOf(bundledSpec(service)) === 'huaweicloud';
    return [
      // Huawei: the flavour, storage class and zone of the create come from the products and zones operations.
      ...(huawei ? [[service, 'findFlavours', expect.stringMatching(/^\S+, dms\.physical\.storage\.\S+ in zone [0-9a-f]{32}$/)]] : []),
      [service, create, 'HTTP 200'],
      [service, 'waitForInstance', 'CREATING → CREATING → RUNNING'],
      [service, 'show', 'RUNNING'],
      // A resize (Huawei, with its background task) or an update (Alibaba), waited out.
      [service, resize, 'HTTP 200'],
      [service, 'waitForResize', huawei ? 'EXTENDING → RUNNING' : 'CHANGING → RUNNING'],
      ...(huawei ? [[service, 'waitForTask', 'SUCCESS']] : []),
      ...(tag ? [[service, tag, expect.stringMatching(huawei ? /^HTTP 204: \S/ : /^HTTP 200: \S/)]] : []),
      ...(restart
        ? [
            [service, restart, 'HTTP 200: restart'],
            [service, 'waitForInstance', 'RESTARTING → RUNNING'],
          ]
        : []),
      [service, 'deleteInstance', deleted],
      [service, 'waitForDeleted', huawei ? 'DELETING → not found' : 'RELEASED'],
    ];
  });
  expect(rows.map(([service, step, outcome]) => [service, step, outcome])).toEqual(want);
  for (const service of LIFECYCLES.map(([id]) => id)) {
    const ids = new Set(rows.filter(([id, step]) => id === service && step !== 'findFlavours').map(([, , , instanceId]) => instanceId));
    expect([...ids], service).toHaveLength(1);
    expect([...ids][0]).toMatch(/^(rmq-cn-|[0-9a-f]{8}-)/);
  }
  for (const [, , , , milliseconds] of rows) expect(Number(milliseconds)).toBeGreaterThan(0);
  expect(stdout).toContain(`${SERVICE_IDS.length} lifecycles completed`);
  // Every service resizes (or updates) and tags; Kafka alone restarts through the batch action.
  expect(LIFECYCLES.filter(([, { resize, tag }]) => !resize || !tag).map(([service]) => service)).toEqual([]);
  expect(LIFECYCLES.filter(([, { restart }]) => restart).map(([service]) => service)).toEqual(['huaweicloud-kafka']);
  expect(stdout).not.toMatch(/demo-secret-access-key|demo-access-key-secret/);
}, 60_000);
