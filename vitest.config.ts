import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The test run of `npm test` (`vitest run --coverage`), in four projects:
 *
 * - `unit`: the library's tests, named examples and properties side by side (a property's run count
 *   is its own: `test/support/runs.ts`);
 * - `cli`: the command line in process, the built binary where the process boundary is what is
 *   tested (signals, exit codes, standard input), and the documentation's commands and examples;
 * - `types`: the type tests (`*.test-d.ts`), checked by TypeScript, never run;
 * - `fuzz`: left out of `npm test`, run deep by `npm run fuzz` (100 000 cases a property).
 *
 * Test files share a worker (`isolate: false`): the library is imported once per worker, not once per
 * file (the import was most of the suite's time). No test mocks a module or changes a global.
 * `@fast-check/vitest` is replaced by the part of it the tests use (`test/support/fast-check-vitest-lite.ts`:
 * importing the package costs about 2.7 s per worker).
 *
 * One worker per core (`maxWorkers`): vitest's default leaves one core to itself, which on a 2-core
 * machine runs every test file in one worker (the unit stage took 141 s so, and 90 s with two).
 */
const shared = {
  resolve: {
    alias: {
      '@fast-check/vitest': fileURLToPath(
        new URL('./test/support/fast-check-vitest-lite.ts', import.meta.url),
      ),
    },
  },
};

const config: ViteUserConfig = defineConfig({
  test: {
    maxWorkers: availableParallelism(),
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/cli/**', 'test/docs/**', 'test/examples/**', 'test/fuzz/**'],
          setupFiles: ['test/setup.ts'],
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        ...shared,
        test: {
          name: 'cli',
          include: [
            'test/cli/**/*.test.ts',
            'test/docs/**/*.test.ts',
            'test/examples/**/*.test.ts',
          ],
          setupFiles: ['test/setup.ts'],
          // These run the built binary (`test/support/fresh-build.ts` rebuilds a stale one first).
          globalSetup: ['test/support/fresh-build.ts'],
          isolate: false,
          // The command-line tests spawn the binary; on a busy 2-core machine a case can pass 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'types',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: 'tsconfig.json',
          },
        },
      },
      {
        ...shared,
        test: {
          name: 'fuzz',
          include: ['test/fuzz/**/*.test.ts'],
          setupFiles: ['test/setup.ts'],
          isolate: false,
          testTimeout: 0,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The binary's three-line entry; everything it runs (src/cli/) is covered in process.
      exclude: ['src/cli/bin.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: {
        lines: 95,
        branches: 95,
        functions: 95,
        statements: 95,
      },
    },
  },
});

export default config;
