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
      sv: 'Minst ett resmål är vänort enligt versionen som gällde avresedagen, om avtalet inte sades upp före avresan. Text jämförs efter Unicode NFKC (”ＭＡＤＩＳＯＮ” är Madison), utan hänsyn till skiftläge och diakritiska tecken. Vänortens namn, på eget språk och med egen skrift (”枝幸町”), med bestämningar i vänortens land före eller efter – en region, ett ord för stad eller kommun, ett postnummer (”Madison, Wisconsin”, ”Esashi, Sōya”, ”48104 Põltsamaa”, ”Nykarleby stad”) – är vänorten. En bestämning som två orter med samma namn delar (”Esashi, Hokkaido”: både 枝幸町 och 江差町 ligger i Hokkaido) gör godkännandet oavgjort och nämner båda; en bestämning som bara gäller en annan ort (”Esashi, Iwate”) eller en annan orts namn (”Karleby”, som är Kokkola) är inte vänorten. En ort som bara liknar namnet gör godkännandet oavgjort, med besked i ord om hur det avgörs. Regioner, lokala namn och orter med samma namn är uppgifter om varje vänort, inte kod.',
      en: 'At least one destination is a twin town of the version in force on departure, unless its agreement was terminated before. Text is compared after Unicode NFKC (“ＭＡＤＩＳＯＮ” is Madison), ignoring case and diacritics. The town’s name, in its own language and script (“枝幸町”), with qualifiers of its country before or after it – a region, a word for town or municipality, a postal code (“Madison, Wisconsin”, “Esashi, Sōya”, “48104 Põltsamaa”, “Nykarleby stad”) – is the town. A qualifier two towns of the same name share (“Esashi, Hokkaido”: both 枝幸町 and 江差町 lie in Hokkaido) leaves approval undetermined, naming both; a qualifier only another town has (“Esashi, Iwate”) or another town’s name (“Karleby”, which is Kokkola) is not the town. A place only close to a spelling leaves approval undetermined, saying in words how to settle it. Regions, local names and namesakes are data of each twin town, not code.',
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
      sv: 'Texten anger ingen tidsfrist: en saknad eller ofullständig rapport väntar tills anroparens tidsfrist har passerat, och är sedan försenad. En rapport kan bara redovisa vad som hände: en rapport lämnad före aktivitetens sista dag räknas inte som rapport. Skyldigheten väntar då (eller är försenad efter tidsfristen), och svaret säger varför rapporten inte räknades; den är aldrig i sig ett brott. En fullständig rapport efter anroparens tidsfrist uppfyller skyldigheten och märks som sen.',
      en: 'The text sets no deadline: a missing or incomplete report is pending until a deadline the caller sets has passed, then overdue. A report can only report on what happened: one submitted before the activity’s last day is not counted as a report. The duty then stays pending (or overdue past the deadline), and the answer says why the report was not counted; it is never a violation in itself. A complete report after the caller’s deadline fulfils the duty and is marked late.',
    },
  },
  {
    id: 'mandate-period',
    number: 7,
    title: { sv: 'Mandatperiod', en: 'Mandate period' },
    text: {
      sv: 'Perioden 2019–2022 som policyn nämner; utvärderingar och beslut om fortsatta avtal ska göras senast när fullmäktiges mandatperiod slutar (2022-10-14); kommunstyrelsens mandatperiod slutar 2022-12-31. Versionen som gällde den dagen styr perioden, och den senaste utvärderingen i tid avgör. En utvärdering eller ett beslut räknas för en period bara om det är daterat i den: en post daterad före perioden avvisas, vilken period den än anger, med en anmärkning på dess datum.',
      en: 'The period 2019–2022 the policy names; evaluations and the continuation decision are due by the end of the council’s term (2022-10-14); the board’s term ends 2022-12-31. The version in force that day governs the period, and the latest evaluation in time decides. An evaluation or decision counts for a period only if it is dated inside it: a record dated before the period is refused, whatever its label, with an issue at its date.',
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
      sv: 'Följer, följer inte (något inte uppfyllt eller försenat) eller kan inte avgöras (inget som inte uppfyllts, men en skyldighet kan inte bedömas: okända kostnader, en möjlig vänort). En saknad uppgift gör aldrig att en aktivitet följer policyn. Det som varje möjligt värde av den saknade uppgiften avgör på samma sätt är avgjort (trevärd logik): ett godkännande i tid uppfyller skyldigheten vare sig orten är vänorten eller inte, och en fullständig rapport uppfyller återrapporteringen vare sig den krävs eller inte. En skyldighet som är uppfylld eller inte gäller i varje fall är uppfylld. En bedömning som vilar på en preliminär uppgift (en budget där faktiska kostnader aldrig angetts) säger det.',
      en: 'Compliant, not compliant (something not fulfilled or overdue) or undetermined (nothing violated, but a duty cannot be judged: unknown costs, a possible twin town). A missing fact never makes an activity compliant. What every way the missing fact could go decides alike is decided (three-valued logic): an approval recorded in time fulfils the duty whether or not the place is the twin town, and a complete report fulfils the report-back whether or not it is owed. A duty that is fulfilled or does not apply in every case is fulfilled. A verdict resting on a provisional fact (a budget where actual costs were never recorded) says so.',
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
      sv: 'Esashi i policyn är 枝幸町, Esashi i Sōya, Hokkaido, vänort sedan 1996-11-04. Enligt ortens webbplats upphörde vänortsförbindelsen 2019-11-19, sex dagar innan kommunfullmäktige antog policyn som ändå räknar upp Esashi (kommunstyrelsen hade 2019-02-06 föreslagit att avtalen med Madison och Esashi skulle sägas upp). Biblioteket följer policyn som den antogs: en resa till Esashi kräver kommunstyrelsens godkännande tills avtalsregistret säger att avtalet har upphört. Den som för registret antecknar då på avtalet med Esashi dagen det upphörde (terminatedOn, här 2019-11-19); en resa som avgår efter den dagen är ingen vänortsresa, en resa samma dag eller tidigare är det fortfarande.',
      en: 'Esashi in the policy is 枝幸町, Esashi in Sōya, Hokkaido, a twin town since 1996-11-04. Its town site records the tie dissolved on 2019-11-19, six days before the municipal council adopted the policy that still lists Esashi (the executive board had proposed on 2019-02-06 to terminate the Madison and Esashi agreements). The library follows the policy as adopted: a trip to Esashi owes the executive board’s approval until the agreement register says the agreement ended. Whoever keeps the register then records on the agreement with Esashi the day it ended (terminatedOn, here 2019-11-19); a trip departing after that day is no twin-town trip, one departing on it or before still is.',
    },
    twinTowns: ['esashi'],
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
    id: 'outside-policy',
    number: 16,
    title: { sv: 'Utanför policyn', en: 'Outside the policy' },
    text: {
      sv: 'En aktivitet vars första dag ligger före den första eller efter den sista kända versionen av policyn ligger utanför policyn. Det är ett eget svar, inte ”kan inte avgöras”: ingen uppgift som en handläggare kan lämna skulle avgöra den. Granskningen och redovisningen listar sådana aktiviteter för sig (outsidePolicy); de räknas inte bland bedömningarna och påverkar aldrig registrets samlade bedömning.',
      en: 'An activity whose first day falls before the first or after the last known version of the policy is outside the policy. That is its own answer, not “undetermined”: no fact a clerk can supply would settle it. The audit and the account list such activities apart (outsidePolicy); they are not counted among the verdicts and never turn the register’s verdict.',
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
