import { mkdir, writeFile } from 'node:fs/promises';
import type { Options } from 'tsup';
import { jsonSchemaDocuments } from './src/json-schemas.js';

const library: Options = {
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
  clean: false,
  treeshake: true,
  splitting: false,
  // The JSON Schemas of the input documents ship beside the code (the `./schemas/*` export).
  async onSuccess() {
    await mkdir('dist/schemas', { recursive: true });
    for (const [name, schema] of Object.entries(jsonSchemaDocuments())) {
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
  splitting: false,
  external: ['solleftea-international-policy'],
  banner: { js: '#!/usr/bin/env node' },
};

const configs: Options[] = [library, cli];

export default configs;
