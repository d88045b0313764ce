/**
 * `solleftea-policy`: the library's answers in a terminal, for clerks and maintainers. A thin layer
 * over the public API. Its commands are one table (`COMMANDS`): each names its arguments, the
 * options it takes, its output formats, its help in both languages and the function that runs it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  type Activity,
  type ActivityRecords,
  type ActivityReport,
  accountToCsv,
  accountToMarkdown,
  assessCompliance,
  audit,
  auditToCsv,
  type Bilingual,
  type BoardApproval,
  BUILT_IN_POLICIES,
  type Compliance,
  type ComplianceDeadlines,
  type ComplianceStatus,
  councilAccount,
  diffPolicies,
  type ExchangeRates,
  evaluate,
  explain,
  explainDuty,
  formatMoney,
  type InputIssue,
  isIsoDate,
  type Language,
  type Obligation,
  PolicyError,
  type PolicyVersion,
  parseActivity,
  parsePolicy,
  parseRates,
  parseRegister,
  policyInForce,
  type Register,
  toPolicyDefinition,
} from 'solleftea-international-policy';
import { CliError, parseJson, type ReadStdin, readSource, writeAtomically } from './io.js';
import { toJson } from './json.js';
import {
  closest,
  earlyChoices,
  languageOf,
  type OptionName,
  type Options,
  readCommandLine,
  usage,
} from './options.js';
import { type Painter, painter, shown, shownKeepingLines, useColour } from './terminal.js';
import { FILES, HELP_END, HELP_WORDS, OPTION_HELP, REPORT, USAGE } from './words.js';

/** What the CLI writes to and reads from (the process's, or a test's). */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: ReadStdin;
  /** Whether each stream is a terminal. */
  readonly terminal: { readonly stdout: boolean; readonly stderr: boolean };
  /** The environment: `NO_COLOR` and `FORCE_COLOR` are read. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The package's version. */
  readonly version: string;
}

/** What a command runs with. */
interface Run {
  /** The arguments after the command (and a `policy` action). */
  readonly args: readonly string[];
  readonly options: Options;
  readonly language: Language;
  /** The output format chosen (the command's first format by default). */
  readonly format: string;
  readonly io: Io;
  /** The colours of standard output. */
  readonly paint: Painter;
}

/** One command of the table. */
interface Command {
  /** `check`, or `policy show`. */
  readonly name: string;
  /** Its arguments, as the help writes them. */
  readonly synopsis: Bilingual;
  /** What it does, in one line for the command list and in full for its help. */
  readonly summary: Bilingual;
  readonly description: Bilingual;
  readonly example: string;
  /** The most arguments it takes after its name. */
  readonly args: { readonly max: number };
  /** The options it takes besides --lang, --help, --color and --no-color. */
  readonly options: readonly OptionName[];
  /** Its output formats, the default first; none when it has one form. */
  readonly formats: readonly string[];
  readonly run: (run: Run) => Promise<number>;
}

const SCHEMAS = ['activity', 'rates', 'records', 'register', 'policy'];
/** What every command takes. */
const EVERY: readonly OptionName[] = ['lang', 'help', 'color', 'no-color'];

function issuesError(source: string, issues: readonly InputIssue[]): CliError {
  return new CliError(
    USAGE.issues(shown(source), issues.length),
    issues.map((issue) => ({ sv: shown(issue.messages.sv), en: shown(issue.messages.en) })),
  );
}

function dayOption(options: Options, name: 'as-of' | 'date'): string | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw usage(USAGE.date(`--${name}`, shown(value)));
  return value;
}

function daysOption(
  options: Options,
  name: 'report-back-days' | 'account-days',
): number | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value)) throw usage(USAGE.days(`--${name}`, shown(value)));
  return Number(value);
}

function deadlinesOf(options: Options) {
  const reportBackDays = daysOption(options, 'report-back-days');
  const councilAccountDays = daysOption(options, 'account-days');
  return {
    ...(reportBackDays !== undefined ? { reportBackDays } : {}),
    ...(councilAccountDays !== undefined ? { councilAccountDays } : {}),
  };
}

