import type { ExchangeForm } from '../activities/types.js';
import type { LocalizedText } from '../errors.js';
import type { Checked } from '../internal/shape.js';
import { ONE_AGAIN } from '../internal/words.js';
import type { Party } from '../policy/types.js';
import type { CostBasis, ObligationStatus, RequiredContent } from './types.js';

/**
 * Internal: the vocabulary of evaluations — every word and sentence an evaluation, obligation or
 * fact is explained with, in both languages side by side. Rule titles come from the policy data,
 * never from here.
 */

/** The mark of every answer judged under a draft version (`PolicyVersion.draft`). */
export const DRAFT: LocalizedText = { sv: 'UTKAST – ej antagen', en: 'DRAFT – not adopted' };

/** A sentence judged under a draft, marked as such; any other as it is. */
export function markedDraft(words: LocalizedText, draft: boolean | undefined): LocalizedText {
  return draft === true
    ? { sv: `${DRAFT.sv}: ${words.sv}`, en: `${DRAFT.en}: ${words.en}` }
    : words;
}

/** The parties the policy names. */
export const PARTY: Readonly<Record<Party, LocalizedText>> = {
  organiser: { sv: 'arrangören', en: 'the organiser' },
  board: { sv: 'kommunstyrelsen', en: 'the executive board' },
  council: { sv: 'kommunfullmäktige', en: 'the municipal council' },
  municipality: { sv: 'kommunen', en: 'the municipality' },
};

/** Each form of exchange in words. */
export const FORM: Readonly<Record<ExchangeForm, LocalizedText>> = {
  incoming_visit: { sv: 'inkommande besök', en: 'incoming visit' },
  project: { sv: 'projekt', en: 'project' },
  digital: { sv: 'digitalt samarbete', en: 'digital cooperation' },
  other: { sv: 'annat utbyte', en: 'other exchange' },
};

/** What a plan or report must state, in words. */
export const CONTENT_NAMES: Readonly<Record<RequiredContent, LocalizedText>> = {
  purpose: { sv: 'syfte', en: 'purpose' },
  goal: { sv: 'mål', en: 'goal' },
  expected_benefit: { sv: 'förväntad nytta', en: 'expected benefit' },
  result: { sv: 'resultat', en: 'result' },
};

/** Which costs a total was taken from. */
export const BASIS: Readonly<Record<CostBasis, LocalizedText>> = {
  planned: { sv: 'planerade kostnader, preliminärt', en: 'planned costs, provisional' },
  actual: { sv: 'faktiska kostnader', en: 'actual costs' },
};

/** Which costs a total was taken from, before the activity's last day has passed (note 1). */
export const BASIS_SO_FAR: Readonly<Record<CostBasis, LocalizedText>> = {
  planned: BASIS.planned,
  actual: {
    sv: 'faktiska kostnader hittills, preliminärt',
    en: 'actual costs so far, provisional',
  },
};

/** The other total, shown beside the one that decides (note 1). */
export const BESIDE: Readonly<Record<CostBasis, (total: LocalizedText) => LocalizedText>> = {
  planned: (total) => ({ sv: `; planerat ${total.sv}`, en: `; planned ${total.en}` }),
  actual: (total) => ({
    sv: `; faktiska kostnader hittills ${total.sv}`,
    en: `; actual costs so far ${total.en}`,
  }),
};

