import { firstDayOf } from '../../activities/days.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import { compareText } from '../../internal/compare.js';
import type { Obligation } from '../../obligations/types.js';
import type { BoardApproval } from '../../records/types.js';
import type { ComplianceStatus } from '../types.js';
import { type JudgeInput, type Judgement, recordsOf } from './judgement.js';

/**
 * A rule of kind `decision` (clause board.approval in the built-in version): only the decisions of
 * the body the rule is owed to count — a decision recorded without `decidedBy` is the executive
 * board's — judged against the day it is due by: the departure, or the booking.
 */
export function judgeDecision(obligation: Obligation, input: JudgeInput): Judgement {
  const { activity, asOf } = input;
  const approvals = recordsOf(input, input.records.approvals, decidedOn);
  return judgeApproval(
    obligation,
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent but for time — filtering no approvals gives none.
    approvals.length === 0 ? approvals : decidedBy(approvals, obligation.owedTo),
    asOf,
    firstDayOf(activity),
  );
}

/** The day a decision was made. */
const decidedOn = (approval: BoardApproval): IsoDate => approval.decidedOn;

/** The decisions made by a body (the board, where a record does not say). */
function decidedBy(
  approvals: readonly BoardApproval[],
  body: Obligation['owedTo'],
): readonly BoardApproval[] {
  return approvals.filter((approval) => (approval.decidedBy ?? 'board') === body);
}

/**
 * The board's decisions judged (interpretation note 5): its latest decision on or before departure
 * decides — an approval fulfils the rule, a rejection forbids the trip; with none, an approval after
 * departure is retroactive. Decisions that say otherwise than the deciding one are named.
 */
function judgeApproval(
  obligation: Obligation,
  approvals: readonly BoardApproval[],
  asOf: IsoDate,
  departure: IsoDate,
): Judgement {
  // Due before booking on a trip whose booking day is unknown: judged as due by the departure, the
  // latest the booking can be; an approval in time for that is not known to be in time.
  const judged = judgeByDay(approvals, asOf, obligation.dueBy ?? departure);
  return obligation.dueBy === undefined && judged.reason === 'approved_in_time'
    ? { ...judged, status: 'undetermined', reason: 'booking_date_unknown' }
    : judged;
}

/** Decisions judged against the day they are due by. */
function judgeByDay(
  approvals: readonly BoardApproval[],
  asOf: IsoDate,
  departure: IsoDate,
): Judgement {
  // Stable: decisions of the same day stay in the order recorded, the later one last.
  const sorted =
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent but for time — sorting no approvals gives none.
    approvals.length === 0
      ? approvals
      : [...approvals].sort((a, b) => compareText(a.decidedOn, b.decidedOn));
  const deciding =
    sorted.findLast((a) => a.decidedOn <= departure) ??
    sorted.find((a) => a.decision === 'approved');
  const decided = (
    status: ComplianceStatus,
    reason: 'approved_in_time' | 'retroactive_approval' | 'approval_rejected',
    evidence: BoardApproval,
  ): Judgement => {
    const conflicting = sorted.filter((a) => a.decision !== evidence.decision);
    return conflicting.length > 0
      ? { status, reason, deadline: departure, evidence, conflicting: Object.freeze(conflicting) }
      : { status, reason, deadline: departure, evidence };
  };
  const departed = asOf > departure;
  if (!deciding)
    return departed
      ? { status: 'violated', reason: 'no_approval', deadline: departure }
      : { status: 'pending', reason: 'awaiting_approval', deadline: departure };
  if (deciding.decidedOn > departure) return decided('violated', 'retroactive_approval', deciding);
  if (deciding.decision === 'approved') return decided('fulfilled', 'approved_in_time', deciding);
  return decided(departed ? 'violated' : 'pending', 'approval_rejected', deciding);
}
