/**
 * `npm run test:pack`: the package as users install it. Packs it, lists the tarball's files, installs
 * the tarball into a fresh project outside the source tree, and checks there that an ESM consumer and
 * a CommonJS consumer (`require`, Node ≥ 20.19) evaluate a trip, that TypeScript consumers type-check
 * against the shipped declarations under `moduleResolution` `nodenext` and `bundler`, that the JSON
 * Schemas resolve through the `exports` map, and that the binary runs from `node_modules/.bin`.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { packFromCleanTree } from './pack.js';
import { runtimeModules } from './runtime-modules.js';

const root = resolve('.');
// 1. The tarball, packed from a clean copy of the tree (no dist/): the `prepack` build makes dist/.
const packed = packFromCleanTree('solleftea-pack-');
const work = packed.work;
const failures: string[] = [];
const check = (ok: boolean, message: string): void => {
  if (ok) console.log(`✔ ${message}`);
  else {
    failures.push(message);
    console.error(`✘ ${message}`);
  }
};
const run = (command: string, args: readonly string[], cwd = work): string =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  const files = packed.files;
  console.log(
    `Tarball ${basename(packed.tarball)} (packed from a clean tree): ${packed.size} bytes, ${packed.unpackedSize} unpacked, ${files.length} files`,
  );
  for (const file of files) console.log(`  ${file}`);
  const expected = [
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'dist/cli.js',
    'dist/index.d.ts',
    ...runtimeModules().map((module) => module.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')),
    ...['activity', 'policy', 'rates', 'records', 'register'].map(
      (n) => `dist/schemas/${n}.schema.json`,
    ),
    'package.json',
  ].sort();
  check(
    JSON.stringify(files) === JSON.stringify(expected),
    'the tarball holds the code (a file for each module the entry reaches, no source maps), its declarations, the CLI, the JSON Schemas and the docs — no tests, no sources, nothing else',
  );

  // 2. A fresh project that installs the tarball (and zod, the peer dependency).
  const project = join(work, 'consumer');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', packed.tarball, 'zod@^4'],
    project,
  );

  const trip = JSON.stringify({
    kind: 'trip',
    id: 'T-1',
    title: 'Visit',
    organiser: 'KLK',
    travellers: { count: 1 },
    destinations: [{ twinTown: 'esashi' }],
    departureDate: '2020-03-10',
    returnDate: '2020-03-12',
  });
  writeFileSync(
    join(project, 'esm.mjs'),
    `import { evaluate, parseActivity } from 'solleftea-international-policy';
const parsed = parseActivity(${trip});
console.log(parsed.success ? evaluate(parsed.data).obligations[1].status : 'invalid');
const url = import.meta.resolve('solleftea-international-policy/schemas/register.schema.json');
const { readFileSync } = await import('node:fs');
console.log(JSON.parse(readFileSync(new URL(url), 'utf8')).title);`,
  );
  const esm = run(process.execPath, ['esm.mjs'], project).trim().split('\n');
  check(esm[0] === 'owed', 'an ESM consumer imports the package and evaluates a trip');
  check(
    esm[1] === 'A register of activities and governance records',
    'the JSON Schemas resolve through the exports map',
  );

  writeFileSync(
    join(project, 'cjs.cjs'),
    `const { evaluate, parseActivity } = require('solleftea-international-policy');
const parsed = parseActivity(${trip});
console.log(parsed.success ? evaluate(parsed.data).obligations[1].status : 'invalid');
console.log(require.resolve('solleftea-international-policy/schemas/policy.schema.json').endsWith('policy.schema.json'));`,
  );
  const cjs = run(process.execPath, ['cjs.cjs'], project).trim().split('\n');
  check(
    cjs[0] === 'owed' && cjs[1] === 'true',
    `a CommonJS consumer require()s it on Node ${process.version}`,
  );

  writeFileSync(
    join(project, 'consumer.ts'),
    `import { type Evaluation, evaluate, parseActivity, type PolicyVersion, POLICY_2019_2022 } from 'solleftea-international-policy';
const version: PolicyVersion = POLICY_2019_2022;
const parsed = parseActivity({});
export const result: Evaluation | undefined = parsed.success ? evaluate(parsed.data, { policies: version }) : undefined;
// @ts-expect-error: the declarations are strict about what a context holds.
evaluate(undefined, { policies: 'none' });
`,
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const moduleResolution of ['nodenext', 'bundler'] as const) {
    const config = `tsconfig.${moduleResolution}.json`;
    writeFileSync(
      join(project, config),
      JSON.stringify({
        compilerOptions: {
          module: moduleResolution === 'nodenext' ? 'nodenext' : 'esnext',
          moduleResolution,
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    let ok = true;
    try {
      run(process.execPath, [tsc, '-p', config], project);
    } catch (error) {
      ok = false;
      console.error((error as { stdout?: string }).stdout);
    }
    check(
      ok,
      `a TypeScript consumer type-checks against the shipped declarations (moduleResolution ${moduleResolution})`,
    );
  }

  const bin = join(project, 'node_modules', '.bin', 'solleftea-policy');
  const shown = run(bin, ['policy', 'show', '--date', '2020-03-01', '--lang', 'en'], project);
  check(
    shown.startsWith('Policy för internationella kontakter 2019-2022\n'),
    'the binary runs from node_modules/.bin',
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`${failures.length} problem(s) with the package as installed.`);
  process.exit(1);
}