/** The facts an evaluation states. */
export const FACT = {
  abroad: (place: string, country: string): LocalizedText => ({
    sv: `${place} (${country}) ligger utanför Sverige`,
    en: `${place} (${country}) is outside Sweden`,
  }),
  allInSweden: {
    sv: 'alla resmål och parter finns i Sverige',
    en: 'every destination and party is in Sweden',
  },
  twinTown: (name: string, period: string): LocalizedText => ({
    sv: `${name} är vänort enligt policyn för ${period}`,
    en: `${name} is a twin town under the ${period} policy`,
  }),
  possibleTwinTown: (
    place: string,
    name: string,
    period: string,
    writeAs: readonly string[],
    namesakes: readonly string[],
  ): LocalizedText => {
    const as = writeAs.map((spelling) => `"${spelling}"`);
    const sv = as.join(' eller ');
    const en = as.join(' or ');
    if (namesakes.length > 0)
      return {
        sv: `${place} kan vara vänorten ${name} enligt policyn för ${period}, men också ${namesakes.join(' eller ')}, som har samma namn; är resmålet vänorten, skriv det som ${sv}; är det den andra orten, skriv dess region efter namnet; kommunstyrelsens godkännande senast avresedagen uppfyller regeln i båda fallen`,
        en: `${place} may be the twin town ${name} under the ${period} policy, but also ${namesakes.join(' or ')}, of the same name; if the destination is the twin town, write it as ${en}; if it is the other town, write its region after the name; the executive board's approval on or before departure fulfils the rule either way`,
      };
    return {
      sv: `${place} kan vara vänorten ${name} enligt policyn för ${period}, men skrivs inte som den; är resmålet vänorten, skriv det som ${sv}; är det en annan ort, uppfyller kommunstyrelsens godkännande senast avresedagen regeln i båda fallen`,
      en: `${place} may be the twin town ${name} under the ${period} policy, but is not written as it is; if the destination is the twin town, write it as ${en}; if it is another place, the executive board's approval on or before departure fulfils the rule either way`,
    };
  },
  noTwinTown: { sv: 'inget resmål är en vänort', en: 'no destination is a twin town' },
  agreementTerminated: (name: string, on: string): LocalizedText => ({
    sv: `vänortsavtalet med ${name} sades upp ${on}, före avresan`,
    en: `the agreement with ${name} was terminated on ${on}, before departure`,
  }),
  noneInsteadOfPlanned: (planned: LocalizedText): LocalizedText => ({
    sv: `listan med faktiska kostnader är tom; budgeten är ${planned.sv}`,
    en: `actual costs recorded as none; planned ${planned.en}`,
  }),
  above: (total: LocalizedText, threshold: LocalizedText, basis: LocalizedText): LocalizedText => ({
    sv: `kostnaden ${total.sv} > ${threshold.sv} (${basis.sv})`,
    en: `the cost ${total.en} > ${threshold.en} (${basis.en})`,
  }),
  atLeastAbove: (
    total: LocalizedText,
    threshold: LocalizedText,
    basis: LocalizedText,
  ): LocalizedText => ({
    sv: `kostnaden minst ${total.sv} > ${threshold.sv} (${basis.sv})`,
    en: `the cost at least ${total.en} > ${threshold.en} (${basis.en})`,
  }),
  notConverted: (issues: LocalizedText): LocalizedText => ({
    sv: `; inte omräknat: ${issues.sv}`,
    en: `; not converted: ${issues.en}`,
  }),
  reaches: (
    total: LocalizedText,
    threshold: LocalizedText,
    basis: LocalizedText,
  ): LocalizedText => ({
    sv: `kostnaden ${total.sv} ≥ ${threshold.sv} (${basis.sv})`,
    en: `the cost ${total.en} ≥ ${threshold.en} (${basis.en})`,
  }),
  atLeastReaches: (
    total: LocalizedText,
    threshold: LocalizedText,
    basis: LocalizedText,
  ): LocalizedText => ({
    sv: `kostnaden minst ${total.sv} ≥ ${threshold.sv} (${basis.sv})`,
    en: `the cost at least ${total.en} ≥ ${threshold.en} (${basis.en})`,
  }),
  notReaches: (
    total: LocalizedText,
    threshold: LocalizedText,
    basis: LocalizedText,
  ): LocalizedText => ({
    sv: `kostnaden ${total.sv} är lägre än ${threshold.sv} (${basis.sv})`,
    en: `the cost ${total.en} is less than ${threshold.en} (${basis.en})`,
  }),
  perTraveller: (each: LocalizedText, travellers: number, total: LocalizedText): LocalizedText => ({
    sv: `${each.sv} × ${travellers} resenärer = ${total.sv}`,
    en: `${each.en} × ${travellers} travellers = ${total.en}`,
  }),
  notAbove: (
    total: LocalizedText,
    threshold: LocalizedText,
    basis: LocalizedText,
  ): LocalizedText => ({
    sv: `kostnaden ${total.sv} inte är högre än ${threshold.sv} (${basis.sv})`,
    en: `the cost ${total.en} is not more than ${threshold.en} (${basis.en})`,
  }),
  rateUsed: (
    amounts: LocalizedText,
    sekPerUnit: string,
    currency: string,
    date: string,
    source: string,
  ): LocalizedText => ({
    sv: `; ${amounts.sv} à ${sekPerUnit.replace('.', ',')} kr per ${currency}, kurs från ${date} enligt ${source}`,
    en: `; ${amounts.en} at ${sekPerUnit} SEK per ${currency}, rate of ${date} from ${source}`,
  }),
  costsMissing: { sv: 'inga kostnader har angetts för resan', en: 'the trip records no costs' },
  costsNotConvertible: (issues: LocalizedText): LocalizedText => ({
    sv: `kostnaderna kan inte räknas om till SEK (${issues.sv})`,
    en: `the costs cannot be converted to SEK (${issues.en})`,
  }),
  notATrip: (form: LocalizedText): LocalizedText => ({
    sv: `regeln gäller resor, och detta är ett utbyte (${form.sv})`,
    en: `the rule is about trips, and this is an exchange (${form.en})`,
  }),
} as const;

