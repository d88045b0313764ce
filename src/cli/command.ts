/**
 * What every command shares: the shape of a command in the table, what it runs with, and the
 * readings and writings they have in common — options checked by the library, documents and
 * registers read, output written to standard output or atomically to a file.
 */
import {
  BUILT_IN_POLICIES,
  type Compliance,
  type ComplianceDeadlines,
  type ComplianceStatus,
  type ExchangeRates,
  explain,
  formatMoney,
  type InputIssue,
  isIsoDate,
  type Language,
  type LocalizedText,
  type Obligation,
  PolicyError,
  type PolicyVersion,
  parsePolicy,
  parseRates,
  policyRegistry,
} from 'solleftea-international-policy';
import {
  AtomicFile,
  CliError,
  type Place,
  parseDefinition,
  parseJson,
  placesIn,
  readSource,
  type Source,
  type Stdin,
  StreamedFile,
} from './io.js';
import { compactJson, writeCompactJson } from './json.js';
import { type OptionName, type Options, usage } from './options.js';
import { type FileRead, readFile } from './register-file.js';
import { type Painter, type Progress, shown, shownKeepingLines } from './terminal.js';
import { todayInStockholm } from './today.js';
import { FILES, REPORT, USAGE } from './words.js';

/** What the CLI writes to and reads from (the process's, or a test's). */
export interface Io {
  /** Writes to standard output; a promise when the stream asks the writer to wait. */
  readonly stdout: (text: string) => void | Promise<void>;
  readonly stderr: (text: string) => void;
  readonly stdin: Stdin;
  /** Whether each stream is a terminal. */
  readonly terminal: { readonly stdout: boolean; readonly stderr: boolean };
  /** The environment: `NO_COLOR` and `FORCE_COLOR` are read. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The package's version. */
  readonly version: string;
  /** The clock, for the day judged when `--as-of` is left out; the system's by default. */
  readonly now?: () => Date;
}

/** What a command runs with. */
export interface Run {
  /** The arguments after the command (and a `policy` action). */
  readonly args: readonly string[];
  readonly options: Options;
  readonly language: Language;
  /** The output format chosen (the command's first format by default). */
  readonly format: string;
  readonly io: Io;
  /** The colours of standard output. */
  readonly paint: Painter;
  /** Progress on stderr (shown only when stderr is a terminal). */
  readonly progress: Progress;
}

/** One command of the table. */
export interface Command {
  /** `check`, or `policy show`. */
  readonly name: string;
  /** Its arguments, as the help writes them. */
  readonly synopsis: LocalizedText;
  /** What it does, in one line for the command list and in full for its help. */
  readonly summary: LocalizedText;
  readonly description: LocalizedText;
  readonly example: string;
  /** The most arguments it takes after its name. */
  readonly args: { readonly max: number };
  /** The options it takes besides --lang, --help, --color and --no-color. */
  readonly options: readonly OptionName[];
  /** Its output formats, the default first; none when it has one form. */
  readonly formats: readonly string[];
  readonly run: (run: Run) => Promise<number>;
}

/** The options that choose the policy versions judged by (`check`, `audit`, `account`). */
export const POLICY_OPTIONS: readonly OptionName[] = ['policy', 'no-builtin-policy'];

/**
 * The policy versions asked for, as a `policies` option of the library: the built-in one (unless
 * `--no-builtin-policy`) and each `--policy FILE`, each in force by its own dates — a file may
 * supersede the built-in version (`validity.supersedes`). Nothing asked for: none given, and the
 * library judges by its built-in versions. Versions that do not fit together (two in force on one
 * day, one id twice) are refused with the library's reason.
 */
export async function policiesFrom(run: Run): Promise<readonly PolicyVersion[] | undefined> {
  const files = run.options.policy ?? [];
  const builtIn = run.options['no-builtin-policy'] !== true;
  if (files.length === 0 && builtIn) return undefined;
  if (files.length === 0) throw usage(USAGE.noPolicyLeft);
  // Standard input can be read once: by one --policy, or the document, or --rates.
  const fromStdin = files.filter((file) => file === '-').length;
  if (fromStdin > 1 || (fromStdin === 1 && (run.args.includes('-') || run.options.rates === '-')))
    throw usage(USAGE.stdinTwice);
  const versions: PolicyVersion[] = builtIn ? [...BUILT_IN_POLICIES] : [];
  for (const file of files) {
    const source = await readSource(file, run.io.stdin);
    versions.push(versionFrom({ name: source.name, value: parseDefinition(source), source }));
  }
  try {
    policyRegistry(versions);
  } catch (error) {
    if (error instanceof PolicyError) throw new CliError(USAGE.policiesDoNotFit(error.messages));
    /* v8 ignore next -- policyRegistry throws nothing else */
    throw error;
  }
  return versions;
}

