/**
 * The command line's vocabulary: every word it says of its own, in Swedish and English side by side
 * (the library's words come from the library). The command line builds on the public API only
 * (ARCHITECTURE.md), so it keeps its own small helpers here.
 */
import type { LocalizedText } from 'solleftea-international-policy';

/** `one` when `count` is 1, else `many`: "1 activity", "2 activities". */
export function byCount(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** The help of each option, by its name. */
export const OPTION_HELP: Readonly<Record<string, LocalizedText>> = {
  lang: {
    sv: '--lang sv|en            utdatans språk (svenska om inget anges)',
    en: '--lang sv|en            language of the output (Swedish by default)',
  },
  format: {
    sv: '--format FORMAT         utdatans form: {formats}',
    en: '--format FORMAT         the form of the output: {formats}',
  },
  json: {
    sv: '--json                  samma som --format json',
    en: '--json                  the same as --format json',
  },
  rates: {
    sv: '--rates FIL             växelkurser (JSON) för kostnader i annan valuta',
    en: '--rates FILE            exchange rates (JSON) for costs in other currencies',
  },
  'as-of': {
    sv: '--as-of DATUM           dagen som bedöms (ÅÅÅÅ-MM-DD)',
    en: '--as-of DATE            the day to judge on (YYYY-MM-DD)',
  },
  period: {
    sv: '--period 2019-2022      mandatperioden',
    en: '--period 2019-2022      the mandate period',
  },
  'report-back-days': {
    sv: '--report-back-days N    dagar efter hemkomsten då återrapporteringen senast ska lämnas',
    en: '--report-back-days N    days after the return by which the report back is due',
  },
  'council-account-days': {
    sv: '--council-account-days N  dagar efter sista dagen då redovisningen till fullmäktige senast ska lämnas',
    en: '--council-account-days N  days after the last day by which the account to the council is due',
  },
  out: {
    sv: '--out FIL               skriv till FIL (atomärt; - är standard ut)',
    en: '--out FILE              write to FILE (atomically; - is standard output)',
  },
  force: {
    sv: '--force                 skriv över en befintlig vanlig fil',
    en: '--force                 overwrite an existing regular file',
  },
  date: {
    sv: '--date DATUM            versionen som gällde den dagen',
    en: '--date DATE             the version in force on that day',
  },
  policy: {
    sv: '--policy FIL            en policyversion till (JSON eller YAML); kan anges flera gånger',
    en: '--policy FILE           one more policy version (JSON or YAML); may be given more than once',
  },
  draft: {
    sv: '--draft FIL             ett utkast till nästa version (JSON eller YAML)',
    en: '--draft FILE            a draft of the next version (JSON or YAML)',
  },
  from: {
    sv: '--from ID               versionen utkastet utgår från: ett inbyggt id eller en fil',
    en: '--from ID               the version the draft starts from: a built-in id or a file',
  },
  'no-builtin-policy': {
    sv: '--no-builtin-policy     utan den inbyggda versionen: bara de som --policy anger',
    en: '--no-builtin-policy     without the built-in version: only those --policy gives',
  },
  color: {
    sv: '--color, --no-color     färg på eller av (annars: terminal, NO_COLOR, FORCE_COLOR)',
    en: '--color, --no-color     colour on or off (else: terminal, NO_COLOR, FORCE_COLOR)',
  },
  help: { sv: '-h, --help              den här hjälpen', en: '-h, --help              this help' },
  version: {
    sv: '-v, --version           paketets version',
    en: '-v, --version           the package’s version',
  },
};

/** The help's common ending. */
export const HELP_END: LocalizedText = {
  sv: 'Ange - som FIL för att läsa standard in.\nSlutkoder: 0 inga avvikelser, 1 avvikelser, 2 felaktig användning eller indata, 70 oväntat fel (ett fel i programmet), 74 utdata kunde inte skrivas, 130 avbruten.',
  en: 'Use - as FILE to read standard input.\nExit codes: 0 clean, 1 violations found, 2 bad usage or bad input, 70 unexpected error (a bug), 74 output could not be written, 130 interrupted.',
};

/** Headings of the help. */
export const HELP_WORDS = {
  usage: { sv: 'Användning', en: 'Usage' },
  synopsis: {
    sv: 'solleftea-policy <kommando> [flaggor]',
    en: 'solleftea-policy <command> [options]',
  },
  withOptions: { sv: '[flaggor]', en: '[options]' },
  commands: { sv: 'Kommandon', en: 'Commands' },
  options: { sv: 'Flaggor', en: 'Options' },
  example: { sv: 'Exempel', en: 'Example' },
  more: {
    sv: 'Mer om ett kommando: solleftea-policy KOMMANDO --help',
    en: 'More on a command: solleftea-policy COMMAND --help',
  },
} as const;

/** Messages about the command line itself: arguments, options, files. */
export const USAGE = {
  seeHelp: { sv: 'Se solleftea-policy --help.', en: 'See solleftea-policy --help.' },
  unknownCommand: (command: string): LocalizedText => ({
    sv: `Okänt kommando: ${command}.`,
    en: `Unknown command: ${command}.`,
  }),
  unknownOption: (option: string): LocalizedText => ({
    sv: `Okänd flagga: ${option}.`,
    en: `Unknown option: ${option}.`,
  }),
  didYouMean: (candidate: string): LocalizedText => ({
    sv: `Menade du ${candidate}?`,
    en: `Did you mean ${candidate}?`,
  }),
  notTaken: (command: string, option: string): LocalizedText => ({
    sv: `${command} tar inte flaggan ${option}.`,
    en: `${command} does not take the option ${option}.`,
  }),
  takes: (options: string): LocalizedText => ({
    sv: `Flaggor som tas: ${options}.`,
    en: `Options it takes: ${options}.`,
  }),
  needsValue: (option: string): LocalizedText => ({
    sv: `${option} behöver ett värde.`,
    en: `${option} needs a value.`,
  }),
  noValue: (option: string): LocalizedText => ({
    sv: `${option} tar inget värde.`,
    en: `${option} takes no value.`,
  }),
  noPolicyLeft: {
    sv: '--no-builtin-policy lämnar ingen policyversion; ange minst en med --policy FIL.',
    en: '--no-builtin-policy leaves no policy version; give at least one with --policy FILE.',
  },
  policiesDoNotFit: (message: LocalizedText): LocalizedText => ({
    sv: `Policyversionerna passar inte ihop: ${message.sv}`,
    en: `The policy versions do not fit together: ${message.en}`,
  }),
  twice: (option: string): LocalizedText => ({
    sv: `${option} är angiven mer än en gång.`,
    en: `${option} is given more than once.`,
  }),
  colorBoth: {
    sv: '--color och --no-color säger emot varandra.',
    en: '--color and --no-color contradict each other.',
  },
  jsonAndFormat: {
    sv: '--json och --format säger emot varandra; använd en av dem.',
    en: '--json and --format contradict each other; use one of them.',
  },
  language: (value: string): LocalizedText => ({
    sv: `--lang: ${value} finns inte; välj sv eller en.`,
    en: `--lang: no ${value}; choose sv or en.`,
  }),
  format: (command: string, value: string, formats: string): LocalizedText => ({
    sv: `${command} --format: ${value} finns inte; välj ${formats}.`,
    en: `${command} --format: no ${value}; choose ${formats}.`,
  }),
  date: (option: string, value: string): LocalizedText => ({
    sv: `${option}: ${value} är ingen dag i kalendern (ÅÅÅÅ-MM-DD).`,
    en: `${option}: ${value} is not a calendar day (YYYY-MM-DD).`,
  }),
  days: (option: string, value: string): LocalizedText => ({
    sv: `${option}: ${value} är inget antal dagar (0–9999).`,
    en: `${option}: ${value} is not a number of days (0–9999).`,
  }),
  unexpected: (command: string, argument: string): LocalizedText => ({
    sv: `${command}: oväntat argument "${argument}".`,
    en: `${command}: unexpected argument "${argument}".`,
  }),
  missingFile: {
    sv: 'Ange en fil (eller - för standard in).',
    en: 'Give a file (or - for standard input).',
  },
  stdinTwice: {
    sv: 'Standard in kan bara läsas en gång: ange högst en av filerna som -.',
    en: 'Standard input can be read once: give - for one of the files at most.',
  },
  deadlinesNeedAsOf: {
    sv: 'Tidsfristerna (--report-back-days, --council-account-days) bedöms en viss dag: ange också --as-of ÅÅÅÅ-MM-DD.',
    en: 'The deadlines (--report-back-days, --council-account-days) are judged on a day: give --as-of YYYY-MM-DD too.',
  },
  asOf: {
    sv: 'Ange --as-of ÅÅÅÅ-MM-DD: dagen som bedöms.',
    en: 'Give --as-of YYYY-MM-DD: the day to judge on.',
  },
  registerAsOf: {
    sv: 'En registerfil bedöms mot sina beslut: ange --as-of ÅÅÅÅ-MM-DD.',
    en: 'A register is judged against its records: give --as-of YYYY-MM-DD.',
  },
  period: { sv: 'Ange --period, t.ex. 2019-2022.', en: 'Give --period, e.g. 2019-2022.' },
  policyAction: (action: string): LocalizedText => ({
    sv: `policy: okänd åtgärd ${action}; välj show, export, validate eller diff.`,
    en: `policy: unknown action ${action}; choose show, export, validate or diff.`,
  }),
  newFrom: {
    sv: 'policy new: ange versionen utkastet utgår från med --from ID (en inbyggd version eller en fil).',
    en: 'policy new: give the version the draft starts from with --from ID (a built-in version or a file).',
  },
  exportOne: {
    sv: 'policy export: ange antingen ett id eller --date, inte båda.',
    en: 'policy export: give either an id or --date, not both.',
  },
  diffTakesTwo: {
    sv: 'policy diff tar två versioner: A B.',
    en: 'policy diff takes two versions: A B.',
  },
  schemaName: (names: string): LocalizedText => ({
    sv: `schema: välj ett av ${names}.`,
    en: `schema: choose one of ${names}.`,
  }),
  noPolicyOn: (date: string): LocalizedText => ({
    sv: `Ingen känd version av policyn gällde ${date}.`,
    en: `No known version of the policy was in force on ${date}.`,
  }),
  builtIn: (ids: string): LocalizedText => ({
    sv: `Inbyggda versioner: ${ids}.`,
    en: `Built-in versions: ${ids}.`,
  }),
  issues: (source: string, count: number): LocalizedText => ({
    sv: `${source}: ${count} fel i dokumentet.`,
    en: `${source}: ${count} ${byCount(count, 'problem', 'problems')} in the document.`,
  }),
  unexpectedError: (what: string): LocalizedText => ({
    sv: `Oväntat fel: ${what}`,
    en: `Unexpected error: ${what}`,
  }),
} as const;

/** Messages about files read and written. */
export const FILES = {
  notUtf8: (name: string): LocalizedText => ({
    sv: `${name}: filen är inte UTF-8-text.`,
    en: `${name}: the file is not UTF-8 text.`,
  }),
  directory: (name: string): LocalizedText => ({
    sv: `${name}: är en katalog, inte en fil.`,
    en: `${name}: is a directory, not a file.`,
  }),
  notRegular: (name: string): LocalizedText => ({
    sv: `${name}: är ingen vanlig fil (en enhet, en FIFO eller en socket); den skrivs inte över.`,
    en: `${name}: is not a regular file (a device, a FIFO or a socket); it is not overwritten.`,
  }),
  missing: (name: string): LocalizedText => ({
    sv: `${name}: filen finns inte.`,
    en: `${name}: no such file.`,
  }),
  unreadable: (name: string, code: string): LocalizedText => ({
    sv: `${name}: filen kan inte läsas (${code}).`,
    en: `${name}: the file cannot be read (${code}).`,
  }),
  tooLarge: (name: string, limit: string): LocalizedText => ({
    sv: `${name}: dokumentet är större än ${limit}, det mesta kommandoraden läser som ett JSON-dokument (motorns längsta text).`,
    en: `${name}: the document is larger than ${limit}, the most the command line reads as one JSON document (the engine's longest string).`,
  }),
  notUtf8At: (name: string, line: number, column: number): LocalizedText => ({
    sv: `${name}:${line}:${column}: filen är inte UTF-8-text.`,
    en: `${name}:${line}:${column}: the file is not UTF-8 text.`,
  }),
  itemTooLarge: (name: string, line: number, column: number, limit: string): LocalizedText => ({
    sv: `${name}:${line}:${column}: en post är större än ${limit}, det mesta kommandoraden läser som en post (motorns längsta text).`,
    en: `${name}:${line}:${column}: a record is larger than ${limit}, the most the command line reads as one record (the engine's longest string).`,
  }),
  duplicateKey: (name: string, line: number, column: number, key: string): LocalizedText => ({
    sv: `${name}:${line}:${column}: nyckeln "${key}" finns två gånger i samma objekt.`,
    en: `${name}:${line}:${column}: the key "${key}" appears twice in one object.`,
  }),
  notObjects: (name: string): LocalizedText => ({
    sv: `${name}: filen har flera dokument (NDJSON), och vart och ett ska vara ett objekt.`,
    en: `${name}: the file holds several documents (NDJSON), and each must be an object.`,
  }),
  documentsDisagree: (name: string, key: string): LocalizedText => ({
    sv: `${name}: dokumenten i filen anger olika värden för "${key}".`,
    en: `${name}: the documents in the file give different values for "${key}".`,
  }),
  notRegister: (name: string): LocalizedText => ({
    sv: `${name}: filen har flera dokument men inget anger format eller activities; bara ett register kan delas på rader.`,
    en: `${name}: the file holds several documents but none gives format or activities; only a register can be split over lines.`,
  }),
  invalidJson: (name: string, line: number, column: number): LocalizedText => ({
    sv: `${name}:${line}:${column}: ogiltig JSON.`,
    en: `${name}:${line}:${column}: invalid JSON.`,
  }),
  invalidYaml: (name: string, line: number, column: number): LocalizedText => ({
    sv: `${name}:${line}:${column}: ogiltig YAML.`,
    en: `${name}:${line}:${column}: invalid YAML.`,
  }),
  exists: (name: string): LocalizedText => ({
    sv: `${name}: filen finns redan; använd --force för att skriva över den.`,
    en: `${name}: the file exists; use --force to overwrite it.`,
  }),
  unwritable: (name: string, code: string): LocalizedText => ({
    sv: `${name}: filen kan inte skrivas (${code}).`,
    en: `${name}: the file cannot be written (${code}).`,
  }),
  stdoutFailed: (code: string): LocalizedText => ({
    sv: `Standard ut kan inte skrivas (${code}).`,
    en: `Standard output cannot be written (${code}).`,
  }),
  notStarted: (reason: string): LocalizedText => ({
    sv: `Kommandot kunde inte startas: ${reason}`,
    en: `The command could not be started: ${reason}`,
  }),
  outOfMemory: (mib: string, signal: string): LocalizedText => ({
    sv: `Kommandot stoppades (${signal}), troligen för att minnet (${mib} MiB) tog slut. Ange mer med NODE_OPTIONS=--max-old-space-size=MiB.`,
    en: `The command was stopped (${signal}), most likely out of memory (${mib} MiB). Give it more with NODE_OPTIONS=--max-old-space-size=MiB.`,
  }),
  wrote: (name: string): LocalizedText => ({ sv: `Skrev ${name}.`, en: `Wrote ${name}.` }),
} as const;

/** The words of the reports the commands print. */
export const REPORT = {
  auditOf: (name: string, asOf: string): LocalizedText => ({
    sv: `Granskning av ${name} per ${asOf}`,
    en: `Audit of ${name} as of ${asOf}`,
  }),
  outcomes: (
    all: number,
    international: number,
    domestic: number,
    noPolicy: number,
    unread: number,
  ): LocalizedText => ({
    sv: `${all} ${byCount(all, 'aktivitet', 'aktiviteter')}: ${international} ${byCount(international, 'internationell', 'internationella')}, ${domestic} inom Sverige, ${noPolicy} utan gällande policy; ${unread} ${byCount(unread, 'oläsbar post', 'oläsbara poster')}`,
    en: `${all} ${byCount(all, 'activity', 'activities')}: ${international} international, ${domestic} in Sweden, ${noPolicy} with no policy in force; ${unread} ${byCount(unread, 'unreadable record', 'unreadable records')}`,
  }),
  costs: (planned: LocalizedText, actual: LocalizedText): LocalizedText => ({
    sv: `Kostnader: planerade ${planned.sv}, faktiska ${actual.sv}`,
    en: `Costs: planned ${planned.en}, actual ${actual.en}`,
  }),
  /** The columns of the table of counts: the rule, then each status. */
  countColumns: [
    { sv: 'regel', en: 'rule' },
    { sv: 'uppfyllt', en: 'fulfilled' },
    { sv: 'väntar', en: 'pending' },
    { sv: 'försenat', en: 'overdue' },
    { sv: 'inte uppfyllt', en: 'not fulfilled' },
    { sv: 'kan inte avgöras', en: 'undetermined' },
    { sv: 'gäller inte', en: 'n/a' },
  ] as readonly LocalizedText[],
  findingsCount: (findings: number, attention: number): LocalizedText => ({
    sv: `Avvikelser i ${findings} ${byCount(findings, 'aktivitet', 'aktiviteter')}; ${attention} ${byCount(attention, 'aktivitet', 'aktiviteter')} kan inte avgöras`,
    en: `Findings in ${findings} ${byCount(findings, 'activity', 'activities')}; ${attention} ${byCount(attention, 'activity', 'activities')} cannot be determined`,
  }),
  /** The activities on a day no policy version was in force, listed apart (note 16). */
  outsidePolicy: (ids: string): LocalizedText => ({
    sv: `Utanför policyn (ingen version gällde), räknas inte i utslaget: ${ids}`,
    en: `Outside the policy (no version in force), not counted in the verdict: ${ids}`,
  }),
  noActualCosts: (ids: string): LocalizedText => ({
    sv: `Tom lista med faktiska kostnader trots en budget (bedöms som 0,00 kr): ${ids}`,
    en: `Actual costs recorded as none though a budget was planned (judged on SEK 0.00): ${ids}`,
  }),
  agreements: (period: string): LocalizedText => ({
    sv: `Vänortsavtal ${period}`,
    en: `Twin-town agreements ${period}`,
  }),
  note: { sv: 'Notering', en: 'Note' },
  interpretation: { sv: 'tolkning', en: 'note' },
  unreadable: { sv: 'Oläsbara poster', en: 'Unreadable records' },
  compliant: { sv: 'Inga avvikelser.', en: 'No findings.' },
  undetermined: {
    sv: 'Inga avvikelser, men allt kan inte avgöras: se raderna märkta ?.',
    en: 'No findings, but not everything can be determined: see the lines marked ?.',
  },
  notCompliant: {
    sv: 'Registret följer inte policyn i allt.',
    en: 'The register does not comply in every respect.',
  },
  adopted: (date: string, paragraph: string): LocalizedText => ({
    sv: `Antagen av kommunfullmäktige ${date}, ${paragraph}`,
    en: `Adopted by the municipal council ${date}, ${paragraph}`,
  }),
  inForce: (from: string, to: string, period: string): LocalizedText => ({
    sv: `Gäller ${from} – ${to}; mandatperiod ${period}`,
    en: `In force ${from} – ${to}; mandate period ${period}`,
  }),
  twinTowns: (towns: string): LocalizedText => ({
    sv: `Vänorter: ${towns}`,
    en: `Twin towns: ${towns}`,
  }),
  threshold: (amount: LocalizedText): LocalizedText => ({
    sv: `Återrapportering för resor dyrare än ${amount.sv}`,
    en: `Report-back for trips costing more than ${amount.en}`,
  }),
  fingerprint: (value: string): LocalizedText => ({
    sv: `Fingeravtryck: ${value}`,
    en: `Fingerprint: ${value}`,
  }),
  valid: (id: string, fingerprint: string): LocalizedText => ({
    sv: `${id} är giltig. Fingeravtryck: ${fingerprint}`,
    en: `${id} is valid. Fingerprint: ${fingerprint}`,
  }),
  /** The mark of a draft version, which the council has not adopted. */
  draft: { sv: 'UTKAST – ej antagen', en: 'DRAFT – not adopted' } as LocalizedText,
} as const;

/** The progress line on stderr (a terminal only). */
/** What `test` says of scenario files and their cases. */
export const SCENARIOS = {
  /** A file's heading. */
  file: (name: string): LocalizedText => ({
    sv: `Scenarier i ${name}`,
    en: `Scenarios in ${name}`,
  }),
  /** A draft the cases are judged with, where its dates fall (`--policy`). */
  underDraft: (title: string, mark: LocalizedText): LocalizedText => ({
    sv: `Med ${title} (${mark.sv}) där den gäller.`,
    en: `With ${title} (${mark.en}) where it is in force.`,
  }),
  /** The count at the end of all files. */
  total: (cases: number, passed: number, failed: number): LocalizedText => ({
    sv: `${cases} fall: ${passed} gick igenom, ${failed} misslyckades.`,
    en: `${cases} ${cases === 1 ? 'case' : 'cases'}: ${passed} passed, ${failed} failed.`,
  }),
} as const;

/** What `compare` says of a draft and the activities it would change. */
export const COMPARE = {
  /** The heading: the draft, the register and the day. */
  heading: (draft: string, register: string, asOf: string): LocalizedText => ({
    sv: `Utkastet ${draft} jämfört med versionerna i kraft, för ${register}, bedömt ${asOf}`,
    en: `The draft ${draft} against the versions in force, for ${register}, judged on ${asOf}`,
  }),
  /** How many were judged and how many change. */
  counts: (judged: number, changed: number): LocalizedText => ({
    sv: `${judged} aktiviteter bedömda, ${changed} bedöms annorlunda.`,
    en: `${judged} activities judged, ${changed} judged otherwise.`,
  }),
  /** A duty across the register. */
  duty: (title: LocalizedText, nowOwed: number, noLongerOwed: number): LocalizedText => ({
    sv: `${title.sv}: ${nowOwed} skulle krävas som inte krävs i dag; ${noLongerOwed} skulle inte längre krävas.`,
    en: `${title.en}: ${nowOwed} would be owed that are not today; ${noLongerOwed} would no longer be owed.`,
  }),
  /** The verdicts before and after. */
  verdicts: (before: string, after: string): LocalizedText => ({
    sv: `Utfall i dag: ${before}. Med utkastet: ${after}.`,
    en: `Verdicts today: ${before}. With the draft: ${after}.`,
  }),
  /** An activity's verdict, changed or not (each in words, see `verdictName`). */
  verdict: (from: LocalizedText, to: LocalizedText): LocalizedText => ({
    sv: from.sv === to.sv ? `utfall: ${from.sv}` : `utfall: ${from.sv} → ${to.sv}`,
    en: from.en === to.en ? `verdict: ${from.en}` : `verdict: ${from.en} → ${to.en}`,
  }),
  /** Each verdict in words. */
  verdictName: {
    compliant: { sv: 'följer policyn', en: 'compliant' },
    not_compliant: { sv: 'följer inte policyn', en: 'not compliant' },
    undetermined: { sv: 'kan inte avgöras', en: 'cannot be determined' },
    outside_policy: { sv: 'utanför policyn', en: 'outside the policy' },
  } as Readonly<Record<string, LocalizedText>>,
  /** Whether a duty is owed, and its status, in words. */
  stateName: {
    owed: { sv: 'åligger', en: 'owed' },
    not_applicable: { sv: 'gäller inte', en: 'not applicable' },
    undetermined: { sv: 'kan inte avgöras', en: 'cannot be determined' },
    fulfilled: { sv: 'uppfyllt', en: 'fulfilled' },
    pending: { sv: 'väntar', en: 'pending' },
    overdue: { sv: 'försenat', en: 'overdue' },
    violated: { sv: 'inte uppfyllt', en: 'not fulfilled' },
  } as Readonly<Record<string, LocalizedText>>,
  /** `compare` without a draft. */
  draftMissing: {
    sv: 'compare behöver ett utkast: --draft FIL.',
    en: 'compare needs a draft: --draft FILE.',
  } as LocalizedText,
  /** What decided, before and after. */
  before: { sv: 'i dag', en: 'today' } as LocalizedText,
  after: { sv: 'med utkastet', en: 'with the draft' } as LocalizedText,
  /** A duty the version does not have. */
  none: { sv: 'ingen sådan skyldighet', en: 'no such duty' } as LocalizedText,
} as const;

export const PROGRESS = {
  reading: (mib: string): LocalizedText => ({
    sv: `läser registrets poster: ${mib} MiB`,
    en: `reading the register's records: ${mib} MiB`,
  }),
  judged: (count: number, rate: number, seconds: string): LocalizedText => ({
    sv: `${count.toLocaleString('sv-SE')} ${byCount(count, 'aktivitet läst och bedömd', 'aktiviteter lästa och bedömda')}, ${rate.toLocaleString('sv-SE')}/s, ${seconds.replace('.', ',')} s`,
    en: `${count.toLocaleString('en-GB')} ${byCount(count, 'activity', 'activities')} read and judged, ${rate.toLocaleString('en-GB')}/s, ${seconds} s`,
  }),
} as const;

/**
 * The comments of a starting file written by `policy new`: a heading, then one comment a field (the
 * fields of a rule on the first rule), in the language of the run.
 */
export const POLICY_FILE = {
  /** The heading of a version exported as YAML. */
  exported: (id: string, fingerprint: string): LocalizedText => ({
    sv: `Definitionen av ${id}, exporterad oförändrad (fingeravtryck ${fingerprint}).\nKontrollera den med: solleftea-policy policy validate FIL`,
    en: `The definition of ${id}, exported unchanged (fingerprint ${fingerprint}).\nCheck it with: solleftea-policy policy validate FILE`,
  }),
  heading: (from: string): LocalizedText => ({
    sv: `UTKAST – ej antagen. Ett utkast till nästa version av policyn, skrivet från ${from}.\nÄndra det, och kontrollera det med: solleftea-policy policy validate FIL\nPröva det med: solleftea-policy test SCENARIER --policy FIL\nJämför det med: solleftea-policy compare REGISTER --draft FIL och policy diff ${from} FIL\nStryk "draft: true" först när kommunfullmäktige har antagit versionen.`,
    en: `DRAFT – not adopted. A draft of the next version of the policy, written from ${from}.\nEdit it, and check it with: solleftea-policy policy validate FILE\nTest it with: solleftea-policy test SCENARIOS --policy FILE\nCompare it with: solleftea-policy compare REGISTER --draft FILE and policy diff ${from} FILE\nRemove "draft: true" only once the municipal council has adopted the version.`,
  }),
  fields: {
    $schema: {
      sv: 'JSON Schema för filen: en editor kontrollerar filen medan du skriver.',
      en: 'The JSON Schema of the file: an editor checks the file as you type.',
    },
    draft: {
      sv: 'Ett utkast, ej antaget: varje svar som bedöms enligt det märks "UTKAST – ej antagen".',
      en: 'A draft, not adopted: every answer judged under it is marked "DRAFT – not adopted".',
    },
    id: {
      sv: 'Versionens id: unikt, stabilt, används av --policy och i svaren.',
      en: "The version's id: unique and stable, used by --policy and in the answers.",
    },
    title: { sv: 'Titeln som den publiceras.', en: 'The title as published.' },
    shortTitle: {
      sv: 'Titeln i författningssamlingens sidhuvud.',
      en: "The title in the statute book's header.",
    },
    municipality: { sv: 'Kommunen.', en: 'The municipality.' },
    statuteBook: {
      sv: 'Där den publiceras (författningssamlingen).',
      en: 'Where it is published (the statute book).',
    },
    adoption: {
      sv: 'Vem som antar den (council: kommunfullmäktige), och det sammanträde och den paragraf som planeras.',
      en: 'Who adopts it (council: the municipal council), and the meeting and paragraph planned.',
    },
    validity: {
      sv: 'Dagarna den gäller, båda inräknade (ÅÅÅÅ-MM-DD), och versionen den ersätter.',
      en: 'The days it is in force, both inclusive (YYYY-MM-DD), and the version it replaces.',
    },
    mandatePeriod: {
      sv: 'Mandatperioden titeln nämner.',
      en: 'The mandate period the title names.',
    },
    goals: {
      sv: 'Målen, var och en med id, paragrafen den står i och texten på svenska och engelska.',
      en: 'The goals, each with an id, the clause it stands in and its text in Swedish and English.',
    },
    twinTowns: {
      sv: 'Vänorterna: namn, land (ISO 3166-1), stavningar, regioner och namnar som inte är vänorten.',
      en: 'The twin towns: name, country (ISO 3166-1), spellings, regions and namesakes that are not the twin town.',
    },
    reportBackThreshold: {
      sv: 'Beloppet i SEK som varje kostnadsvillkor utan eget belopp jämför med.',
      en: 'The amount in SEK each cost condition without an amount of its own compares with.',
    },
    countryGroups: {
      sv: 'Grupper av länder (till exempel Norden) som villkoren kan nämna.',
      en: 'Groups of countries (the Nordic countries, say) the conditions can name.',
    },
    clauses: {
      sv: 'Policyns text, stycke för stycke, med stabila id som reglerna hänvisar till.',
      en: 'The text of the policy, clause by clause, with stable ids the rules cite.',
    },
    interpretationNotes: {
      sv: 'Tolkningar: hur texten läses där den är öppen, numrerade.',
      en: 'Interpretation notes: how the text is read where it is open, numbered.',
    },
    rules: {
      sv: 'Reglerna, som data. Fälten förklaras vid den första regeln; se docs/generated/rule-vocabulary.md.',
      en: 'The rules, as data. The fields are explained at the first rule; see docs/generated/rule-vocabulary.md.',
    },
  } as Readonly<Record<string, LocalizedText>>,
  ruleFields: {
    code: {
      sv: 'Regelns stabila id, som svaren och scenarierna använder.',
      en: "The rule's stable id, which answers and scenarios use.",
    },
    kind: {
      sv: 'Slag: plan, decision, report, account; för avtal: evaluation, continuation, termination; adoption.',
      en: 'Kind: plan, decision, report, account; for agreements: evaluation, continuation, termination; adoption.',
    },
    title: { sv: 'Regelns namn.', en: "The rule's name." },
    appliesTo: { sv: 'Vad regeln gäller, i ord.', en: 'What the rule applies to, in words.' },
    duty: { sv: 'Vad som ska göras, i ord.', en: 'What must be done, in words.' },
    owedBy: {
      sv: 'Vem som är skyldig: organiser, board, council eller municipality.',
      en: 'Who owes it: organiser, board, council or municipality.',
    },
    owedTo: {
      sv: 'Vem som beslutar eller tar emot (får utelämnas).',
      en: 'Who decides or receives it (may be left out).',
    },
    when: {
      sv: 'När regeln gäller: ett villkor (fact, eller all / any / not av villkor).',
      en: 'When the rule applies: a condition (fact, or all / any / not of conditions).',
    },
    timing: {
      sv: 'När den ska vara gjord: before_activity, before_departure, before_booking, after_return, at_next_meeting, in_council_account, …',
      en: 'When it is due: before_activity, before_departure, before_booking, after_return, at_next_meeting, in_council_account, …',
    },
    withinDays: {
      sv: 'Antal dagar efter aktiviteten som den ska vara gjord (får utelämnas).',
      en: 'Days after the activity by which it is due (may be left out).',
    },
    content: {
      sv: 'Vad den ska ange: purpose, goal, expected_benefit, result.',
      en: 'What it must state: purpose, goal, expected_benefit, result.',
    },
    clauseIds: {
      sv: 'Paragraferna regeln vilar på.',
      en: 'The clauses the rule rests on.',
    },
    interpretationNoteIds: {
      sv: 'Tolkningarna regeln tillämpar.',
      en: 'The interpretation notes the rule applies.',
    },
  } as Readonly<Record<string, LocalizedText>>,
} as const;

/** What `calendar` says and writes. */
export const CALENDAR = {
  /** The calendar's name, as a calendar app shows it. */
  name: {
    sv: 'Sollefteå kommun – internationella kontakter',
    en: 'Sollefteå municipality – international contacts',
  } as LocalizedText,
  /** An event's summary: the duty, and what owes it. */
  summary: (duty: LocalizedText, subject: string): LocalizedText => ({
    sv: `${duty.sv}: ${subject}`,
    en: `${duty.en}: ${subject}`,
  }),
  /** A file that holds one activity, not a register. */
  notRegister: (name: string): LocalizedText => ({
    sv: `${name} är inget register: calendar läser ett register (ett dokument med format och activities).`,
    en: `${name} is no register: calendar reads a register (a document with format and activities).`,
  }),
} as const;
