/**
 * `audit`: a register audited on a day, written as it is audited — each activity's findings as it
 * is judged, the counts, totals and agreement duties at the end — in text, JSON, NDJSON or CSV.
 */
import {
  type AuditedActivity,
  type AuditReport,
  auditCsvWriter,
  auditStream,
  BUILT_IN_POLICIES,
  type Compliance,
  type ComplianceStatus,
  explain,
  explainDuty,
  explainNote,
  type Language,
  type LocalizedText,
} from 'solleftea-international-policy';
import {
  amountIn,
  type Command,
  dayJudged,
  deadlinesOf,
  issuesError,
  JUDGING,
  jsonListWriter,
  type Output,
  openOutput,
  policiesFrom,
  type Run,
  ratesFrom,
  statusMark,
  withRegister,
} from '../command.js';
import { compactJson, writeCompactJson } from '../json.js';
import { shown } from '../terminal.js';
import { REPORT } from '../words.js';

/**
 * How an audit is written: a reducer over its judgements — started when made, given each activity's
 * row and whole compliance as the audit's fold judges it (`add`, through `onActivity`), then
 * finished with the report (`finish`). It writes as it goes and holds nothing it has written.
 */
interface AuditWriter {
  readonly add: (row: AuditedActivity, compliance: Compliance) => Promise<void>;
  readonly finish: (report: AuditReport) => Promise<void>;
}

/**
 * A rule by its title in the language, from the versions the audit applied (or any built-in one),
 * never by its code: the table of counts is for people.
 */
function ruleTitle(code: string, report: AuditReport, language: Language): string {
  const applied = new Set(report.policies.map((policy) => policy.id));
  const versions = [
    ...BUILT_IN_POLICIES.filter((policy) => applied.has(policy.id)),
    ...BUILT_IN_POLICIES,
  ];
  const rule = versions.flatMap((version) => version.rules).find((each) => each.code === code);
  return rule ? rule.title[language] : code;
}

/** A row as the command writes it in JSON and NDJSON: its statuses and costs, and its whole compliance. */
function rowWritten(row: AuditedActivity, compliance: Compliance): object {
  return { ...row, compliance };
}

/**
 * How deep a report is written in parts: down to each agreement reviewed, whose town's activities
 * (2 MB for a register of a million) are written one list at a time.
 */
const REPORT_DEPTH = 4;

/** The report without its rows (they were written as they came). */
function summaryOf(report: AuditReport): object {
  return { ...report, activities: undefined };
}

/**
 * JSON: one document, its `activities` first — one row a line, in register order, as each is judged —
 * then the rest of the report.
 */
function jsonWriter(output: Output): AuditWriter {
  const json = jsonListWriter(output, 'activities');
  return {
    add: (row, compliance) => json.item(rowWritten(row, compliance)),
    finish: (report) => json.end(summaryOf(report), REPORT_DEPTH),
  };
}

/** NDJSON: a line per activity (`"type": "activity"`), and last the report without them (`"report"`). */
function ndjsonWriter(output: Output): AuditWriter {
  return {
    add: (row, compliance) =>
      output.write(`${compactJson({ type: 'activity', ...rowWritten(row, compliance) })}\n`),
    // The report in parts: with every agreement's activities it is too long to hold as one string.
    finish: async (report) => {
      const write = (text: string) => output.write(text);
      await writeCompactJson(write, { type: 'report', ...summaryOf(report) }, REPORT_DEPTH);
      await output.write('\n');
    },
  };
}

function csvWriter(output: Output, run: Run): AuditWriter {
  const csv = auditCsvWriter(run.language);
  let started = false;
  const start = async () => {
    if (!started) await output.write(csv.header);
    started = true;
  };
  return {
    add: async (row, compliance) => {
      await start();
      await output.write(csv.activity(row, compliance));
    },
    finish: async (report) => {
      await start();
      await output.write(csv.agreements(report));
    },
  };
}

/** The counts per rule and status, a line a rule under its title, added to `lines`. */
function countsTable(lines: string[], report: AuditReport, run: Run): void {
  const { language, paint } = run;
  const say = (words: LocalizedText) => shown(words[language]);
  // One width per column, so that each count stands under its heading in either language.
  const [ruleHeading, ...statusHeadings] = REPORT.countColumns.map(say);
  const titles = new Map(
    Object.keys(report.counts).map((code) => [code, shown(ruleTitle(code, report, language))]),
  );
  const ruleWidth = Math.max(...[...titles.values()].map((title) => title.length)) + 2;
  const widths = statusHeadings.map((heading) => Math.max(heading.length, 6) + 2);
  lines.push(
    paint.dim(
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
      `  ${(titles.get(rule) as string).padEnd(ruleWidth)}${cells.map((n, i) => String(n).padStart(widths[i] as number)).join('')}`,
    );
  }
}

/** Each period's agreement duties, with their clauses and notes, added to `lines`. */
function agreementDuties(lines: string[], report: AuditReport, run: Run): void {
  const { language, paint } = run;
  const { bold, dim } = paint;
  const say = (words: LocalizedText) => shown(words[language]);
  const mark = (status: ComplianceStatus) => statusMark(status, paint);
  for (const review of report.agreements) {
    lines.push('', bold(say(REPORT.agreements(review.period.label))));
    const duty = (each: typeof review.continuation) =>
      `  ${mark(each.status)} ${say(explainDuty(each))}\n      ${dim(each.clauses.map((c) => `§ ${c.id}`).join(', '))}`;
    lines.push(duty(review.continuation));
    for (const standing of review.agreements) {
      lines.push(duty(standing.evaluation), duty(standing.termination));
      for (const note of standing.notes)
        lines.push(dim(`    ${say(REPORT.note)}: ${say(explainNote(note))}`));
    }
  }
}

