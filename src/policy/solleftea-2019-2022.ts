import type { DineroSnapshot } from 'dinero.js';
import { builtInVersion } from './built-in-version.js';
import { NOTES_2019_2022 } from './notes-2019-2022.js';
import type { Clause, Goal, PolicyVersion, Rule, TwinTown } from './types.js';

const clauses: readonly Clause[] = [
  {
    id: 'intro.scope',
    section: 'intro',
    kind: 'scope',
    sv: 'Denna policy gäller för internationella kontakter och samarbeten.',
    en: 'This policy applies to international contacts and cooperation.',
  },
  {
    id: 'intro.context',
    section: 'intro',
    kind: 'context',
    sv: 'Omvärldskontakter kan spela en viktig roll i utvecklingsarbetet för hela Sollefteå kommun. Globalisering, specialisering, digitalisering ställer hårdare krav på att hitta nya arbetssätt men också möjligheter för näringslivet att verka på en internationell marknad.',
    en: 'Contacts with the wider world can play an important role in the development work for the whole of Sollefteå municipality. Globalisation, specialisation, digitalisation place greater demands on finding new ways of working, but also opportunities for the business community to operate in an international market.',
  },
  {
    id: 'intro.planning',
    section: 'intro',
    kind: 'obligation',
    sv: 'Samtliga internationella utbyten ska planeras väl och bygga på förväntad nytta för kommunen, verksamheten och medborgarna.',
    en: 'All international exchanges shall be well planned and based on the expected benefit for the municipality, its operations and its citizens.',
  },
  {
    id: 'aims.purpose',
    section: 'aims',
    kind: 'obligation',
    sv: 'Det är viktigt att det internationella utbytet har ett tydligt och avgränsat syfte och mål.',
    en: 'It is important that an international exchange has a clear and delimited purpose and goal.',
  },
  {
    id: 'aims.goals',
    section: 'aims',
    kind: 'obligation',
    sv: 'Målen för Sollefteå kommuns internationella engagemang ska vara,',
    en: "The goals of Sollefteå municipality's international engagement shall be:",
  },
  {
    id: 'goal.growth',
    section: 'aims',
    kind: 'goal',
    parent: 'aims.goals',
    sv: 'Stärka tillväxten i Sollefteå kommun',
    en: 'Strengthen growth in Sollefteå municipality',
  },
  {
    id: 'goal.business',
    section: 'aims',
    kind: 'goal',
    parent: 'aims.goals',
    sv: 'Bidra till att lokala företag kan växa på en internationell marknad',
    en: 'Contribute to local businesses being able to grow in an international market',
  },
  {
    id: 'goal.projects',
    section: 'aims',
    kind: 'goal',
    parent: 'aims.goals',
    sv: 'Öka möjligheterna till internationellt projektsamarbete inom de områden där Sollefteå kommun har särskilda behov och förutsättningar, t.ex. kompetensförsörjning och infrastruktur.',
    en: 'Increase the opportunities for international project cooperation in the areas where Sollefteå municipality has particular needs and prerequisites, e.g. skills supply and infrastructure.',
  },
  {
    id: 'goal.events',
    section: 'aims',
    kind: 'goal',
    parent: 'aims.goals',
    sv: 'Att stötta internationella organisationer och partners att arrangera möten och event i Sollefteå kommun',
    en: 'Support international organisations and partners in arranging meetings and events in Sollefteå municipality',
  },
  {
    id: 'goal.nordic',
    section: 'aims',
    kind: 'goal',
    parent: 'aims.goals',
    sv: 'Samarbete med städer i nordiska länder ska bidra till konkreta kunskaper och erfarenheter som kan användas i organisationen och vara till nytta för medborgarna.',
    en: 'Cooperation with towns in the Nordic countries shall contribute concrete knowledge and experience that can be used in the organisation and be of benefit to the citizens.',
  },
  {
    id: 'twinTowns.agreements',
    section: 'twinTowns',
    kind: 'obligation',
    sv: 'Sollefteå kommun har idag vänortsavtal med fyra städer. Dessa ska utvärderas varje mandatperiod.',
    en: 'Sollefteå municipality currently has twin-town agreements with four towns. These shall be evaluated every mandate period.',
  },
  {
    id: 'twinTowns.termination',
    section: 'twinTowns',
    kind: 'obligation',
    sv: 'Om ett vänortsavtal är inaktivt och inte anses vara till nytta för kommunen, förenings- och näringslivet ska avtalet sägas upp.',
    en: 'If a twin-town agreement is inactive and is not considered to be of benefit to the municipality, its associations and its businesses, the agreement shall be terminated.',
  },
  {
    id: 'twinTowns.list',
    section: 'twinTowns',
    kind: 'list',
    sv: 'Vänorter under mandatperioden 2019-2022 är:\n• Pöltsamaa kommun, Estland\n• Esashi kommun, Japan\n• Nykarleby Stad, Finland\n• Madison the City, USA.',
    en: 'The twin towns during the mandate period 2019-2022 are:\n• Pöltsamaa municipality, Estonia\n• Esashi municipality, Japan\n• the town of Nykarleby, Finland\n• the City of Madison, USA.',
  },
  {
    id: 'council.policy',
    section: 'council',
    kind: 'obligation',
    sv: 'Beslutar om internationell policy för Sollefteå kommun',
    en: '[The municipal council] decides on the international policy of Sollefteå municipality',
  },
  {
    id: 'council.agreements',
    section: 'council',
    kind: 'obligation',
    sv: 'Beslutar varje mandatperiod om vilka vänortsavtal som Sollefteå kommun fortsatt ska ha',
    en: '[The municipal council] decides every mandate period which twin-town agreements Sollefteå municipality shall keep',
  },
  {
    id: 'council.reporting',
    section: 'council',
    kind: 'obligation',
    sv: 'Samtliga internationella utbyten och resor ska redovisas till kommunfullmäktige där det tydligt framgår vad utbytets syfte, mål och resultat har varit.',
    en: 'All international exchanges and trips shall be accounted for to the municipal council, stating clearly what the purpose, goals and result of the exchange have been.',
  },
  {
    id: 'board.approval',
    section: 'board',
    kind: 'obligation',
    sv: 'Samtliga resor till vänorter ska godkännas av kommunstyrelsen.',
    en: 'All trips to twin towns shall be approved by the executive board.',
  },
  {
    id: 'board.reporting',
    section: 'board',
    kind: 'obligation',
    sv: 'Internationella resor dyrare än 10.000 kr ska återrapporteras till kommunstyrelsen. I återrapporteringen ska det tydligt framgå syftet, mål och resultat av resan.',
    en: 'International trips costing more than SEK 10,000 shall be reported back to the executive board. The report-back shall state clearly the purpose, goals and result of the trip.',
  },
];

