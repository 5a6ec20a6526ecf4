// Cold import time: many fresh Node.js processes that import one package and exit, against bare `node -e 0`.
import { execFileSync } from 'node:child_process';
import { minAndMedian } from './stats.mjs';

/** What each process imports; `null` is bare Node.js. */
export const IMPORTED = [
  ['bare node -e 0', 'reference', null],
  ['@cloudmq/huaweicloud-rocketmq', 'ours', '@cloudmq/huaweicloud-rocketmq'],
  ['@cloudmq/huaweicloud-kafka', 'ours', '@cloudmq/huaweicloud-kafka'],
  ['@cloudmq/huaweicloud-rabbitmq', 'ours', '@cloudmq/huaweicloud-rabbitmq'],
  ['@cloudmq/alibabacloud-rocketmq', 'ours', '@cloudmq/alibabacloud-rocketmq'],
  ['@huaweicloud/huaweicloud-sdk-rocketmq', 'official', '@huaweicloud/huaweicloud-sdk-rocketmq'],
  ['@huaweicloud/huaweicloud-sdk-kafka', 'official', '@huaweicloud/huaweicloud-sdk-kafka'],
  ['@alicloud/rocketmq20220801', 'official', '@alicloud/rocketmq20220801'],
];

/**
 * Wall time of `runs` processes per package (and per `extra` entry, such as a synthetic client),
 * runs interleaved across packages; min and median in ms.
 * @param {{ runs: number, cwd: string, env: NodeJS.ProcessEnv, extra?: [string, string, string][] }} options
 */
export function measureImportTime({ runs, cwd, env, extra = [] }) {
  const imported = [...IMPORTED, ...extra];
  const times = imported.map(() => []);
  for (let run = 0; run < runs; run++) {
    imported.forEach(([, , specifier], index) => {
      const args = specifier === null ? ['-e', '0'] : ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`];
      const started = process.hrtime.bigint();
      execFileSync(process.execPath, args, { cwd, env, stdio: 'ignore' });
      times[index].push(Number(process.hrtime.bigint() - started) / 1e6);
    });
  }
  return imported.map(([name, kind], index) => ({ name, kind, runs, ...minAndMedian(times[index]) }));
}
