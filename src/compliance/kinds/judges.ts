import type { ActivityRuleKind } from '../../policy/types.js';
import { judgeDecision } from './decision.js';
import type { Judge } from './judgement.js';
import { judgePlan } from './plan.js';
import { judgeReportOrAccount } from './report.js';

export type { Judge, JudgeInput, Judgement } from './judgement.js';

/**
 * Internal: the registry of the judges of the rule kinds about activities — one line per kind. A
 * new kind is a module beside these and a line here; nothing else in the library is keyed by a
 * rule's kind or code (ARCHITECTURE.md, "One home per rule kind"; a test holds it).
 */
export const JUDGES: Readonly<Record<ActivityRuleKind, Judge>> = {
  plan: judgePlan,
  decision: judgeDecision,
  report: judgeReportOrAccount,
  account: judgeReportOrAccount,
};