/** The options `check` and `audit` judge with, meaning the same in both. */
export const JUDGING: readonly OptionName[] = [
  'as-of',
  'rates',
  'report-back-days',
  'council-account-days',
  ...POLICY_OPTIONS,
];

/** A place's order in its file (a place not found last). */
function order(at: Place | undefined): number {
  return at ? at.line * 100_000 + at.column : Number.MAX_SAFE_INTEGER;
}

/**
 * A document's issues, each on a line of its own; with the file's text, each says where it is
 * (`file:line:column: …`), in the file's order.
 */
export function issuesError(
  source: string,
  issues: readonly InputIssue[],
  text?: Source,
): CliError {
  const place = text ? placesIn(text) : undefined;
  const located = issues.map((issue) => ({ issue, at: place?.(issue.path) }));
  if (place) located.sort((a, b) => order(a.at) - order(b.at));
  return new CliError(
    USAGE.issues(shown(source), issues.length),
    located.map(({ issue, at }) => {
      const where = at ? `${shown(source)}:${at.line}:${at.column}: ` : '';
      return { sv: where + shown(issue.messages.sv), en: where + shown(issue.messages.en) };
    }),
  );
}

/**
 * The day judged (interpretation note 17): `--as-of`, or today in Europe/Stockholm, the
 * municipality's own day — the command line reads the clock, the library never does.
 */
export function dayJudged(run: Run): string {
  return dayOption(run.options, 'as-of') ?? todayInStockholm(run.io.now?.() ?? new Date());
}

/** A day option, checked by the library's own date check. */
export function dayOption(options: Options, name: 'as-of' | 'date'): string | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw usage(USAGE.date(`--${name}`, shown(value)));
  return value;
}

function daysOption(
  options: Options,
  name: 'report-back-days' | 'council-account-days',
): number | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value)) throw usage(USAGE.days(`--${name}`, shown(value)));
  return Number(value);
}

/** The deadlines the options set (interpretation note 6). */
export function deadlinesOf(options: Options): ComplianceDeadlines {
  const reportBackDays = daysOption(options, 'report-back-days');
  const councilAccountDays = daysOption(options, 'council-account-days');
  return {
    ...(reportBackDays !== undefined ? { reportBackDays } : {}),
    ...(councilAccountDays !== undefined ? { councilAccountDays } : {}),
  };
}

/** The rates of `--rates`, when given. */
export async function ratesFrom({ options, io }: Run): Promise<ExchangeRates | undefined> {
  if (options.rates === undefined) return undefined;
  const source = await readSource(options.rates, io.stdin);
  const result = parseRates(parseJson(source));
  if (!result.success) throw issuesError(source.name, result.issues);
  return result.data;
}

/** A whole document (an activity, rates, a policy): at most one of the files may be `-`. */
export async function documentFrom(
  file: string | undefined,
  run: Run,
  parse: (source: Source) => unknown = parseJson,
): Promise<{ name: string; value: unknown }> {
  if (file === undefined) throw usage(USAGE.missingFile);
  if (file === '-' && run.options.rates === '-') throw usage(USAGE.stdinTwice);
  const source = await readSource(file, run.io.stdin);
  return { name: source.name, value: parse(source) };
}

/** A policy definition file, JSON or YAML (see `parseDefinition`), with its text. */
export async function definitionFrom(
  file: string | undefined,
  run: Run,
): Promise<{ name: string; value: unknown; source: Source }> {
  if (file === undefined) throw usage(USAGE.missingFile);
  const source = await readSource(file, run.io.stdin);
  return { name: source.name, value: parseDefinition(source), source };
}

/** A policy version from a definition file: its problems, each with its line and column, refused. */
export function versionFrom(file: { name: string; value: unknown; source: Source }): PolicyVersion {
  const result = parsePolicy(file.value);
  if (!result.success) throw issuesError(file.name, result.issues, file.source);
  return result.data;
}

/**
 * A register (or another document) read from a file in bounded memory (see `register-file.ts`),
 * with progress while its records are read. `use` runs while the file is open: the activities are
 * read again from it.
 */
export async function withRegister<T>(
  run: Run,
  use: (read: FileRead, name: string) => Promise<T>,
): Promise<T> {
  const file = run.args[0];
  if (file === undefined) throw usage(USAGE.missingFile);
  if (file === '-' && run.options.rates === '-') throw usage(USAGE.stdinTwice);
  const opened = await StreamedFile.open(file, run.io.stdin);
  try {
    const read = await readFile(opened, (bytes) => run.progress.reading(bytes));
    return await use(read, opened.name);
  } finally {
    await opened.close();
  }
}

/** Where a command writes its output: standard output, or with --out a file written atomically. */
export interface Output {
  /** Appends text (held briefly, so that many small writes are few). */
  write(text: string): Promise<void>;
  /** Writes what is held and, for a file, puts it in place. */
  end(): Promise<void>;
}