/**
 * Text: the heading, then each activity's findings as it is judged (✘ violated or overdue, ?
 * undetermined, each with its clauses), then the summary: versions, counts, costs, the agreement
 * duties, unreadable records and the verdict.
 */
function textWriter(output: Output, run: Run, name: string, asOf: string): AuditWriter {
  const { language, paint } = run;
  const { bold, red, green, yellow, dim } = paint;
  const say = (words: LocalizedText) => shown(words[language]);
  let findings = 0;
  let attention = 0;
  let started = false;
  const start = async () => {
    if (!started) await output.write(`${bold(say(REPORT.auditOf(name, asOf)))}\n\n`);
    started = true;
  };
  return {
    add: async (row, compliance) => {
      if (row.violations === 0 && row.verdict !== 'undetermined') return;
      await start();
      if (row.violations > 0) findings++;
      if (row.verdict === 'undetermined') attention++;
      const lines: string[] = [];
      for (const result of compliance.results) {
        const violated = result.status === 'violated' || result.status === 'overdue';
        if (!violated && result.status !== 'undetermined') continue;
        lines.push(
          `  ${violated ? red('✘') : yellow('?')} ${shown(row.id)}: ${say(explain(result))}`,
        );
        // Each finding names the clauses it rests on (their text: `check`, or `policy show`).
        lines.push(dim(`      ${result.obligation.clauses.map((c) => `§ ${c.id}`).join(', ')}`));
      }
      await output.write(`${lines.join('\n')}\n`);
    },
    finish: async (report) => {
      await start();
      const all =
        report.verdicts.compliant +
        report.verdicts.undetermined +
        report.verdicts.not_compliant +
        report.outsidePolicy.length;
      const lines = [
        ...(findings + attention > 0 ? [''] : []),
        bold(say(REPORT.findingsCount(findings, attention))),
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
      countsTable(lines, report, run);
      if (report.noActualCosts.length > 0)
        lines.push('', `  ${say(REPORT.noActualCosts(report.noActualCosts.join(', ')))}`);
      if (report.outsidePolicy.length > 0)
        lines.push('', `  ${say(REPORT.outsidePolicy(report.outsidePolicy.join(', ')))}`);
      agreementDuties(lines, report, run);
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
      await output.write(`${lines.join('\n')}\n`);
    },
  };
}

async function audit(run: Run): Promise<number> {
  const { options, format } = run;
  const asOf = dayJudged(run);
  const deadlines = deadlinesOf(options);
  // The versions first: a file that is no definition is said before the register is read.
  const policies = await policiesFrom(run);
  return withRegister(run, async (read, name) => {
    const rates = await ratesFrom(run);
    const output = await openOutput(run, format !== 'text');
    const writer =
      format === 'json'
        ? jsonWriter(output)
        : format === 'ndjson'
          ? ndjsonWriter(output)
          : format === 'csv'
            ? csvWriter(output, run)
            : textWriter(output, run, name, asOf);
    let judged = 0;
    const report = await auditStream(read.parts, {
      asOf,
      ...(options.period !== undefined ? { period: options.period } : {}),
      ...(rates ? { rates } : {}),
      ...(policies ? { policies } : {}),
      deadlines,
      onActivity: (row, compliance) => {
        run.progress.judged(++judged);
        return writer.add(row, compliance);
      },
    });
    run.progress.done();
    // A document that is no register at all: nothing was audited, and nothing is written.
    const unreadable = report.invalid.find((record) => record.list === 'register');
    if (unreadable) throw issuesError(name, unreadable.issues);
    await writer.finish(report);
    await output.end();
    return report.verdict === 'not_compliant' ? 1 : 0;
  });
}

export const AUDIT: Command = {
  name: 'audit',
  synopsis: { sv: 'audit FIL [--as-of DATUM]', en: 'audit FILE [--as-of DATE]' },
  summary: {
    sv: 'granska ett register: varje skyldighet och dess status',
    en: 'audit a register: every duty and its status',
  },
  description: {
    sv: 'Granskar ett register en viss dag (--as-of; i dag i Sverige om det utelämnas): varje aktivitets\nskyldigheter och varje vänortsavtals skyldigheter med status, var och en med sin paragraf.\nAvvikelserna skrivs medan registret läses, sammanfattningen sist. Poster som inte kan läsas listas;\nresten granskas. --format csv listar avvikelserna för ett kalkylblad; ndjson skriver en rad per\naktivitet.',
    en: "Audits a register on a day (--as-of; today in Sweden when left out): every activity's obligations\nand every twin-town agreement duty with its status, each with its clause. Findings are written as\nthe register is read, the summary last. Records that cannot be read are listed; the rest is\naudited. --format csv lists the findings for a spreadsheet; ndjson writes one line per activity.",
  },
  example: 'solleftea-policy audit register.json --as-of 2023-03-31 --report-back-days 90',
  args: { max: 1 },
  options: ['format', 'json', ...JUDGING, 'period', 'out', 'force'],
  formats: ['text', 'json', 'ndjson', 'csv'],
  run: audit,
};
