// Cold import time: many fresh Node.js processes that import one package and exit, against bare `node -e 0`.
import { execFileSync } from 'node:child_process';
import { SERVICE_IDS } from '../../scripts/lib/services.mjs';
import { minAndMedian } from './stats.mjs';

/** What each process imports; `null` is bare Node.js. */
export const IMPORTED = [
  ['bare node -e 0', 'reference', null],
  ...SERVICE_IDS.map((id) => [`@cloudmq/${id}`, 'ours', `@cloudmq/${id}`]),
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
