import type { LocalizedText } from '../errors.js';
import { byCount } from '../internal/text.js';
import { FORM } from '../obligations/words.js';

/**
 * Internal: the vocabulary of the council account's renderings — headings, columns and sentences,
 * in both languages side by side.
 */

/** The kind of an activity: a trip, or an exchange's form. */
export const KIND: Readonly<Record<'trip' | keyof typeof FORM, LocalizedText>> = {
  trip: { sv: 'resa', en: 'trip' },
  ...FORM,
};

/** Which costs a row's cost is taken from. */
export const COST_BASIS: Readonly<Record<'planned' | 'actual', LocalizedText>> = {
  planned: { sv: 'planerad', en: 'planned' },
  actual: { sv: 'faktisk', en: 'actual' },
};

/** The columns of the CSV export, in order. */
export const CSV_COLUMNS: readonly LocalizedText[] = [
  { sv: 'Id', en: 'Id' },
  { sv: 'Diarienummer', en: 'Case number' },
  { sv: 'Typ', en: 'Kind' },
  { sv: 'Rubrik', en: 'Title' },
  { sv: 'Arrangör', en: 'Organiser' },
  { sv: 'Första dag', en: 'First day' },
  { sv: 'Sista dag', en: 'Last day' },
  { sv: 'Resmål/parter', en: 'Destinations/partners' },
  { sv: 'Vänorter', en: 'Twin towns' },
  { sv: 'Syfte', en: 'Purpose' },
  { sv: 'Mål', en: 'Goal' },
  { sv: 'Policyns mål', en: 'Policy goals' },
  { sv: 'Resultat', en: 'Result' },
  { sv: 'Resenärer', en: 'Travellers' },
  { sv: 'Kostnad (kr)', en: 'Cost (SEK)' },
  { sv: 'Kostnadsunderlag', en: 'Cost basis' },
  { sv: 'Godkännande av KS', en: 'Approval by the board' },
  { sv: 'Återrapportering till KS', en: 'Report-back to the board' },
  { sv: 'Redovisning till KF', en: 'Account to the council' },
  { sv: 'Saknas', en: 'Missing' },
  { sv: 'Behöver granskas', en: 'Needs attention' },
];

/** The columns of the Markdown table, in order. */
export const MARKDOWN_COLUMNS: readonly LocalizedText[] = [
  { sv: 'Id', en: 'Id' },
  { sv: 'Datum', en: 'Dates' },
  { sv: 'Resmål/parter', en: 'Destinations/partners' },
  { sv: 'Syfte', en: 'Purpose' },
  { sv: 'Mål', en: 'Goal' },
  { sv: 'Policyns mål', en: 'Policy goals' },
  { sv: 'Resultat', en: 'Result' },
  { sv: 'Resenärer', en: 'Travellers' },
  { sv: 'Faktisk kostnad', en: 'Actual cost' },
  { sv: 'Planerad kostnad (budget)', en: 'Planned cost (budget)' },
  { sv: 'Godkänd av KS', en: 'Approved by the board' },
  { sv: 'Återrapporterad till KS', en: 'Reported back to the board' },
  { sv: 'Redovisad till KF', en: 'Accounted to the council' },
];

/** The headings and sentences of the Markdown account. */
export const ACCOUNT = {
  title: (period: string): LocalizedText => ({
    sv: `Redovisning av internationella utbyten och resor ${period}`,
    en: `Account of international exchanges and trips ${period}`,
  }),
  asOf: (day: string): LocalizedText => ({
    sv: `Per ${day}: beslut och rapporter daterade senare räknas inte.`,
    en: `As of ${day}: decisions and reports dated later do not count.`,
  }),
  intro: (policy: string | undefined): LocalizedText =>
    policy === undefined
      ? {
          sv: 'Till kommunfullmäktige: samtliga internationella utbyten och resor, med syfte, mål och resultat. Ingen känd version av policyn gällde under perioden.',
          en: 'To the municipal council: every international exchange and trip, with its purpose, goal and result. No known version of the policy was in force in the period.',
        }
      : {
          sv: `Till kommunfullmäktige enligt ${policy}: samtliga internationella utbyten och resor, med syfte, mål och resultat.`,
          en: `To the municipal council under ${policy}: every international exchange and trip, with its purpose, goal and result.`,
        },
  total: (count: number, cost: LocalizedText): LocalizedText => ({
    sv: `Totalt ${count} ${byCount(count, 'utbyte eller resa', 'utbyten och resor')}, ${cost.sv}.`,
    en: `In all ${count} ${byCount(count, 'exchange or trip', 'exchanges and trips')}, ${cost.en}.`,
  }),
  costBasis: {
    sv: 'Summorna räknar de faktiska kostnaderna och, för en aktivitet utan sådana, den planerade kostnaden (budget).',
    en: 'The totals add the actual costs and, for an activity with none, the planned cost (budget).',
  },
  unconverted: (count: number): LocalizedText => ({
    sv: `${count} ${byCount(count, 'kostnad', 'kostnader')} kunde inte räknas om till kronor och ingår inte i summorna.`,
    en: `${count} ${byCount(count, 'cost', 'costs')} could not be converted to SEK and ${byCount(count, 'is', 'are')} not in the totals.`,
  }),
  flagged: {
    sv: 'Uppgifter saknas (policyn kräver syfte, mål och resultat)',
    en: 'Missing information (the policy requires purpose, goal and result)',
  },
  attention: {
    sv: 'Behöver granskas (kan inte avgöras)',
    en: 'Needs attention (cannot be determined)',
  },
  outside: {
    sv: 'Ingen version av policyn gällde för',
    en: 'No version of the policy was in force for',
  },
  byGoal: { sv: 'Per mål', en: 'By goal' },
  byTown: { sv: 'Per vänort', en: 'By twin town' },
  goal: { sv: 'Mål', en: 'Goal' },
  town: { sv: 'Vänort', en: 'Twin town' },
  count: { sv: 'Antal', en: 'Count' },
  cost: { sv: 'Kostnad', en: 'Cost' },
  overlap: {
    sv: 'En aktivitet med flera mål räknas under vart och ett.',
    en: 'An activity with several goals counts under each.',
  },
  none: {
    sv: 'Inga internationella utbyten eller resor under perioden.',
    en: 'No international exchanges or trips in the period.',
  },
} as const;
