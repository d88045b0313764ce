/**
 * When a rule applies, as data: a condition from a small, closed vocabulary of facts about an
 * activity, combined with `all`, `any` and `not`, evaluated in three values — true, false, or unknown
 * with the facts that are missing — so that the library decides whenever the known facts decide.
 *
 * Nothing here reads an activity: a caller gives each fact's trace (made from its answer by
 * `leafTrace`), and gets back the evaluated condition as plain JSON (the trace an answer carries).
 */

import type { Condition, ConditionFact, ConditionTrace, FactAnswer, Truth } from './types.js';

export type { Condition, ConditionFact, ConditionTrace, FactAnswer, Truth };

/** Where an evaluation finds each fact's trace. */
export interface Leaves {
  /** A fact's trace: what is known of it, as {@link leafTrace} makes it from its answer. */
  leaf(fact: ConditionFact): ConditionTrace;
}

/** Kleene's conjunction of values. */
function and(values: readonly Truth[]): Truth {
  if (values.includes('false')) return 'false';
  return values.every((value) => value === 'true') ? 'true' : 'unknown';
}

/** Kleene's disjunction of values. */
function or(values: readonly Truth[]): Truth {
  if (values.includes('true')) return 'true';
  return values.every((value) => value === 'false') ? 'false' : 'unknown';
}

function negation(value: Truth): Truth {
  return value === 'true' ? 'false' : value === 'false' ? 'true' : 'unknown';
}

function combined(combine: 'all' | 'any' | 'not', values: readonly Truth[]): Truth {
  if (combine === 'all') return and(values);
  if (combine === 'any') return or(values);
  return negation(values[0] as Truth);
}

/**
 * Evaluates by Kleene's rules alone. The parts of an `all` after a false one, and of an `any` after
 * a true one, are not evaluated: they cannot change the value, and their facts are not needed.
 */
function kleene(condition: Condition, facts: Leaves): ConditionTrace {
  if ('not' in condition) {
    const part = kleene(condition.not, facts);
    return Object.freeze({
      combine: 'not' as const,
      value: negation(part.value),
      parts: Object.freeze([part]),
    });
  }
  const all = 'all' in condition;
  if (!all && !('any' in condition)) return facts.leaf(condition as ConditionFact);
  const list = all ? condition.all : (condition as { readonly any: readonly Condition[] }).any;
  const decisive: Truth = all ? 'false' : 'true';
  // Made at its length, and cut where a part decides: a list pushed to from empty reserves room for 16.
  const parts: ConditionTrace[] = new Array(list.length);
  let value: Truth = all ? 'true' : 'false';
  let count = 0;
  while (count < list.length) {
    const trace = kleene(list[count] as Condition, facts);
    parts[count++] = trace;
    if (trace.value === decisive) {
      value = decisive;
      break;
    }
    if (trace.value === 'unknown') value = 'unknown';
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent but for time — a list cut at its length is as it was.
  if (count < list.length) parts.length = count;
  return Object.freeze({
    combine: all ? ('all' as const) : ('any' as const),
    value,
    parts: Object.freeze(parts),
  });
}

/** The most unknown facts whose completions are tried: 2¹⁰ evaluations at most. */
const MOST_COMPLETED = 10;

/** The same fact, written alike: one key per fact, whatever the order of its fields. */
function keyOf(fact: ConditionFact): string {
  return JSON.stringify(fact, Object.keys(fact).sort());
}

/** The condition's value when each fact of `assigned` has the value given, the others as traced. */
function valueWith(trace: ConditionTrace, assigned: ReadonlyMap<string, Truth>): Truth {
  if ('condition' in trace) return assigned.get(keyOf(trace.condition)) ?? trace.value;
  return combined(
    trace.combine,
    trace.parts.map((part) => valueWith(part, assigned)),
  );
}

function unknownFacts(trace: ConditionTrace, found: Map<string, ConditionFact>): void {
  if ('condition' in trace) {
    if (trace.value === 'unknown') found.set(keyOf(trace.condition), trace.condition);
  } else for (const part of trace.parts) unknownFacts(part, found);
}

/** Internal: the trace of one fact, from its answer — built frozen, as part of a frozen answer. */
export function leafTrace(fact: ConditionFact, found: FactAnswer): ConditionTrace {
  return Object.freeze({ condition: fact, value: found.value, answer: found });
}

/**
 * Evaluates a condition in three values. By Kleene's rules first (`false` in an `all` decides it,
 * `true` in an `any`); when that leaves it unknown, every completion of the unknown facts is tried,
 * and if all give the same value, that is the value (`any: [x, not x]` is true whatever `x` is). The
 * real facts are one of the completions, so a value decided so is the value the activity has.
 *
 * @param condition - the condition
 * @param facts - each fact's trace: what is known of it, as {@link leafTrace} makes it from its
 *   answer (an evaluation makes each once, and shares it between the rules that ask it)
 * @returns the evaluated condition: each part's value, and each fact's answer with its paths
 */
export function evaluateCondition(condition: Condition, facts: Leaves): ConditionTrace {
  const trace = kleene(condition, facts);
  if (trace.value !== 'unknown' || 'condition' in trace) return trace;
  const found = new Map<string, ConditionFact>();
  unknownFacts(trace, found);
  const keys = [...found.keys()];
  if (keys.length > MOST_COMPLETED) return trace;
  let decided: Truth | undefined;
  for (let mask = 0; mask < 2 ** keys.length; mask++) {
    const assigned = new Map(
      keys.map((key, index): [string, Truth] => [key, mask & (1 << index) ? 'true' : 'false']),
    );
    const value = valueWith(trace, assigned);
    if (decided === undefined) decided = value;
    else if (value !== decided) return trace;
  }
  return Object.freeze({ ...trace, value: decided as Truth, decidedByCompletions: true });
}

/**
 * The input paths that would decide an unknown condition, each once, in the order the condition
 * names them; none for a decided one. Only the facts that still matter are named: a fact under an
 * `all` another part of which is false is not asked for.
 */
export function missingPaths(trace: ConditionTrace): readonly string[] {
  if (trace.value !== 'unknown') return [];
  if ('condition' in trace) return trace.answer.missing ?? [];
  return [...new Set(trace.parts.flatMap((part) => missingPaths(part)))];
}

/**
 * Whether `total` öre is more than (or at least) `amount` öre for each of `travellers`, exactly:
 * the total is compared with the amount times the number of travellers, never divided.
 *
 * @param total - the cost in öre, a safe integer
 * @param amount - the threshold in öre per traveller, a safe integer
 * @param travellers - how many travel, a whole number from 1
 */
export function exceedsPerTraveller(
  total: number,
  amount: number,
  travellers: number,
  compare: 'more' | 'at_least',
): boolean {
  const limit = BigInt(amount) * BigInt(travellers);
  const cost = BigInt(total);
  return compare === 'more' ? cost > limit : cost >= limit;
}