/** When an obligation falls due. */
export const WHEN = {
  before_departure: (day: string | undefined): LocalizedText => ({
    sv: `senast ${day}`,
    en: `on or before ${day}`,
  }),
  before_activity: (day: string | undefined): LocalizedText => ({
    sv: `före ${day}`,
    en: `before ${day}`,
  }),
  before_booking: (day: string | undefined): LocalizedText =>
    day === undefined
      ? {
          sv: 'senast bokningsdagen, som inte är angiven',
          en: 'on or before the booking date, which is not recorded',
        }
      : {
          sv: `senast ${day}, bokningsdagen`,
          en: `on or before ${day}, the booking date`,
        },
  after_return: (day: string | undefined): LocalizedText =>
    day === undefined
      ? { sv: 'efter hemkomsten', en: 'after the return' }
      : {
          sv: `efter hemkomsten, senast ${day}`,
          en: `after the return, by ${day}`,
        },
  at_next_meeting: (day: string | undefined): LocalizedText =>
    day === undefined
      ? {
          sv: 'vid nästa sammanträde efter hemkomsten (inga sammanträdesdagar angivna)',
          en: 'at the next meeting after the return (no meeting days given)',
        }
      : { sv: `vid sammanträdet ${day}`, en: `at the meeting on ${day}` },
  in_council_account: (): LocalizedText => ({
    sv: 'i nästa redovisning till kommunfullmäktige',
    en: 'in the next account to the council',
  }),
} as const;

/** An obligation in one sentence. */
export const OBLIGATION = {
  notOwed: (
    status: Exclude<ObligationStatus, 'owed'>,
    title: LocalizedText,
    because: LocalizedText,
  ): LocalizedText =>
    status === 'not_applicable'
      ? {
          sv: `${title.sv}: gäller inte, eftersom ${because.sv}.`,
          en: `${title.en}: not applicable, because ${because.en}.`,
        }
      : because.en === ''
        ? // A draft's duty that no known fact bears on yet (its places not given, say).
          {
            sv: `${title.sv}: kan inte avgöras ännu, eftersom uppgifterna som avgör saknas.`,
            en: `${title.en}: cannot be determined yet, because the facts that decide it are missing.`,
          }
        : {
            sv: `${title.sv}: kan inte avgöras, eftersom ${because.sv}.`,
            en: `${title.en}: cannot be determined, because ${because.en}.`,
          },
  owed: (
    title: LocalizedText,
    by: LocalizedText,
    to: LocalizedText | undefined,
    when: LocalizedText,
    content: LocalizedText,
    because: LocalizedText,
  ): LocalizedText => ({
    sv: `${title.sv}: åligger ${by.sv}${to ? ` gentemot ${to.sv}` : ''}, ${when.sv}${content.sv ? `, med ${content.sv}` : ''}, eftersom ${because.sv}.`,
    en: `${title.en}: owed by ${by.en}${to ? ` to ${to.en}` : ''}, ${when.en}${content.en ? `, stating ${content.en}` : ''}, because ${because.en}.`,
  }),
} as const;

/** An evaluation in words, when nothing is owed. */
export const EVALUATION = {
  noPolicyInForce: (day: string): LocalizedText => ({
    sv: `Ingen känd version av policyn gällde ${day}; inga skyldigheter kan beräknas.`,
    en: `No known version of the policy was in force on ${day}; no duties can be computed.`,
  }),
  notInternational: (fact: LocalizedText): LocalizedText => ({
    sv: `Policyn gäller inte: ${fact.sv}.`,
    en: `The policy does not apply: ${fact.en}.`,
  }),
} as const;

