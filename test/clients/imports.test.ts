// What importing a client loads: the modules that make a client, not those only a call or a fetch Request's signing needs (docs/decisions.md).
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SERVICES_UNDER_TEST } from '../support/spec.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CORE_ENTRY = join(root, 'packages/core/dist/index.js');

/**
 * Core modules a client loads on its first call (client.ts); the waiters, paginators, flavour lookup and signers on
 * theirs (deferred.ts); the credential sources' file readers and requests when a source first runs.
 */
const LOADED_ON_FIRST_CALL = [
  'answer-headers',
  'buffered-response',
  'call-runtime',
  'credential-files',
  'credential-requests',
  'flavour-lookup',
  'get-answer',
  'instances',
  'outgoing-request',
  'paginate',
  'senders',
  'sign-alibaba',
  'sign-huawei',
  'tasks',
  'transport',
  'validation',
  'waiter',
];

/** A static `import` or `export ... from` of compiled JavaScript; `import(...)` loads later and is not one. */
const STATIC_IMPORT = /^(?:import|export)\s(?:[^'";]*?\sfrom\s)?'([^']+)';/gm;

/** The files a module loads before it runs, itself included; @cloudmq/core as its dist, other packages left out. */
function loadedBy(entry: string, loaded = new Set<string>()): Set<string> {
  if (loaded.has(entry)) return loaded;
  loaded.add(entry);
  for (const [, specifier] of readFileSync(entry, 'utf8').matchAll(STATIC_IMPORT)) {
    if (specifier.startsWith('.')) loadedBy(join(dirname(entry), specifier), loaded);
    else if (specifier === '@cloudmq/core') loadedBy(CORE_ENTRY, loaded);
  }
  return loaded;
}

describe.each(SERVICES_UNDER_TEST)('importing @cloudmq/%s', (service) => {
  it('loads none of the core modules a call needs', () => {
    const loaded = [...loadedBy(join(root, 'packages', service, 'dist/index.js'))].map((file) => relative(root, file));
    expect(loaded).toContain('packages/core/dist/client.js');
    for (const module of LOADED_ON_FIRST_CALL) expect(loaded).not.toContain(`packages/core/dist/${module}.js`);
  });
});
