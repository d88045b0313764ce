import type { Language } from '../errors.js';
import { compareText } from '../internal/compare.js';
import { checkLanguage, invalidArgument, notThis } from '../internal/guards.js';
import type { ExchangeRate, SekConversion } from '../money/convert.js';
import { moneyText } from '../money/format.js';
import type { Party } from '../policy/types.js';
import type { Fact, Obligation, RequiredContent } from './types.js';

const PARTY: Readonly<Record<Party, { sv: string; en: string }>> = {
  organiser: { sv: 'arrangören', en: 'the organiser' },
  board: { sv: 'kommunstyrelsen', en: 'the executive board' },
  council: { sv: 'kommunfullmäktige', en: 'the municipal council' },
  municipality: { sv: 'kommunen', en: 'the municipality' },
};

/** Each form of exchange in words. */
export const FORM = {
  incoming_visit: { sv: 'inkommande besök', en: 'incoming visit' },
  project: { sv: 'projekt', en: 'project' },
  digital: { sv: 'digitalt samarbete', en: 'digital cooperation' },
  other: { sv: 'annat utbyte', en: 'other exchange' },
} as const;

const BASIS = {
  planned: { sv: 'planerade kostnader, preliminärt', en: 'planned costs, provisional' },
  actual: { sv: 'faktiska kostnader', en: 'actual costs' },
} as const;

/** The kinds of fact an evaluation states. */
const FACT_KINDS: ReadonlySet<string> = new Set<Fact['kind']>([
  'abroad',
  'all_in_sweden',
  'twin_town',
  'possible_twin_town',
  'no_twin_town',
  'agreement_terminated',
  'total_cost',
  'costs_missing',
  'costs_not_convertible',
  'not_a_trip',
]);

/** Throws `invalid_argument`, naming `fn`, unless `fact` is an object of a kind evaluations state. */
function checkFact(fn: string, fact: unknown): void {
  const kind =
    typeof fact === 'object' && fact !== null ? (fact as { kind?: unknown }).kind : undefined;
  if (typeof kind === 'string' && FACT_KINDS.has(kind)) return;
  throw invalidArgument(fn, {
    sv: `tar ett faktum från en bedömning som evaluate gett, ${notThis(fact).sv}.`,
    en: `takes a fact from an evaluation evaluate gave, ${notThis(fact).en}.`,
  });
}

/**
 * A fact in words, in Swedish or English, with the values it compares. A total cost names the rate
 * of each foreign conversion, with its date and source (interpretation note 2).
 *
 * @param fact - a fact from an evaluation
 * @param language - `'sv'` or `'en'`
 * @returns one sentence fragment, without a full stop
 *
 * @throws {@link PolicyError} `invalid_argument` for a language other than `'sv'` or `'en'`, or a
 *   value that is no fact
 *
 * @example
 * ```ts
 * const sek = (amount: number) => ({ amount, currency: { code: 'SEK' as const, base: 10, exponent: 2 }, scale: 2 });
 * describeFact(
 *   { kind: 'total_cost', total: sek(1_250_000), threshold: sek(1_000_000), above: true, basis: 'actual', conversions: [] },
 *   'sv',
 * );
 * // => 'kostnaden 12 500,00 kr > 10 000,00 kr (faktiska kostnader)'
 *
 * const eur = { amount: 120_000, currency: { code: 'EUR', base: 10, exponent: 2 }, scale: 2 };
 * const rate = { currency: 'EUR', sekPerUnit: '11.4523', date: toIsoDate('2021-05-03'), source: 'Riksbanken' };
 * const fact: Fact = {
 *   kind: 'total_cost', total: sek(1_374_276), threshold: sek(1_000_000), above: true, basis: 'actual',
 *   conversions: [{ from: eur, rate, sek: sek(1_374_276) }],
 * };
 * describeFact(fact, 'en');
 * // => 'the cost SEK 13,742.76 > SEK 10,000.00 (actual costs; EUR 1,200.00 at 11.4523 SEK per EUR, rate of 2021-05-03 from Riksbanken)'
 * describeFact(fact, 'sv');
 * // => 'kostnaden 13 742,76 kr > 10 000,00 kr (faktiska kostnader; 1 200,00 EUR à 11,4523 kr per EUR, kurs från 2021-05-03 enligt Riksbanken)'
 * ```
 */
