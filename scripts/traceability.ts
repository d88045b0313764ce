/**
 * The traceability matrix: for every clause of a policy version, the rules resting on it, the
 * interpretation notes those rules apply, the exported functions that compute them, and the tests
 * that pin it. A test pins a clause by naming its id in its title (`describe`, `it`, `test`): the
 * matrix is built from the test files themselves, and a clause no test names is a failure — the
 * docs build writes it marked, and `test/docs/traceability.test.ts` fails on it. A scenario case
 * (`scenarios/*.yaml`, run by `solleftea-policy test`) pins the clauses its `clauses` lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { PolicyVersion, RuleCode, RuleKind } from '../src/index.js';

/** The exported functions that compute each rule. */
export const IMPLEMENTED_BY: Readonly<Record<RuleKind, readonly string[]>> = {
  plan: ['evaluate', 'assessCompliance', 'audit'],
  decision: ['evaluate', 'assessCompliance', 'audit', 'councilAccount'],
  report: ['evaluate', 'assessCompliance', 'audit', 'councilAccount'],
  account: [
    'evaluate',
    'assessCompliance',
    'audit',
    'councilAccount',
    'accountToMarkdown',
    'accountToCsv',
  ],
  evaluation: ['reviewAgreements', 'audit'],
  continuation: ['reviewAgreements', 'audit'],
  termination: ['reviewAgreements', 'audit'],
  adoption: ['definePolicy', 'parsePolicy'],
};

/** A test that names a clause: its file and its title. */
export interface Pin {
  readonly file: string;
  readonly title: string;
}

/** One row of the matrix. */
export interface Trace {
  readonly clause: string;
  readonly rules: readonly RuleCode[];
  readonly notes: readonly number[];
  readonly functions: readonly string[];
  readonly tests: readonly Pin[];
}

function testFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The titles of a test file's suites and tests (the first argument of describe, it and test). */
export function titles(source: string): string[] {
  const found: string[] = [];
  const call =
    /\b(?:describe|it|test)(?:\.(?:each|prop|skip|only)\([\s\S]*?\))?\(\s*(['"`])((?:\\.|(?!\1)[\s\S])*)\1/g;
  for (const match of source.matchAll(call)) found.push(match[2] as string);
  return found;
}

/** The cases of the scenario files: each with the clauses it says it pins. */
export function scenarioPins(
  files: readonly string[],
  root: string,
): (Pin & { readonly clauses: readonly string[] })[] {
  return files.flatMap((file) => {
    const document = parse(readFileSync(file, 'utf8')) as {
      cases?: { name?: string; clauses?: string[] }[];
    };
    return (document.cases ?? []).map((each) => ({
      file: relative(root, file),
      title: each.name ?? '',
      clauses: each.clauses ?? [],
    }));
  });
}

/**
 * The matrix of a version against the tests under `tests` and the cases of the scenario files
 * `scenarios` (paths shown from the folder above `tests`).
 */
export function traceability(
  policy: PolicyVersion,
  tests: string,
  scenarios: readonly string[] = [],
): Trace[] {
  const root = join(tests, '..');
  const pins = testFiles(tests).flatMap((file) =>
    titles(readFileSync(file, 'utf8')).map((title) => ({ file: relative(root, file), title })),
  );
  const cases = scenarioPins(scenarios, root);
  return policy.clauses.map((clause) => {
    const rules = policy.rules.filter((rule) => rule.clauseIds.includes(clause.id));
    const named = new RegExp(`(^|[^\\w.])${clause.id.replace('.', '\\.')}(?![\\w])`);
    return {
      clause: clause.id,
      rules: rules.map((rule) => rule.code),
      notes: [
        ...new Set(
          rules.flatMap((rule) =>
            rule.interpretationNoteIds.map(
              (id) => policy.interpretationNotes.find((note) => note.id === id)?.number ?? 0,
            ),
          ),
        ),
      ].sort((a, b) => a - b),
      functions: [...new Set(rules.flatMap((rule) => IMPLEMENTED_BY[rule.kind]))],
      tests: [
        ...pins.filter((pin) => named.test(pin.title)),
        ...cases
          .filter((each) => each.clauses.includes(clause.id))
          .map(({ file, title }) => ({ file, title })),
      ],
    };
  });
}

/** The clauses no test names. */
export function untested(matrix: readonly Trace[]): string[] {
  return matrix.filter((row) => row.tests.length === 0).map((row) => row.clause);
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The matrix as a documentation page. */
export function traceabilityPage(policy: PolicyVersion, matrix: readonly Trace[]): string {
  const missing = untested(matrix);
  const lines = [
    '---',
    'title: Traceability matrix',
    'group: Guides',
    '---',
    '',
    '# Traceability matrix — Spårbarhet',
    '',
    `Every clause of _${policy.title}_: the rules resting on it, the interpretation notes they apply, the functions that compute them and the tests that pin it. A test pins a clause by naming its id in its title, and a scenario case (\`solleftea-policy test\`) by listing it in its \`clauses\`; this page is built from the test files and the scenario files when the documentation is built, and the build's tests fail on a clause no test names.`,
    '',
    missing.length === 0
      ? `All ${matrix.length} clauses are pinned by tests.`
      : `**✘ Not pinned by any test: ${missing.join(', ')}.**`,
    '',
    '| Clause | Rules | Notes | Computed by | Pinned by |',
    '| --- | --- | --- | --- | --- |',
    ...matrix.map((row) =>
      [
        '',
        `[§ ${row.clause}](policy.md#${row.clause.replaceAll('.', '').toLowerCase()})`,
        row.rules.map((code) => `\`${code}\``).join(', ') || '—',
        row.notes
          .map((number) => `[${number}](interpretation-notes.md#note-${number})`)
          .join(', ') || '—',
        row.functions.map((name) => `{@link ${name}}`).join(', ') || '—',
        row.tests.length === 0
          ? '**✘ none**'
          : row.tests.map((pin) => `\`${pin.file}\`: ${cell(pin.title)}`).join('<br>'),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
