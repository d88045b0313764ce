/**
 * The layers of `src/`, written once, lowest first (ARCHITECTURE.md says what each is for). A module
 * may import from its own layer and from the layers below it, never from a layer above; type-only
 * imports count. The command line builds on the public API only: it imports the package by its
 * name, never a module of `src/` outside `src/cli/`. No cycles anywhere.
 *
 * Run by `npm run deps` (a stage of `npm test`).
 */
const LAYERS = [
  ['internal', 'errors.ts'],
  ['calendar'],
  ['input'],
  ['money'],
  ['policy'],
  ['activities'],
  ['records'],
  ['register'],
  ['obligations'],
  ['compliance'],
  ['agreements'],
  ['audit'],
  ['account'],
  ['scenarios'],
  ['schemas.ts', 'json-schemas.ts', 'index.ts'],
];

/** A path pattern for the modules of some layers: `src/NAME/…` for a folder, `src/NAME` for a file. */
const pathOf = (names) =>
  `^src/(${names.map((name) => (name.endsWith('.ts') ? `${name.replace('.', '\\.')}$` : `${name}/`)).join('|')})`;

/** @type {import('dependency-cruiser').IConfiguration} */
const configuration = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one: neither can be understood or changed alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((names, index) => ({
      name: `layer-${names[0].replace('.ts', '')}`,
      comment: `${names.join(', ')} may import only from layers below it (see LAYERS).`,
      severity: 'error',
      from: { path: pathOf(names) },
      to: { path: pathOf(LAYERS.slice(index + 1).flat()) },
    })),
    {
      name: 'cli-on-the-public-api',
      comment:
        'The command line imports the library by its package name (src/index.ts), never its modules.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/', pathNot: '^src/(cli/|index\\.ts$)' },
    },
    {
      name: 'nothing-imports-the-cli',
      comment: 'The library does not depend on its command line.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};

module.exports = configuration;
