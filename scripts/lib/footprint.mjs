// What an install takes: the packages in a node_modules folder and their bytes on disk, shared by the install test and the benchmark.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every package installed in `modules` (scoped ones as `@scope/name`), nested node_modules included.
 * @param {string} modules
 * @returns {string[]}
 */
export function packagesIn(modules) {
  return readdirSync(modules)
    .filter((entry) => !entry.startsWith('.'))
    .flatMap((entry) => (entry.startsWith('@') ? readdirSync(join(modules, entry)).map((inner) => join(entry, inner)) : [entry]))
    .flatMap((name) => {
      const nested = join(modules, name, 'node_modules');
      return [name, ...(existsDirectory(nested) ? packagesIn(nested) : [])];
    });
}

/**
 * The bytes of the files under `path`.
 * @param {string} path
 * @returns {number}
 */
export function bytesIn(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((total, entry) => total + bytesIn(join(path, entry)), 0);
}

function existsDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
