/**
 * HYPOTHETICAL — NOT A REAL POLICY. A worked example of what a maintainer does when the council adopts
 * the next version: a made-up successor to the 2019–2022 policy, for 2023–2026, that raises the
 * report-back threshold to 15 000 kr and ends the twin-town agreement with Madison. Sollefteå kommun
 * has adopted no such text; it is not in the library's built-in registry.
 *
 * Run it with `npx tsx examples/hypothetical-successor.ts`.
 */
import {
  definePolicy,
  diffPolicies,
  evaluate,
  explain,
  POLICY_2019_2022,
  type PolicyVersion,
  parseActivity,
  policyRegistry,
  toPolicyDefinition,
} from 'solleftea-international-policy';

const current = toPolicyDefinition(POLICY_2019_2022);

/** 1. Write the definition: start from the current one and change what the council changed. */
export const HYPOTHETICAL_2023_2026: PolicyVersion = definePolicy({
  ...current,
  id: 'hypothetical-2023-2026',
  title: 'Policy för internationella kontakter 2023-2026 (HYPOTETISK)',
  shortTitle: 'Policy - Internationella kontakter 2023-2026 (HYPOTETISK)',
  adoption: { body: 'council', date: '2022-12-12', paragraph: '§ 0 (hypothetical)' },
  validity: { from: '2023-01-01', to: '2026-12-31', supersedes: POLICY_2019_2022.id },
  mandatePeriod: '2023–2026',
  reportBackThreshold: { amount: '15 000,00', currency: 'SEK' },
  twinTowns: current.twinTowns.filter((town) => town.id !== 'madison'),
  clauses: current.clauses.map((clause) => {
    if (clause.id === 'twinTowns.agreements') {
      return {
        ...clause,
        sv: 'Sollefteå kommun har idag vänortsavtal med tre städer. Dessa ska utvärderas varje mandatperiod.',
        en: 'Sollefteå municipality today has twin-town agreements with three towns. These shall be evaluated every mandate period.',
      };
    }
    if (clause.id === 'board.reporting') {
      return {
        ...clause,
        sv: clause.sv.replace('10.000 kr', '15.000 kr'),
        en: clause.en.replace('10,000', '15,000'),
      };
    }
    return clause;
  }),
  // A reading is data of the version: the threshold note follows the new amount.
  // A note about a twin town the version no longer has is refused, so it goes with the town.
  interpretationNotes: current.interpretationNotes
    .filter((note) => !note.twinTowns?.includes('madison'))
    .map((note) =>
      note.id === 'threshold'
        ? {
            ...note,
            title: { sv: 'Dyrare än 15 000 kr', en: 'More than SEK 15,000' },
            text: {
              sv: note.text.sv.replaceAll('10.000', '15.000').replaceAll('10 000', '15 000'),
              en: note.text.en.replaceAll('10.000', '15.000').replaceAll('10,000', '15,000'),
            },
          }
        : note,
    ),
  rules: current.rules.map((rule) => ({
    ...rule,
    interpretationNoteIds: rule.interpretationNoteIds.filter((id) => id !== 'any-madison'),
  })),
});

// 2. It validated (definePolicy throws otherwise). 3. See what changed against the current version.
const diff = diffPolicies(POLICY_2019_2022, HYPOTHETICAL_2023_2026);
console.log(`What changes from ${diff.from} to ${diff.to}:`);
for (const line of diff.summary.en.split('\n')) console.log(`  - ${line}`);
console.log(`Fingerprint: ${HYPOTHETICAL_2023_2026.fingerprint}`);

// 4. Put it in a registry beside the current version (checked: no overlap, gaps listed).
const registry = policyRegistry([POLICY_2019_2022, HYPOTHETICAL_2023_2026]);
console.log(
  `Registry: ${registry.versions.map((v) => v.id).join(', ')}; gaps: ${registry.gaps.length}`,
);

// 5. The past is judged as before; the future by the new rules.
for (const departureDate of ['2022-06-01', '2023-06-01']) {
  const trip = parseActivity({
    kind: 'trip',
    id: `T-${departureDate}`,
    title: 'Study visit to Madison',
    organiser: 'Näringslivsenheten',
    travellers: { count: 1 },
    destinations: [{ twinTown: 'madison' }],
    departureDate,
    returnDate: departureDate,
    plannedCosts: [{ label: 'Flights', category: 'travel', amount: '12 000,00', currency: 'SEK' }],
  });
  if (!trip.success) throw new Error('the sample trip is valid');
  const evaluation = evaluate(trip.data, { policies: registry });
  console.log(`Trip departing ${departureDate}, judged by ${evaluation.policy?.id}:`);
  for (const obligation of evaluation.obligations.slice(1, 3)) {
    console.log(`  ${explain(obligation).en}`);
  }
}
