/**
 * `solleftea-policy`: the library's answers in a terminal, for clerks and maintainers. A thin layer
 * over the public API; every message comes from the library in the chosen language.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  accountToCsv,
  accountToMarkdown,
  assessCompliance,
  audit,
  type Bilingual,
  BUILT_IN_POLICIES,
  type ComplianceStatus,
  councilAccount,
  diffPolicies,
  evaluate,
  explain,
  explainDuty,
  formatMoney,
  type InputIssue,
  type Language,
  type Obligation,
  PolicyError,
  type PolicyVersion,
  parseActivity,
  parsePolicy,
  parseRates,
  parseRegister,
  policyInForce,
  toPolicyDefinition,
} from 'solleftea-international-policy';
import { CliError, parseJson, type ReadStdin, readSource, writeAtomically } from './io.js';
import { byCount } from './words.js';

/** What the CLI writes to and reads from (the process's, or a test's). */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: ReadStdin;
  /** Whether to colour the output: a terminal, and no `NO_COLOR`. */
  readonly colour: boolean;
  /** The package's version. */
  readonly version: string;
}

type Flags = {
  lang?: string;
  json?: boolean;
  rates?: string;
  'as-of'?: string;
  period?: string;
  format?: string;
  out?: string;
  force?: boolean;
  date?: string;
  'report-back-days'?: string;
  'account-days'?: string;
  help?: boolean;
  version?: boolean;
};

const OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  rates: { type: 'string' },
  'as-of': { type: 'string' },
  period: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  date: { type: 'string' },
  'report-back-days': { type: 'string' },
  'account-days': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const COMMON = `Common options:
  --lang sv|en      language of the output (Swedish by default)
  --json            machine-readable JSON on standard output
  --rates FILE      exchange rates (JSON) for foreign costs
  -h, --help        this help
  -v, --version     the package's version
  Use - as FILE to read standard input.
Exit codes: 0 clean, 1 violations found, 2 bad usage or bad input.`;

const HELP: Record<string, string> = {
  main: `Usage: solleftea-policy <command> [options]

Commands:
  check FILE                          what the policy requires of one activity (or each in a register)
  audit FILE --as-of DATE             audit a register: every duty and its status
  account FILE --period 2019-2022     the account of international exchanges and trips to the council
  policy show [--date DATE]           the policy version in force
  policy validate FILE                check a policy definition
  policy diff A B                     what changed between two versions (files or built-in ids)
  schema NAME                         print a JSON Schema: activity, rates, records, register, policy

Example:
  solleftea-policy audit register.json --as-of 2023-03-31 --lang en

${COMMON}`,
  check: `Usage: solleftea-policy check FILE [--as-of DATE] [--rates FILE]

FILE holds one activity, or a register (its activities are checked with their records, as of --as-of).
Each duty is shown with its reason and the clause it rests on.

Example:
  solleftea-policy check trip.json --lang en

${COMMON}`,
  audit: `Usage: solleftea-policy audit FILE --as-of DATE [--period 2019-2022]
                              [--report-back-days N] [--account-days N]

Audits a register on a day: every activity's obligations and every twin-town agreement duty with its
status, violations first. Records that cannot be read are listed; the rest is audited.

Example:
  solleftea-policy audit register.json --as-of 2023-03-31 --report-back-days 90

${COMMON}`,
  account: `Usage: solleftea-policy account FILE --period 2019-2022 [--format md|csv] [--out FILE] [--force]

The account to the municipal council of every international exchange and trip in the period, with
purpose, goals and result (Markdown by default; CSV for spreadsheets). --out writes a file atomically
and does not overwrite one without --force.

Example:
  solleftea-policy account register.json --period 2019-2022 --format csv --out account.csv

${COMMON}`,
  policy: `Usage: solleftea-policy policy show [--date DATE]
       solleftea-policy policy validate FILE
       solleftea-policy policy diff A B

show: the version in force on DATE (today's version is not guessed: without --date, the built-in
versions are listed). validate: checks a definition and prints its fingerprint. diff: A and B are
definition files or built-in ids.

Example:
  solleftea-policy policy show --date 2020-03-01

${COMMON}`,
  schema: `Usage: solleftea-policy schema NAME

Prints the JSON Schema of a document: activity, rates, records, register or policy.

Example:
  solleftea-policy schema register > register.schema.json

${COMMON}`,
};