const goalClause = (id: string): Goal => {
  const clause = clauses.find((c) => c.id === `goal.${id}`) as Clause;
  return { id, clauseId: clause.id, text: { sv: clause.sv, en: clause.en } };
};

const goals: readonly Goal[] = ['growth', 'business', 'projects', 'events', 'nordic'].map(
  goalClause,
);

/** The states of the USA, by code and name: the policy names none for Madison (note 12). */
const US_STATES = (
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|' +
  'NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WY|Alabama|Alaska|Arizona|Arkansas|California|' +
  'Colorado|Connecticut|Delaware|District of Columbia|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|' +
  'Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|' +
  'Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|' +
  'North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|' +
  'Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wyoming'
).split('|');

// Regions, local names and namesakes are data of each town (interpretation note 4). Esashi is 枝幸町
// in Sōya, Hokkaido (its town site lists Sollefteå as sister city from 1996-11-04), not 江差町 in
// Hiyama, Hokkaido, nor Esashi (江刺, formerly Esashi-shi) in Ōshū, Iwate.
const twinTowns: readonly TwinTown[] = [
  {
    id: 'poltsamaa',
    name: 'Põltsamaa',
    asWritten: 'Pöltsamaa kommun, Estland',
    country: 'EE',
    aliases: ['Põltsamaa', 'Pöltsamaa', 'Põltsamaa vald', 'Pöltsamaa kommun', 'Põltsamaa linn'],
    regions: ['Jõgevamaa', 'Jõgeva maakond', 'Jõgeva county', 'Jõgeva'],
    qualifiers: ['Eesti', 'Estonia', 'Estland', 'EE', 'maakond', 'county'],
  },
  {
    id: 'esashi',
    name: 'Esashi',
    asWritten: 'Esashi kommun, Japan',
    country: 'JP',
    aliases: ['Esashi', 'Esashi kommun', 'Esashi-cho', 'Esashi town'],
    localNames: ['枝幸町', 'Esashi-chō'],
    regions: ['Sōya', 'Hokkaido', 'Hokkai-do', 'Esashi-gun', '宗谷', '北海道', '枝幸郡'],
    qualifiers: [
      'Japan',
      'Nippon',
      'Nihon',
      'JP',
      '日本',
      'prefecture',
      'subprefecture',
      'do',
      'gun',
    ],
    namesakes: [
      {
        name: 'Esashi',
        localNames: ['江差町'],
        regions: ['Hiyama', 'Hokkaido', 'Hokkai-do', 'Hiyama-gun', '檜山', '北海道', '檜山郡'],
      },
      {
        name: 'Esashi',
        localNames: ['江刺'],
        regions: ['Ōshū', 'Iwate', 'Esashi-ku', 'Esashi-shi', '奥州', '岩手', '江刺区', '江刺市'],
      },
    ],
  },
  {
    id: 'nykarleby',
    name: 'Nykarleby',
    asWritten: 'Nykarleby Stad, Finland',
    country: 'FI',
    aliases: ['Nykarleby', 'Nykarleby stad', 'Uusikaarlepyy', 'Uusikaarlepyyn kaupunki'],
    regions: ['Österbotten', 'Pohjanmaa', 'Ostrobothnia'],
    qualifiers: ['Finland', 'Suomi', 'FI', 'landskap', 'maakunta'],
    // Karleby is the Swedish name of Kokkola, another town: never a possible Nykarleby.
    namesakes: [
      {
        name: 'Karleby',
        localNames: ['Kokkola', 'Gamlakarleby'],
        regions: ['Mellersta Österbotten', 'Keski-Pohjanmaa', 'Central Ostrobothnia'],
      },
    ],
  },
  {
    id: 'madison',
    name: 'Madison',
    asWritten: 'Madison the City, USA',
    country: 'US',
    aliases: ['Madison', 'Madison the City', 'City of Madison'],
    regions: ['Wisconsin', 'WI', 'Dane County', ...US_STATES],
    qualifiers: ['USA', 'US', 'U.S.A.', 'United States', 'United States of America', 'America'],
  },
];

