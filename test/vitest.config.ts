import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    // The lint-rule tests start Spectral in child processes; give them room on a 2-core machine.
    testTimeout: 60_000,
  },
});