const SCHEMAS = ['activity', 'rates', 'records', 'register', 'policy'];

function usage(sv: string, en: string): CliError {
  return new CliError({ sv, en }, [
    { sv: 'Se solleftea-policy --help.', en: 'See solleftea-policy --help.' },
  ]);
}

function issuesError(source: string, issues: readonly InputIssue[]): CliError {
  return new CliError(
    {
      sv: `${source}: ${issues.length} fel i dokumentet.`,
      en: `${source}: ${issues.length} ${byCount(issues.length, 'problem', 'problems')} in the document.`,
    },
    issues.map((issue) => issue.messages),
  );
}

/** Colours for a terminal; none otherwise. */
function paint(io: Io) {
  const wrap = (code: number) => (text: string) =>
    io.colour ? `\u001b[${code}m${text}\u001b[0m` : text;
  return { red: wrap(31), green: wrap(32), yellow: wrap(33), dim: wrap(2), bold: wrap(1) };
}

function dayOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw usage(
      `--${name}: ${value} är inget datum (ÅÅÅÅ-MM-DD).`,
      `--${name}: ${value} is not a date (YYYY-MM-DD).`,
    );
  }
  return value;
}

function daysOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value)) {
    throw usage(
      `--${name}: ${value} är inget antal dagar.`,
      `--${name}: ${value} is not a number of days.`,
    );
  }
  return Number(value);
}

async function ratesFrom(flags: Flags, io: Io) {
  if (flags.rates === undefined) return undefined;
  const source = await readSource(flags.rates, io.stdin);
  const result = parseRates(parseJson(source));
  if (!result.success) throw issuesError(source.name, result.issues);
  return result.data;
}

async function documentFrom(
  file: string | undefined,
  io: Io,
): Promise<{ name: string; value: unknown }> {
  if (file === undefined)
    throw usage('Ange en fil (eller - för standard in).', 'Give a file (or - for standard input).');
  const source = await readSource(file, io.stdin);
  return { name: source.name, value: parseJson(source) };
}

/** A compliance status as a mark: ✘ violated or overdue, ✔ fulfilled, ? undetermined, … open, – not applicable. */
function statusMark(status: ComplianceStatus, io: Io): string {
  const { red, green, yellow, dim } = paint(io);
  if (status === 'violated' || status === 'overdue') return red('✘');
  if (status === 'fulfilled') return green('✔');
  if (status === 'undetermined') return yellow('?');
  return status === 'not_applicable' ? dim('–') : yellow('…');
}

function obligationLines(obligation: Obligation, language: Language, io: Io): string[] {
  const { green, yellow, dim } = paint(io);
  const mark =
    obligation.status === 'owed'
      ? green('✔')
      : obligation.status === 'undetermined'
        ? yellow('?')
        : dim('–');
  return [
    `${mark} ${explain(obligation)[language]}`,
    ...citations(obligation, language, io).map((line) => `  ${line}`),
  ];
}

/** The clauses an obligation rests on and the interpretation notes its rule applied, one a line. */
function citations(obligation: Obligation, language: Language, io: Io): string[] {
  const { dim } = paint(io);
  const note = language === 'sv' ? 'tolkning' : 'note';
  return [
    ...obligation.clauses.map((clause) => dim(`  § ${clause.id}: ”${clause[language]}”`)),
    ...obligation.interpretationNotes.map((n) =>
      dim(`  ${note} ${n.number} (${n.id}): ${n.title[language]}`),
    ),
  ];
}