const rules: readonly Rule[] = [
  {
    code: 'planning',
    kind: 'plan',
    when: { fact: 'international' },
    content: ['purpose', 'goal', 'expected_benefit'],
    title: { sv: 'Planering', en: 'Planning' },
    appliesTo: {
      sv: 'Varje internationellt utbyte och varje internationell resa.',
      en: 'Every international exchange and every international trip.',
    },
    duty: {
      sv: 'Ange före genomförandet ett tydligt syfte, utbytets eget mål och den förväntade nyttan för kommunen, verksamheten och medborgarna.',
      en: 'State, before it takes place, a clear purpose, its own goal and the expected benefit for the municipality, its operations and its citizens.',
    },
    owedBy: 'organiser',
    timing: 'before_activity',
    clauseIds: ['intro.planning', 'aims.purpose', 'aims.goals'],
    interpretationNoteIds: ['international', 'own-goal'],
  },
  {
    code: 'board_approval',
    kind: 'decision',
    when: { all: [{ fact: 'kind', kinds: ['trip'] }, { fact: 'twin_town' }] },
    title: {
      sv: 'Godkännande av kommunstyrelsen',
      en: 'Approval by the executive board',
    },
    appliesTo: {
      sv: 'Varje resa med minst ett resmål som är en vänort.',
      en: 'Every trip with at least one destination that is a twin town.',
    },
    duty: {
      sv: 'Resan ska godkännas av kommunstyrelsen genom beslut senast avresedagen.',
      en: 'The trip must be approved by the executive board, by a decision made on or before the day of departure.',
    },
    owedBy: 'organiser',
    owedTo: 'board',
    timing: 'before_departure',
    clauseIds: ['board.approval'],
    interpretationNoteIds: [
      'twin-town-trip',
      'any-madison',
      'esashi-dissolution',
      'prior-approval',
      'verdict',
    ],
  },
  {
    code: 'board_report_back',
    kind: 'report',
    when: {
      all: [
        { fact: 'kind', kinds: ['trip'] },
        { fact: 'cost', compare: 'more', per: 'activity' },
      ],
    },
    content: ['purpose', 'goal', 'result'],
    title: {
      sv: 'Återrapportering till kommunstyrelsen',
      en: 'Report-back to the executive board',
    },
    appliesTo: {
      sv: 'Varje internationell resa vars totala kostnad är högre än 10 000,00 kr.',
      en: 'Every international trip whose total cost is more than SEK 10,000.00.',
    },
    duty: {
      sv: 'Återrapportera resan till kommunstyrelsen efter hemkomsten, med syfte, mål och resultat.',
      en: 'Report the trip back to the executive board after return, stating its purpose, goal and result.',
    },
    owedBy: 'organiser',
    owedTo: 'board',
    timing: 'after_return',
    clauseIds: ['board.reporting'],
    interpretationNoteIds: [
      'threshold',
      'exact-money',
      'rates-by-day',
      'international',
      'reports',
      'verdict',
    ],
  },
  {
    code: 'council_account',
    kind: 'account',
    when: { fact: 'international' },
    content: ['purpose', 'goal', 'result'],
    title: {
      sv: 'Redovisning till kommunfullmäktige',
      en: 'Account to the municipal council',
    },
    appliesTo: {
      sv: 'Varje internationellt utbyte och varje internationell resa.',
      en: 'Every international exchange and every international trip.',
    },
    duty: {
      sv: 'Redovisa utbytet eller resan till kommunfullmäktige, med syfte, mål och resultat.',
      en: 'Account for the exchange or trip to the municipal council, stating its purpose, goal and result.',
    },
    owedBy: 'organiser',
    owedTo: 'council',
    timing: 'in_council_account',
    clauseIds: ['council.reporting'],
    interpretationNoteIds: ['international', 'reports', 'mandate-period', 'account-day'],
  },
  {
    code: 'agreement_evaluation',
    kind: 'evaluation',
    title: {
      sv: 'Utvärdering av vänortsavtal',
      en: 'Evaluation of twin-town agreements',
    },
    appliesTo: {
      sv: 'Varje vänortsavtal, en gång per mandatperiod.',
      en: 'Every twin-town agreement, once per mandate period.',
    },
    duty: {
      sv: 'Utvärdera avtalet inom mandatperioden.',
      en: 'Evaluate the agreement within the mandate period.',
    },
    owedBy: 'municipality',
    timing: 'within_mandate_period',
    clauseIds: ['twinTowns.agreements'],
    interpretationNoteIds: ['mandate-period', 'validity'],
  },
  {
    code: 'continuation_decision',
    kind: 'continuation',
    title: {
      sv: 'Beslut om fortsatta vänortsavtal',
      en: 'Decision on continuing agreements',
    },
    appliesTo: { sv: 'Varje mandatperiod.', en: 'Every mandate period.' },
    duty: {
      sv: 'Kommunfullmäktige beslutar vilka vänortsavtal kommunen fortsatt ska ha.',
      en: 'The municipal council decides which twin-town agreements the municipality keeps.',
    },
    owedBy: 'council',
    timing: 'within_mandate_period',
    clauseIds: ['council.agreements'],
    interpretationNoteIds: ['mandate-period', 'validity'],
  },
  {
    code: 'agreement_termination',
    kind: 'termination',
    title: {
      sv: 'Uppsägning av vänortsavtal',
      en: 'Termination of a twin-town agreement',
    },
    appliesTo: {
      sv: 'Ett vänortsavtal som vid utvärdering befunnits inaktivt och inte till nytta för kommunen, förenings- eller näringslivet.',
      en: 'A twin-town agreement that an evaluation found inactive and of no benefit to the municipality, its associations or its businesses.',
    },
    duty: { sv: 'Säga upp avtalet.', en: 'Terminate the agreement.' },
    owedBy: 'municipality',
    timing: 'after_evaluation',
    clauseIds: ['twinTowns.termination'],
    interpretationNoteIds: ['termination'],
  },
  {
    code: 'policy_adoption',
    kind: 'adoption',
    title: { sv: 'Antagande av policyn', en: 'Adoption of the policy' },
    appliesTo: { sv: 'Varje version av policyn.', en: 'Every version of the policy.' },
    duty: {
      sv: 'Policyn beslutas av kommunfullmäktige.',
      en: 'The policy is decided by the municipal council.',
    },
    owedBy: 'council',
    timing: 'on_adoption',
    clauseIds: ['council.policy'],
    interpretationNoteIds: ['validity', 'outside-policy'],
  },
];

