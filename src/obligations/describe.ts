import type { Language, LocalizedText } from '../errors.js';
import { ownArgument } from '../input/own-data.js';
import { compareText } from '../internal/compare.js';
import { checkLanguage, invalidArgument } from '../internal/guards.js';
import { joined, listOf, NOTHING } from '../internal/words.js';
import type { ExchangeRate, SekConversion } from '../money/convert.js';
import { moneyWords } from '../money/format.js';
import * as MUST from './must-words.js';
import { FACT as FACT_SHAPE } from './shapes.js';
import type { Evaluation, Fact, Obligation } from './types.js';
import {
  ARGUMENT,
  BASIS,
  BASIS_SO_FAR,
  BESIDE,
  CONTENT_NAMES,
  EVALUATION,
  FACT,
  FORM,
  markedDraft,
  OBLIGATION,
  PARTY,
  TAKES,
  WHEN,
} from './words.js';

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
  if (typeof kind === 'string' && FACT_KINDS.has(kind)) {
    // Every field the words read, as `explain` checks it: never a TypeError, never "undefined".
    FACT_SHAPE(fact, 'fact', { fn, takes: TAKES.fact });
    return;
  }
  throw invalidArgument(fn, MUST.beFact(fact));
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
 * @category Evaluation
 */
export function describeFact(fact: Fact, language: Language): string {
  checkLanguage('describeFact', language);
  fact = ownArgument('describeFact', fact, ARGUMENT.fact);
  checkFact('describeFact', fact);
  return factText(fact, language);
}

/** Internal: {@link describeFact} of a fact an evaluation made, in a known language. */
export function factText(fact: Fact, language: Language): string {
  return factWords(fact)[language];
}

/** Internal: a fact an evaluation made, in both languages. */
export function factWords(fact: Fact): LocalizedText {
  switch (fact.kind) {
    case 'abroad':
      return FACT.abroad(fact.place, fact.country);
    case 'all_in_sweden':
      return FACT.allInSweden;
    case 'twin_town':
      return FACT.twinTown(fact.name, fact.policyPeriod);
    case 'possible_twin_town':
      return FACT.possibleTwinTown(
        fact.place,
        fact.name,
        fact.policyPeriod,
        fact.writeAs ?? [fact.name],
        fact.namesakes ?? [],
      );
    case 'no_twin_town':
      return FACT.noTwinTown;
    case 'agreement_terminated':
      return FACT.agreementTerminated(fact.name, fact.terminatedOn);
    case 'total_cost': {
      const basis =
        fact.plannedInstead === undefined
          ? joined(
              [
                (fact.provisional ? BASIS_SO_FAR : BASIS)[fact.basis],
                fact.beside ? BESIDE[fact.beside.basis](moneyWords(fact.beside.total)) : NOTHING,
                ratesUsed(fact.conversions),
                fact.unconverted ? FACT.notConverted(issueWords(fact.unconverted)) : NOTHING,
              ],
              '',
            )
          : FACT.noneInsteadOfPlanned(moneyWords(fact.plannedInstead));
      const compared =
        fact.compare === 'at_least'
          ? fact.unconverted
            ? FACT.atLeastReaches
            : fact.above
              ? FACT.reaches
              : FACT.notReaches
          : fact.unconverted
            ? FACT.atLeastAbove
            : fact.above
              ? FACT.above
              : FACT.notAbove;
      const threshold = fact.perTraveller
        ? FACT.perTraveller(
            moneyWords(fact.perTraveller.amount),
            fact.perTraveller.travellers,
            moneyWords(fact.threshold),
          )
        : moneyWords(fact.threshold);
      return compared(moneyWords(fact.total), threshold, basis);
    }
    case 'costs_missing':
      return FACT.costsMissing;
    case 'costs_not_convertible':
      return FACT.costsNotConvertible(issueWords(fact.issues));
    case 'not_a_trip':
      return FACT.notATrip(FORM[fact.form]);
  }
}

/** The messages of some issues, one after the other. */
function issueWords(issues: readonly { readonly messages: LocalizedText }[]): LocalizedText {
  return joined(
    issues.map((issue) => issue.messages),
    ' ',
  );
}

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
function ratesUsed(conversions: readonly SekConversion[]): LocalizedText {
  // By the rate's content, not its identity: a fact read back from JSON names its rates the same.
  const byRate = new Map<string, RateUsed>();
  for (const { from, rate } of conversions) {
    if (!rate) continue;
    const key = `${rate.currency} ${rate.sekPerUnit} ${rate.date} ${rate.source}`;
    const found = byRate.get(key);
    if (found) found.amounts.push(from);
    else byRate.set(key, { rate, amounts: [from] });
  }
  return joined(
    [...byRate.keys()].sort(compareText).map((key) => {
      const { rate, amounts } = byRate.get(key) as RateUsed;
      // A currency's amounts share its scale, so their integers compare as the amounts do.
      const converted = listOf(amounts.sort((a, b) => b.amount - a.amount).map(moneyWords));
      return FACT.rateUsed(converted, rate.sekPerUnit, rate.currency, rate.date, rate.source);
    }),
    '',
  );
}

/** Internal: an obligation in one sentence, in both languages — the rule, whether and how it binds, and the facts that decide it. */
export function obligationWords(obligation: Obligation): LocalizedText {
  return markedDraft(dutyWords(obligation), obligation.draft);
}

/** An obligation in words, without the mark of a draft. */
function dutyWords(obligation: Obligation): LocalizedText {
  const title = obligation.rule.title;
  const because = listOf(obligation.facts.map(factWords));
  if (obligation.status !== 'owed') return OBLIGATION.notOwed(obligation.status, title, because);
  // An obligation's timing is one of the four of the per-activity rules (explain checks it).
  const when = WHEN[obligation.timing as keyof typeof WHEN](obligation.dueBy);
  return OBLIGATION.owed(
    title,
    PARTY[obligation.owedBy],
    obligation.owedTo && PARTY[obligation.owedTo],
    when,
    obligation.content.length === 0
      ? NOTHING
      : listOf(obligation.content.map((item) => CONTENT_NAMES[item])),
    because,
  );
}

/** Internal: an evaluation in words, in both languages — why nothing is owed, or what is. */
export function evaluationWords(evaluation: Evaluation): LocalizedText {
  if (evaluation.outcome === 'no_policy_in_force')
    return EVALUATION.noPolicyInForce(evaluation.decidingDate);
  const draft = evaluation.policy?.draft;
  if (evaluation.outcome === 'not_international')
    return markedDraft(EVALUATION.notInternational(FACT.allInSweden), draft);
  return markedDraft(
    joined(evaluation.obligations.filter((o) => o.status !== 'not_applicable').map(dutyWords), ' '),
    draft,
  );
}