async function check(
  file: string | undefined,
  flags: Flags,
  language: Language,
  io: Io,
): Promise<number> {
  const { name, value } = await documentFrom(file, io);
  const rates = await ratesFrom(flags, io);
  const asOf = dayOption(flags['as-of'], 'as-of');
  const isRegister = typeof value === 'object' && value !== null && 'format' in value;
  if (!isRegister) {
    const parsed = parseActivity(value);
    if (!parsed.success) throw issuesError(name, parsed.issues);
    const evaluation = evaluate(parsed.data, rates ? { rates } : {});
    if (flags.json) io.stdout(`${JSON.stringify(evaluation, null, 2)}\n`);
    else {
      const lines = [paint(io).bold(`${parsed.data.id}: ${parsed.data.title}`)];
      if (evaluation.policy)
        lines.push(`  ${evaluation.policy.title} (${evaluation.policy.fingerprint})`);
      if (evaluation.outcome !== 'evaluated') lines.push(`  ${explain(evaluation)[language]}`);
      for (const obligation of evaluation.obligations) {
        lines.push(...obligationLines(obligation, language, io).map((line) => `  ${line}`));
      }
      io.stdout(`${lines.join('\n')}\n`);
    }
    return 0;
  }
  const register = parseRegister(value);
  if (!register.success) throw issuesError(name, register.issues);
  if (asOf === undefined) {
    throw usage(
      'En registerfil bedöms mot sina beslut: ange --as-of ÅÅÅÅ-MM-DD.',
      'A register is judged against its records: give --as-of YYYY-MM-DD.',
    );
  }
  const context = {
    rates: rates ?? { rates: register.data.rates },
    agreements: register.data.agreements,
  };
  const results = register.data.activities.map((activity) =>
    assessCompliance(activity, register.data, { asOf, ...context }),
  );
  const compliant = results.every((result) => result.verdict !== 'not_compliant');
  if (flags.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else {
    const { bold } = paint(io);
    const lines: string[] = [];
    for (const result of results) {
      const { activity } = result.evaluation;
      lines.push(bold(`${activity.id}: ${activity.title}`));
      if (result.evaluation.outcome !== 'evaluated')
        lines.push(`  ${explain(result.evaluation)[language]}`);
      for (const item of result.results) {
        lines.push(`  ${statusMark(item.status, io)} ${explain(item)[language]}`);
        for (const line of citations(item.obligation, language, io)) lines.push(`    ${line}`);
      }
    }
    io.stdout(`${lines.join('\n')}\n`);
  }
  return compliant ? 0 : 1;
}

async function runAudit(
  file: string | undefined,
  flags: Flags,
  language: Language,
  io: Io,
): Promise<number> {
  const asOf = dayOption(flags['as-of'], 'as-of');
  if (asOf === undefined)
    throw usage(
      'Ange --as-of ÅÅÅÅ-MM-DD: dagen som granskas.',
      'Give --as-of YYYY-MM-DD: the day to judge on.',
    );
  const { name, value } = await documentFrom(file, io);
  const rates = await ratesFrom(flags, io);
  const reportBackDays = daysOption(flags['report-back-days'], 'report-back-days');
  const councilAccountDays = daysOption(flags['account-days'], 'account-days');
  const report = audit(value, {
    asOf,
    ...(flags.period !== undefined ? { period: flags.period } : {}),
    ...(rates ? { rates } : {}),
    deadlines: {
      ...(reportBackDays !== undefined ? { reportBackDays } : {}),
      ...(councilAccountDays !== undefined ? { councilAccountDays } : {}),
    },
  });
  const unreadable = report.invalid.find((record) => record.list === 'register');
  if (unreadable) throw issuesError(name, unreadable.issues);
  if (flags.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return report.verdict === 'not_compliant' ? 1 : 0;
  }
  const { bold, red, green, yellow, dim } = paint(io);
  const sv = language === 'sv';
  const all = report.activities.length;
  const evaluated = report.outcomes.evaluated;
  const unread = report.invalid.length;
  const lines = [
    bold(sv ? `Granskning av ${name} per ${report.asOf}` : `Audit of ${name} as of ${report.asOf}`),
    `  ${report.policies.map((p) => `${p.title} (${p.fingerprint})`).join('; ')}`,
    sv
      ? `  ${all} ${byCount(all, 'aktivitet', 'aktiviteter')}: ${evaluated} ${byCount(evaluated, 'internationell', 'internationella')}, ${report.outcomes.not_international} inom Sverige, ${report.outcomes.no_policy_in_force} utan gällande policy; ${unread} ${byCount(unread, 'oläsbar post', 'oläsbara poster')}`
      : `  ${all} ${byCount(all, 'activity', 'activities')}: ${evaluated} international, ${report.outcomes.not_international} in Sweden, ${report.outcomes.no_policy_in_force} with no policy in force; ${unread} ${byCount(unread, 'unreadable record', 'unreadable records')}`,
    sv
      ? `  Kostnader: planerade ${formatMoney(report.totals.planned, language)}, faktiska ${formatMoney(report.totals.actual, language)}`
      : `  Costs: planned ${formatMoney(report.totals.planned, language)}, actual ${formatMoney(report.totals.actual, language)}`,
    '',
    dim(
      sv
        ? '  regel                   uppfyllt  väntar försenat   brutet  ej avgjort  gäller inte'
        : '  rule                   fulfilled pending  overdue violated undetermined  n/a',
    ),
  ];
  for (const [rule, count] of Object.entries(report.counts)) {
    const cells = [
      count.fulfilled,
      count.pending,
      count.overdue,
      count.violated,
      count.undetermined,
      count.not_applicable,
    ];
    lines.push(`  ${rule.padEnd(22)}${cells.map((n) => String(n).padStart(9)).join('')}`);
  }
  lines.push('');
  const findings = report.activities.filter((row) => row.violations > 0);
  lines.push(
    bold(
      sv
        ? `Avvikelser (${findings.length} ${byCount(findings.length, 'aktivitet', 'aktiviteter')})`
        : `Findings (${findings.length} ${byCount(findings.length, 'activity', 'activities')})`,
    ),
  );
  for (const row of findings) {
    for (const result of row.compliance.results) {
      if (result.status === 'violated' || result.status === 'overdue') {
        lines.push(`  ${red('✘')} ${row.id}: ${explain(result)[language]}`);
      }
    }
  }
  if (report.noActualCosts.length > 0) {
    const ids = report.noActualCosts.join(', ');
    lines.push(
      '',
      sv
        ? `  Faktiska kostnader angivna som inga trots planerad budget (bedöms på 0,00 kr): ${ids}`
        : `  Actual costs recorded as none though a budget was planned (judged on SEK 0.00): ${ids}`,
    );
  }
  const attention = report.activities.filter((row) => row.verdict === 'undetermined');
  if (attention.length > 0) {
    lines.push(
      '',
      bold(
        sv
          ? `Behöver granskas (${attention.length} ${byCount(attention.length, 'aktivitet', 'aktiviteter')})`
          : `Needs attention (${attention.length} ${byCount(attention.length, 'activity', 'activities')})`,
      ),
    );
    for (const row of attention) {
      if (row.outcome === 'no_policy_in_force')
        lines.push(`  ${yellow('?')} ${row.id}: ${explain(row.compliance.evaluation)[language]}`);
      for (const result of row.compliance.results) {
        if (result.status === 'undetermined')
          lines.push(`  ${yellow('?')} ${row.id}: ${explain(result)[language]}`);
      }
    }
  }
  for (const review of report.agreements) {
    lines.push(
      '',
      bold(
        sv ? `Vänortsavtal ${review.period.label}` : `Twin-town agreements ${review.period.label}`,
      ),
    );
    const mark = (status: ComplianceStatus) => statusMark(status, io);
    lines.push(
      `  ${mark(review.continuation.status)} ${explainDuty(review.continuation)[language]}`,
    );
    for (const standing of review.agreements) {
      lines.push(
        `  ${mark(standing.evaluation.status)} ${explainDuty(standing.evaluation)[language]}`,
      );
      lines.push(
        `  ${mark(standing.termination.status)} ${explainDuty(standing.termination)[language]}`,
      );
      for (const note of standing.notes)
        lines.push(dim(`    ${sv ? 'Notering' : 'Note'}: ${note[language]}`));
    }
  }
  if (report.invalid.length > 0) {
    lines.push('', bold(sv ? 'Oläsbara poster' : 'Unreadable records'));
    for (const record of report.invalid) {
      for (const issue of record.issues) lines.push(`  ${red('✘')} ${issue.messages[language]}`);
    }
  }
  lines.push(
    '',
    report.verdict === 'compliant'
      ? green(sv ? 'Inga avvikelser.' : 'No findings.')
      : report.verdict === 'undetermined'
        ? yellow(
            sv
              ? 'Inga avvikelser, men allt kan inte avgöras: se Behöver granskas.'
              : 'No findings, but not everything can be determined: see Needs attention.',
          )
        : red(
            sv
              ? 'Registret följer inte policyn i allt.'
              : 'The register does not comply in every respect.',
          ),
  );
  io.stdout(`${lines.join('\n')}\n`);
  return report.verdict === 'not_compliant' ? 1 : 0;
}

async function account(
  file: string | undefined,
  flags: Flags,
  language: Language,
  io: Io,
): Promise<number> {
  if (flags.period === undefined)
    throw usage('Ange --period, t.ex. 2019-2022.', 'Give --period, e.g. 2019-2022.');
  const format = flags.format ?? 'md';
  if (format !== 'md' && format !== 'csv')
    throw usage(
      `--format: ${format} finns inte; välj md eller csv.`,
      `--format: no ${format}; choose md or csv.`,
    );
  const { name, value } = await documentFrom(file, io);
  const rates = await ratesFrom(flags, io);
  const register = parseRegister(value);
  if (!register.success) throw issuesError(name, register.issues);
  const result = councilAccount(register.data, {
    period: flags.period,
    ...(rates ? { rates } : {}),
  });
  const text = flags.json
    ? `${JSON.stringify(result, null, 2)}\n`
    : format === 'csv'
      ? accountToCsv(result, language)
      : accountToMarkdown(result, language);
  if (flags.out !== undefined) {
    await writeAtomically(flags.out, text, flags.force === true);
    io.stderr(language === 'sv' ? `Skrev ${flags.out}.\n` : `Wrote ${flags.out}.\n`);
  } else io.stdout(text);
  return 0;
}

async function policyFrom(reference: string | undefined, io: Io): Promise<PolicyVersion> {
  const builtIn = BUILT_IN_POLICIES.find((policy) => policy.id === reference);
  if (builtIn) return builtIn;
  const { name, value } = await documentFrom(reference, io).catch((error: unknown) => {
    // A reference that is no file may have been meant as a built-in version: name them.
    if (!(error instanceof CliError) || reference === '-' || existsSync(reference ?? '-'))
      throw error;
    const ids = BUILT_IN_POLICIES.map((policy) => policy.id).join(', ');
    throw new CliError(error.summary, [
      ...error.details,
      { sv: `Inbyggda versioner: ${ids}.`, en: `Built-in versions: ${ids}.` },
    ]);
  });
  const result = parsePolicy(value);
  if (!result.success) throw issuesError(name, result.issues);
  return result.data;
}

function describePolicy(policy: PolicyVersion, language: Language): string {
  const sv = language === 'sv';
  return [
    policy.title,
    `  ${sv ? 'Antagen av kommunfullmäktige' : 'Adopted by the municipal council'} ${policy.adoption.date}, ${policy.adoption.paragraph}`,
    `  ${sv ? 'Gäller' : 'In force'} ${policy.validity.from} – ${policy.validity.to}; ${sv ? 'mandatperiod' : 'mandate period'} ${policy.mandatePeriod}`,
    `  ${sv ? 'Vänorter' : 'Twin towns'}: ${policy.twinTowns.map((town) => `${town.name} (${town.country})`).join(', ')}`,
    `  ${sv ? 'Återrapportering för resor dyrare än' : 'Report-back for trips costing more than'} ${formatMoney(policy.reportBackThreshold, language)}`,
    `  ${sv ? 'Fingeravtryck' : 'Fingerprint'}: ${policy.fingerprint}`,
    '',
    ...policy.rules.flatMap((rule) => [
      `  ${rule.title[language]}: ${rule.duty[language]}`,
      `    ${rule.clauseIds.map((id) => `§ ${id}`).join(', ')}`,
    ]),
  ].join('\n');
}

async function policy(
  args: readonly string[],
  flags: Flags,
  language: Language,
  io: Io,
): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'show') {
    const date = dayOption(flags.date, 'date');
    const versions =
      date === undefined ? BUILT_IN_POLICIES : [policyInForce(date)].filter((p) => p !== undefined);
    if (date !== undefined && versions.length === 0) {
      throw new CliError({
        sv: `Ingen känd version av policyn gällde ${date}.`,
        en: `No known version of the policy was in force on ${date}.`,
      });
    }
    if (flags.json)
      io.stdout(
        `${JSON.stringify(
          versions.map((v) => ({ ...toPolicyDefinition(v), fingerprint: v.fingerprint })),
          null,
          2,
        )}\n`,
      );
    else io.stdout(`${versions.map((v) => describePolicy(v, language)).join('\n\n')}\n`);
    return 0;
  }
  if (action === 'validate') {
    const version = await policyFrom(rest[0] ?? undefined, io);
    if (flags.json)
      io.stdout(
        `${JSON.stringify({ valid: true, id: version.id, fingerprint: version.fingerprint })}\n`,
      );
    else {
      io.stdout(
        language === 'sv'
          ? `${version.id} är giltig. Fingeravtryck: ${version.fingerprint}\n`
          : `${version.id} is valid. Fingerprint: ${version.fingerprint}\n`,
      );
    }
    return 0;
  }
  if (action === 'diff') {
    if (rest.length !== 2)
      throw usage('policy diff tar två versioner: A B.', 'policy diff takes two versions: A B.');
    const before = await policyFrom(rest[0], io);
    const after = await policyFrom(rest[1], io);
    const diff = diffPolicies(before, after);
    if (flags.json) io.stdout(`${JSON.stringify(diff, null, 2)}\n`);
    else
      io.stdout(
        `${diff.from} → ${diff.to}\n${diff.summary[language]
          .split('\n')
          .map((line) => `  ${line}`)
          .join('\n')}\n`,
      );
    return 0;
  }
  throw usage(
    `policy: okänd åtgärd ${action ?? '(ingen)'}; välj show, validate eller diff.`,
    `policy: unknown action ${action ?? '(none)'}; choose show, validate or diff.`,
  );
}