/**
 * Sollefteå kommun's *Policy för internationella kontakter 2019-2022*, adopted by the municipal
 * council on 2019-11-25 (§ 155), as deep-frozen data: its text clause by clause, goals, twin towns,
 * report-back threshold (10 000,00 kr) and the rules the library computes from it.
 *
 * @remarks
 * In force from its adoption, 2019-11-25, to 2022-12-31, the end of the board's term 2019–2022 that
 * its title names (interpretation note 8). The Swedish clause texts are verbatim; the English ones
 * are the library's renderings, not an official translation.
 *
 * @example
 * ```ts
 * POLICY_2019_2022.adoption;
 * // => { body: 'council', date: '2019-11-25', paragraph: '§ 155' }
 * POLICY_2019_2022.twinTowns.map((town) => town.name);
 * // => ['Põltsamaa', 'Esashi', 'Nykarleby', 'Madison']
 * POLICY_2019_2022.reportBackThreshold;
 * // => { amount: 1000000, currency: { code: 'SEK', base: 10, exponent: 2 }, scale: 2 }
 * ```
 * @category Versions
 */
export const POLICY_2019_2022: PolicyVersion & {
  /** The report-back threshold, 10 000,00 kr: this version has one. */
  readonly reportBackThreshold: DineroSnapshot<number, 'SEK'>;
} = /* @__PURE__ */ builtInVersion(
  {
    id: 'solleftea-2019-2022',
    title: 'Policy för internationella kontakter 2019-2022',
    shortTitle: 'Policy - Internationella kontakter 2019-2022',
    municipality: 'Sollefteå kommun',
    statuteBook: 'Sollefteå kommuns författningssamling',
    adoption: { body: 'council', date: '2019-11-25', paragraph: '§ 155' },
    validity: { from: '2019-11-25', to: '2022-12-31' },
    mandatePeriod: '2019–2022',
    goals,
    twinTowns,
    // Stryker disable next-line StringLiteral: equivalent — builtInVersion keeps the threshold in SEK whatever this says; the type admits only 'SEK', and a test compares the version with the one definePolicy gives.
    reportBackThreshold: { minorUnits: 1_000_000, currency: 'SEK' }, // 10 000,00 kr
    clauses,
    interpretationNotes: NOTES_2019_2022,
    rules,
  },
  // The SHA-256 of the definition's canonical JSON: a test checks that definePolicy gives this.
  'sha256:4e9879334ab87a33605670e4980339d1d994ca78a39e38dcecf24460c163a966',
);
