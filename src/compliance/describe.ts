import { firstDayOf, lastDayOf } from '../activities/days.js';
import type { Activity } from '../activities/types.js';
import type { Language } from '../errors.js';
import { CONTENT_NAMES, factText } from '../obligations/describe.js';
import type { ActivityReport, BoardApproval } from '../records/types.js';
import type { ComplianceStatus, ObligationCompliance } from './types.js';

/** Each compliance status in words. */
export const STATUS: Readonly<Record<ComplianceStatus, { sv: string; en: string }>> = {
  fulfilled: { sv: 'uppfyllt', en: 'fulfilled' },
  pending: { sv: 'väntar', en: 'pending' },
  overdue: { sv: 'försenat', en: 'overdue' },
  violated: { sv: 'brutet', en: 'violated' },
  not_applicable: { sv: 'gäller inte', en: 'not applicable' },
  undetermined: { sv: 'kan inte avgöras', en: 'cannot be determined' },
};

function reference(record: BoardApproval | ActivityReport): string {
  return record.reference ? ` (${record.reference})` : '';
}

/** The reason for a compliance status, in words. */
function reason(result: ObligationCompliance, activity: Activity, language: Language): string {
  const sv = language === 'sv';
  const evidence = result.evidence;
  const approval = evidence as BoardApproval;
  const report = evidence as ActivityReport;
  const missing = (result.missing ?? []).map((item) => CONTENT_NAMES[item][language]).join(', ');
  const departure = firstDayOf(activity);
  const last = lastDayOf(activity);
  switch (result.reason) {
    case 'planning_stated':
      return sv
        ? 'syfte, mål och förväntad nytta är angivna'
        : 'purpose, goal and expected benefit are stated';
    case 'planning_incomplete':
      return sv
        ? `ska anges före ${result.deadline}: ${missing}`
        : `to be stated before ${result.deadline}: ${missing}`;
    case 'approved_in_time':
      return sv
        ? `godkänd ${approval.decidedOn}${reference(approval)}, senast avresedagen ${departure}`
        : `approved on ${approval.decidedOn}${reference(approval)}, on or before the departure on ${departure}`;
    case 'retroactive_approval':
      return sv
        ? `godkänd ${approval.decidedOn}${reference(approval)}, efter avresan ${departure}; ett godkännande i efterhand uppfyller inte regeln`
        : `approved on ${approval.decidedOn}${reference(approval)}, after the departure on ${departure}; a retroactive approval does not fulfil the rule`;
    case 'approval_rejected':
      return sv
        ? `kommunstyrelsen avslog resan ${approval.decidedOn}${reference(approval)}`
        : `the executive board rejected the trip on ${approval.decidedOn}${reference(approval)}`;
    case 'no_approval':
      return sv
        ? `inget godkännande av kommunstyrelsen finns, och resan avgick ${departure}`
        : `no approval by the executive board is recorded, and the trip departed on ${departure}`;
    case 'awaiting_approval':
      return sv
        ? `inget godkännande ännu; beslut krävs senast ${departure}`
        : `no approval yet; a decision is needed on or before ${departure}`;
    case 'report_complete':
      return sv
        ? `rapporterat ${report.submittedOn}${reference(report)} med syfte, mål och resultat`
        : `reported on ${report.submittedOn}${reference(report)} with purpose, goal and result`;
    case 'report_incomplete':
      return sv
        ? `rapporten ${report.submittedOn}${reference(report)} saknar: ${missing}${dueBy(result, language)}`
        : `the report of ${report.submittedOn}${reference(report)} does not state: ${missing}${dueBy(result, language)}`;
    case 'report_before_end':
      return sv
        ? `rapporten ${report.submittedOn}${reference(report)} lämnades före aktivitetens sista dag ${last} och kan inte redovisa vad som hände; en rapport lämnad ${last} eller senare krävs`
        : `the report of ${report.submittedOn}${reference(report)} was submitted before the activity's last day, ${last}, and cannot report on what happened; a report submitted on or after ${last} is needed`;
    case 'not_yet_due':
      return sv ? `ska göras efter ${last}` : `due after ${last}`;
    case 'awaiting_report':
      return result.deadline
        ? sv
          ? `inte rapporterat ännu; senast ${result.deadline}`
          : `not reported yet; due by ${result.deadline}`
        : sv
          ? 'inte rapporterat ännu; policyn anger ingen tidsfrist'
          : 'not reported yet; the policy sets no deadline';
    case 'deadline_passed':
      return sv
        ? `inte rapporterat inom tidsfristen ${result.deadline}`
        : `not reported by the deadline ${result.deadline}`;
    case 'not_applicable':
    case 'undetermined':
      return result.obligation.facts.map((fact) => factText(fact, language)).join('; ');
  }
}

/** The deadline of an incomplete report, or that there is none (interpretation note 6). */
function dueBy(result: ObligationCompliance, language: Language): string {
  if (result.deadline)
    return language === 'sv' ? `; senast ${result.deadline}` : `; due by ${result.deadline}`;
  return language === 'sv' ? '; policyn anger ingen tidsfrist' : '; the policy sets no deadline';
}

/** The board's other decisions on the trip, which say otherwise than the deciding one. */
function conflicts(result: ObligationCompliance, language: Language): string {
  if (!result.conflicting) return '';
  const decided = result.conflicting.map((decision) => {
    const word = DECISION[decision.decision][language];
    return `${word} ${decision.decidedOn}${reference(decision)}`;
  });
  return language === 'sv'
    ? ` (kommunstyrelsen har också beslutat annorlunda: ${decided.join(', ')}; det senaste beslutet senast avresedagen avgör)`
    : ` (the board also decided otherwise: ${decided.join(', ')}; its latest decision on or before departure decides)`;
}

const DECISION = {
  approved: { sv: 'godkänd', en: 'approved' },
  rejected: { sv: 'avslagen', en: 'rejected' },
} as const;

/** A compliance result in one sentence: the rule, the status and the reason. */
export function describeCompliance(
  result: ObligationCompliance,
  activity: Activity,
  language: Language,
): string {
  const title = result.obligation.rule.title[language];
  return `${title}: ${STATUS[result.status][language]} — ${reason(result, activity, language)}${conflicts(result, language)}.`;
}
