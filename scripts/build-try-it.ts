/**
 * Builds the try-it page's script: bundled for browsers from the package's own ESM build
 * (dist/index.js) with zod and dinero.js, beside the page TypeDoc copied into site/media/. Run by
 * `npm run docs` after TypeDoc.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

if (!existsSync('dist/index.js')) throw new Error('Build the package first: npm run build.');
if (!existsSync('site/media/try-it.html')) throw new Error('TypeDoc did not copy the try-it page.');
await build({
  entryPoints: ['docs/try-it/app.ts'],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  outfile: 'site/media/try-it.js',
  alias: { 'solleftea-international-policy': './dist/index.js' },
  logLevel: 'warning',
});
const script = readFileSync('site/media/try-it.js');
console.log(
  `try-it page script: ${script.length} bytes minified, ${gzipSync(script, { level: 9 }).length} gzipped`,
);
