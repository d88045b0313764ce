import type { DineroSnapshot } from 'dinero.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { DutyPeriod } from '../calendar/mandate-period.js';
import type { ComplianceStatus, Verdict } from '../compliance/types.js';
import type { ExchangeRates } from '../money/convert.js';
import type { PolicySource } from '../policy/policy-in-force.js';
import type {
  AppliedPolicy,
  Clause,
  InterpretationNote,
  Party,
  Rule,
  Timing,
  TwinTown,
} from '../policy/types.js';
import type {
  AgreementEvaluation,
  ContinuationDecision,
  TwinTownAgreement,
} from '../records/types.js';

/**
 * The code of a rule that runs per mandate period rather than per activity: the built-in version's
 * three, or the code a later version gives its rule of that kind.
 *
 * @example
 * ```ts
 * const code: AgreementDutyCode = 'agreement_evaluation';
 * ```
 * @category Agreements and audit
 */
export type AgreementDutyCode =
  | 'agreement_evaluation'
  | 'continuation_decision'
  | 'agreement_termination'
  | (string & {});

/**
 * The kinds of rule judged per mandate period: an agreement's `evaluation`, the council's
 * `continuation` decision, and an agreement's `termination`.
 *
 * @example
 * ```ts
 * const kind: AgreementDutyKind = 'evaluation';
 * ```
 * @category Agreements and audit
 */
export type AgreementDutyKind = 'evaluation' | 'continuation' | 'termination';

/**
 * Why an agreement duty stands as it does. Stable codes:
 * - evaluation: `evaluated_in_time`, `evaluated_late`, `awaiting_evaluation`, `not_evaluated`;
 * - continuation decision: `decided_in_time`, `decided_late`, `awaiting_decision`, `no_decision`;
 * - termination: `terminated`, `awaiting_termination`, `continued_despite_evaluation`,
 *   `found_active`, `found_of_benefit`, `awaiting_evaluation`;
 * - not applicable: `not_in_force` (the agreement did not run during the period, or ended before
 *   the duties fell due), `not_listed` (the policy in force does not list the town), `not_in_policy`
 *   (the version governing the period has no such rule), `no_policy_in_force`.
 *
 * @example
 * ```ts
 * const reason: AgreementDutyReason = 'evaluated_in_time';
 * ```
 * @category Agreements and audit
 */
export type AgreementDutyReason =
  | 'evaluated_in_time'
  | 'evaluated_late'
  | 'awaiting_evaluation'
  | 'not_evaluated'
  | 'decided_in_time'
  | 'decided_late'
  | 'awaiting_decision'
  | 'no_decision'
  | 'terminated'
  | 'awaiting_termination'
  | 'continued_despite_evaluation'
  | 'found_active'
  | 'found_of_benefit'
  | 'not_in_force'
  | 'not_listed'
  | 'not_in_policy'
  | 'no_policy_in_force';

/**
 * One per-period duty and how it stands on the day judged: the evaluation of an agreement
 * (`twinTowns.agreements`), the council's continuation decision (`council.agreements`), or the
 * termination of an agreement found inactive and of no benefit (`twinTowns.termination`).
 *
 * A frozen plain object, discriminated by `reason`: narrowing on it types `evidence` — the agreement's
 * evaluation, the council's decision, or the agreement itself when it was terminated.
 * {@link explainDuty} puts it in words.
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * if (!register.success) throw new Error('invalid register');
 * const review = reviewAgreements(register.data, { period: '2019–2022', asOf: '2023-01-01' });
 * const duty: AgreementDuty = review.continuation;
 * duty.status; // => 'fulfilled'
 * ```
 * @category Agreements and audit
 */