/** The question a draft's missing or undecided input asks, by its path (see `questionsFor`). */
export const QUESTION = {
  departureDate: {
    sv: 'Vilken dag reser ni? Dagen avgör vilken version av policyn som gäller.',
    en: 'On which day do you leave? The day decides which version of the policy applies.',
  },
  startDate: {
    sv: 'Vilken dag börjar utbytet? Dagen avgör vilken version av policyn som gäller.',
    en: 'On which day does the exchange begin? The day decides which version of the policy applies.',
  },
  kind: {
    sv: 'Är det en resa, eller ett annat utbyte (besök hit, projekt, digitalt)?',
    en: 'Is it a trip, or another exchange (a visit here, a project, a digital one)?',
  },
  destinations: {
    sv: 'Vart går resan? Ange varje resmål med ort och land.',
    en: 'Where does the trip go? Give each destination with its place and country.',
  },
  partners: {
    sv: 'Vilka är parterna? Ange varje part med namn och land.',
    en: 'Who are the partners? Give each with its name and country.',
  },
  place: (path: string): LocalizedText => ({
    sv: `Vilken ort menas i ${path}? Orten kan vara en vänort eller en annan med samma namn: skriv den så att den inte kan tas fel, till exempel med region.`,
    en: `Which town is meant in ${path}? It may be a twin town or another of the same name: write it so that it cannot be mistaken, e.g. with its region.`,
  }),
  travellers: {
    sv: 'Hur många reser?',
    en: 'How many travel?',
  },
  plannedCosts: {
    sv: 'Vad beräknas resan kosta? Ange budgeten post för post.',
    en: 'What is the trip expected to cost? Give its budget, item by item.',
  },
  actualCosts: {
    sv: 'Vad har resan kostat hittills? Ange de faktiska kostnaderna post för post.',
    en: 'What has the trip cost so far? Give its actual costs, item by item.',
  },
  costs: {
    sv: 'Vad kostar utbytet? Ange kostnaderna post för post.',
    en: 'What does the exchange cost? Give its costs, item by item.',
  },
  currency: (path: string): LocalizedText => ({
    sv: `Posten i ${path} kan inte räknas om till kronor: ange en växelkurs för dess valuta, eller beloppet i SEK.`,
    en: `The item at ${path} cannot be converted to kronor: give a rate for its currency, or the amount in SEK.`,
  }),
  other: (path: string): LocalizedText => ({
    sv: `Ange ${path}.`,
    en: `Give ${path}.`,
  }),
} as const;

/** Internal: the question for an input path a draft leaves open. */
export function questionOf(path: string): LocalizedText {
  if (path === 'travellers.count') return QUESTION.travellers;
  if (/^(destinations|partners)\[\d+\]\.place$/.test(path))
    return QUESTION.place(path.replace(/\.place$/, ''));
  if (/Costs?\[\d+\]|^costs\[\d+\]/.test(path))
    return QUESTION.currency(path.replace(/\.(currency|amount)$/, ''));
  const known = QUESTION[path as keyof typeof QUESTION];
  return typeof known === 'object' ? known : QUESTION.other(path);
}

/** What the functions of evaluations take, a copy included. */
export const TAKES: Readonly<Record<'fact', Checked['takes']>> = {
  fact: {
    sv: 'ett faktum från en bedömning som evaluate gett (eller en kopia av ett)',
    en: 'a fact from an evaluation evaluate gave (or a copy of one)',
    one: ONE_AGAIN.neuter,
  },
};

/** How the functions of evaluations name their arguments. */
export const ARGUMENT: Readonly<Record<'fact', LocalizedText>> = {
  fact: { sv: 'faktumet', en: 'the fact' },
};

/** The errors an evaluation throws. */
export const ERROR = {
  /** An activity names a twin town no version of the policy the evaluation knows has. */
  unknownTwinTown: (activity: string, twinTown: string): LocalizedText => ({
    sv: `Aktiviteten ${activity} nämner vänorten "${twinTown}", som ingen version av policyn som utvärderingen känner till har; utvärdera med de versioner aktiviteten lästes in med.`,
    en: `Activity ${activity} names the twin town "${twinTown}", which no version of the policy known to the evaluation lists; evaluate with the versions the activity was parsed with.`,
  }),
} as const;
