/**
 * The public types, as a TypeScript user meets them (vitest's typecheck runs this file; nothing in
 * it runs): unions narrow on their discriminant, results are read-only, and the library's own values
 * — a parsed activity, a register, a policy version — cannot be written by hand.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Activity,
  ActivityInput,
  Compliance,
  Evaluation,
  Fact,
  InputIssue,
  Obligation,
  ParseResult,
  PolicyVersion,
  Register,
  Trip,
} from '../../src/index.js';
import { evaluate, POLICY_2019_2022, parseActivity, toActivityInput } from '../../src/index.js';

describe('unions narrow on their discriminant', () => {
  it('a parse result: data on success, issues otherwise', () => {
    const result = parseActivity({}) as ParseResult<Activity>;
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Activity>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly [InputIssue, ...InputIssue[]]>();
  });

  it('an activity by kind, a fact by kind', () => {
    const activity = {} as Activity;
    if (activity.kind === 'trip') expectTypeOf(activity).toEqualTypeOf<Trip>();
    const fact = {} as Fact;
    if (fact.kind === 'total_cost') expectTypeOf(fact.basis).toEqualTypeOf<'planned' | 'actual'>();
    if (fact.kind === 'abroad') expectTypeOf(fact.country).toEqualTypeOf<string>();
  });
});

describe('results are read-only', () => {
  it('an evaluation, its obligations and a compliance cannot be changed through their types', () => {
    const evaluation = {} as Evaluation;
    // @ts-expect-error: read-only
    evaluation.outcome = 'evaluated';
    // @ts-expect-error: a read-only list
    evaluation.obligations.push({} as Obligation);
    const obligation = {} as Obligation;
    // @ts-expect-error: read-only
    obligation.status = 'owed';
    const compliance = {} as Compliance;
    // @ts-expect-error: read-only
    compliance.verdict = 'compliant';
  });
});

describe('the library’s own values cannot be written by hand', () => {
  it('an activity, a register and a policy version written by hand are refused by the types', () => {
    const written = {
      kind: 'trip',
      id: 'T',
      title: 'Visit',
      organiser: 'KLK',
      travellers: { count: 1 },
      destinations: [{ twinTown: 'esashi' }],
      departureDate: '2020-03-10',
      returnDate: '2020-03-12',
    } as const;
    // @ts-expect-error: an object written by hand is no parsed activity
    evaluate(written);
    // @ts-expect-error: a register written by hand
    const register: Register = {
      format: 1,
      activities: [],
      approvals: [],
      reportsBack: [],
      councilAccounts: [],
      agreements: [],
      evaluations: [],
      continuationDecisions: [],
      rates: [],
    };
    // @ts-expect-error: nor is a version written by hand
    const version: PolicyVersion = { id: 'changed', title: 'Changed' };
    // A spread keeps the type (TypeScript copies the mark); the guards refuse it at run time.
    const spread: PolicyVersion = { ...POLICY_2019_2022, id: 'changed' };
    expectTypeOf(toActivityInput).parameter(0).toEqualTypeOf<Activity>();
    expectTypeOf(toActivityInput).returns.toEqualTypeOf<ActivityInput>();
    // What the type check is for: the written object is what a parser takes.
    expectTypeOf(parseActivity).parameter(0).toEqualTypeOf<unknown>();
    void [register, version, spread];
  });
});
