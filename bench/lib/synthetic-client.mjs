// A client generated, as the real ones are, from a description with hundreds of operations: what import costs once a service is described in full.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findOperation } from '@cloudmq/openapi-walk';
import { packageSources } from '../../scripts/lib/emit/package-sources.mjs';
import { bundlePath } from '../../scripts/lib/services.mjs';

/**
 * Kafka's description with `operations` more operations, each a copy of its show operation under
 * a path of its own (copies of its create would do the same for import: validators load on first
 * call), generated and compiled into bench/.synthetic/. Returns the URL to import.
 * @param {string} root the repository
 * @param {number} operations
 */
export async function buildSyntheticClient(root, operations) {
  const document = JSON.parse(readFileSync(bundlePath('huaweicloud-kafka'), 'utf8'));
  const { operation } = findOperation(document, 'showInstance');
  for (let index = 0; index < operations; index++) {
    document.paths[`/v2/{project_id}/synthetic-${index}/{instance_id}`] = { get: { ...operation, operationId: `showSynthetic${index}` } };
  }
  const serviceId = 'huaweicloud-synthetic';
  const dir = join(root, 'bench', '.synthetic', serviceId);
  rmSync(dir, { recursive: true, force: true });
  for (const [file, source] of await packageSources(document, serviceId, '0.0.0')) {
    mkdirSync(dirname(join(dir, 'src', file)), { recursive: true });
    writeFileSync(join(dir, 'src', file), source);
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `@cloudmq/${serviceId}`, private: true, type: 'module' }));
  writeFileSync(join(dir, 'tsconfig.build.json'), JSON.stringify({ extends: '../../../tsconfig.package.json', compilerOptions: { outDir: 'dist', rootDir: 'src' }, include: ['src/**/*.ts'] }));
  // Built as every client package builds.
  execFileSync(process.execPath, [join(root, 'scripts', 'build-package.mjs')], { cwd: dir, stdio: 'inherit' });
  return pathToFileURL(join(dir, 'dist', 'index.js')).href;
}
