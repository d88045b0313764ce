/**
 * `npm run size`: what the package weighs in a user's bundle. Bundles the built ESM code with esbuild
 * (minified, zod and dinero.js left out), gzips it, and prints the size of the whole library and of
 * an import of `evaluate` alone; fails if that import carries the audit, account or CLI code (it must
 * tree-shake away).
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: '.', sourcefile: 'entry.mjs' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external: ['zod', 'dinero.js'],
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * The target (15 kB gzipped for the whole library) is not met: most of the weight is the policy's
 * clauses and the messages, in two languages (see the closing note of issue 9). Until a design that
 * meets it lands, these ceilings — the sizes measured when they were set, plus about 3 % — stop the
 * library from growing unnoticed. Raise them only with a reason in the commit.
 */
const TARGET = 15_000;
const CEILING = { whole: 30_000, evaluate: 17_800 } as const;

const whole = await bundle("export * from './dist/index.js';");
const evaluateOnly = await bundle("export { evaluate } from './dist/index.js';");
const gz = (code: string) => gzipSync(code, { level: 9 }).length;
const sizes = { whole: gz(whole), evaluate: gz(evaluateOnly) };
console.log(`whole library:        ${whole.length} bytes minified, ${sizes.whole} gzipped`);
console.log(
  `evaluate alone:       ${evaluateOnly.length} bytes minified, ${sizes.evaluate} gzipped`,
);
console.log(
  `target ${TARGET} bytes gzipped for the whole library: ${sizes.whole <= TARGET ? 'met' : `not met, ${sizes.whole - TARGET} bytes over`}`,
);
const over = (['whole', 'evaluate'] as const).filter((key) => sizes[key] > CEILING[key]);
if (over.length > 0) {
  for (const key of over)
    console.error(`✘ ${key}: ${sizes[key]} bytes gzipped, ceiling ${CEILING[key]}`);
  process.exit(1);
}
console.log(`✔ within the ceilings (${CEILING.whole} whole, ${CEILING.evaluate} evaluate alone)`);

// Strings only the audit, the account and the CLI hold.
const markers = [
  'Redovisning av internationella',
  'Account of international exchanges',
  'solleftea-policy',
  'duty period',
];
const carried = markers.filter((marker) => evaluateOnly.includes(marker));
const inWhole = markers.filter((marker) => whole.includes(marker));
if (inWhole.length < 2)
  throw new Error('the markers no longer name the account code; update scripts/size.ts');
if (carried.length > 0) {
  console.error(`✘ importing evaluate alone carries: ${carried.join(', ')}`);
  process.exit(1);
}
console.log('✔ importing evaluate alone tree-shakes away the audit, account and CLI code');
