// A vendor repository read at one commit through git (a checkout or a bare mirror) or, for fixtures, a plain folder.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files of a vendor repository, as the snapshot readers need them.
 * @typedef {object} SourceTree
 * @property {(path: string) => string} read the text of a file, by its path in the repository
 * @property {(dir: string) => string[]} list the names of the files (not folders) directly in a folder
 * @property {string | undefined} commit the commit read (undefined for a plain folder)
 * @property {string | undefined} date its commit date, ISO 8601
 */

/**
 * A repository at HEAD, read with git: `dir` is a checkout or a bare mirror.
 * @param {string} dir
 * @returns {SourceTree}
 */
export function gitTree(dir) {
  const gitDir = existsSync(join(dir, '.git')) ? join(dir, '.git') : dir;
  const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const commit = git('rev-parse', 'HEAD').trim();
  return {
    read: (path) => git('show', `${commit}:${path}`),
    list: (folder) =>
      git('ls-tree', commit, `${folder.replace(/\/$/, '')}/`)
        .split('\n')
        .filter((line) => line.includes(' blob '))
        .map((line) => line.split('\t')[1].split('/').pop()),
    commit,
    date: new Date(git('log', '-1', '--format=%cI', commit).trim()).toISOString(),
  };
}

/**
 * A plain folder (test fixtures): no commit.
 * @param {string} root
 * @returns {SourceTree}
 */
export function folderTree(root) {
  return {
    read: (path) => readFileSync(join(root, path), 'utf8'),
    list: (folder) => readdirSync(join(root, folder)).filter((name) => statSync(join(root, folder, name)).isFile()),
    commit: undefined,
    date: undefined,
  };
}