export type AgreementDuty = AgreementDutyBase &
  (
    | {
        /** Why: see {@link AgreementDutyReason}. */
        readonly reason:
          | 'evaluated_in_time'
          | 'evaluated_late'
          | 'awaiting_termination'
          | 'found_active'
          | 'found_of_benefit';
        /** The evaluation that decided it. */
        readonly evidence: AgreementEvaluation;
      }
    | {
        /** Why: see {@link AgreementDutyReason}. */
        readonly reason: 'decided_in_time' | 'decided_late' | 'continued_despite_evaluation';
        /** The council's decision that decided it. */
        readonly evidence: ContinuationDecision;
      }
    | {
        /** Why: see {@link AgreementDutyReason}. */
        readonly reason: 'terminated';
        /** The agreement, with the day it was terminated. */
        readonly evidence: TwinTownAgreement;
      }
    | {
        /** Why: see {@link AgreementDutyReason}. */
        readonly reason:
          | 'awaiting_evaluation'
          | 'not_evaluated'
          | 'awaiting_decision'
          | 'no_decision'
          | 'not_in_force'
          | 'not_listed'
          | 'not_in_policy'
          | 'no_policy_in_force';
        /** No record decided it. */
        readonly evidence?: undefined;
      }
  );

/**
 * What every {@link AgreementDuty} holds, whatever its reason.
 *
 * @category Agreements and audit
 */
export interface AgreementDutyBase {
  /** The rule. */
  readonly code: AgreementDutyCode;
  /** The rule's kind, which says how the duty is judged. */
  readonly kind: AgreementDutyKind;
  /** Its status on the day judged. */
  readonly status: ComplianceStatus;
  /** Why: each reason comes with its own kind of `evidence` (see {@link AgreementDuty}). */
  readonly reason: AgreementDutyReason;
  /** Who owes it. */
  readonly owedBy: Party;
  /** When it falls due. */
  readonly timing: Timing;
  /** The day it is due by, where there is one (note 7). */
  readonly dueBy?: IsoDate;
  /** The period the duty belongs to (its `dueBy` is the day the period's duties fall due). */
  readonly period: DutyPeriod;
  /** The twin town's name, for the duties of one agreement (not the continuation decision). */
  readonly town?: string;
  /** The rule as the policy describes it (absent when no policy was in force). */
  readonly rule?: Rule;
  /** The clauses it rests on. */
  readonly clauses: readonly Clause[];
  /** The readings of the policy version its rule applied (none when no version was in force). */
  readonly interpretationNotes: readonly InterpretationNote[];
}

/**
 * What the register shows of an agreement's activity in the period (interpretation note 9): the
 * exchanges and trips involving the town, their cost in SEK, and the activity status they suggest.
 * Only a suggestion: the recorded evaluation decides.
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * if (!register.success) throw new Error('invalid register');
 * const review = reviewAgreements(register.data, { period: '2019–2022', asOf: '2023-01-01' });
 * const evidence: AgreementActivity | undefined = review.agreements[0]?.activity;
 * evidence?.suggestion; // => 'active'
 * ```
 * @category Agreements and audit
 */
export interface AgreementActivity {
  /** The ids of the activities involving the town whose first day falls in the period, in order. */
  readonly activities: readonly string[];
  /** How many. */
  readonly count: number;
  /** Their cost in SEK: actual costs where recorded, else the budget. */
  readonly total: DineroSnapshot<number, 'SEK'>;
  /** Activities whose cost could not be converted (a missing or stale rate), left out of `total`. */
  readonly unconverted: readonly string[];
  /** `inactive` when the register holds no activity with the town in the period. */
  readonly suggestion: 'active' | 'inactive';
}

/**
 * How one twin-town agreement stands for a period: its activity in the register, its evaluation and
 * whether it owes termination, with notes where the register and the records disagree.
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * if (!register.success) throw new Error('invalid register');
 * const review = reviewAgreements(register.data, { period: '2019–2022', asOf: '2023-01-01' });
 * const standing: AgreementStanding | undefined = review.agreements.find((a) => a.agreement.id === 'madison');
 * standing?.termination.status; // => 'pending'
 * ```
 * @category Agreements and audit
 */
export interface AgreementStanding {
  /** The agreement: the register's record, or one inferred from the policy's list of twin towns. */
  readonly agreement: TwinTownAgreement;
  /** Whether the register records the agreement (`false` when only the policy lists the town). */
  readonly recorded: boolean;
  /** The twin town, when the policy in force lists it. */
  readonly town?: TwinTown;
  /** The register's evidence of activity with the town in the period. */
  readonly activity: AgreementActivity;
  /** The evaluation the period owes (`twinTowns.agreements`). */
  readonly evaluation: AgreementDuty;
  /** Termination, owed when the evaluation found it inactive and of no benefit (`twinTowns.termination`). */
  readonly termination: AgreementDuty;
  /** Where the register and the records disagree, e.g. an evaluation finding the agreement inactive
   * although the register holds activities with the town. Notes, not errors: data, put in words by
   * {@link explainNote}. */
  readonly notes: readonly AgreementNote[];
}

