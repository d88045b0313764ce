/**
 * The library's main job on its built-in policy and sample data: the policy in force, and what it
 * requires of four sample trips — each duty with the reason and the clause it rests on.
 *
 * Run it with `npm run demo`.
 */
import {
  type Evaluation,
  evaluate,
  formatMoney,
  mandatePeriodOf,
  parseActivity,
  parseRates,
  policyInForce,
} from 'solleftea-international-policy';
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
  `  Report-back threshold: trips costing more than ${formatMoney(policy.reportBackThreshold, 'sv')}`,
);
console.log('');

const rates = parseRates(SAMPLE_RATES);
if (!rates.success) throw new Error(rates.issues.map((issue) => issue.messages.en).join('\n'));

function show(evaluation: Evaluation): void {
  const { activity } = evaluation;
  console.log(`■ ${activity.id}: ${activity.title}`);
  if (evaluation.outcome !== 'evaluated') {
    console.log(`  ${evaluation.messages.en}`);
    console.log(`  ${evaluation.messages.sv}`);
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
    console.log(`  ${mark}: ${obligation.messages.en}`);
    console.log(`    ${obligation.messages.sv}`);
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
