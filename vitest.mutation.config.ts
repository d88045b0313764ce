import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * A mutant in module-level code (the policy's data, the election calendar) is "static": Stryker runs
 * every test for it, and stops at the first failure. The test that loads the library and the tests
 * that pin its data run first, so such a mutant usually costs one file, not the suite; the rest keep
 * vitest's order.
 */
class DataTestsFirst extends BaseSequencer {
  static readonly FIRST: readonly string[] = [
    'test/support/library-loads.test.ts',
    'test/policy/define-policy.test.ts',
    'test/policy/solleftea-2019-2022.test.ts',
    'test/calendar/mandate-period.test.ts',
  ];

  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const index = DataTestsFirst.FIRST.findIndex((first) => file.moduleId.endsWith(first));
      return index === -1 ? DataTestsFirst.FIRST.length : index;
    };
    const sorted = await super.sort(files);
    return sorted
      .map((file, index) => ({ file, index }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index)
      .map(({ file }) => file);
  }
}

/**
 * The test run Stryker uses to judge mutants (`npm run mutation`): the unit tests, without the
 * documentation, command-line, fuzz and example suites (they exercise the same code through the
 * public API and spawn processes), nor the tests that read the source as text. Property tests run 100 cases each with a fixed seed, so a run
 * can be repeated; `npm test` runs 1 000 with fresh seeds. Test files share one worker
 * (`isolate: false`) but each evaluates the library afresh (`test/support/fresh-modules.ts`).
 */
const config: ViteUserConfig = defineConfig({
  resolve: {
    alias: {
      '@fast-check/vitest': fileURLToPath(
        new URL('./test/support/fast-check-vitest-lite.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // The tests that read src/ as text (the architecture's) would read Stryker's instrumented copy.
    exclude: [
      'test/docs/**',
      'test/cli/**',
      'test/fuzz/**',
      'test/examples/**',
      'test/bench/**',
      'test/compliance/assess.kinds.test.ts',
    ],
    setupFiles: ['test/setup.ts', 'test/support/fresh-modules.ts'],
    isolate: false,
    // A busy machine (Stryker runs two workers) must not fail the initial run on a slow property test.
    testTimeout: 30_000,
    env: { FC_NUM_RUNS: '100', FC_SEED: '20191125' },
    sequence: { sequencer: DataTestsFirst },
  },
});

export default config;
