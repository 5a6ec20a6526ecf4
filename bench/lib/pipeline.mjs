// Pipeline: a cold `npm run build` with every cache and output cleared, a cached rebuild, a rebuild after editing one description, and that description's service rebuilt and tested.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The description edited for the third build: a comment, so the bundle and everything after it are rebuilt but stay the same. */
const EDITED = 'specs/huaweicloud-kafka/openapi.yaml';

/** The client package of the edited description: its `test` task is that service's tests, after its build. */
const EDITED_SERVICE_TESTS = '@cloudmq/huaweicloud-kafka';

function timed(command, args, env) {
  const started = process.hrtime.bigint();
  execFileSync(command, args, { cwd: root, env, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const timedBuild = (env) => timed('npm', ['run', 'build'], env);

/** Removes turbo's cache and every build output, as on a fresh clone after `npm ci`. */
function clearCaches() {
  rmSync(join(root, '.turbo'), { recursive: true, force: true });
  for (const group of ['specs', 'packages']) {
    for (const entry of readdirSync(join(root, group), { withFileTypes: true })) {
      if (entry.isDirectory()) rmSync(join(root, group, entry.name, 'dist'), { recursive: true, force: true });
    }
  }
}

/** @param {{ env: NodeJS.ProcessEnv }} options */
export function measurePipeline({ env }) {
  clearCaches();
  const cold = timedBuild(env);
  const cached = timedBuild(env);
  const original = readFileSync(join(root, EDITED), 'utf8');
  let afterEdit;
  let testedAfterEdit;
  try {
    writeFileSync(join(root, EDITED), `${original}# benchmark edit ${Date.now()}\n`);
    afterEdit = timedBuild(env);
    // A second edit, from a built tree: what a maintainer waits for after changing one description.
    writeFileSync(join(root, EDITED), `${original}# benchmark edit ${Date.now()} again\n`);
    testedAfterEdit = timed('npx', ['turbo', 'run', 'test', `--filter=${EDITED_SERVICE_TESTS}`], env);
  } finally {
    writeFileSync(join(root, EDITED), original);
  }
  // Back to the committed description: its outputs come from the cache filled by the cold build.
  timedBuild(env);
  return [
    { name: 'cold npm run build (caches and outputs cleared)', milliseconds: cold },
    { name: 'cached npm run build (nothing changed)', milliseconds: cached },
    { name: `npm run build after editing ${EDITED}`, milliseconds: afterEdit },
    { name: `edit ${EDITED}, then its service rebuilt and tested (turbo run test --filter=${EDITED_SERVICE_TESTS})`, milliseconds: testedAfterEdit },
  ];
}
