import type { Activity } from '../../activities/types.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import type { Obligation } from '../../obligations/types.js';
import type { RequiredContent } from '../../policy/types.js';
import type { ActivityRecords, ComplianceDeadlines, ObligationCompliance } from '../types.js';

/**
 * Internal: what a kind's judge is given besides the obligation — its activity, the records about
 * activities, the day judged and the caller's deadlines: one for all of an activity's obligations.
 */
export interface JudgeInput {
  readonly activity: Activity;
  readonly records: ActivityRecords;
  readonly asOf: IsoDate;
  readonly deadlines: ComplianceDeadlines;
}

/** A result without its obligation, as the judges return it: status, reason and the reason's fields. */
export type Judgement = ObligationCompliance extends infer R
  ? R extends ObligationCompliance
    ? Omit<R, 'obligation'>
    : never
  : never;

/** A kind's judge: an obligation owed, judged against the records. */
export type Judge = (obligation: Obligation, input: JudgeInput) => Judgement;

/** No records, shared. */
const NO_RECORDS: readonly never[] = Object.freeze([]);

/**
 * The records of a list about this activity, recorded by the day judged: a judgement as of a past
 * day must not see what was decided or submitted after it.
 */
export function recordsOf<T extends { activity: string }>(
  input: JudgeInput,
  list: readonly T[] | undefined,
  dated: (record: T) => IsoDate,
): readonly T[] {
  const { activity, asOf } = input;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent but for time — filtering no records gives none.
  if (list === undefined || list.length === 0) return NO_RECORDS;
  return list.filter((record) => record.activity === activity.id && dated(record) <= asOf);
}

/** What a plan or report does not state, of what the obligation requires. */
export function missingFrom(
  stated: {
    purpose?: string;
    goal?: string;
    expectedBenefit?: string;
    result?: string;
  },
  content: readonly RequiredContent[],
): RequiredContent[] {
  return content.filter((item) => {
    if (item === 'purpose') return !stated.purpose;
    if (item === 'goal') return !stated.goal;
    if (item === 'expected_benefit') return !stated.expectedBenefit;
    return !stated.result;
  });
}
