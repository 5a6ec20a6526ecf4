// `npm run demo` without credentials: five creates through the clients against the mock servers, printed as a table.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

it('creates one instance with each of the five create operations', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/demo.mjs'], { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
  const rows = stdout
    .split('\n')
    .filter((line) => /^\| \S+-\S+ +\| /.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  expect(rows.map(([service, operation]) => `${service} ${operation}`)).toEqual([
    'huaweicloud-rocketmq createPostPaidInstance',
    'huaweicloud-rocketmq createInstanceByEngine',
    'huaweicloud-kafka createPostPaidInstance',
    'huaweicloud-rabbitmq createPostPaidInstanceByEngine',
    'alibabacloud-rocketmq createInstance',
  ]);
  for (const [, , status, instanceId, milliseconds] of rows) {
    expect(status).toBe('200');
    expect(instanceId).toMatch(/^(rmq-cn-|[0-9a-z]{8}-)/);
    expect(Number(milliseconds)).toBeGreaterThan(0);
  }
  expect(stdout).toContain('5 instances created.');
  expect(stdout).not.toMatch(/demo-secret-access-key|demo-access-key-secret/);
}, 60_000);
