/**
 * `compare`: what a draft of the next version would change in a register — each activity judged on
 * a day under the versions in force and under the draft, written as it is read, the totals last.
 */
import {
  type ActivityChange,
  compareDraftStream,
  comparisonCsvWriter,
  type DraftComparison,
  type DutyChange,
  explain,
  type LocalizedText,
  type PolicyVersion,
} from 'solleftea-international-policy';
import {
  type Command,
  dayJudged,
  deadlinesOf,
  definitionFrom,
  issuesError,
  JUDGING,
  jsonListWriter,
  type Output,
  openOutput,
  policiesFrom,
  type Run,
  ratesFrom,
  versionFrom,
  withRegister,
} from '../command.js';
import { usage } from '../options.js';
import { shown } from '../terminal.js';
import { COMPARE, REPORT } from '../words.js';

/** How a comparison is written: each change as it comes, the totals at the end. */
interface CompareWriter {
  readonly change: (change: ActivityChange) => Promise<void>;
  readonly end: (comparison: DraftComparison) => Promise<void>;
}

/** A duty's result before or after, in words: what the result says, or that there is no such duty. */
function resultWords(result: DutyChange['before']): LocalizedText {
  return result ? explain(result.obligation) : COMPARE.none;
}

/** A verdict in words. */
function verdictName(verdict: string): LocalizedText {
  return COMPARE.verdictName[verdict] ?? { sv: verdict, en: verdict };
}

/** Whether a duty is owed and its status, in words: "åligger, väntar", or no such duty. */
function stateWords(state: DutyChange['from']): LocalizedText {
  if (state.owed === 'none') return COMPARE.none;
  const owed = COMPARE.stateName[state.owed] as LocalizedText;
  const status = COMPARE.stateName[state.status] as LocalizedText;
  return state.status === state.owed
    ? owed
    : { sv: `${owed.sv}, ${status.sv}`, en: `${owed.en}, ${status.en}` };
}

function textWriter(output: Output, run: Run, draft: PolicyVersion): CompareWriter {
  const say = (words: LocalizedText) => shown(words[run.language]);
  const { bold, dim } = run.paint;
  const titles = new Map(draft.rules.map((rule) => [rule.code, rule.title]));
  return {
    change: async (change) => {
      const lines = [
        `  ${bold(shown(`${change.id}: ${change.title}`))} (${say(COMPARE.verdict(verdictName(change.verdict.from), verdictName(change.verdict.to)))})`,
      ];
      for (const duty of change.duties) {
        lines.push(
          `    ${shown(duty.code)}: ${say(stateWords(duty.from))} → ${say(stateWords(duty.to))}`,
          dim(`      ${say(COMPARE.before)}: ${say(resultWords(duty.before))}`),
          dim(`      ${say(COMPARE.after)}: ${say(resultWords(duty.after))}`),
        );
      }
      await output.write(`${lines.join('\n')}\n`);
    },
    end: async (comparison) => {
      const counts = (verdicts: Readonly<Record<string, number>>) =>
        Object.entries(verdicts)
          .map(([verdict, count]) => `${say(verdictName(verdict))} ${count}`)
          .join(', ');
      const lines = [
        '',
        bold(say(COMPARE.counts(comparison.judged, comparison.changed))),
        ...comparison.duties.map(
          (total) =>
            `  ${say(
              COMPARE.duty(
                titles.get(total.code) ?? { sv: total.code, en: total.code },
                total.nowOwed,
                total.noLongerOwed,
              ),
            )}`,
        ),
        `  ${say(COMPARE.verdicts(counts(comparison.verdicts.before), counts(comparison.verdicts.after)))}`,
      ];
      await output.write(`${lines.join('\n')}\n`);
    },
  };
}

/** JSON: one document, the changes first (a line each, as they come), then the totals. */
function jsonWriter(output: Output): CompareWriter {
  const json = jsonListWriter(output, 'changes');
  return {
    change: (change) => json.item(change),
    end: (comparison) => json.end({ ...comparison, activities: undefined }),
  };
}

/** CSV: the header, then a record per duty judged otherwise, as the activities come. */
async function csvWriter(output: Output, run: Run): Promise<CompareWriter> {
  const csv = comparisonCsvWriter(run.language);
  await output.write(csv.header);
  return {
    change: (change) => output.write(csv.change(change)),
    end: async () => {},
  };
}

async function compare(run: Run): Promise<number> {
  const { options, format } = run;
  if (options.draft === undefined) throw usage(COMPARE.draftMissing);
  const asOf = dayJudged(run);
  const deadlines = deadlinesOf(options);
  const policies = await policiesFrom(run);
  const draft = versionFrom(await definitionFrom(options.draft, run));
  return withRegister(run, async (read, name) => {
    const rates = await ratesFrom(run);
    const output = await openOutput(run, format !== 'text');
    if (format === 'text')
      await output.write(
        `${run.paint.bold(shown(COMPARE.heading(draft.title, name, asOf)[run.language]))}${draft.draft ? ` (${REPORT.draft[run.language]})` : ''}\n\n`,
      );
    const writer =
      format === 'json'
        ? jsonWriter(output)
        : format === 'csv'
          ? await csvWriter(output, run)
          : textWriter(output, run, draft);
    const comparison = await compareDraftStream(read.parts, {
      draft,
      asOf,
      deadlines,
      ...(rates ? { rates } : {}),
      ...(policies ? { policies } : {}),
      onChange: (change) => writer.change(change),
    });
    run.progress.done();
    const unreadable = comparison.invalid.find((record) => record.list === 'register');
    if (unreadable) throw issuesError(name, unreadable.issues);
    await writer.end(comparison);
    await output.end();
    return 0;
  });
}

export const COMPARE_COMMAND: Command = {
  name: 'compare',
  synopsis: {
    sv: 'compare REGISTER --draft FIL [--as-of DATUM]',
    en: 'compare REGISTER --draft FILE [--as-of DATE]',
  },
  summary: {
    sv: 'vad ett utkast till nästa version skulle ändra i ett register',
    en: 'what a draft of the next version would change in a register',
  },
  description: {
    sv: 'Bedömer varje aktivitet i registret en viss dag (--as-of; i dag i Sverige om det utelämnas) två\ngånger: med versionerna i kraft och med utkastet som om det hade gällt aktivitetens datum. Skriver\nvarje aktivitet som skulle bedömas annorlunda — varje skyldighet före och efter, med vad som avgjorde\n— och sist hur många som skulle omfattas av varje skyldighet och utfallen före och efter. --format\ncsv skriver en rad per skyldighet som ändras, för ett kalkylblad.',
    en: "Judges every activity of the register on a day (--as-of; today in Sweden when left out) twice:\nunder the versions in force and under the draft as if it had been in force on the activity's dates.\nWrites each activity that would be judged otherwise — each duty before and after, with what\ndecided — and last how many would owe each duty and the verdicts before and after. --format csv\nwrites one record per duty that changes, for a spreadsheet.",
  },
  example: 'solleftea-policy compare register.json --draft next-policy.yaml --as-of 2023-12-31',
  args: { max: 1 },
  options: ['format', 'json', 'draft', ...JUDGING, 'out', 'force'],
  formats: ['text', 'json', 'csv'],
  run: compare,
};
