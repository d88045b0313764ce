import type { Options } from 'tsup';

const config: Options = {
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  dts: {
    compilerOptions: {
      // tsup 8.5 sets options that TypeScript 6 deprecates; 9 (which fixes it) needs Node 22.
      ignoreDeprecations: '6.0',
    },
  },
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: false,
};

export default config;
