/**
 * `npm run test:pack`: the package as users install it. Packs it from a clean copy of the tree (the
 * `prepack` script builds `dist/`), lists the tarball's files, and installs the tarball into fresh
 * projects outside the source tree — one with the lowest zod the peer range allows, one with the
 * latest — checking in each that an ESM consumer and a CommonJS consumer (`require`, Node ≥ 20.19)
 * evaluate a trip, that an invalid activity gets every issue at its path and the sample register
 * parses, that TypeScript consumers type-check against the shipped declarations under
 * `moduleResolution` `nodenext` and `bundler`, that the JSON Schemas resolve through the `exports`
 * map with an `$id` naming the shipped file, and that the binary runs from `node_modules/.bin`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
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
const execFileAsync = promisify(execFile);
/** Runs a command in `cwd`, and gives its standard output; a failure rejects with its stderr. */
const run = async (command: string, args: readonly string[], cwd = work): Promise<string> =>
  (await execFileAsync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }))
    .stdout;

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
    // The command the binary imports when it runs it, and what the two share.
    'dist/cli-chunk.js',
    'dist/cli-main.js',
    'dist/index.d.ts',
    ...runtimeModules().map((module) => module.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')),
    ...['activity', 'policy', 'rates', 'records', 'register'].map(
      (n) => `dist/schemas/${n}.schema.json`,
    ),
    'package.json',
    // The built-in version's scenarios, which `solleftea-policy test` runs.
    'scenarios/solleftea-2019-2022.yaml',
  ].sort();
  check(
    JSON.stringify(files) === JSON.stringify(expected),
    'the tarball holds the code (a file for each module the entry reaches, no source maps), its declarations, the CLI, the JSON Schemas, the built-in scenarios and the docs — no tests, no sources, nothing else',
  );

  // 2. Fresh projects that install the tarball with the lowest and the latest zod the peer range allows.
  const range = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      peerDependencies: { zod: string };
    }
  ).peerDependencies.zod;
  const lowest = /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1];
  check(lowest !== undefined, `the zod peer range ${range} names its lowest version (^X.Y.Z)`);
  // The two projects are checked side by side (installing and compiling wait on the disk and on
  // one core each); each one's lines are printed together, in this order.
  const consumers = await Promise.all(
    [lowest ?? range, range].map(async (zod) => {
      const lines: [ok: boolean, message: string][] = [];
      try {
        await consumerChecks(zod, (ok, message) => lines.push([ok, message]));
      } catch (error) {
        const stderr = String((error as { stderr?: unknown }).stderr ?? error);
        const line = stderr.split('\n').find((text) => /Error|ERR/.test(text)) ?? stderr;
        lines.push([false, `the package works with zod@${zod}: ${line.trim()}`]);
      }
      return lines;
    }),
  );
  for (const [ok, message] of consumers.flat()) {
    if (message.startsWith('With zod ')) console.log(message);
    else check(ok, message);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`${failures.length} problem(s) with the package as installed.`);
  process.exit(1);
}

/**
 * Installs the tarball and zod `zod` into a fresh project and runs every consumer check there,
 * giving each outcome to `check`.
 */
async function consumerChecks(
  zod: string,
  check: (ok: boolean, message: string) => void,
): Promise<void> {
  // `4.3.0` and `^4.3.0` each have a project of their own.
  const project = join(work, `consumer-zod-${encodeURIComponent(zod)}`);
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', packed.tarball, `zod@${zod}`],
    project,
  );
  const installed = (
    JSON.parse(readFileSync(join(project, 'node_modules/zod/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  check(true, `With zod ${installed} (zod@${zod}):`);

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
  const invalid = JSON.stringify({
    kind: 'trip',
    id: '',
    extra: 1,
    travellers: { count: 1.5 },
    destinations: [],
    departureDate: '2020-02-30',
    returnDate: '2020-03-12',
    plannedCosts: [{ label: 'Flight', category: 'travel', amount: 100, currency: 'SEK' }],
  });
  const sample = JSON.stringify(join(root, 'examples', 'sample-register.json'));
  writeFileSync(
    join(project, 'esm.mjs'),
    `import { evaluate, parseActivity, parseRegister } from 'solleftea-international-policy';
import { readFileSync } from 'node:fs';
const parsed = parseActivity(${trip});
console.log(parsed.success ? evaluate(parsed.data).obligations[1].status : 'invalid');
const url = import.meta.resolve('solleftea-international-policy/schemas/register.schema.json');
const schema = JSON.parse(readFileSync(new URL(url), 'utf8'));
console.log(schema.title);
console.log(schema.$id);
const wrong = parseActivity(${invalid});
console.log(wrong.success ? 'valid' : wrong.issues.map((i) => i.code + '@' + i.path.join('.')).join(' '));
console.log(parseRegister(JSON.parse(readFileSync(${sample}, 'utf8'))).success);`,
  );
  const esm = (await run(process.execPath, ['esm.mjs'], project)).trim().split('\n');
  check(esm[0] === 'owed', 'an ESM consumer imports the package and evaluates a trip');
  check(
    esm[1] === 'A register of activities and governance records',
    'the JSON Schemas resolve through the exports map',
  );
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const id = `https://unpkg.com/${name}@${version}/`;
  check(
    esm[2]?.startsWith(id) === true && packed.files.includes(esm[2].slice(id.length)),
    `the JSON Schemas' $id (${esm[2]}) name the file the tarball ships, at this version`,
  );
  check(
    esm[3] ===
      'empty_text@id required@title required@organiser not_an_integer@travellers.count too_few@destinations invalid_date@departureDate amount_not_text@plannedCosts.0.amount unknown_key@extra',
    `an invalid activity gets every issue at its path (${esm[3]})`,
  );
  check(esm[4] === 'true', 'the sample register parses');

  writeFileSync(
    join(project, 'cjs.cjs'),
    `const { evaluate, parseActivity } = require('solleftea-international-policy');
  const parsed = parseActivity(${trip});
  console.log(parsed.success ? evaluate(parsed.data).obligations[1].status : 'invalid');
  console.log(require.resolve('solleftea-international-policy/schemas/policy.schema.json').endsWith('policy.schema.json'));`,
  );
  const cjs = (await run(process.execPath, ['cjs.cjs'], project)).trim().split('\n');
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
    let why = '';
    try {
      await run(process.execPath, [tsc, '-p', config], project);
    } catch (error) {
      ok = false;
      why = `: ${(error as { stdout?: string }).stdout ?? error}`;
    }
    check(
      ok,
      `a TypeScript consumer type-checks against the shipped declarations (moduleResolution ${moduleResolution})${why}`,
    );
  }

  const bin = join(project, 'node_modules', '.bin', 'solleftea-policy');
  const shown = await run(bin, ['policy', 'show', '--date', '2020-03-01', '--lang', 'en'], project);
  check(
    shown.startsWith('Policy för internationella kontakter 2019-2022\n'),
    'the binary runs from node_modules/.bin',
  );
}
