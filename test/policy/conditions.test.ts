/**
 * Conditions that compose and know what they do not know (issue 29). A rule's condition evaluates in
 * three values by Kleene's rules, and the library decides whenever the known facts decide: when every
 * completion of the unknown facts gives the same value, that is the value. An unknown condition names
 * the input paths that would decide it, and only those that still matter. "Per traveller" compares the
 * total with the amount times the travellers, exactly, without division.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type Condition,
  type ConditionFact,
  type ConditionTrace,
  evaluateCondition as evaluateWithLeaves,
  exceedsPerTraveller,
  type FactAnswer,
  leafTrace,
  missingPaths,
  type Truth,
} from '../../src/policy/conditions.js';

const international: ConditionFact = { fact: 'international' };
const twinTown: ConditionFact = { fact: 'twin_town' };
const trip: ConditionFact = { fact: 'kind', kinds: ['trip'] };
const overTenThousand: ConditionFact = {
  fact: 'cost',
  compare: 'more',
  amount: { minorUnits: 1_000_000, currency: 'SEK' },
  per: 'activity',
};

/** Answers from a table of facts by their name, unknown facts missing the path `fact:NAME`. */
function answers(table: Readonly<Record<string, Truth>>) {
  return (fact: ConditionFact): FactAnswer => {
    const value = table[fact.fact] ?? 'unknown';
    return value === 'unknown'
      ? { value, paths: [], missing: [`fact:${fact.fact}`] }
      : { value, paths: [`fact:${fact.fact}`] };
  };
}

/** A condition evaluated with each fact's trace made from its answer. */
const evaluateCondition = (
  condition: Condition,
  answer: (fact: ConditionFact) => FactAnswer,
): ConditionTrace =>
  evaluateWithLeaves(condition, { leaf: (fact) => leafTrace(fact, answer(fact)) });

const truthOf = (condition: Condition, table: Readonly<Record<string, Truth>>) =>
  evaluateCondition(condition, answers(table)).value;

describe("Kleene's rules", () => {
  const T = 'true';
  const F = 'false';
  const U = 'unknown';
  it.each([
    [T, T, T, T],
    [T, F, F, T],
    [T, U, U, T],
    [F, F, F, F],
    [F, U, F, U],
    [U, U, U, U],
  ] as const)('%s and %s: all is %s, any is %s', (a, b, all, any) => {
    const table = { international: a, twin_town: b };
    expect(truthOf({ all: [international, twinTown] }, table)).toBe(all);
    expect(truthOf({ all: [twinTown, international] }, table)).toBe(all);
    expect(truthOf({ any: [international, twinTown] }, table)).toBe(any);
    expect(truthOf({ any: [twinTown, international] }, table)).toBe(any);
  });

  it('not swaps true and false and keeps unknown', () => {
    expect(truthOf({ not: international }, { international: 'true' })).toBe('false');
    expect(truthOf({ not: international }, { international: 'false' })).toBe('true');
    expect(truthOf({ not: international }, {})).toBe('unknown');
  });

  it('a trip to a twin town of unknown cost needs approval: the cost does not matter', () => {
    const approval: Condition = { all: [trip, twinTown] };
    const reportBack: Condition = { all: [trip, international, overTenThousand] };
    const table = { kind: 'true', twin_town: 'true', international: 'true' } as const;
    expect(truthOf(approval, table)).toBe('true');
    expect(truthOf(reportBack, table)).toBe('unknown');
    expect(missingPaths(evaluateCondition(reportBack, answers(table)))).toEqual(['fact:cost']);
    // Not international: the unknown cost no longer matters, and is not asked for.
    const home = evaluateCondition(reportBack, answers({ ...table, international: 'false' }));
    expect(home.value).toBe('false');
    expect(missingPaths(home)).toEqual([]);
  });
});