async function schema(name: string | undefined, io: Io): Promise<number> {
  if (name === undefined || !SCHEMAS.includes(name)) {
    throw usage(
      `schema: välj ett av ${SCHEMAS.join(', ')}.`,
      `schema: choose one of ${SCHEMAS.join(', ')}.`,
    );
  }
  const url = import.meta.resolve(`solleftea-international-policy/schemas/${name}.schema.json`);
  io.stdout(await readFile(new URL(url), 'utf8'));
  return 0;
}

/** How many arguments each command takes after its name (a `policy` action counts as one). */
const MOST_ARGUMENTS: Readonly<Record<string, number>> = {
  check: 1,
  audit: 1,
  account: 1,
  schema: 1,
  'policy show': 1,
  'policy validate': 2,
  'policy diff': 3,
};

/**
 * Runs the CLI with its arguments (without `node` and the script) and returns the exit code: 0 clean,
 * 1 violations found, 2 bad usage or bad input. Never throws for bad input: it explains on stderr.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let language: Language = 'sv';
  try {
    let parsed: { values: Flags; positionals: string[] };
    try {
      parsed = parseArgs({
        args: [...argv],
        options: OPTIONS,
        allowPositionals: true,
        strict: true,
      }) as never;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw usage(`Ogiltiga argument: ${message}`, `Invalid arguments: ${message}`);
    }
    const { values: flags, positionals } = parsed;
    if (flags.lang !== undefined && flags.lang !== 'sv' && flags.lang !== 'en') {
      throw usage(
        `--lang: ${flags.lang} finns inte; välj sv eller en.`,
        `--lang: no ${flags.lang}; choose sv or en.`,
      );
    }
    language = (flags.lang as Language | undefined) ?? 'sv';
    const [command, ...args] = positionals;
    if (flags.version) {
      io.stdout(`${io.version}\n`);
      return 0;
    }
    if (flags.help || command === undefined || command === 'help') {
      io.stdout(
        `${HELP[command === 'help' ? (args[0] ?? 'main') : (command ?? 'main')] ?? HELP['main']}\n`,
      );
      return command === undefined && !flags.help ? 2 : 0;
    }
    const form = command === 'policy' ? `policy ${args[0]}` : command;
    const extra = args[MOST_ARGUMENTS[form] ?? args.length];
    if (extra !== undefined)
      throw usage(
        `${form}: oväntat argument "${extra}".`,
        `${form}: unexpected argument "${extra}".`,
      );
    switch (command) {
      case 'check':
        return await check(args[0], flags, language, io);
      case 'audit':
        return await runAudit(args[0], flags, language, io);
      case 'account':
        return await account(args[0], flags, language, io);
      case 'policy':
        return await policy(args, flags, language, io);
      case 'schema':
        return await schema(args[0], io);
      default:
        throw usage(`Okänt kommando: ${command}.`, `Unknown command: ${command}.`);
    }
  } catch (error) {
    const failure =
      error instanceof CliError
        ? error
        : error instanceof PolicyError
          ? new CliError(error.messages)
          : new CliError(
              { sv: `Oväntat fel: ${String(error)}`, en: `Unexpected error: ${String(error)}` },
              [],
              70,
            );
    const { red } = paint(io);
    const lines = [
      red(failure.summary[language]),
      ...failure.details.map((d: Bilingual) => `  ${d[language]}`),
    ];
    io.stderr(`${lines.join('\n')}\n`);
    return failure.exitCode;
  }
}
