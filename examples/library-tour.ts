/**
 * The library's main job on its built-in policy and sample data: the policy in force; what it
 * requires of four sample trips — each duty with the reason and the clause it rests on; an audit of
 * the fictional sample register for 2019–2022; and the account to the council it produces.
 *
 * Run it with `npx tsx examples/library-tour.ts`; `npm run demo` runs the same audit and account through
 * the command line.
 */
import {
  accountToMarkdown,
  auditStream,
  councilAccount,
  type Evaluation,
  evaluate,
  explain,
  explainDuty,
  explainNote,
  formatMoney,
  mandatePeriodOf,
  POLICY_2019_2022,
  parseActivity,
  parseRates,
  parseRegister,
  policyInForce,
} from 'solleftea-international-policy';
import SAMPLE_REGISTER from './sample-register.json' with { type: 'json' };
import { SAMPLE_RATES, SAMPLE_TRIPS } from './sample-trips.js';

const SAMPLE_DATE = '2020-03-01';
const policy = policyInForce(SAMPLE_DATE);
if (!policy) throw new Error(`No policy is in force on ${SAMPLE_DATE}.`);
const board = mandatePeriodOf(SAMPLE_DATE, 'board');

console.log(`Policy in force on ${SAMPLE_DATE}: ${policy.title}`);
console.log(
  `  Adopted by the municipal council on ${policy.adoption.date}, ${policy.adoption.paragraph}; in force ${policy.validity.from} to ${policy.validity.to}`,
);
console.log(`  Mandate period ${board.label} (board term ${board.firstDay} to ${board.lastDay})`);
console.log(
  `  Twin towns: ${policy.twinTowns.map((town) => `${town.name} (${town.country})`).join(', ')}`,
);
console.log(
  `  Report-back threshold: trips costing more than ${policy.reportBackThreshold ? formatMoney(policy.reportBackThreshold, 'sv') : '(none)'}`,
);
console.log('');

const rates = parseRates(SAMPLE_RATES);
if (!rates.success) throw new Error(rates.issues.map((issue) => issue.messages.en).join('\n'));

function show(evaluation: Evaluation): void {
  const { activity } = evaluation;
  console.log(`■ ${activity.id}: ${activity.title}`);
  if (evaluation.outcome !== 'evaluated') {
    console.log(`  ${explain(evaluation).en}`);
    console.log(`  ${explain(evaluation).sv}`);
    console.log('');
    return;
  }
  for (const obligation of evaluation.obligations) {
    const mark =
      obligation.status === 'owed'
        ? '✔ owed'
        : obligation.status === 'not_applicable'
          ? '– not applicable'
          : '? undetermined';
    console.log(`  ${mark}: ${explain(obligation).en}`);
    console.log(`    ${explain(obligation).sv}`);
    for (const clause of obligation.clauses) {
      console.log(`    § ${clause.id}: "${clause.sv}"`);
      console.log(`      (${clause.en})`);
    }
  }
  console.log('');
}

for (const input of SAMPLE_TRIPS) {
  const parsed = parseActivity(input);
  if (!parsed.success) throw new Error(parsed.issues.map((issue) => issue.messages.en).join('\n'));
  show(evaluate(parsed.data, { rates: rates.data }));
}

// The audit of the sample register (examples/sample-register.json, clearly fictional), judged on
// 2023-03-31 with a 90-day deadline for reports back to the board.
const AS_OF = '2023-03-31';
// Each activity is judged once: its row goes into the report, and its whole compliance (every duty
// with its facts and clauses) comes to onActivity, for the duties not fulfilled or overdue below.
const { activities, ...records } = SAMPLE_REGISTER;
const broken: string[] = [];
const report = await auditStream(
  { records: { ...records, activities: [] }, activities },
  {
    asOf: AS_OF,
    deadlines: { reportBackDays: 90 },
    onActivity: (row, compliance) => {
      for (const result of compliance.results)
        if (result.status === 'violated' || result.status === 'overdue')
          broken.push(`  ✘ ${row.id}: ${explain(result).en}`);
    },
  },
);
console.log(`■ Audit of the sample register on ${AS_OF} (report-back due within 90 days)`);
console.log(
  `  ${report.activities.length} activities: ${report.outcomes.evaluated} international, ${report.outcomes.not_international} domestic, ${report.outcomes.no_policy_in_force} before the policy; ${report.invalid.length} invalid records`,
);
console.log(
  `  Costs: planned ${formatMoney(report.totals.planned, 'sv')}, actual ${formatMoney(report.totals.actual, 'sv')}`,
);
console.log(
  `  ${'rule'.padEnd(40)}${['fulfilled', 'pending', 'overdue', 'not fulfilled', 'n/a'].map((h) => h.padStart(14)).join('')}`,
);
for (const [code, count] of Object.entries(report.counts)) {
  const rule = POLICY_2019_2022.rules.find((each) => each.code === code)?.title.en ?? code;
  const cells = [
    count.fulfilled,
    count.pending,
    count.overdue,
    count.violated,
    count.not_applicable,
  ];
  console.log(`  ${rule.padEnd(40)}${cells.map((n) => String(n).padStart(14)).join('')}`);
}
console.log('');
const VERDICT = {
  compliant: 'complies',
  not_compliant: 'does not comply',
  undetermined: 'cannot be determined',
} as const;
console.log(`  Verdict: the register ${VERDICT[report.verdict]}. Duties not fulfilled or overdue:`);
for (const line of broken) console.log(line);
for (const review of report.agreements) {
  console.log(`  ${explainDuty(review.continuation).en}`);
  for (const standing of review.agreements) {
    console.log(
      `  ${standing.town?.name ?? standing.agreement.id}: ${standing.activity.count} activities in ${review.period.label}, suggested ${standing.activity.suggestion}`,
    );
    console.log(`    ${explainDuty(standing.evaluation).en}`);
    console.log(`    ${explainDuty(standing.termination).en}`);
    for (const note of standing.notes) console.log(`    Note: ${explainNote(note).en}`);
  }
}
console.log('');

// The account to the council for 2019–2022, in Swedish, as it would go into the council's papers.
const register = parseRegister(SAMPLE_REGISTER);
if (!register.success)
  throw new Error(register.issues.map((issue) => issue.messages.en).join('\n'));
console.log(
  accountToMarkdown(
    councilAccount(register.data, { asOf: '2023-03-31', period: '2019–2022' }),
    'sv',
  ),
);
