import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The test run Stryker uses to judge mutants: the unit tests of the money and calendar code (the
 * scope mutated so far), with fewer property cases (100 each; `npm test` runs 1 000).
 */
const config: ViteUserConfig = defineConfig({
  test: {
    include: ['test/money/**/*.test.ts', 'test/calendar/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    env: { FC_NUM_RUNS: '100' },
  },
});

export default config;
