import type { LocalizedText } from '../errors.js';
import { joined, NOTHING } from '../internal/words.js';
import { factWords } from '../obligations/describe.js';
import { CONTENT_NAMES, markedDraft } from '../obligations/words.js';
import type { ActivityReport, BoardApproval } from '../records/types.js';
import type { ObligationCompliance } from './types.js';
import {
  DECIDING_BODY,
  DECISION,
  DUE_EVENT,
  type DueEvent,
  REASON,
  STATUS,
  sentence,
} from './words.js';

/** A record's reference, in parentheses, or nothing. */
function reference(record: BoardApproval | ActivityReport): string {
  return record.reference ? ` (${record.reference})` : '';
}

/** The body a decision is owed to, in words. */
function bodyOf(result: ObligationCompliance): LocalizedText {
  return DECIDING_BODY[result.obligation.owedTo === 'council' ? 'council' : 'board'];
}

/** The day a decision is due before, in words. */
function eventOf(result: ObligationCompliance): DueEvent {
  return DUE_EVENT[result.obligation.timing === 'before_booking' ? 'booking' : 'departure'];
}

/** The reason for a compliance status, in words. */
function reason(result: ObligationCompliance): LocalizedText {
  switch (result.reason) {
    case 'planning_stated':
      return REASON.planning_stated;
    case 'planning_incomplete':
      return REASON.planning_incomplete(result.deadline, missing(result.missing));
    case 'approved_in_time':
    case 'retroactive_approval':
      return REASON[result.reason](
        result.evidence.decidedOn,
        reference(result.evidence),
        result.deadline,
        eventOf(result),
      );
    case 'booking_date_unknown':
      return REASON.booking_date_unknown(
        result.evidence.decidedOn,
        reference(result.evidence),
        result.deadline,
      );
    case 'approval_rejected':
      return REASON.approval_rejected(
        result.evidence.decidedOn,
        reference(result.evidence),
        bodyOf(result),
      );
    case 'no_approval':
      return REASON.no_approval(result.deadline, bodyOf(result), eventOf(result));
    case 'awaiting_approval':
      return REASON.awaiting_approval(result.deadline);
    case 'report_complete': {
      const reported = REASON.report_complete(
        result.evidence.submittedOn,
        reference(result.evidence),
      );
      return result.late ? joined([reported, REASON.late(result.deadline)], '') : reported;
    }
    case 'report_incomplete':
      return REASON.report_incomplete(
        result.evidence.submittedOn,
        reference(result.evidence),
        missing(result.missing),
        REASON.dueBy(result.deadline),
      );
    case 'report_before_end':
      return REASON.report_before_end(
        result.evidence.submittedOn,
        reference(result.evidence),
        result.lastDay,
        REASON.dueBy(result.deadline),
      );
    case 'not_yet_due':
      return REASON.not_yet_due(result.lastDay);
    case 'awaiting_report':
      return result.deadline
        ? REASON.awaiting_report(result.deadline)
        : REASON.awaiting_report_without_deadline;
    case 'deadline_passed':
      return REASON.deadline_passed(result.deadline);
    case 'not_applicable':
    case 'undetermined':
      return REASON.because(joined(result.obligation.facts.map(factWords), '; '));
  }
}

/** What a plan or report lacks, as a list. */
function missing(items: ObligationCompliance['missing']): LocalizedText {
  return joined(
    (items ?? []).map((item) => CONTENT_NAMES[item]),
    ', ',
  );
}

/** The board's other decisions on the trip, which say otherwise than the deciding one. */
function conflicts(result: ObligationCompliance): LocalizedText {
  if (!result.conflicting) return NOTHING;
  const decided = result.conflicting.map((decision) =>
    joined(
      [
        DECISION[decision.decision],
        {
          sv: ` ${decision.decidedOn}${reference(decision)}`,
          en: ` ${decision.decidedOn}${reference(decision)}`,
        },
      ],
      '',
    ),
  );
  return REASON.conflicts(joined(decided, ', '));
}

/**
 * For an undetermined obligation the records fulfil, or leave pending, as if owed: that the status is
 * the same either way, and why the obligation is undetermined (interpretation note 11).
 */
function eitherWay(result: ObligationCompliance): LocalizedText {
  if (result.obligation.status !== 'undetermined') return NOTHING;
  if (result.status !== 'fulfilled' && result.status !== 'pending') return NOTHING;
  const facts = joined(result.obligation.facts.map(factWords), '; ');
  return REASON.eitherWay[result.status](facts);
}

/** Internal: a compliance result in one sentence, in both languages — the rule, the status and the reason. */
export function complianceWords(result: ObligationCompliance): LocalizedText {
  return markedDraft(
    sentence(
      result.obligation.rule.title,
      STATUS[result.status],
      joined([reason(result), conflicts(result), eitherWay(result)], ''),
    ),
    result.obligation.draft,
  );
}