async function ratesFrom({ options, io }: Run) {
  if (options.rates === undefined) return undefined;
  const source = await readSource(options.rates, io.stdin);
  const result = parseRates(parseJson(source));
  if (!result.success) throw issuesError(source.name, result.issues);
  return result.data;
}

async function documentFrom(
  file: string | undefined,
  run: Run,
): Promise<{ name: string; value: unknown }> {
  if (file === undefined) throw usage(USAGE.missingFile);
  if (file === '-' && run.options.rates === '-') throw usage(USAGE.stdinTwice);
  const source = await readSource(file, run.io.stdin);
  return { name: source.name, value: parseJson(source) };
}

/**
 * Writes the output: to standard output, or with --out to a file, atomically. `document` output (CSV,
 * Markdown, JSON) holds the document's text as it is; text output has shown it as text already.
 */
async function emit(run: Run, text: string, document = true): Promise<void> {
  const out = run.options.out;
  if (out === undefined || out === '-') {
    // CSV and Markdown hold text from the document as it is; a terminal sees its control characters
    // as text (a file or a pipe gets the document's text unchanged).
    run.io.stdout(document && run.io.terminal.stdout ? shownKeepingLines(text) : text);
    return;
  }
  await writeAtomically(out, text, run.options.force === true);
  run.io.stderr(`${FILES.wrote(shown(out))[run.language]}\n`);
}

/** An amount in both languages. */
function amountIn(amount: Parameters<typeof formatMoney>[0]): Bilingual {
  return { sv: formatMoney(amount, 'sv'), en: formatMoney(amount, 'en') };
}

/** A compliance status as a mark: ✘ violated or overdue, ✔ fulfilled, ? undetermined, … open, – not applicable. */
function statusMark(status: ComplianceStatus, { red, green, yellow, dim }: Painter): string {
  if (status === 'violated' || status === 'overdue') return red('✘');
  if (status === 'fulfilled') return green('✔');
  if (status === 'undetermined') return yellow('?');
  return status === 'not_applicable' ? dim('–') : yellow('…');
}