export function describeFact(fact: Fact, language: Language): string {
  checkLanguage('describeFact', language);
  checkFact('describeFact', fact);
  return factText(fact, language);
}

/** Internal: {@link describeFact} of a fact an evaluation made, in a known language. */
export function factText(fact: Fact, language: Language): string {
  const sv = language === 'sv';
  switch (fact.kind) {
    case 'abroad':
      return sv
        ? `${fact.place} (${fact.country}) ligger utanför Sverige`
        : `${fact.place} (${fact.country}) is outside Sweden`;
    case 'all_in_sweden':
      return sv
        ? 'alla resmål och parter finns i Sverige'
        : 'every destination and party is in Sweden';
    case 'twin_town':
      return sv
        ? `${fact.name} är vänort enligt policyn för ${fact.policyPeriod}`
        : `${fact.name} is a twin town under the ${fact.policyPeriod} policy`;
    case 'possible_twin_town':
      return sv
        ? `${fact.place} kan vara vänorten ${fact.name} enligt policyn för ${fact.policyPeriod}, men stavas inte som den; ange resmålet som { twinTown: "${fact.town}" } om det är vänorten, eller skriv orten som den skrivs (${fact.name}) eller med sitt eget namn`
        : `${fact.place} may be the twin town ${fact.name} under the ${fact.policyPeriod} policy, but is not written as it is; name the destination as { twinTown: "${fact.town}" } if it is the twin town, or write the place as the town is written (${fact.name}) or by its own name`;
    case 'no_twin_town':
      return sv ? 'inget resmål är en vänort' : 'no destination is a twin town';
    case 'agreement_terminated':
      return sv
        ? `vänortsavtalet med ${fact.name} sades upp ${fact.terminatedOn}, före avresan`
        : `the agreement with ${fact.name} was terminated on ${fact.terminatedOn}, before departure`;
    case 'total_cost': {
      const total = moneyText(fact.total, language);
      const threshold = moneyText(fact.threshold, language);
      const basis =
        fact.plannedInstead === undefined
          ? BASIS[fact.basis][language] + ratesUsed(fact.conversions, language)
          : sv
            ? `faktiska kostnader angivna som inga; planerat ${moneyText(fact.plannedInstead, language)}`
            : `actual costs recorded as none; planned ${moneyText(fact.plannedInstead, language)}`;
      if (fact.above) return `${sv ? 'kostnaden' : 'the cost'} ${total} > ${threshold} (${basis})`;
      return sv
        ? `kostnaden ${total} inte är högre än ${threshold} (${basis})`
        : `the cost ${total} is not more than ${threshold} (${basis})`;
    }
    case 'costs_missing':
      return sv ? 'resan har inga kostnader angivna' : 'the trip records no costs';
    case 'costs_not_convertible':
      return sv
        ? `kostnaderna kan inte räknas om till SEK (${fact.issues.map((i) => i.messages.sv).join(' ')})`
        : `the costs cannot be converted to SEK (${fact.issues.map((i) => i.messages.en).join(' ')})`;
    case 'not_a_trip':
      return sv
        ? `regeln gäller resor, och detta är ett utbyte (${FORM[fact.form].sv})`
        : `the rule is about trips, and this is an exchange (${FORM[fact.form].en})`;
  }
}

/** What a plan or report must state, in words. */
export const CONTENT_NAMES: Readonly<Record<RequiredContent, { sv: string; en: string }>> = {
  purpose: { sv: 'syfte', en: 'purpose' },
  goal: { sv: 'mål', en: 'goal' },
  expected_benefit: { sv: 'förväntad nytta', en: 'expected benefit' },
  result: { sv: 'resultat', en: 'result' },
};

