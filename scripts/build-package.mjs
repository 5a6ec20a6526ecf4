// Builds a TypeScript package's dist: its declarations (type-checked, comments kept for editors) and its JavaScript (no comments) by two tsc runs side by side, then the generated files shipped as written.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Runs tsc on the package's tsconfig.build.json with `args`; rejects when it fails (its errors are printed). */
function compile(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json', ...args], { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`tsc ${args.join(' ')} failed (exit ${code})`))));
  });
}

rmSync('dist', { recursive: true, force: true });
// The declarations' run checks the types, so the JavaScript's may skip the check (--noCheck) and run beside it.
const runs = await Promise.allSettled([compile(['--emitDeclarationOnly']), compile(['--declaration', 'false', '--removeComments', '--noCheck'])]);
const failed = runs.filter((run) => run.status === 'rejected');
if (failed.length > 0) {
  for (const { reason } of failed) console.error(reason.message);
  process.exit(1);
}
// A client's validators and schema types, as the generator wrote them (docs/decisions.md, "Package size").
for (const generated of ['src/validators', 'src/schema.d.ts']) {
  if (existsSync(generated)) cpSync(generated, generated.replace(/^src/, 'dist'), { recursive: true });
}