/** The clauses an obligation rests on and the interpretation notes its rule applied, one a line. */
function citations(obligation: Obligation, { language, paint }: Run): string[] {
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

/** Each activity's records, grouped once (not searched for each activity). */
function recordsByActivity(register: Register): Map<string, ActivityRecords> {
  const grouped = new Map<
    string,
    { approvals: BoardApproval[]; reportsBack: ActivityReport[]; councilAccounts: ActivityReport[] }
  >();
  const entry = (id: string) => {
    let found = grouped.get(id);
    if (!found) {
      found = { approvals: [], reportsBack: [], councilAccounts: [] };
      grouped.set(id, found);
    }
    return found;
  };
  for (const approval of register.approvals) entry(approval.activity).approvals.push(approval);
  for (const report of register.reportsBack) entry(report.activity).reportsBack.push(report);
  for (const report of register.councilAccounts)
    entry(report.activity).councilAccounts.push(report);
  return grouped;
}

/** An activity judged on a day: each duty's status, reason and clauses. */
function complianceLines(activity: Activity, result: Compliance, run: Run): string[] {
  const { paint, language } = run;
  const lines = [paint.bold(shown(`${activity.id}: ${activity.title}`))];
  if (result.evaluation.outcome !== 'evaluated')
    lines.push(`  ${shown(explain(result.evaluation)[language])}`);
  for (const item of result.results) {
    lines.push(`  ${statusMark(item.status, paint)} ${shown(explain(item)[language])}`);
    for (const line of citations(item.obligation, run)) lines.push(`      ${line}`);
  }
  return lines;
}

/** One activity judged on a day, as an activity of a register with no records would be. */
function showJudged(
  activity: Activity,
  asOf: string,
  rates: ExchangeRates | undefined,
  deadlines: ComplianceDeadlines,
  run: Run,
): number {
  const result = assessCompliance(activity, {}, { asOf, deadlines, ...(rates ? { rates } : {}) });
  if (run.format === 'json') run.io.stdout(`${toJson(result)}\n`);
  else run.io.stdout(`${complianceLines(activity, result, run).join('\n')}\n`);
  return result.verdict === 'not_compliant' ? 1 : 0;
}

/** What the policy requires of one activity: each obligation, with its clauses. */
function showEvaluation(activity: Activity, rates: ExchangeRates | undefined, run: Run): number {
  const { paint, language } = run;
  const evaluation = evaluate(activity, rates ? { rates } : {});
  if (run.format === 'json') {
    run.io.stdout(`${toJson(evaluation)}\n`);
    return 0;
  }
  const lines = [paint.bold(shown(`${activity.id}: ${activity.title}`))];
  if (evaluation.policy)
    lines.push(`  ${shown(evaluation.policy.title)} (${evaluation.policy.fingerprint})`);
  if (evaluation.outcome !== 'evaluated') lines.push(`  ${shown(explain(evaluation)[language])}`);
  for (const obligation of evaluation.obligations) {
    const mark =
      obligation.status === 'owed'
        ? paint.green('✔')
        : obligation.status === 'undetermined'
          ? paint.yellow('?')
          : paint.dim('–');
    lines.push(`  ${mark} ${shown(explain(obligation)[language])}`);
    for (const line of citations(obligation, run)) lines.push(`      ${line}`);
  }
  run.io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

async function check(run: Run): Promise<number> {
  const { io, format, options } = run;
  const { name, value } = await documentFrom(run.args[0], run);
  const rates = await ratesFrom(run);
  const asOf = dayOption(options, 'as-of');
  const isRegister = typeof value === 'object' && value !== null && 'format' in value;
  const deadlines = deadlinesOf(options);
  // Deadlines are judged on a day: without --as-of they would be ignored, so they are refused.
  if (asOf === undefined && Object.keys(deadlines).length > 0) throw usage(USAGE.deadlinesNeedAsOf);
  if (!isRegister) {
    const parsed = parseActivity(value);
    if (!parsed.success) throw issuesError(name, parsed.issues);
    return asOf === undefined
      ? showEvaluation(parsed.data, rates, run)
      : showJudged(parsed.data, asOf, rates, deadlines, run);
  }
  const register = parseRegister(value);
  if (!register.success) throw issuesError(name, register.issues);
  if (asOf === undefined) throw usage(USAGE.registerAsOf);
  const context = {
    rates: rates ?? { rates: register.data.rates },
    agreements: register.data.agreements,
    deadlines,
  };
  const records = recordsByActivity(register.data);
  const none: ActivityRecords = {};
  const judged = (activity: Activity) =>
    assessCompliance(activity, records.get(activity.id) ?? none, { asOf, ...context });
  let compliant = true;
  if (format === 'json') {
    const results = register.data.activities.map(judged);
    compliant = results.every((result) => result.verdict !== 'not_compliant');
    io.stdout(`${toJson(results)}\n`);
    return compliant ? 0 : 1;
  }
  const lines: string[] = [];
  for (const activity of register.data.activities) {
    const result = judged(activity);
    if (result.verdict === 'not_compliant') compliant = false;
    for (const line of complianceLines(activity, result, run)) lines.push(line);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return compliant ? 0 : 1;
}

async function runAudit(run: Run): Promise<number> {
  const { language, paint, options, format } = run;
  const asOf = dayOption(options, 'as-of');
  if (asOf === undefined) throw usage(USAGE.asOf);
  const deadlines = deadlinesOf(options);
  const { name, value } = await documentFrom(run.args[0], run);
  const rates = await ratesFrom(run);
  const report = audit(value, {
    asOf,
    ...(options.period !== undefined ? { period: options.period } : {}),
    ...(rates ? { rates } : {}),
    deadlines,
  });
  const unreadable = report.invalid.find((record) => record.list === 'register');
  if (unreadable) throw issuesError(name, unreadable.issues);
  const exit = report.verdict === 'not_compliant' ? 1 : 0;
  if (format === 'json') {
    await emit(run, `${toJson(report)}\n`);
    return exit;
  }
  if (format === 'csv') {
    await emit(run, auditToCsv(report, language));
    return exit;
  }
  const { bold, red, green, yellow, dim } = paint;
  const say = (words: Bilingual) => shown(words[language]);
  const all = report.activities.length;
  const lines = [
    bold(say(REPORT.auditOf(name, report.asOf))),
    `  ${shown(report.policies.map((p) => `${p.title} (${p.fingerprint})`).join('; '))}`,
    `  ${say(
      REPORT.outcomes(
        all,
        report.outcomes.evaluated,
        report.outcomes.not_international,
        report.outcomes.no_policy_in_force,
        report.invalid.length,
      ),
    )}`,
    `  ${say(REPORT.costs(amountIn(report.totals.planned), amountIn(report.totals.actual)))}`,
    '',
  ];
  // One width per column, so that each count stands under its heading in either language.
  const [ruleHeading, ...statusHeadings] = REPORT.countColumns.map(say);
  const ruleWidth = Math.max(...Object.keys(report.counts).map((rule) => rule.length)) + 2;
  const widths = statusHeadings.map((heading) => Math.max(heading.length, 6) + 2);
  lines.push(
    dim(
      `  ${(ruleHeading as string).padEnd(ruleWidth)}${statusHeadings.map((h, i) => h.padStart(widths[i] as number)).join('')}`,
    ),
  );
  for (const [rule, count] of Object.entries(report.counts)) {
    const cells = [
      count.fulfilled,
      count.pending,
      count.overdue,
      count.violated,
      count.undetermined,
      count.not_applicable,
    ];
    lines.push(
      `  ${rule.padEnd(ruleWidth)}${cells.map((n, i) => String(n).padStart(widths[i] as number)).join('')}`,
    );
  }
  lines.push('');
  const findings = report.activities.filter((row) => row.violations > 0);
  lines.push(bold(say(REPORT.findings(findings.length))));
  for (const row of findings) {
    for (const result of row.compliance.results) {
      if (result.status === 'violated' || result.status === 'overdue') {
        lines.push(`  ${red('✘')} ${shown(row.id)}: ${say(explain(result))}`);
        // Each finding names the clauses it rests on (their text: `check`, or `policy show`).
        lines.push(dim(`      ${result.obligation.clauses.map((c) => `§ ${c.id}`).join(', ')}`));
      }
    }
  }
  if (report.noActualCosts.length > 0)
    lines.push('', `  ${say(REPORT.noActualCosts(report.noActualCosts.join(', ')))}`);
  const attention = report.activities.filter((row) => row.verdict === 'undetermined');
  if (attention.length > 0) {
    lines.push('', bold(say(REPORT.attention(attention.length))));
    for (const row of attention) {
      if (row.outcome === 'no_policy_in_force')
        lines.push(`  ${yellow('?')} ${shown(row.id)}: ${say(explain(row.compliance.evaluation))}`);
      for (const result of row.compliance.results) {
        if (result.status === 'undetermined')
          lines.push(`  ${yellow('?')} ${shown(row.id)}: ${say(explain(result))}`);
      }
    }
  }
  for (const review of report.agreements) {
    lines.push('', bold(say(REPORT.agreements(review.period.label))));
    const mark = (status: ComplianceStatus) => statusMark(status, paint);
    lines.push(`  ${mark(review.continuation.status)} ${say(explainDuty(review.continuation))}`);
    for (const standing of review.agreements) {
      lines.push(`  ${mark(standing.evaluation.status)} ${say(explainDuty(standing.evaluation))}`);
      lines.push(
        `  ${mark(standing.termination.status)} ${say(explainDuty(standing.termination))}`,
      );
      for (const note of standing.notes) lines.push(dim(`    ${say(REPORT.note)}: ${say(note)}`));
    }
  }
  if (report.invalid.length > 0) {
    lines.push('', bold(say(REPORT.unreadable)));
    for (const record of report.invalid) {
      for (const issue of record.issues) lines.push(`  ${red('✘')} ${say(issue.messages)}`);
    }
  }
  lines.push(
    '',
    report.verdict === 'compliant'
      ? green(say(REPORT.compliant))
      : report.verdict === 'undetermined'
        ? yellow(say(REPORT.undetermined))
        : red(say(REPORT.notCompliant)),
  );
  await emit(run, `${lines.join('\n')}\n`, false);
  return exit;
}

async function account(run: Run): Promise<number> {
  const { options, language, format } = run;
  if (options.period === undefined) throw usage(USAGE.period);
  const { name, value } = await documentFrom(run.args[0], run);
  const rates = await ratesFrom(run);
  const register = parseRegister(value);
  if (!register.success) throw issuesError(name, register.issues);
  const result = councilAccount(register.data, {
    period: options.period,
    ...(rates ? { rates } : {}),
  });
  const text =
    format === 'json'
      ? `${toJson(result)}\n`
      : format === 'csv'
        ? accountToCsv(result, language)
        : accountToMarkdown(result, language);
  await emit(run, text);
  return 0;
}

async function policyFrom(reference: string | undefined, run: Run): Promise<PolicyVersion> {
  const builtIn = BUILT_IN_POLICIES.find((policy) => policy.id === reference);
  if (builtIn) return builtIn;
  const { name, value } = await documentFrom(reference, run).catch((error: unknown) => {
    // A reference that is no file may have been meant as a built-in version: name them.
    if (!(error instanceof CliError) || reference === undefined || reference === '-') throw error;
    if (existsSync(reference)) throw error;
    const ids = BUILT_IN_POLICIES.map((policy) => policy.id).join(', ');
    throw new CliError(error.summary, [...error.details, USAGE.builtIn(ids)]);
  });
  const result = parsePolicy(value);
  if (!result.success) throw issuesError(name, result.issues);
  return result.data;
}

function describePolicy(policy: PolicyVersion, language: Language): string {
  const say = (words: Bilingual) => shown(words[language]);
  return [
    shown(policy.title),
    `  ${say(REPORT.adopted(policy.adoption.date, policy.adoption.paragraph))}`,
    `  ${say(REPORT.inForce(policy.validity.from, policy.validity.to, policy.mandatePeriod))}`,
    `  ${say(REPORT.twinTowns(policy.twinTowns.map((town) => `${town.name} (${town.country})`).join(', ')))}`,
    `  ${say(REPORT.threshold(amountIn(policy.reportBackThreshold)))}`,
    `  ${say(REPORT.fingerprint(policy.fingerprint))}`,
    '',
    ...policy.rules.flatMap((rule) => [
      `  ${shown(rule.title[language])}: ${shown(rule.duty[language])}`,
      `    ${rule.clauseIds.map((id) => `§ ${id}`).join(', ')}`,
    ]),
  ].join('\n');
}

async function policyShow(run: Run): Promise<number> {
  const date = dayOption(run.options, 'date');
  const versions =
    date === undefined ? BUILT_IN_POLICIES : [policyInForce(date)].filter((p) => p !== undefined);
  if (date !== undefined && versions.length === 0) throw new CliError(USAGE.noPolicyOn(date));
  if (run.format === 'json') {
    // One version as its definition, which `policy validate` reads back; several as a list of them.
    const definitions = versions.map((version) => toPolicyDefinition(version));
    run.io.stdout(
      `${JSON.stringify(definitions.length === 1 ? definitions[0] : definitions, null, 2)}\n`,
    );
  } else run.io.stdout(`${versions.map((v) => describePolicy(v, run.language)).join('\n\n')}\n`);
  return 0;
}

async function policyValidate(run: Run): Promise<number> {
  const version = await policyFrom(run.args[0], run);
  if (run.format === 'json')
    run.io.stdout(
      `${JSON.stringify({ valid: true, id: version.id, fingerprint: version.fingerprint })}\n`,
    );
  else run.io.stdout(`${shown(REPORT.valid(version.id, version.fingerprint)[run.language])}\n`);
  return 0;
}

async function policyDiff(run: Run): Promise<number> {
  if (run.args.length !== 2) throw usage(USAGE.diffTakesTwo);
  if (run.args[0] === '-' && run.args[1] === '-') throw usage(USAGE.stdinTwice);
  const before = await policyFrom(run.args[0], run);
  const after = await policyFrom(run.args[1], run);
  const diff = diffPolicies(before, after);
  if (run.format === 'json') run.io.stdout(`${toJson(diff)}\n`);
  else
    run.io.stdout(
      `${shown(diff.from)} → ${shown(diff.to)}\n${diff.summary[run.language]
        .split('\n')
        .map((line) => `  ${shown(line)}`)
        .join('\n')}\n`,
    );
  return 0;
}

async function schema(run: Run): Promise<number> {
  const name = run.args[0];
  if (name === undefined || !SCHEMAS.includes(name))
    throw usage(USAGE.schemaName(SCHEMAS.join(', ')));
  const url = import.meta.resolve(`solleftea-international-policy/schemas/${name}.schema.json`);
  run.io.stdout(await readFile(new URL(url), 'utf8'));
  return 0;
}

const COMMON_JUDGING: readonly OptionName[] = ['rates', 'report-back-days', 'account-days'];

/** Every command: the one place a command, its arguments, options, formats and help are listed. */
const COMMANDS: readonly Command[] = [
  {
    name: 'check',
    synopsis: { sv: 'check FIL [--as-of DATUM]', en: 'check FILE [--as-of DATE]' },
    summary: {
      sv: 'vad policyn kräver av en aktivitet (eller varje aktivitet i ett register)',
      en: 'what the policy requires of one activity (or each in a register)',
    },
    description: {
      sv: 'FIL är en aktivitet, eller ett register (vars aktiviteter bedöms mot sina beslut per --as-of).\nVarje skyldighet visas med sitt skäl och den paragraf den vilar på.',
      en: 'FILE holds one activity, or a register (its activities are judged against their records, as of --as-of).\nEach duty is shown with its reason and the clause it rests on.',
    },
    example: 'solleftea-policy check trip.json --lang en',
    args: { max: 1 },
    options: ['format', 'json', 'as-of', ...COMMON_JUDGING],
    formats: ['text', 'json'],
    run: check,
  },
  {
    name: 'audit',
    synopsis: { sv: 'audit FIL --as-of DATUM', en: 'audit FILE --as-of DATE' },
    summary: {
      sv: 'granska ett register: varje skyldighet och dess status',
      en: 'audit a register: every duty and its status',
    },
    description: {
      sv: 'Granskar ett register en viss dag: varje aktivitets skyldigheter och varje vänortsavtals\nskyldigheter med status, avvikelser först, var och en med sin paragraf. Poster som inte kan läsas\nlistas; resten granskas. --format csv listar avvikelserna för ett kalkylblad.',
      en: "Audits a register on a day: every activity's obligations and every twin-town agreement duty with\nits status, violations first, each with its clause. Records that cannot be read are listed; the\nrest is audited. --format csv lists the findings for a spreadsheet.",
    },
    example: 'solleftea-policy audit register.json --as-of 2023-03-31 --report-back-days 90',
    args: { max: 1 },
    options: ['format', 'json', 'as-of', 'period', 'out', 'force', ...COMMON_JUDGING],
    formats: ['text', 'json', 'csv'],
    run: runAudit,
  },
  {
    name: 'account',
    synopsis: { sv: 'account FIL --period 2019-2022', en: 'account FILE --period 2019-2022' },
    summary: {
      sv: 'redovisningen till kommunfullmäktige av internationella utbyten och resor',
      en: 'the account of international exchanges and trips to the council',
    },
    description: {
      sv: 'Redovisningen till kommunfullmäktige av varje internationellt utbyte och resa under perioden,\nmed syfte, mål och resultat (Markdown; CSV för kalkylblad). --out skriver en fil atomärt och\nskriver inte över en befintlig utan --force.',
      en: 'The account to the municipal council of every international exchange and trip in the period, with\npurpose, goals and result (Markdown; CSV for spreadsheets). --out writes a file atomically and\ndoes not overwrite one without --force.',
    },
    example:
      'solleftea-policy account register.json --period 2019-2022 --format csv --out account.csv',
    args: { max: 1 },
    options: ['format', 'json', 'period', 'rates', 'out', 'force'],
    formats: ['md', 'csv', 'json'],
    run: account,
  },
  {
    name: 'policy show',
    synopsis: { sv: 'policy show [--date DATUM]', en: 'policy show [--date DATE]' },
    summary: { sv: 'policyns version som gällde', en: 'the policy version in force' },
    description: {
      sv: 'Versionen som gällde DATUM (utan --date listas de inbyggda versionerna). --format json skriver\nversionens definition, som policy validate läser tillbaka.',
      en: "The version in force on DATE (without --date, the built-in versions are listed). --format json\nwrites the version's definition, which policy validate reads back.",
    },
    example: 'solleftea-policy policy show --date 2020-03-01',
    args: { max: 0 },
    options: ['format', 'json', 'date'],
    formats: ['text', 'json'],
    run: policyShow,
  },
  {
    name: 'policy validate',
    synopsis: { sv: 'policy validate FIL', en: 'policy validate FILE' },
    summary: { sv: 'kontrollera en definition av policyn', en: 'check a policy definition' },
    description: {
      sv: 'Kontrollerar en definition och skriver dess fingeravtryck.',
      en: 'Checks a definition and prints its fingerprint.',
    },
    example: 'solleftea-policy policy validate next-policy.json',
    args: { max: 1 },
    options: ['format', 'json'],
    formats: ['text', 'json'],
    run: policyValidate,
  },
  {
    name: 'policy diff',
    synopsis: { sv: 'policy diff A B', en: 'policy diff A B' },
    summary: {
      sv: 'vad som ändrats mellan två versioner (filer eller inbyggda id)',
      en: 'what changed between two versions (files or built-in ids)',
    },
    description: {
      sv: 'A och B är definitionsfiler eller inbyggda versioners id.',
      en: 'A and B are definition files or built-in ids.',
    },
    example: 'solleftea-policy policy diff solleftea-2019-2022 next-policy.json',
    args: { max: 2 },
    options: ['format', 'json'],
    formats: ['text', 'json'],
    run: policyDiff,
  },
  {
    name: 'schema',
    synopsis: { sv: 'schema NAMN', en: 'schema NAME' },
    summary: {
      sv: 'skriv ett JSON Schema: activity, rates, records, register, policy',
      en: 'print a JSON Schema: activity, rates, records, register, policy',
    },
    description: {
      sv: 'Skriver JSON Schema för ett dokument: activity, rates, records, register eller policy.',
      en: 'Prints the JSON Schema of a document: activity, rates, records, register or policy.',
    },
    example: 'solleftea-policy schema register > register.schema.json',
    args: { max: 1 },
    options: [],
    formats: [],
    run: schema,
  },
];

/** The options a command takes, with their help lines. */
function optionsOf(command: Command): readonly OptionName[] {
  return [...command.options, ...EVERY];
}

function optionLines(names: readonly OptionName[], formats: readonly string[], language: Language) {
  return names
    .filter((name) => name !== 'no-color')
    .map(
      (name) =>
        `  ${(OPTION_HELP[name] as Bilingual)[language].replace('{formats}', formats.join(', '))}`,
    );
}

/** The help of the command line, or of one command, in the language chosen. */
function help(command: Command | undefined, language: Language): string {
  const say = (words: Bilingual) => words[language];
  if (!command) {
    const width = Math.max(...COMMANDS.map((c) => say(c.synopsis).length)) + 2;
    return [
      `${say(HELP_WORDS.usage)}: ${say(HELP_WORDS.synopsis)}`,
      '',
      `${say(HELP_WORDS.commands)}:`,
      ...COMMANDS.map((c) => `  ${say(c.synopsis).padEnd(width)}${say(c.summary)}`),
      '',
      `${say(HELP_WORDS.options)}:`,
      ...optionLines(['lang', 'color', 'help', 'version'], [], language),
      '',
      say(HELP_WORDS.more),
      '',
      `${say(HELP_WORDS.example)}:`,
      '  solleftea-policy audit register.json --as-of 2023-03-31 --lang en',
      '',
      say(HELP_END),
    ].join('\n');
  }
  return [
    `${say(HELP_WORDS.usage)}: solleftea-policy ${say(command.synopsis)} ${say(HELP_WORDS.withOptions)}`,
    '',
    say(command.description),
    '',
    `${say(HELP_WORDS.options)}:`,
    ...optionLines(optionsOf(command), command.formats, language),
    '',
    `${say(HELP_WORDS.example)}:`,
    `  ${command.example}`,
    '',
    say(HELP_END),
  ].join('\n');
}

/** The command the words name (`policy show` takes two), and the arguments after it. */
function commandOf(words: readonly string[]): { command?: Command; args: readonly string[] } {
  const [first, second] = words;
  if (first === undefined) return { args: [] };
  if (first === 'policy') {
    const command = COMMANDS.find((c) => c.name === `policy ${second}`);
    if (!command) throw usage(USAGE.policyAction(shown(second ?? '—')));
    return { command, args: words.slice(2) };
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    const guess = closest(
      first,
      COMMANDS.map((c) => c.name.split(' ')[0] as string),
    );
    throw usage(USAGE.unknownCommand(shown(first)), ...(guess ? [USAGE.didYouMean(guess)] : []));
  }
  return { command, args: words.slice(1) };
}

/**
 * Runs the CLI with its arguments (without `node` and the script) and returns the exit code: 0 clean,
 * 1 violations found, 2 bad usage or bad input, 74 output that could not be written. Never throws
 * for bad input: it explains on stderr, in the language chosen.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const early = earlyChoices(argv);
  let language: Language = early.language;
  let stderrColour = useColour({ flag: early.colour, env: io.env, terminal: io.terminal.stderr });
  try {
    const line = readCommandLine(argv);
    language = languageOf(line.options);
    const { options } = line;
    if (options.color && options['no-color']) throw usage(USAGE.colorBoth);
    const flag = options.color ? true : options['no-color'] ? false : undefined;
    stderrColour = useColour({ flag, env: io.env, terminal: io.terminal.stderr });
    if (options.version) {
      io.stdout(`${io.version}\n`);
      return 0;
    }
    const words = line.words[0] === 'help' ? line.words.slice(1) : line.words;
    if (line.words[0] === 'help' || options.help) {
      // `policy --help` shows the help of each policy action.
      const shownHelp =
        words.length === 1 && words[0] === 'policy'
          ? COMMANDS.filter((c) => c.name.startsWith('policy '))
              .map((c) => help(c, language))
              .join('\n\n')
          : help(words.length > 0 ? commandOf(words).command : undefined, language);
      io.stdout(`${shownHelp}\n`);
      return 0;
    }
    const { command, args } = commandOf(words);
    if (!command) {
      io.stderr(`${help(undefined, language)}\n`);
      return 2;
    }
    const takes = optionsOf(command);
    for (const { name, written } of line.given) {
      if (name === 'version' || takes.includes(name)) continue;
      const taken = takes.filter((option) => option !== 'no-color').map((option) => `--${option}`);
      const guess = closest(written, taken);
      throw usage(
        USAGE.notTaken(command.name, written),
        ...(guess ? [USAGE.didYouMean(guess)] : []),
        USAGE.takes(taken.join(', ')),
      );
    }
    if (args.length > command.args.max)
      throw usage(USAGE.unexpected(command.name, shown(args[command.args.max] as string)));
    if (options.json && options.format !== undefined) throw usage(USAGE.jsonAndFormat);
    const format = options.json ? 'json' : (options.format ?? command.formats[0] ?? '');
    if (command.formats.length > 0 && !command.formats.includes(format))
      throw usage(USAGE.format(command.name, shown(format), command.formats.join(', ')));
    const paint = painter(useColour({ flag, env: io.env, terminal: io.terminal.stdout }));
    return await command.run({ args, options, language, format, io, paint });
  } catch (error) {
    const failure =
      error instanceof CliError
        ? error
        : error instanceof PolicyError
          ? new CliError({ sv: shown(error.messages.sv), en: shown(error.messages.en) })
          : new CliError(USAGE.unexpectedError(shown(String(error))), [], 70);
    const { red } = painter(stderrColour);
    const lines = [
      red(failure.summary[language]),
      ...failure.details.map((d: Bilingual) => `  ${d[language]}`),
    ];
    io.stderr(`${lines.join('\n')}\n`);
    return failure.exitCode;
  }
}
