import type { IsoDate } from '../calendar/iso-date.js';

/**
 * A decision on an activity: the executive board's (clause `board.approval`), or another body's
 * where a version's rule is owed to it (`decidedBy`).
 *
 * @example
 * ```ts
 * const approval: BoardApproval = {
 *   activity: '2020-03', decidedOn: toIsoDate('2020-02-10'), reference: 'KS § 12', decision: 'approved',
 * };
 * ```
 * @category Parsing
 */
export interface BoardApproval {
  /** The id of the activity decided on. */
  readonly activity: string;
  /** The day of the decision. */
  readonly decidedOn: IsoDate;
  /** The paragraph of the minutes, e.g. `'KS § 12'`. */
  readonly reference: string;
  /** What was decided. */
  readonly decision: 'approved' | 'rejected';
  /**
   * Who decided: the municipal council, the executive board, a committee, or a delegate deciding on
   * a body's behalf. Left out, the decision is the executive board's, as the list of approvals has
   * always recorded. A decision fulfils a rule only when taken by the body the rule is owed to:
   * the council's approval is not fulfilled by the board's. A committee's or a delegate's decision
   * fulfils no rule of a built-in version (the policy names no delegation).
   */
  readonly decidedBy?: DecidingBody;
}

/**
 * Who took a decision: `council`, `board`, a `committee`, or a `delegate`.
 *
 * @example
 * ```ts
 * const body: DecidingBody = 'council';
 * ```
 * @category Parsing
 */
export type DecidingBody = 'council' | 'board' | 'committee' | 'delegate';

/**
 * A report: back to the board after a trip (clause `board.reporting`), or an account to the council
 * (clause `council.reporting`). Both must state purpose, goal and result, in words.
 *
 * @example
 * ```ts
 * const report: ActivityReport = {
 *   activity: '2020-03', submittedOn: toIsoDate('2020-04-20'),
 *   purpose: 'Renew the school exchange', goal: 'Agree on two school visits',
 *   result: 'Agreement on two visits',
 * };
 * ```
 * @category Parsing
 */
export interface ActivityReport {
  /** The id of the activity reported on. */
  readonly activity: string;
  /** The day it was submitted. */
  readonly submittedOn: IsoDate;
  /** The paragraph or case of the meeting, e.g. `'KS § 40'`. */
  readonly reference?: string;
  /** The purpose, as stated in the report. */
  readonly purpose?: string;
  /** The goal (mål), as stated in the report, in words. */
  readonly goal?: string;
  /** The result, as stated in the report. */
  readonly result?: string;
}

/**
 * A twin-town agreement (vänortsavtal).
 *
 * @example
 * ```ts
 * const agreement: TwinTownAgreement = { id: 'esashi', twinTown: 'esashi', signedOn: toIsoDate('1990-05-01') };
 * ```
 * @category Parsing
 */
export interface TwinTownAgreement {
  /** Unique id within the register. */
  readonly id: string;
  /** The twin town's id, e.g. `'esashi'`. */
  readonly twinTown: string;
  /** The day it was signed, when known. */
  readonly signedOn?: IsoDate;
  /** The day it ended, if it was terminated (säga upp). */
  readonly terminatedOn?: IsoDate;
}

/**
 * An evaluation of an agreement for a mandate period (clause `twinTowns.agreements`): whether it was
 * active, and to whom it was of benefit (clause `twinTowns.termination`).
 *
 * @example
 * ```ts
 * const evaluation: AgreementEvaluation = {
 *   agreement: 'esashi', mandatePeriod: '2019–2022', evaluatedOn: toIsoDate('2022-05-01'), active: false,
 *   benefit: { municipality: false, associations: true, businesses: false },
 * };
 * ```
 * @category Parsing
 */
export interface AgreementEvaluation {
  /** The agreement's id. */
  readonly agreement: string;
  /** The board-term label it evaluates, with an en dash: `'2019–2022'`. */
  readonly mandatePeriod: string;
  /** The day of the evaluation. */
  readonly evaluatedOn: IsoDate;
  /** Whether the agreement was found active. */
  readonly active: boolean;
  /** Whether it was found of benefit to the municipality, its associations and its businesses. */
  readonly benefit: {
    /** To the municipality. */
    readonly municipality: boolean;
    /** To its associations (föreningslivet). */
    readonly associations: boolean;
    /** To its businesses (näringslivet). */
    readonly businesses: boolean;
  };
  /** The paragraph or case, e.g. `'KS § 88'`. */
  readonly reference?: string;
}

/**
 * The council's decision for a mandate period on which agreements continue (clause
 * `council.agreements`).
 *
 * @example
 * ```ts
 * const decision: ContinuationDecision = {
 *   mandatePeriod: '2019–2022', decidedOn: toIsoDate('2022-06-20'), reference: 'KF § 77',
 *   continuing: ['poltsamaa', 'nykarleby'],
 * };
 * ```
 * @category Parsing
 */
export interface ContinuationDecision {
  /** The board-term label, with an en dash: `'2019–2022'`. */
  readonly mandatePeriod: string;
  /** The day of the decision. */
  readonly decidedOn: IsoDate;
  /** The paragraph of the minutes, e.g. `'KF § 77'`. */
  readonly reference: string;
  /** Ids of the agreements that continue. */
  readonly continuing: readonly string[];
}

/**
 * The governance records a register holds beside its activities. Each list may be absent from a
 * document, meaning that nothing of the kind is recorded.
 *
 * @example
 * ```ts
 * const result = parseRecords({ approvals: [] });
 * result.success && result.data.evaluations; // => []
 * ```
 * @category Parsing
 */
export interface Records {
  /** The board's decisions on activities. */
  readonly approvals: readonly BoardApproval[];
  /** Reports back to the board. */
  readonly reportsBack: readonly ActivityReport[];
  /** Accounts to the council. */
  readonly councilAccounts: readonly ActivityReport[];
  /** Twin-town agreements. */
  readonly agreements: readonly TwinTownAgreement[];
  /** Evaluations of agreements. */
  readonly evaluations: readonly AgreementEvaluation[];
  /** The council's continuation decisions. */
  readonly continuationDecisions: readonly ContinuationDecision[];
}
