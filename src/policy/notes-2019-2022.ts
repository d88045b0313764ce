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
      sv: 'Mer än 10 000,00 kr: 10 000,00 kr utlöser ingen återrapportering, 10 000,01 kr gör det. Kostnaden är resans hela kostnad (alla resenärer och poster, med moms). Innan resans sista dag har passerat avgör den högre av budgeten och de faktiska kostnaderna hittills, preliminärt; därefter de faktiska kostnaderna (en tom lista är 0,00 kr), eller budgeten, preliminärt, om inga angetts. Poster med kurs som redan överstiger gränsen avgör, även om andra saknar kurs.',
      en: 'More than SEK 10,000.00: SEK 10,000.00 does not trigger the report-back, SEK 10,000.01 does. The cost is the trip’s total (all travellers and items, VAT included). Until the trip’s last day has passed, the higher of the budget and the actual costs so far decides, provisionally; after it the actual costs (an empty list is SEK 0.00), or the budget, provisionally, if none were recorded. Converted items that already exceed the threshold decide, even when others lack a rate.',
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
      sv: 'Minst ett resmål är vänort enligt versionen som gällde avresedagen, om avtalet inte sades upp före avresan. Text jämförs efter Unicode NFKC, utan hänsyn till skiftläge och diakritiska tecken. Vänortens namn, även i egen skrift (”枝幸町”), med bestämningar i dess land – region, ord för stad, postnummer (”Madison, Wisconsin”, ”48104 Põltsamaa”) – är vänorten. En bestämning som två orter med samma namn delar (”Esashi, Hokkaido”) gör att det inte kan avgöras om godkännande krävs, och svaret nämner båda; en som bara gäller en annan ort (”Esashi, Iwate”), eller en annan orts namn (”Karleby”), är inte vänorten. En ort som bara liknar namnet kan inte avgöras, och svaret säger hur det avgörs. Regioner, lokala namn och orter med samma namn är uppgifter om varje vänort.',
      en: 'At least one destination is a twin town of the version in force on departure, unless its agreement was terminated before. Text is compared after Unicode NFKC, ignoring case and diacritics. The town’s name, also in its own script (“枝幸町”), with qualifiers of its country – a region, a word for town, a postal code (“Madison, Wisconsin”, “48104 Põltsamaa”) – is the town. A qualifier two towns of that name share (“Esashi, Hokkaido”) leaves approval undetermined, naming both; one only another town has (“Esashi, Iwate”), or another town’s name (“Karleby”), is not the town. A place only close to a name leaves approval undetermined, saying how to settle it. Regions, local names and namesakes are data of each town.',
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
      sv: 'Texten anger ingen tidsfrist: en saknad eller ofullständig rapport väntar tills anroparens tidsfrist har passerat, och är sedan försenad. En rapport lämnad före aktivitetens sista dag räknas inte (den kan inte redovisa vad som hände): skyldigheten väntar, eller är försenad efter tidsfristen, och svaret säger varför. En fullständig rapport efter tidsfristen uppfyller skyldigheten och märks som sen.',
      en: 'The text sets no deadline: a missing or incomplete report is pending until a deadline the caller sets has passed, then overdue. A report submitted before the activity’s last day is not counted (it cannot report what happened): the duty stays pending, or overdue past the deadline, and the answer says why. A complete report after the deadline fulfils the duty and is marked late.',
    },
  },
  {
    id: 'mandate-period',
    number: 7,
    title: { sv: 'Mandatperiod', en: 'Mandate period' },
    text: {
      sv: 'Perioden 2019–2022 som policyn nämner; utvärderingar och beslut om fortsatta avtal ska göras senast när fullmäktiges mandatperiod slutar (2022-10-14); kommunstyrelsens slutar 2022-12-31. Versionen som gällde den dagen styr perioden, och den senaste utvärderingen i tid avgör. En utvärdering eller ett beslut daterat före den period det anger avvisas.',
      en: 'The period 2019–2022 the policy names; evaluations and the continuation decision are due by the end of the council’s term (2022-10-14); the board’s term ends 2022-12-31. The version in force that day governs the period, and the latest evaluation in time decides. An evaluation or decision dated before the period it names is refused.',
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
      sv: 'Följer, följer inte (något inte uppfyllt eller försenat) eller kan inte avgöras (en skyldighet kan inte bedömas: okända kostnader, en möjlig vänort). En saknad uppgift gör aldrig att en aktivitet följer policyn, men det som varje möjligt värde av uppgiften avgör lika är avgjort: ett godkännande i tid eller en fullständig rapport uppfyller skyldigheten vare sig den gäller eller inte. En bedömning som vilar på en budget säger att den är preliminär.',
      en: 'Compliant, not compliant (something not fulfilled or overdue) or undetermined (a duty cannot be judged: unknown costs, a possible twin town). A missing fact never makes an activity compliant, but what every value of it decides alike is decided: an approval in time or a complete report fulfils the duty whether or not it is owed. A verdict resting on a budget says it is provisional.',
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
    id: 'esashi-dissolution',
    number: 14,
    title: { sv: 'Esashi och avtalets upphörande', en: 'Esashi and the end of the agreement' },
    text: {
      sv: 'Esashi i policyn är 枝幸町 i Sōya, Hokkaido, vänort sedan 1996. Enligt ortens webbplats upphörde förbindelsen 2019-11-19, sex dagar innan policyn antogs. Biblioteket följer policyn som den antogs: en resa dit kräver godkännande tills den som för avtalsregistret antecknar på avtalet med Esashi dagen det upphörde (terminatedOn: 2019-11-19); en resa som avgår efter den dagen är ingen vänortsresa.',
      en: 'Esashi in the policy is 枝幸町 in Sōya, Hokkaido, a twin town since 1996. Its town site records the tie dissolved on 2019-11-19, six days before the policy was adopted. The library follows the policy as adopted: a trip there owes approval until whoever keeps the agreement register records on the agreement with Esashi the day it ended (terminatedOn: 2019-11-19); a trip departing after that day is no twin-town trip.',
    },
    twinTowns: ['esashi'],
  },
  {
    id: 'rates-by-day',
    number: 15,
    title: { sv: 'Växelkurser hör till en dag', en: 'Exchange rates belong to a day' },
    text: {
      sv: 'En utländsk kostnad räknas om med valutans kurs daterad på eller närmast före aktivitetens sista dag (innan den har passerat: dagen som bedöms), annars den närmaste efter. Med maxRateAgeDays används ingen kurs längre bort, före eller efter: kostnaden kan då inte avgöras. Ett register kan ha en kursserie per valuta, en kurs per dag.',
      en: 'A foreign cost is converted with its currency’s rate dated on or nearest before the activity’s last day (before that day has passed: the day judged), else the nearest after. With maxRateAgeDays no rate further away, before or after, is used: the cost is then undetermined. A register may hold a series of rates per currency, one a day.',
    },
  },
  {
    id: 'outside-policy',
    number: 16,
    title: { sv: 'Utanför policyn', en: 'Outside the policy' },
    text: {
      sv: 'En aktivitet vars första dag ingen känd version av policyn gällde ligger utanför policyn: ett eget svar, inte ”kan inte avgöras”, eftersom ingen uppgift skulle avgöra det. Granskningen och redovisningen listar den för sig (outsidePolicy), och den påverkar aldrig registrets bedömning.',
      en: 'An activity on whose first day no known version of the policy was in force is outside the policy: its own answer, not “undetermined”, since no fact would settle it. The audit and the account list it apart (outsidePolicy), and it never turns the register’s verdict.',
    },
  },
  {
    id: 'account-day',
    number: 17,
    title: { sv: 'En redovisning görs en viss dag', en: 'An account is made on a day' },
    text: {
      sv: 'Redovisningen till fullmäktige görs, som varje bedömning, per en dag som anroparen anger: senare beslut och rapporter räknas inte, och en resa som ännu inte avgått saknar inte godkännande än. Kommandoraden tar dagens datum i Sverige och skriver dagen i rubriken.',
      en: 'The account to the council is made, like every judgement, as of a day the caller gives: later decisions and reports do not count, and a trip not yet departed does not lack approval yet. The command line takes today’s date in Sweden and prints the day in its header.',
    },
  },
];
