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
      sv: '”Dyrare än 10.000 kr” betyder strikt mer än 10 000,00 kr: 10 000,00 kr utlöser ingen återrapportering, 10 000,01 kr gör det. Kostnaden är resans hela kostnad: alla resenärer och alla kostnadsposter, som de betalas, med moms. Före resan avgör den planerade budgeten och skyldigheten är preliminär; när faktiska kostnader har angetts avgör de. En tom lista med faktiska kostnader anger att de faktiska kostnaderna var inga (0,00 kr), och förklaringen visar då den planerade kostnaden bredvid.',
      en: '“Dyrare än 10.000 kr” means strictly more than SEK 10,000.00: SEK 10,000.00 does not trigger the report-back, SEK 10,000.01 does. The cost is the trip’s total cost: all travellers and all cost items, as paid, VAT included. Before the trip the planned budget decides and the duty is provisional; once actual costs are recorded, they decide. An empty list of actual costs records the actual costs as none, and the explanation then shows the planned cost beside it.',
    },
  },
  {
    id: 'exact-money',
    number: 2,
    title: { sv: 'Pengar räknas exakt', en: 'Money is exact' },
    text: {
      sv: 'Belopp är decimaltal skrivna som text i hela enheter (”12 500,00”, ”12500.00”), aldrig binära flyttal. Ett tal utan citattecken avvisas och läses aldrig tyst som ören — den som skriver 12500 menar 12 500 kr — och hela ören (cent) läses bara i fältet som säger det, minorUnits. En utländsk kostnadspost räknas om med den kurs anroparen anger (kronor per enhet), avrundas till hela ören per post (halvt till jämnt), som den skulle bokföras, och summeras sedan. Förklaringen anger varje kurs med dess datum och källa. En utländsk post utan kurs är ett fel, aldrig noll, och likaså en kurs som är äldre än anroparens gräns (maxRateAgeDays) räknat bakåt från aktivitetens avgörande dag; en kurs från en senare dag godtas, eftersom faktiska kostnader bokförs efteråt.',
      en: 'Amounts are decimal strings in major units (“12 500,00”, “12500.00”), never binary floats. A bare number is refused, never silently read in öre — a clerk who types 12500 means SEK 12,500 — and whole minor units (öre, cents) are read only under the field that says so, minorUnits. A foreign cost item is converted with the caller’s rate (SEK per unit), rounded half-even to whole öre per item, as it would be booked, then summed. The explanation names each rate with its date and source. A foreign item without a rate is an error, never zero, and so is a rate older than the caller’s bound (maxRateAgeDays) counted back from the activity’s deciding day; a rate of a later day is accepted, since actual costs are booked afterwards.',
    },
  },
  {
    id: 'international',
    number: 3,
    title: { sv: 'Internationellt', en: 'International' },
    text: {
      sv: 'Internationellt betyder att minst ett resmål, eller en part, finns utanför Sverige. En inhemsk aktivitet utan utländsk part ligger utanför policyn: den har inga skyldigheter, och resultatet säger det.',
      en: 'International means at least one destination, or one party, outside Sweden. A domestic activity with no foreign party is outside the policy: it owes nothing, and the result says so.',
    },
  },
  {
    id: 'twin-town-trip',
    number: 4,
    title: { sv: 'Resa till vänort', en: 'A twin-town trip' },
    text: {
      sv: 'En resa till vänort har minst ett resmål som är vänort enligt den version som gällde avresedagen, om inte avtalsregistret visar att avtalet sades upp före avresan. En ort skriven som vänortens namn följt av en bestämning (”Madison, Wisconsin”, ”Esashi-cho, Hokkaido”, ”Nykarleby stad”) i vänortens land är vänorten. En ort som bara liknar namnet (namnet bland andra ord, eller några bokstäver ifrån) kan inte avgöras: godkännandet blir ”kan inte avgöras” med besked om hur det avgörs — aldrig tyst ”gäller inte”.',
      en: 'A twin-town trip has at least one destination that is a twin town of the version in force on the departure date, unless the agreement register says that agreement was terminated before departure. A place written as a twin town’s spelling followed by a qualifier (“Madison, Wisconsin”, “Esashi-cho, Hokkaido”, “Nykarleby stad”) in the town’s country is that town. A place only close to a spelling (the spelling among other words, or a few letters off) cannot be decided: approval is undetermined, with how to settle it — never silently not applicable.',
    },
  },
  {
    id: 'prior-approval',
    number: 5,
    title: { sv: 'Godkännande i förväg', en: 'Approval is prior approval' },
    text: {
      sv: 'Ett godkännande efter avresan uppfyller inte regeln; resan följer inte policyn (godkännande i efterhand), och det redovisas, inte döljs. Kommunstyrelsens senaste beslut senast avresedagen avgör: en resa som avgår efter ett avslag bryter mot regeln även om ett tidigare godkännande finns, och beslut som går emot varandra nämns.',
      en: 'An approval dated after departure does not fulfil the rule; the trip is non-compliant (retroactive approval), and that is reported, not hidden. The board’s latest decision on or before departure decides: a trip that departs after a rejection violates the rule even if an earlier approval exists, and conflicting decisions are named.',
    },
  },
  {
    id: 'reports',
    number: 6,
    title: { sv: 'Rapporter utan tidsfrist', en: 'Reports have no deadline in the text' },
    text: {
      sv: 'En återrapportering eller redovisning som inte har lämnats väntar; den är inte försenad om inte anroparen anger en tidsfrist (till exempel N dagar efter hemkomsten). En rapport kan bara redovisa det som har hänt: en rapport lämnad före aktivitetens sista dag uppfyller inte skyldigheten. En ofullständig rapport före tidsfristen väntar, med besked om vad som saknas; den blir försenad först när tidsfristen har passerat.',
      en: 'An unreported report-back or account is pending, not overdue, unless the caller sets a deadline (e.g. N days after return). A report can only report on what happened: one submitted before the activity’s last day does not fulfil the duty. An incomplete report before its deadline is pending, saying what is missing; it is overdue only once the deadline has passed.',
    },
  },
  {
    id: 'mandate-period',
    number: 7,
    title: {
      sv: 'Mandatperiod för avtalens skyldigheter',
      en: 'Mandate period for agreement duties',
    },
    text: {
      sv: 'Mandatperioden är den policyn nämner (2019–2022). Utvärderingar och fullmäktiges beslut om fortsatta avtal ska göras senast vid slutet av fullmäktiges mandatperiod inom den (2022-10-14 för 2019–2022); slutet av styrelsens mandatperiod (2022-12-31) visas också. Den version som gällde på förfallodagen styr perioden. Varje avtal som gällde under perioden ska utvärderas; en vänort som versionen listar men registret saknar avtal för anses ha ett. Av utvärderingar i tid avgör den senaste; en utvärdering eller ett beslut efter förfallodagen uppfyller inte skyldigheten. Redovisningen till fullmäktige tar med aktiviteter vars första dag ligger i styrelsens mandatperiod.',
      en: 'The mandate period is the one the policy names (2019–2022). Evaluations and the council’s continuation decision are due by the end of the council’s term inside it (2022-10-14 for 2019–2022); the end of the board’s term (2022-12-31) is exposed too. The version in force on the due day governs the period. Every agreement in force during the period owes an evaluation; a twin town the version lists but the register records no agreement for is taken to have one. Of the evaluations made in time the latest decides; an evaluation or decision after the due day does not fulfil the duty. The account to the council lists the activities whose first day falls in the board’s term.',
    },
  },
  {
    id: 'validity',
    number: 8,
    title: { sv: 'Giltighet', en: 'Validity' },
    text: {
      sv: 'Versionen 2019–2022 gäller från antagandet, 2019-11-25, till 2022-12-31, eller tills en senare version som nämner den i supersedes tar över (vilket kan ske före 2022-12-31); registret anger den dag då varje versions giltighet faktiskt slutar. En aktivitet bedöms helt enligt den version som gällde dess första dag. En regel som versionen inte har gäller inte. En dag utanför varje känd version har ingen gällande policy; biblioteket faller aldrig tillbaka på en standard.',
      en: 'The 2019–2022 version is in force from its adoption, 2019-11-25, to 2022-12-31, or until a later version that names it in supersedes takes over (which may be before 2022-12-31); the registry reports the day each version’s rule in fact ends. An activity is judged throughout by the version in force on its first day. A rule a version does not list does not apply. A day outside every known version has no policy in force; the library never falls back to a default.',
    },
  },
  {
    id: 'termination',
    number: 9,
    title: { sv: 'Uppsägning', en: 'Termination' },
    text: {
      sv: 'Uppsägning krävs bara när utvärderingen finner avtalet inaktivt och utan nytta för var och en av kommunen, föreningslivet och näringslivet; nytta för en av dem är nytta. Registrets aktiviteter kan antyda om avtalet var aktivt, men utvärderingen avgör. Texten anger ingen tidsfrist: uppsägningen väntar tills avtalets slut registreras, och bryts om fullmäktige efter utvärderingen ändå beslutar att behålla avtalet; ett beslut fattat före utvärderingen gör det inte.',
      en: 'Termination is owed only when the evaluation finds the agreement inactive and of no benefit to any of the municipality, its associations and its businesses; benefit to one of them is benefit. The register’s activities can suggest whether it was active, but the evaluation decides. The text sets no deadline: termination is pending until the agreement’s end is recorded, and violated if the council, after the evaluation, continues the agreement anyway; a decision made before the evaluation does not.',
    },
  },
  {
    id: 'personal-data',
    number: 10,
    title: { sv: 'Inga personuppgifter', en: 'No personal data' },
    text: {
      sv: 'Personuppgifter behövs inte: resenärer anges som ett antal (och eventuellt roller), aldrig med namn.',
      en: 'Personal data is not needed: travellers are a count (and optionally roles), never names.',
    },
  },
  {
    id: 'verdict',
    number: 11,
    title: { sv: 'Ett utslag med tre värden', en: 'A verdict is three-valued' },
    text: {
      sv: 'Ett utslag är följer policyn, följer inte policyn (något är brutet eller försenat) eller kan inte avgöras (inget är brutet, men en skyldighet kan inte bedömas — okända kostnader, en möjlig vänort, ingen gällande version). En saknad uppgift gör aldrig att en aktivitet följer policyn.',
      en: 'A verdict is compliant, not compliant (something violated or overdue) or undetermined (nothing violated, but a duty cannot be judged — unknown costs, a possible twin town, no version in force). A missing fact never makes an activity compliant.',
    },
  },
  {
    id: 'any-madison',
    number: 12,
    title: { sv: 'Madison the City, USA', en: 'Madison the City, USA' },
    text: {
      sv: 'Policyn skriver ”Madison the City, USA” och nämner ingen delstat; varje Madison i USA läses som vänorten. En resa till Madison i en annan delstat än Wisconsin räknas därför som en resa till vänort.',
      en: 'The policy writes “Madison the City, USA” and names no state; any Madison in the US is read as the twin town. A trip to a Madison in a state other than Wisconsin therefore counts as a twin-town trip.',
    },
  },
  {
    id: 'own-goal',
    number: 13,
    title: { sv: 'Utbytets eget mål', en: 'The exchange’s own goal' },
    text: {
      sv: '”Ett tydligt och avgränsat syfte och mål” gäller utbytets eget mål, skrivet i ord. En koppling till ett eller flera av policyns fem mål är frivillig och anges för sig; den används i redovisningens summor per mål, där målen anges med sina namn.',
      en: '“A clear and well-defined purpose and goal” is about the exchange’s own goal, in words. A link to one or more of the policy’s five goals is optional and separate; it is used for the account’s totals per goal, where the goals are named in words.',
    },
  },
];
