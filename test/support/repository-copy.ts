// A throwaway copy of the working tree (build outputs included, dependencies linked), committed as a clean git repository, to run the CI checks on.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Not copied: dependencies (linked instead), git and turbo state, and the rendered site, which no check reads. */
const SKIPPED = new Set(['node_modules', '.git', '.turbo', join('packages', 'docs', 'dist'), join('packages', 'docs', 'screenshots')]);

/** Telemetry off and nothing of the test runner's own environment. */
const CHECK_ENV = { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' };

export interface CheckResult {
  status: number | null;
  output: string;
}

export interface RepositoryCopy {
  dir: string;
  /** Rewrites a file of the copy (path relative to the repository root). */
  edit(file: string, change: (text: string) => string): void;
  /** Commits everything, so that the copy is a clean tree again. */
  commit(message: string): void;
  /** Runs a command in the copy's root: its exit status and stdout+stderr. */
  run(command: string, ...args: string[]): CheckResult;
  remove(): void;
}

export function copyRepository(): RepositoryCopy {
  const dir = mkdtempSync(join(tmpdir(), 'cloudmq-copy-'));
  cpSync(root, dir, { recursive: true, filter: (source) => !SKIPPED.has(relative(root, source)) && !relative(root, source).split(sep).includes('node_modules') });
  linkDependencies(dir);
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=cloudmq-tests', '-c', 'user.email=tests@cloudmq.invalid', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '--quiet');
  const copy: RepositoryCopy = {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`editing ${file} changed nothing: the planted change no longer applies`);
      writeFileSync(path, after);
    },
    commit(message) {
      git('add', '--all');
      const result = git('commit', '--quiet', '--message', message);
      if (result.status !== 0) throw new Error(`git commit failed: ${result.stderr}`);
    },
    run(command, ...args) {
      const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: CHECK_ENV, maxBuffer: 64 * 1024 * 1024 });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  copy.commit('copy of the working tree');
  return copy;
}

/**
 * Links every installed package into the copy, except the workspace links (`@cloudmq/*`): those are
 * relative symlinks, recreated as they are so that they point into the copy's own workspaces.
 */
function linkDependencies(dir: string): void {
  const installed = join(root, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(installed)) {
    if (entry === '@cloudmq') {
      mkdirSync(join(dir, 'node_modules', entry));
      for (const workspace of readdirSync(join(installed, entry))) symlinkSync(readlinkSync(join(installed, entry, workspace)), join(dir, 'node_modules', entry, workspace));
    } else {
      symlinkSync(join(installed, entry), join(dir, 'node_modules', entry));
    }
  }
}