/**
 * What an {@link AgreementNote} is about: an agreement taken to exist because the policy lists the
 * town (`inferred_agreement`); a town the governing version does not list (`not_listed`); an
 * evaluation that found the agreement active with no activity in the register
 * (`active_without_activity`), or inactive with some (`inactive_with_activity`); a council decision
 * that does not list the agreement among those that continue (`not_continued`).
 *
 * @example
 * ```ts
 * const kind: AgreementNoteKind = 'inactive_with_activity';
 * ```
 * @category Agreements and audit
 */
export type AgreementNoteKind =
  | 'inferred_agreement'
  | 'not_listed'
  | 'active_without_activity'
  | 'inactive_with_activity'
  | 'not_continued';

/**
 * A note where the register and the records disagree (not an error), as data: what it is about,
 * the town, the period, and for `inactive_with_activity` how many activities the register holds.
 * {@link explainNote} puts it in words.
 *
 * @example
 * ```ts
 * const note: AgreementNote = { kind: 'inactive_with_activity', town: 'Esashi', period: '2019–2022', count: 4 };
 * explainNote(note).en;
 * // => 'The evaluation found the agreement with Esashi inactive, but the register holds 4 exchanges or trips with the town in 2019–2022.'
 * ```
 * @category Agreements and audit
 */
export interface AgreementNote {
  /** What it is about. */
  readonly kind: AgreementNoteKind;
  /** The twin town, by name. */
  readonly town: string;
  /** The period's label, `'2019–2022'`. */
  readonly period: string;
  /** How many activities with the town the register holds in the period (`inactive_with_activity`). */
  readonly count?: number;
}

/**
 * The per-period duties of a mandate period, on a given day: one standing per twin-town agreement and
 * the council's continuation decision.
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * if (!register.success) throw new Error('invalid register');
 * const review: AgreementReview = reviewAgreements(register.data, { period: '2019–2022', asOf: '2023-01-01' });
 * review.agreements.map((a) => [a.agreement.id, a.evaluation.status]);
 * // => [['esashi', 'fulfilled'], ['madison', 'fulfilled'], ['nykarleby', 'fulfilled'], ['poltsamaa', 'fulfilled']]
 * ```
 * @category Agreements and audit
 */
export interface AgreementReview {
  /** The period. */
  readonly period: DutyPeriod;
  /** The day judged on. */
  readonly asOf: IsoDate;
  /** The policy version that governs the period: the one in force on its due day. */
  readonly policy?: AppliedPolicy;
  /** One standing per agreement, by agreement id. */
  readonly agreements: readonly AgreementStanding[];
  /** The council's decision on which agreements continue (`council.agreements`). */
  readonly continuation: AgreementDuty;
  /**
   * `not_compliant` when a duty is violated or overdue; else `undetermined` when one cannot be
   * judged (no policy version in force); else `compliant` (interpretation note 11).
   */
  readonly verdict: Verdict;
}

/**
 * What {@link reviewAgreements} needs: the period, the day to judge on, and optionally the rates
 * for the activities' costs and the policy versions to choose from.
 *
 * @example
 * ```ts
 * const options: AgreementReviewOptions = { period: '2019-2022', asOf: '2023-01-01' };
 * ```
 * @category Agreements and audit
 */
export interface AgreementReviewOptions {
  /** The board's term, `'2019–2022'` or `'2019-2022'`. */
  readonly period: string;
  /** The day to judge on, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Rates for foreign costs; the register's own rates by default. */
  readonly rates?: ExchangeRates;
  /** The versions to choose from; the built-in ones by default. */
  readonly policies?: PolicySource;
  /**
   * How many days before an activity's deciding date a rate may be dated; any age by default. An
   * activity costed with an older rate (`stale_rate`) is left out of its town's total and listed as
   * unconverted (interpretation note 2).
   */
  readonly maxRateAgeDays?: number;
}