/** A rate and the amounts it converted. */
interface RateUsed {
  readonly rate: ExchangeRate;
  readonly amounts: SekConversion['from'][];
}

/**
 * The rates of the foreign conversions, each with the amounts it converted, its date and source:
 * "; EUR 1,200.00 at 11.4523 SEK per EUR, rate of 2021-05-03 from Riksbanken" (empty for SEK only).
 * Rates by currency, amounts largest first, so that the order of the cost items does not matter.
 */
function ratesUsed(conversions: readonly SekConversion[], language: Language): string {
  // By the rate's content, not its identity: a fact read back from JSON names its rates the same.
  const byRate = new Map<string, RateUsed>();
  for (const { from, rate } of conversions) {
    if (!rate) continue;
    const key = `${rate.currency} ${rate.sekPerUnit} ${rate.date} ${rate.source}`;
    const found = byRate.get(key);
    if (found) found.amounts.push(from);
    else byRate.set(key, { rate, amounts: [from] });
  }
  let text = '';
  for (const key of [...byRate.keys()].sort(compareText)) {
    const { rate, amounts } = byRate.get(key) as RateUsed;
    const { currency, date, source } = rate;
    const converted = list(
      // A currency's amounts share its scale, so their integers compare as the amounts do.
      amounts.sort((a, b) => b.amount - a.amount).map((amount) => moneyText(amount, language)),
      language,
    );
    text +=
      language === 'sv'
        ? `; ${converted} à ${rate.sekPerUnit.replace('.', ',')} kr per ${currency}, kurs från ${date} enligt ${source}`
        : `; ${converted} at ${rate.sekPerUnit} SEK per ${currency}, rate of ${date} from ${source}`;
  }
  return text;
}

function list(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'sv' ? 'och' : 'and'} ${items.at(-1)}`;
}

function when(obligation: Obligation, language: Language): string {
  const sv = language === 'sv';
  switch (obligation.timing) {
    case 'before_departure':
      return sv ? `senast ${obligation.dueBy}` : `on or before ${obligation.dueBy}`;
    case 'before_activity':
      return sv ? `före ${obligation.dueBy}` : `before ${obligation.dueBy}`;
    case 'after_return':
      return sv ? 'efter hemkomsten' : 'after the return';
    default:
      return sv
        ? 'i nästa redovisning till kommunfullmäktige'
        : 'in the next account to the council';
  }
}

/** An obligation in one sentence: the rule, whether and how it binds, and the facts that decide it. */
export function describeObligation(obligation: Obligation, language: Language): string {
  const sv = language === 'sv';
  const title = obligation.rule.title[language];
  const because = list(
    obligation.facts.map((fact) => factText(fact, language)),
    language,
  );
  if (obligation.status === 'not_applicable') {
    return sv
      ? `${title}: gäller inte, eftersom ${because}.`
      : `${title}: not applicable, because ${because}.`;
  }
  if (obligation.status === 'undetermined') {
    return sv
      ? `${title}: kan inte avgöras, eftersom ${because}.`
      : `${title}: cannot be determined, because ${because}.`;
  }
  const owedTo = obligation.owedTo
    ? `${sv ? ' gentemot ' : ' to '}${PARTY[obligation.owedTo][language]}`
    : '';
  const content = list(
    obligation.content.map((item) => CONTENT_NAMES[item][language]),
    language,
  );
  const stating = content ? (sv ? `, med ${content}` : `, stating ${content}`) : '';
  return sv
    ? `${title}: åligger ${PARTY[obligation.owedBy].sv}${owedTo}, ${when(obligation, 'sv')}${stating}, eftersom ${because}.`
    : `${title}: owed by ${PARTY[obligation.owedBy].en}${owedTo}, ${when(obligation, 'en')}${stating}, because ${because}.`;
}
