import { defineConfig, type ViteUserConfig } from 'vitest/config';

const config: ViteUserConfig = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // The command-line tests spawn the binary several times per case; on a busy 2-core machine a
    // case can pass vitest's default 5 s.
    testTimeout: 30_000,
    // Type tests (test/**/*.test-d.ts): checked by TypeScript, never run.
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: 'tsconfig.json',
    },
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
