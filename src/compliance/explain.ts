import type { LocalizedText } from '../errors.js';
import { ownArgument } from '../input/own-data.js';
import { hasOwn } from '../internal/own.js';
import {
  byField,
  type Check,
  type Checked,
  flag,
  keyOf,
  list,
  object,
  optional,
  REFERENCE,
  refuse,
  text,
  WORDS,
} from '../internal/shape.js';
import { evaluationWords, obligationWords } from '../obligations/describe.js';
import { FACT } from '../obligations/shapes.js';
import type { Evaluation, Obligation } from '../obligations/types.js';
import { CONTENT_NAMES, PARTY, WHEN } from '../obligations/words.js';
import { complianceWords } from './describe.js';
import { isOwnResult } from './own-results.js';
import type { ObligationCompliance } from './types.js';
import { ARGUMENT, DECISION, STATUS, TAKES } from './words.js';

/** What {@link explain} takes. */
const EXPLAIN: Checked = {
  fn: 'explain',
  takes: TAKES.result,
};

/**
 * A result {@link explain} puts in words.
 *
 * @category Compliance
 */
export type Explainable = Evaluation | Obligation | ObligationCompliance;

/**
 * A result in words, in Swedish and English: an evaluation, one of its obligations, or a compliance
 * result (an agreement duty: {@link explainDuty}). The words are rendered from the result's data alone, so they are
 * the same for the result and for any copy of it — a spread, a `structuredClone`, or JSON written
 * and read back.
 *
 * @remarks
 * Results are plain data; the words are not stored in them, because rendering them for every
 * result of a large register would cost more than judging it. Rule titles come from the result's
 * `rule` (the policy's own text); the sentences from the library's vocabularies.
 *
 * @param result - an evaluation from {@link evaluate}, one of its `obligations`, or one of the
 *   `results` of {@link assessCompliance} — or a copy of one
 * @returns the sentence in Swedish and English
 * @throws {@link PolicyError} `invalid_argument`, naming the first field (as a path from `result`)
 *   that no such result holds
 *
 * @example
 * ```ts
 * const trip = parseActivity({
 *   kind: 'trip', id: 'T', title: 'Twin-town visit', organiser: 'Kommunledningskontoret',
 *   travellers: { count: 2 }, destinations: [{ twinTown: 'poltsamaa' }],
 *   departureDate: '2020-03-10', returnDate: '2020-03-12', plannedCosts: [],
 * });
 * const approval = trip.success ? evaluate(trip.data).obligations[1] : undefined;
 * approval && explain(approval).sv;
 * // => 'Godkännande av kommunstyrelsen: åligger arrangören gentemot kommunstyrelsen, senast 2020-03-10, eftersom Põltsamaa är vänort enligt policyn för 2019–2022.'
 * approval && explain(JSON.parse(JSON.stringify(approval))).en === explain(approval).en; // => true
 * ```
 * @category Compliance
 */
export function explain(result: Explainable): LocalizedText {
  // A result the library made is frozen through: it is worded as it is.
  if (isOwnResult(result)) return complianceWords(result);
  // Read once, as plain data: what is checked is what is explained.
  result = ownArgument(EXPLAIN.fn, result, ARGUMENT.result);
  if (typeof result !== 'object' || result === null || Array.isArray(result))
    refuse(EXPLAIN, 'result', result);
  if (hasOwn(result, 'outcome')) {
    EVALUATION(result, 'result', EXPLAIN);
    return evaluationWords(result);
  }
  if (hasOwn(result, 'obligation')) {
    COMPLIANCE(result, 'result', EXPLAIN);
    return complianceWords(result);
  }
  OBLIGATION(result, 'result', EXPLAIN);
  return obligationWords(result as Obligation);
}

const OBLIGATION = object({
  code: text,
  kind: keyOf({ plan: 1, decision: 1, report: 1, account: 1 }),
  status: keyOf({ owed: 1, not_applicable: 1, undetermined: 1 }),
  owedBy: keyOf(PARTY),
  owedTo: optional(keyOf(PARTY)),
  timing: keyOf(WHEN),
  dueBy: optional(text),
  content: list(keyOf(CONTENT_NAMES)),
  facts: list(FACT),
  rule: object({ title: WORDS }),
  draft: optional(flag),
});

const EVALUATION = object({
  outcome: keyOf({ evaluated: 1, not_international: 1, no_policy_in_force: 1 }),
  decidingDate: text,
  policy: optional(object({ draft: optional(flag) })),
  obligations: list(OBLIGATION),
});

const DECIDED = object({ decidedOn: text, decision: keyOf(DECISION), ...REFERENCE });
const REPORT = object({ submittedOn: text, ...REFERENCE });
const MISSING = list(keyOf(CONTENT_NAMES));
const APPROVAL = { deadline: text, evidence: DECIDED, conflicting: optional(list(DECIDED)) };
const REPORT_DUE = { lastDay: text, deadline: optional(text) };

/** Internal: the shape of a compliance result, as the words read it. */
export const COMPLIANCE: Check = (value, path, checked) => {
  object({ obligation: OBLIGATION, status: keyOf(STATUS) })(value, path, checked);
  byField('reason', {
    planning_stated: {},
    not_applicable: {},
    undetermined: {},
    planning_incomplete: { deadline: text, missing: MISSING },
    approved_in_time: APPROVAL,
    retroactive_approval: APPROVAL,
    booking_date_unknown: APPROVAL,
    approval_rejected: APPROVAL,
    no_approval: { deadline: text },
    awaiting_approval: { deadline: text },
    report_complete: { ...REPORT_DUE, evidence: REPORT, late: optional(flag) },
    report_before_end: { ...REPORT_DUE, evidence: REPORT },
    report_incomplete: { ...REPORT_DUE, evidence: REPORT, missing: MISSING },
    not_yet_due: REPORT_DUE,
    awaiting_report: REPORT_DUE,
    deadline_passed: REPORT_DUE,
  })(value, path, checked);
};
