/**
 * The public types, as a TypeScript user meets them (vitest's typecheck runs this file; nothing in
 * it runs): unions narrow on their discriminant, results are read-only, and the library's own values
 * — a parsed activity, a register, a policy version — cannot be written by hand.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Activity,
  ActivityInput,
  ActivityReport,
  AgreementDuty,
  AgreementEvaluation,
  BoardApproval,
  Compliance,
  ContinuationDecision,
  Evaluation,
  Fact,
  InputIssue,
  IsoDate,
  LocalizedText,
  Obligation,
  ObligationCompliance,
  ParseResult,
  PolicyVersion,
  Register,
  RequiredContent,
  Trip,
  TwinTownAgreement,
} from '../../src/index.js';
import {
  evaluate,
  explain,
  explainDuty,
  POLICY_2019_2022,
  parseActivity,
  toActivityInput,
} from '../../src/index.js';

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

describe('a reason types its evidence, with no cast', () => {
  it('a compliance result: a board decision, a report, or none', () => {
    const result = {} as ObligationCompliance;
    expectTypeOf(result.evidence).toEqualTypeOf<BoardApproval | ActivityReport | undefined>();
    if (result.reason === 'approved_in_time') {
      expectTypeOf(result.evidence).toEqualTypeOf<BoardApproval>();
      expectTypeOf(result.deadline).toEqualTypeOf<IsoDate>();
    }
    if (result.reason === 'report_incomplete') {
      expectTypeOf(result.evidence).toEqualTypeOf<ActivityReport>();
      expectTypeOf(result.missing).toEqualTypeOf<readonly RequiredContent[]>();
      expectTypeOf(result.lastDay).toEqualTypeOf<IsoDate>();
    }
    if (result.reason === 'awaiting_approval')
      expectTypeOf(result.evidence).toEqualTypeOf<undefined>();
  });

  it('an agreement duty: an evaluation, a council decision, the agreement, or none', () => {
    const duty = {} as AgreementDuty;
    if (duty.reason === 'found_of_benefit')
      expectTypeOf(duty.evidence).toEqualTypeOf<AgreementEvaluation>();
    if (duty.reason === 'continued_despite_evaluation')
      expectTypeOf(duty.evidence).toEqualTypeOf<ContinuationDecision>();
    if (duty.reason === 'terminated')
      expectTypeOf(duty.evidence).toEqualTypeOf<TwinTownAgreement>();
    if (duty.reason === 'not_evaluated') expectTypeOf(duty.evidence).toEqualTypeOf<undefined>();
  });

  it('explain takes any result and gives both languages', () => {
    expectTypeOf(explain({} as Evaluation)).toEqualTypeOf<LocalizedText>();
    expectTypeOf(explainDuty({} as AgreementDuty)).toEqualTypeOf<LocalizedText>();
    // @ts-expect-error: a parse issue carries its own messages; it is no result
    explain({} as InputIssue);
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
    const result = {} as ObligationCompliance;
    // @ts-expect-error: read-only
    result.status = 'fulfilled';
    const duty = {} as AgreementDuty;
    // @ts-expect-error: read-only
    duty.reason = 'terminated';
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
