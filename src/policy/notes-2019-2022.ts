import type { InterpretationNote } from './types.js';

/**
 * The readings the library takes where the 2019–2022 text is open (the domain brief's readings),
 * as data of the version: each rule cites the notes it applies by id, and every result carries them.
 */
export const NOTES_2019_2022: readonly InterpretationNote[] = [
  {
    id: 'threshold',
    number: 1,
    title: { sv: 'Dyrare än 10 000 kr', en: 'More than SEK 10,000' },
    text: {
      sv: 'Mer än 10 000,00 kr: 10 000,00 kr utlöser ingen återrapportering, 10 000,01 kr gör det. Kostnaden är resans hela kostnad (alla resenärer och poster, med moms). Så länge resans sista dag inte har passerat den dag som bedöms avgör den högre av budgeten och de faktiska kostnaderna hittills, preliminärt: en handpenning upphäver inte en budget. Därefter avgör de faktiska kostnaderna; har inga angetts avgör budgeten, preliminärt. En tom lista med faktiska kostnader är 0,00 kr, och budgeten visas bredvid. Saknar några poster kurs avgör de omräknade posterna ensamma när de redan överstiger gränsen: belopp är aldrig negativa, så det okända kan bara lägga till.',
      en: 'More than SEK 10,000.00: SEK 10,000.00 does not trigger the report-back, SEK 10,000.01 does. The cost is the trip’s total (all travellers and items, VAT included). Until the trip’s last day has passed on the day judged, the higher of the budget and the actual costs so far decides, provisionally: a deposit does not cancel a budget. After it the actual costs decide; where none were recorded the budget decides, provisionally. An empty list of actual costs is SEK 0.00, and the budget is shown beside it. Where some items lack a rate, the converted items alone decide when they already exceed the threshold: amounts are never negative, so the unknown part can only add.',
    },
  },
  {
    id: 'exact-money',
    number: 2,
    title: { sv: 'Pengar räknas exakt', en: 'Money is exact' },
    text: {
      sv: 'Belopp är decimaltext (”12 500,00”), aldrig flyttal; ett tal utan citattecken avvisas, och hela ören läses bara i minorUnits. Utländska poster räknas om med anroparens kurs, avrundas till hela ören per post och summeras; kursens datum och källa anges. En post utan kurs, eller utan en kurs inom maxRateAgeDays från kursdagen (anteckning 15), är ett fel, aldrig noll.',
      en: 'Amounts are decimal text (“12 500,00”), never floats; a bare number is refused, and whole öre are read only under minorUnits. Foreign items are converted with the caller’s rate, rounded to whole öre per item and summed; each rate’s date and source is named. An item without a rate, or without one within maxRateAgeDays of the rate day (note 15), is an error, never zero.',
    },
  },
  {
    id: 'international',
    number: 3,
    title: { sv: 'Internationellt', en: 'International' },
    text: {
      sv: 'Minst ett resmål eller en part utanför Sverige. En inhemsk aktivitet ligger utanför policyn, och resultatet säger det.',
      en: 'At least one destination or party outside Sweden. A domestic activity is outside the policy, and the result says so.',
    },
  },
  {
    id: 'twin-town-trip',
    number: 4,
    title: { sv: 'Resa till vänort', en: 'A twin-town trip' },
    text: {
      sv: 'Minst ett resmål är vänort enligt versionen som gällde avresedagen, om avtalet inte sades upp före avresan. Vänortens namn följt av en bestämning (”Madison, Wisconsin”, ”Nykarleby stad”) i vänortens land är vänorten; om en ort bara liknar namnet kan det inte avgöras om godkännande krävs, och svaret säger hur det avgörs.',
      en: 'At least one destination is a twin town of the version in force on departure, unless its agreement was terminated before. A town’s spelling followed by a qualifier (“Madison, Wisconsin”, “Nykarleby stad”) in its country is the town; a place only close to a spelling leaves approval undetermined, saying how to settle it.',
    },
  },
  {
    id: 'prior-approval',
    number: 5,
    title: { sv: 'Godkännande i förväg', en: 'Approval is prior approval' },
    text: {
      sv: 'Ett godkännande efter avresan uppfyller inte regeln. Styrelsens senaste beslut senast avresedagen avgör: efter ett avslag är regeln inte uppfylld även om ett tidigare godkännande finns; motstridiga beslut nämns.',
      en: 'An approval after departure does not fulfil the rule. The board’s latest decision on or before departure decides: after a rejection the rule is not fulfilled even if an earlier approval exists; conflicting decisions are named.',
    },
  },
  {
    id: 'reports',
    number: 6,
    title: { sv: 'Rapporter', en: 'Reports' },
    text: {
      sv: 'Texten anger ingen tidsfrist: en saknad eller ofullständig rapport väntar tills anroparens tidsfrist har passerat. En rapport lämnad före aktivitetens sista dag uppfyller inte skyldigheten.',
      en: 'The text sets no deadline: a missing or incomplete report is pending until a deadline the caller sets has passed. A report submitted before the activity’s last day does not fulfil the duty.',
    },
  },
  {
    id: 'mandate-period',
    number: 7,
    title: { sv: 'Mandatperiod', en: 'Mandate period' },
    text: {
      sv: 'Perioden 2019–2022 som policyn nämner; utvärderingar och beslut om fortsatta avtal ska göras senast när fullmäktiges mandatperiod slutar (2022-10-14). Versionen som gällde den dagen styr perioden, och den senaste utvärderingen i tid avgör.',
      en: 'The period 2019–2022 the policy names; evaluations and the continuation decision are due by the end of the council’s term (2022-10-14). The version in force that day governs the period, and the latest evaluation in time decides.',
    },
  },
  {
    id: 'validity',
    number: 8,
    title: { sv: 'Giltighet', en: 'Validity' },
    text: {
      sv: 'Från 2019-11-25 till 2022-12-31, eller tills en version som nämner den i supersedes tar över. En aktivitet bedöms av versionen som gällde dess första dag; utan gällande version finns ingen policy, aldrig en standard.',
      en: 'From 2019-11-25 to 2022-12-31, or until a version naming it in supersedes takes over. An activity is judged by the version in force on its first day; with none in force there is no policy, never a default.',
    },
  },
  {
    id: 'termination',
    number: 9,
    title: { sv: 'Uppsägning', en: 'Termination' },
    text: {
      sv: 'Krävs bara när utvärderingen finner avtalet inaktivt och utan nytta för kommunen, förenings- och näringslivet; nytta för en av dem räcker. Inte uppfyllt om fullmäktige efter utvärderingen ändå behåller avtalet.',
      en: 'Owed only when the evaluation finds the agreement inactive and of no benefit to the municipality, associations and businesses; benefit to one suffices. Not fulfilled if the council, after the evaluation, keeps it anyway.',
    },
  },
  {
    id: 'personal-data',
    number: 10,
    title: { sv: 'Inga personuppgifter', en: 'No personal data' },
    text: {
      sv: 'Resenärer anges som ett antal, aldrig med namn.',
      en: 'Travellers are a count, never names.',
    },
  },
  {
    id: 'verdict',
    number: 11,
    title: { sv: 'Tre möjliga bedömningar', en: 'A three-valued verdict' },
    text: {
      sv: 'Följer, följer inte (något inte uppfyllt eller försenat) eller kan inte avgöras. En saknad uppgift gör aldrig att en aktivitet följer policyn.',
      en: 'Compliant, not compliant (something not fulfilled or overdue) or undetermined. A missing fact never makes an activity compliant.',
    },
  },
  {
    id: 'any-madison',
    number: 12,
    title: { sv: 'Madison the City, USA', en: 'Madison the City, USA' },
    text: {
      sv: 'Policyn nämner ingen delstat: varje Madison i USA är vänorten.',
      en: 'The policy names no state: any Madison in the US is the twin town.',
    },
    twinTowns: ['madison'],
  },
  {
    id: 'own-goal',
    number: 13,
    title: { sv: 'Utbytets eget mål', en: 'The exchange’s own goal' },
    text: {
      sv: '”Syfte och mål” gäller utbytets eget mål, i ord; en koppling till policyns mål är frivillig och separat.',
      en: '“Purpose and goal” is the exchange’s own goal, in words; a link to the policy’s goals is optional and separate.',
    },
  },
  {
    id: 'rates-by-day',
    number: 15,
    title: { sv: 'Växelkurser hör till en dag', en: 'Exchange rates belong to a day' },
    text: {
      sv: 'En utländsk kostnad räknas om med anroparens kurs för valutan daterad samma dag som aktivitetens sista dag eller närmast före den (innan den dagen har passerat: den senaste kursen på eller före dagen som bedöms); finns ingen före, den närmaste efter. Med maxRateAgeDays används ingen kurs som ligger längre från den dagen, före eller efter: kostnaden kan då inte avgöras, och svaret säger vilken kurs som saknas. Ett register kan ha en kursserie per valuta, en kurs per dag; en enda kurs per valuta för ett helt register är ingen tolkning utan ett fel.',
      en: 'A foreign cost is converted with the caller’s rate for its currency dated on or nearest before the activity’s last day (before that day has passed: the latest rate on or before the day judged); with none before, the nearest after. With maxRateAgeDays, no rate further than that from the day, before or after, is used: the cost is then undetermined, and the answer says which rate is missing. A register may hold a series of rates per currency, one a day; one rate per currency for a whole register is not a reading, it is a bug.',
    },
  },
  {
    id: 'account-day',
    number: 17,
    title: { sv: 'En redovisning görs en viss dag', en: 'An account is made on a day' },
    text: {
      sv: 'Redovisningen till kommunfullmäktige görs, som varje bedömning, per en dag som anroparen anger: beslut och rapporter daterade senare räknas inte, och för en resa som ännu inte har avgått är godkännandet ännu inte försenat. Kommandoraden använder dagens datum i Sverige (Europe/Stockholm) och skriver dagen i rubriken. Inget bedöms per tidens slut.',
      en: 'The account to the municipal council is made, like every judgement, as of a day the caller gives: decisions and reports dated later do not count, and for a trip not yet departed the approval is not late yet. The command line uses today’s date in Sweden (Europe/Stockholm) and prints the day in the header. Nothing is judged as of the end of time.',
    },
  },
];
