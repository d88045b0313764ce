import type { IsoDate } from '../../calendar/iso-date.js';
import type { Obligation } from '../../obligations/types.js';
import { type JudgeInput, type Judgement, missingFrom } from './judgement.js';

/**
 * A rule of kind `plan` (clauses intro.planning, aims.purpose, aims.goals in the built-in version):
 * the activity states what the rule's `content` names before its first day — fulfilled when it
 * does, pending with what it lacks until that day, then not fulfilled.
 */
export function judgePlan(obligation: Obligation, { activity, asOf }: JudgeInput): Judgement {
  const missing = missingFrom(activity, obligation.content);
  if (missing.length === 0) return { status: 'fulfilled', reason: 'planning_stated' };
  const deadline = obligation.dueBy as IsoDate;
  return {
    status: asOf < deadline ? 'pending' : 'violated',
    reason: 'planning_incomplete',
    deadline,
    missing: Object.freeze(missing),
  };
}
