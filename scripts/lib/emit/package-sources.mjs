// The generated sources of a client package (src/ beside its hand-kept manifest), one emitter per kind of module.
import { join } from 'node:path';
import { emitIndex } from './index-module.mjs';
import { emitService } from './service.mjs';
import { emitTypes } from './types.mjs';
import { emitValidators } from './validators.mjs';

/**
 * @param {any} document a bundled description
 * @param {string} serviceId
 * @param {string} version the package's version, sent in its User-Agent
 * @returns {Promise<Map<string, string>>} path under src/ → source
 */
export async function packageSources(document, serviceId, version) {
  return new Map([
    ['schema.d.ts', await emitTypes(document)],
    ...[...emitValidators(document, serviceId)].map(([file, source]) => [join('validators', file), source]),
    ['service.ts', emitService(document, serviceId, version)],
    ['index.ts', emitIndex(document, serviceId)],
  ]);
}