describe('the known facts decide whenever every completion agrees', () => {
  it('any of x and not x is true, whatever x is; all of them is false', () => {
    const either = evaluateCondition({ any: [twinTown, { not: twinTown }] }, answers({}));
    expect(either.value).toBe('true');
    expect('decidedByCompletions' in either && either.decidedByCompletions).toBe(true);
    expect(missingPaths(either)).toEqual([]);
    expect(truthOf({ all: [twinTown, { not: twinTown }] }, {})).toBe('false');
  });

  const NAMES = ['international', 'twin_town', 'kind', 'cost'] as const;
  const factNamed = (name: (typeof NAMES)[number]): ConditionFact =>
    name === 'kind' ? trip : name === 'cost' ? overTenThousand : { fact: name };
  const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
    condition: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...NAMES).map(factNamed),
      fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
      fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
      tie('condition').map((not) => ({ not })),
    ),
  }));

  /** The condition's value in two values, every fact known. */
  function boolean(c: Condition, known: Readonly<Record<string, boolean>>): boolean {
    if ('all' in c) return c.all.every((part) => boolean(part, known));
    if ('any' in c) return c.any.some((part) => boolean(part, known));
    if ('not' in c) return !boolean(c.not, known);
    return known[c.fact] as boolean;
  }

  test.prop(
    [
      condition,
      fc.record(
        Object.fromEntries(
          NAMES.map((name) => [name, fc.constantFrom<Truth>('true', 'false', 'unknown')]),
        ) as Record<(typeof NAMES)[number], fc.Arbitrary<Truth>>,
      ),
    ],
    { numRuns: 500 },
  )(
    'the value is the one every completion gives, and unknown only when completions differ',
    (c, table) => {
      const unknown = NAMES.filter((name) => table[name] === 'unknown');
      const values = new Set<boolean>();
      for (let mask = 0; mask < 2 ** unknown.length; mask++) {
        const known = Object.fromEntries(
          NAMES.map((name) => [
            name,
            table[name] === 'unknown'
              ? Boolean(mask & (1 << unknown.indexOf(name)))
              : table[name] === 'true',
          ]),
        );
        values.add(boolean(c, known));
      }
      const expected: Truth = values.size === 2 ? 'unknown' : values.has(true) ? 'true' : 'false';
      const trace = evaluateCondition(c, answers(table));
      expect(trace.value).toBe(expected);
      // Undecided conditions name what would decide them; decided ones ask for nothing.
      expect(missingPaths(trace).length > 0).toBe(expected === 'unknown');
    },
  );

  test.prop([condition])('the trace is plain JSON', (c) => {
    const trace = evaluateCondition(c, answers({ international: 'true' }));
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
  });
});

describe('a threshold per traveller', () => {
  it('compares the total with the amount times the travellers: 15 000 kr each for three', () => {
    const each = 1_500_000;
    expect(exceedsPerTraveller(4_500_000, each, 3, 'more')).toBe(false);
    expect(exceedsPerTraveller(4_500_000, each, 3, 'at_least')).toBe(true);
    expect(exceedsPerTraveller(4_500_001, each, 3, 'more')).toBe(true);
    expect(exceedsPerTraveller(4_499_999, each, 3, 'at_least')).toBe(false);
    // 10 000,00 kr and 10 000,01 kr for one traveller.
    expect(exceedsPerTraveller(1_000_000, 1_000_000, 1, 'more')).toBe(false);
    expect(exceedsPerTraveller(1_000_001, 1_000_000, 1, 'more')).toBe(true);
  });

  test.prop([
    fc.maxSafeNat(),
    fc.integer({ min: 0, max: 2 ** 40 }),
    fc.integer({ min: 1, max: 10_000 }),
  ])(
    'agrees with dividing exactly (quotient and remainder), at any size',
    (total, amount, travellers) => {
      const quotient = BigInt(total) / BigInt(travellers);
      const remainder = BigInt(total) % BigInt(travellers);
      const more = quotient > BigInt(amount) || (quotient === BigInt(amount) && remainder > 0n);
      expect(exceedsPerTraveller(total, amount, travellers, 'more')).toBe(more);
      expect(exceedsPerTraveller(total, amount, travellers, 'at_least')).toBe(
        quotient >= BigInt(amount),
      );
    },
  );
});

describe('the trace and the completions, in detail', () => {
  it('names how each part combines, with each part evaluated', () => {
    const trace = evaluateCondition(
      { all: [{ any: [international] }, { not: twinTown }] },
      answers({ international: 'true', twin_town: 'false' }),
    );
    expect(trace).toMatchObject({
      combine: 'all',
      value: 'true',
      parts: [
        { combine: 'any', value: 'true', parts: [{ condition: international, value: 'true' }] },
        { combine: 'not', value: 'true', parts: [{ condition: twinTown, value: 'false' }] },
      ],
    });
  });

  it('one fact written with its fields in another order is the same fact when completions are tried', () => {
    const more = { fact: 'cost', compare: 'more', minorUnits: 1_000_000, per: 'activity' } as const;
    const reordered = {
      per: 'activity',
      minorUnits: 1_000_000,
      compare: 'more',
      fact: 'cost',
    } as const;
    expect(evaluateCondition({ any: [more, { not: reordered }] }, answers({})).value).toBe('true');
  });

  it('tries the completions of at most ten unknown facts, and leaves more unknown', () => {
    const costs = (count: number): Condition[] =>
      Array.from({ length: count }, (_, index) => ({
        fact: 'cost',
        compare: 'more',
        minorUnits: index,
        per: 'activity',
      }));
    // Each fact or its negation: true whatever the facts are.
    const always = (count: number): Condition => ({
      any: [...costs(count), { all: costs(count).map((c) => ({ not: c })) }],
    });
    expect(evaluateCondition(always(10), answers({})).value).toBe('true');
    expect(evaluateCondition(always(11), answers({})).value).toBe('unknown');
  });

  it('a fact known by Kleene alone is not completed: its trace is as evaluated', () => {
    const trace = evaluateCondition(twinTown, answers({}));
    expect(trace).toEqual({
      condition: twinTown,
      value: 'unknown',
      answer: { value: 'unknown', paths: [], missing: ['fact:twin_town'] },
    });
    expect(
      missingPaths(evaluateCondition(twinTown, () => ({ value: 'unknown', paths: [] }))),
    ).toEqual([]);
  });
});
