// Footprint: a fresh install of one packed client in an empty folder, against a fresh install of the official SDK.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesIn, packagesIn } from '../../scripts/lib/footprint.mjs';
import { SERVICE_IDS } from '../../scripts/lib/services.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The official SDKs as their users install them (the Huawei ones need a pinned @huaweicloud/huaweicloud-sdk-core and uuid to install cleanly). */
const OFFICIAL = [
  ['@huaweicloud/huaweicloud-sdk-rocketmq', { dependencies: { '@huaweicloud/huaweicloud-sdk-rocketmq': '3.1.215', uuid: '9.0.1' }, overrides: { '@huaweicloud/huaweicloud-sdk-core': '3.1.211' } }],
  ['@huaweicloud/huaweicloud-sdk-kafka', { dependencies: { '@huaweicloud/huaweicloud-sdk-kafka': '3.1.215', uuid: '9.0.1' }, overrides: { '@huaweicloud/huaweicloud-sdk-core': '3.1.211' } }],
  ['@alicloud/rocketmq20220801', { dependencies: { '@alicloud/rocketmq20220801': '5.0.7' } }],
];

/** Installs `manifest` into a new folder under `scratch` and counts what landed in node_modules. */
function install(scratch, folder, manifest) {
  const dir = join(scratch, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'footprint', private: true, ...manifest }));
  // --prefer-offline: the npm cache already holds everything the workspace installed.
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], { cwd: dir, stdio: 'ignore' });
  const modules = join(dir, 'node_modules');
  return { packages: packagesIn(modules).length, bytes: bytesIn(modules) };
}

/** @param {{ scratch: string }} options */
export function measureFootprint({ scratch }) {
  const pack = (name) => join(scratch, JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: join(root, 'packages', name), encoding: 'utf8' }))[0].filename);
  const core = pack('core');
  const ours = SERVICE_IDS.map((id) => ({
    name: `@cloudmq/${id}`,
    kind: 'ours',
    ...install(scratch, `ours-${id}`, { dependencies: { [`@cloudmq/${id}`]: `file:${pack(id)}`, '@cloudmq/core': `file:${core}` } }),
  }));
  const official = OFFICIAL.map(([name, manifest]) => ({ name, kind: 'official', ...install(scratch, `official-${name.replace('/', '-')}`, manifest) }));
  return [...ours, ...official];
}
