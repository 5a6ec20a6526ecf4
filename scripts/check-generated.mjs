// `npm run check:generated` (after `npm run build`, on a clean tree): regenerates every client's sources and the docs in place, then fails if git sees any change.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVICE_IDS } from './lib/services.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const run = (script, cwd) => execFileSync(process.execPath, [join(root, script)], { cwd: join(root, cwd), stdio: ['ignore', 'ignore', 'inherit'] });

// On a dirty tree a change could not be told apart from the generator's: refuse rather than guess.
if (git('status', '--porcelain') !== '') {
  console.error(`check:generated needs a clean tree (commit or stash first):\n${git('status', '--short')}`);
  process.exit(2);
}
for (const serviceId of SERVICE_IDS) run('scripts/generate-client.mjs', join('packages', serviceId));
run('packages/docs/scripts/build-docs.mjs', 'packages/docs');

const changes = git('status', '--porcelain');
if (changes !== '') {
  console.error(
    'Regenerating changed the tree: generated files were edited by hand or not regenerated after a description changed.\n' +
      'Generated files are never edited by hand; change the description or the generator and run npm run build.\n\n' +
      git('status', '--short') +
      '\n' +
      git('diff', '--stat'),
  );
  process.exit(1);
}
console.log(`Generated files are fresh: ${SERVICE_IDS.length} client packages and the docs regenerate to the committed tree.`);
