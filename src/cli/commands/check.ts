/** `check`: what the policy requires of one activity, or how each activity of a register complies. */
import {
  type Activity,
  assessCompliance,
  auditStream,
  type ComplianceDeadlines,
  type ExchangeRates,
  evaluate,
  explain,
  type PolicyVersion,
  parseActivity,
} from 'solleftea-international-policy';
import {
  type Command,
  citations,
  complianceLines,
  dayOption,
  deadlinesOf,
  emit,
  issuesError,
  JUDGING,
  openOutput,
  policiesFrom,
  type Run,
  ratesFrom,
  withRegister,
} from '../command.js';
import { compactJson, toJson } from '../json.js';
import { usage } from '../options.js';
import { shown } from '../terminal.js';
import { REPORT, USAGE } from '../words.js';

/** What an activity is judged with besides the day: the rates and policy versions given. */
interface Judging {
  readonly rates?: ExchangeRates;
  readonly policies?: readonly PolicyVersion[];
}

/** One activity judged on a day, as an activity of a register with no records would be. */
async function showJudged(
  activity: Activity,
  asOf: string,
  context: Judging,
  deadlines: ComplianceDeadlines,
  run: Run,
): Promise<number> {
  const result = assessCompliance(activity, {}, { asOf, deadlines, ...context });
  const text =
    run.format === 'json'
      ? toJson(result)
      : run.format === 'ndjson'
        ? compactJson(result)
        : complianceLines(result, run).join('\n');
  await emit(run, `${text}\n`, run.format !== 'text');
  return result.verdict === 'not_compliant' ? 1 : 0;
}

/** What the policy requires of one activity: each obligation, with its clauses. */
async function showEvaluation(activity: Activity, context: Judging, run: Run): Promise<number> {
  const { paint, language } = run;
  const evaluation = evaluate(activity, context);
  if (run.format !== 'text') {
    await emit(run, `${run.format === 'json' ? toJson(evaluation) : compactJson(evaluation)}\n`);
    return 0;
  }
  const lines = [paint.bold(shown(`${activity.id}: ${activity.title}`))];
  if (evaluation.policy) {
    const { title, fingerprint, draft } = evaluation.policy;
    const mark = draft ? ` — ${REPORT.draft[language]}` : '';
    lines.push(`  ${shown(title)} (${fingerprint})${shown(mark)}`);
  }
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
  await emit(run, `${lines.join('\n')}\n`, false);
  return 0;
}

async function check(run: Run): Promise<number> {
  const { format, options } = run;
  const asOf = dayOption(options, 'as-of');
  const deadlines = deadlinesOf(options);
  // Deadlines are judged on a day: without --as-of they would be ignored, so they are refused.
  if (asOf === undefined && Object.keys(deadlines).length > 0) throw usage(USAGE.deadlinesNeedAsOf);
  // The versions first: a file that is no definition is said before the register is read.
  const policies = await policiesFrom(run);
  return withRegister(run, async (read, name) => {
    const rates = await ratesFrom(run);
    const context: Judging = { ...(rates ? { rates } : {}), ...(policies ? { policies } : {}) };
    if (!read.register) {
      const parsed = parseActivity(read.document, policies ? { policies } : {});
      if (!parsed.success) throw issuesError(name, parsed.issues);
      return asOf === undefined
        ? showEvaluation(parsed.data, context, run)
        : showJudged(parsed.data, asOf, context, deadlines, run);
    }
    if (asOf === undefined) throw usage(USAGE.registerAsOf);
    // Each activity of the register as `audit` judges it: the same statuses, one by one.
    const output = await openOutput(run, format !== 'text');
    let first = true;
    let judged = 0;
    const report = await auditStream(read.parts, {
      asOf,
      deadlines,
      ...context,
      onActivity: async (_, result) => {
        run.progress.judged(++judged);
        if (format === 'json') {
          await output.write(`${first ? '[\n' : ',\n'}${toJson(result)}`);
        } else if (format === 'ndjson') await output.write(`${compactJson(result)}\n`);
        else await output.write(`${complianceLines(result, run).join('\n')}\n`);
        first = false;
      },
    });
    run.progress.done();
    // A register with records that cannot be read is refused, after what could be judged: on
    // standard output that stands; a file is not put in place (a failed command writes none).
    const issues = report.invalid.flatMap((record) => record.issues);
    const toFile = options.out !== undefined && options.out !== '-';
    if (issues.length > 0 && toFile) throw issuesError(name, issues);
    if (format === 'json') await output.write(first ? '[]\n' : '\n]\n');
    await output.end();
    if (issues.length > 0) throw issuesError(name, issues);
    return report.verdicts.not_compliant > 0 ? 1 : 0;
  });
}

export const CHECK: Command = {
  name: 'check',
  synopsis: { sv: 'check FIL [--as-of DATUM]', en: 'check FILE [--as-of DATE]' },
  summary: {
    sv: 'vad policyn kräver av en aktivitet (eller varje aktivitet i ett register)',
    en: 'what the policy requires of one activity (or each in a register)',
  },
  description: {
    sv: 'FIL är en aktivitet, eller ett register (vars aktiviteter bedöms mot sina beslut per --as-of,\nsom audit bedömer dem). Varje skyldighet visas med sitt skäl och den paragraf den vilar på.',
    en: 'FILE holds one activity, or a register (its activities are judged against their records, as of\n--as-of, as audit judges them). Each duty is shown with its reason and the clause it rests on.',
  },
  example: 'solleftea-policy check trip.json --lang en',
  args: { max: 1 },
  options: ['format', 'json', ...JUDGING, 'out', 'force'],
  formats: ['text', 'json', 'ndjson'],
  run: check,
};
