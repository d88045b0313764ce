import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Options } from 'tsup';
import { runtimeModules } from './scripts/runtime-modules.js';
import { jsonSchemaDocuments } from './src/json-schemas.js';

/**
 * Each module the library's entry reaches at run time is built to its own file, as in `src/`: with
 * `"sideEffects": false`, a user's bundler then drops whole modules the user does not import — the
 * audit, the account, the definition checker and their schemas — which it cannot do inside one
 * bundled file, where each module-level schema or table is a call it must keep.
 */
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const library: Options = {
  entry: runtimeModules(),
  bundle: false,
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  dts: {
    entry: { index: 'src/index.ts' },
    compilerOptions: {
      // tsup 8.5 sets options that TypeScript 6 deprecates; 9 (which fixes it) needs Node 22.
      ignoreDeprecations: '6.0',
    },
  },
  sourcemap: false,
  clean: false,
  splitting: false,
  // The JSON Schemas of the input documents ship beside the code (the `./schemas/*` export).
  async onSuccess() {
    await mkdir('dist/schemas', { recursive: true });
    for (const [name, schema] of Object.entries(jsonSchemaDocuments(version))) {
      await writeFile(`dist/schemas/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
    }
  },
};

/** The `solleftea-policy` binary: Node only, importing the library by its own package name. */
const cli: Options = {
  entry: { cli: 'src/cli/bin.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: false,
  sourcemap: false,
  clean: false,
  treeshake: true,
  // The command itself is a chunk of its own (`bin.ts` imports it when it runs it): the process
  // that only starts a child with a larger heap does not load it.
  splitting: true,
  // Named without a hash, so that the tarball's list of files stays the same from build to build.
  esbuildOptions(options) {
    options.chunkNames = 'cli-[name]';
  },
  external: ['solleftea-international-policy'],
  banner: { js: '#!/usr/bin/env node' },
};

const configs: Options[] = [library, cli];

export default configs;