/** Bytes held before they are written. */
const HELD = 64 * 1024;

/**
 * The output: standard output, or with `--out` a file written atomically (never half a file; left
 * out if the command fails). A `document` (CSV, Markdown, JSON) holds text from the input as it is;
 * a terminal sees its control characters as text.
 */
export async function openOutput(run: Run, document: boolean): Promise<Output> {
  const out = run.options.out;
  let held = '';
  if (out === undefined || out === '-') {
    const escaped = document && run.io.terminal.stdout;
    const flush = async () => {
      if (held === '') return;
      const text = held;
      held = '';
      if (run.io.terminal.stdout) run.progress.clear();
      await run.io.stdout(escaped ? shownKeepingLines(text) : text);
    };
    return {
      write: async (text) => {
        held += text;
        if (held.length >= HELD) await flush();
      },
      end: flush,
    };
  }
  const file = await AtomicFile.open(out, run.options.force === true);
  FILES_OPEN.add(file);
  return {
    write: async (text) => {
      held += text;
      if (held.length < HELD) return;
      const chunk = held;
      held = '';
      await file.write(chunk);
    },
    end: async () => {
      await file.write(held);
      held = '';
      await file.commit();
      FILES_OPEN.delete(file);
      run.io.stderr(`${FILES.wrote(shown(out))[run.language]}\n`);
    },
  };
}

/**
 * A JSON document written as it is worked out: its list `key` first, an item a line as each comes,
 * then the rest of the document's fields (`end`), so that nothing waits for the whole list. The rest
 * is written in parts, `depth` levels down (see `writeCompactJson`), never held as one text.
 */
export function jsonListWriter(
  output: Output,
  key: string,
): {
  readonly item: (value: unknown) => Promise<void>;
  readonly end: (rest: object, depth?: number) => Promise<void>;
} {
  let first = true;
  return {
    item: async (value) => {
      await output.write(`${first ? `{\n  "${key}": [\n` : ',\n'}    ${compactJson(value)}`);
      first = false;
    },
    end: async (rest, depth = 1) => {
      await output.write(first ? `{\n  "${key}": [],` : '\n  ],');
      // The rest's fields follow the list's: its opening brace is the document's, written above.
      let opening = true;
      await writeCompactJson(
        (text) => {
          const part = opening ? text.slice(1) : text;
          opening = false;
          return part ? output.write(part) : Promise.resolve();
        },
        rest,
        depth,
        2,
      );
      await output.write('\n');
    },
  };
}

/** The files being written, left out (removed) if their command fails. */
const FILES_OPEN = new Set<AtomicFile>();

/** Removes every file being written: the command failed. */
export async function abandonOutput(): Promise<void> {
  for (const file of FILES_OPEN) await file.abort();
  FILES_OPEN.clear();
}

/** Writes a whole text as the output. */
export async function emit(run: Run, text: string, document = true): Promise<void> {
  const output = await openOutput(run, document);
  await output.write(text);
  await output.end();
}

/** An amount in both languages. */
export function amountIn(amount: Parameters<typeof formatMoney>[0]): LocalizedText {
  return { sv: formatMoney(amount, 'sv'), en: formatMoney(amount, 'en') };
}

/** A compliance status as a mark: ✘ violated or overdue, ✔ fulfilled, ? undetermined, … open, – not applicable. */
export function statusMark(status: ComplianceStatus, { red, green, yellow, dim }: Painter): string {
  if (status === 'violated' || status === 'overdue') return red('✘');
  if (status === 'fulfilled') return green('✔');
  if (status === 'undetermined') return yellow('?');
  return status === 'not_applicable' ? dim('–') : yellow('…');
}

/** The clauses an obligation rests on and the interpretation notes its rule applied, one a line. */
export function citations(obligation: Obligation, { language, paint }: Run): string[] {
  return [
    ...obligation.clauses.map((clause) =>
      paint.dim(`§ ${clause.id}: ”${shown(clause[language])}”`),
    ),
    ...obligation.interpretationNotes.map((note) =>
      paint.dim(
        `${REPORT.interpretation[language]} ${note.number} (${note.id}): ${shown(note.title[language])}`,
      ),
    ),
  ];
}

/** An activity judged on a day: each duty's status, reason and clauses. */
export function complianceLines(result: Compliance, run: Run): string[] {
  const { paint, language } = run;
  const { activity } = result.evaluation;
  const lines = [paint.bold(shown(`${activity.id}: ${activity.title}`))];
  if (result.evaluation.outcome !== 'evaluated')
    lines.push(`  ${shown(explain(result.evaluation)[language])}`);
  for (const item of result.results) {
    lines.push(`  ${statusMark(item.status, paint)} ${shown(explain(item)[language])}`);
    for (const line of citations(item.obligation, run)) lines.push(`      ${line}`);
  }
  return lines;
}
