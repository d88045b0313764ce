/**
 * The library's main job on its built-in policy: which policy is in force on a sample date, and
 * every rule it implies, each with the clause it rests on in Swedish and English.
 *
 * Run it with `npm run demo`.
 */
import {
  type Clause,
  findClause,
  mandatePeriodOf,
  type PolicyVersion,
  policyInForce,
  type Rule,
} from 'solleftea-international-policy';

const SAMPLE_DATE = '2020-03-01';

/** "1000000" öre → "10 000,00 kr", without floats. */
function formatOre(amount: number): string {
  const kronor = String(Math.trunc(amount / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${kronor},${String(amount % 100).padStart(2, '0')} kr`;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

function describeClause(clause: Clause): string {
  return [
    `    § ${clause.id}`,
    indent(`sv: ${clause.sv}`, '      '),
    indent(`en: ${clause.en}`, '      '),
  ].join('\n');
}

function describeRule(policy: PolicyVersion, rule: Rule, index: number): string {
  const clauses = rule.clauseIds.map((id) => findClause(policy, id)).filter((c) => c !== undefined);
  return [
    `${index + 1}. ${rule.title.en} / ${rule.title.sv}  [${rule.code}]`,
    `    Applies to: ${rule.appliesTo.en}`,
    `    Duty:       ${rule.duty.en}`,
    `    Owed by:    ${rule.owedBy}${rule.owedTo ? ` → ${rule.owedTo}` : ''}, ${rule.timing.replaceAll('_', ' ')}`,
    `    Interpretation notes: ${rule.interpretationNotes.join(', ')}`,
    ...clauses.map(describeClause),
  ].join('\n');
}

const policy = policyInForce(SAMPLE_DATE);
if (!policy) throw new Error(`No policy is in force on ${SAMPLE_DATE}.`);
const board = mandatePeriodOf(SAMPLE_DATE, 'board');
const council = mandatePeriodOf(SAMPLE_DATE, 'council');

console.log(`Policy in force on ${SAMPLE_DATE}: ${policy.title}`);
console.log(`  ${policy.municipality}, ${policy.statuteBook}`);
console.log(
  `  Adopted by the municipal council (kommunfullmäktige) on ${policy.adoption.date}, ${policy.adoption.paragraph}`,
);
console.log(`  In force ${policy.validity.from} to ${policy.validity.to}`);
console.log(
  `  Mandate period ${policy.mandatePeriod}: board term ${board.label} (${board.firstDay} to ${board.lastDay}), council term ${council.label} (${council.firstDay} to ${council.lastDay})`,
);
console.log(
  `  Twin towns: ${policy.twinTowns.map((town) => `${town.name} (${town.country})`).join(', ')}`,
);
console.log(
  `  Report-back threshold: trips costing more than ${formatOre(policy.reportBackThreshold.amount)}`,
);
console.log(`  Goals: ${policy.goals.map((goal) => goal.id).join(', ')}`);
console.log('');
console.log('Rules, each with the clause it rests on:');
console.log('');
console.log(policy.rules.map((rule, i) => describeRule(policy, rule, i)).join('\n\n'));
