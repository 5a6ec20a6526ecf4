// Three tiers: unit (no build needed), service (one service's tests, or all), integration (the rest: clients on loopback, contracts, packages).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { servicesUnderTest } from './support/services-under-test.ts';

/** Tests of the project's own code on fixtures: they need no bundle and no generated package. */
const UNIT = ['core/**/*.test.ts', 'generator/**/*.test.ts', 'lint/**/*.test.ts', 'vendor/alibaba-dara.test.ts', 'vendor/huawei-sdk.test.ts'];

/** Tests that take each service in turn and need only its bundle and its client: a service's own test task runs them for it. */
const PER_SERVICE = ['specs/examples.test.ts', 'specs/services.test.ts', 'clients/validation.test.ts', 'clients/instances.test.ts', 'contract/mock-server.test.ts', 'packages/generated.test.ts'];

export default defineConfig({
  // A client package's `npm test` runs this configuration from its own folder.
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    // The lint-rule tests start Spectral in child processes; give them room on a 2-core machine.
    testTimeout: 60_000,
    // Transformed test modules (the page tables above all) kept on disk between runs, keyed by their content: a
    // service's run after an edit spent a third of its time transforming files that had not changed.
    experimental: { fsModuleCache: true },
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      // The service tier's files share one module graph per worker (isolate: false): each would otherwise load the
      // description, its page tables and its client again, which took longer than its tests. None changes global state.
      { extends: true, test: { name: 'service', isolate: false, include: [...PER_SERVICE, ...servicesUnderTest().map((id) => `specs/${id}/**/*.test.ts`)] } },
      { extends: true, test: { name: 'integration', include: ['**/*.test.ts'], exclude: ['**/node_modules/**', ...UNIT, ...PER_SERVICE, 'specs/*/**/*.test.ts'] } },
    ],
  },
});
