import { buildSync } from 'esbuild';

/**
 * The source modules the library's entry (`src/index.ts`) reaches at run time, sorted; modules
 * imported only for their types are left out. The build compiles each to its own file under `dist/`
 * (`tsup.config.ts`), and the package test expects exactly these in the tarball
 * (`scripts/test-package.ts`).
 */
export function runtimeModules(): string[] {
  const { metafile } = buildSync({
    entryPoints: ['src/index.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs).sort();
}
