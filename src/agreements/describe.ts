import { STATUS } from '../compliance/words.js';
import type { LocalizedText } from '../errors.js';
import { joined } from '../internal/words.js';
import { BUILT_IN_POLICIES } from '../policy/policy-in-force.js';
import type { Rule } from '../policy/types.js';
import type { AgreementEvaluation } from '../records/types.js';
import type { AgreementDuty, AgreementDutyKind, AgreementNote } from './types.js';
import { BENEFIT, dutySentence, NOTE, REASON } from './words.js';

/**
 * Internal: the rule of a duty when no version of the policy was in force to cite it — the rule of
 * the latest built-in version that has it. Its title, party and timing come from the policy data.
 */
export function uncitedRule(kind: AgreementDutyKind): Rule {
  for (let i = BUILT_IN_POLICIES.length - 1; i >= 0; i--) {
    const rule = (BUILT_IN_POLICIES[i] as (typeof BUILT_IN_POLICIES)[number]).rules.find(
      (candidate) => candidate.kind === kind,
    );
    if (rule) return rule;
  }
  // Stryker disable next-line all: unreachable — the built-in versions have every duty's rule (a test holds it).
  throw new Error(`No built-in version of the policy has a rule of kind ${kind}.`);
}

function ref(record: { reference?: string }): string {
  return record.reference ? ` (${record.reference})` : '';
}

function benefitOf(evaluation: AgreementEvaluation): LocalizedText {
  const to = (['municipality', 'associations', 'businesses'] as const)
    .filter((party) => evaluation.benefit[party])
    .map((party) => BENEFIT[party]);
  return joined(to, ', ');
}

function reason(duty: AgreementDuty): LocalizedText {
  const due = duty.period.dueBy;
  switch (duty.reason) {
    case 'evaluated_in_time':
    case 'evaluated_late':
      return REASON[duty.reason](duty.evidence.evaluatedOn, ref(duty.evidence), due);
    case 'awaiting_evaluation':
      return duty.kind === 'termination'
        ? REASON.termination_awaiting_evaluation
        : REASON.awaiting_evaluation(due);
    case 'decided_in_time':
    case 'decided_late':
      return REASON[duty.reason](duty.evidence.decidedOn, ref(duty.evidence), due);
    case 'not_evaluated':
    case 'awaiting_decision':
    case 'no_decision':
    case 'not_in_force':
    case 'no_policy_in_force':
      return REASON[duty.reason](due);
    case 'terminated':
      return REASON.terminated(duty.evidence.terminatedOn);
    case 'awaiting_termination':
      return REASON.awaiting_termination(duty.evidence.evaluatedOn, ref(duty.evidence));
    case 'continued_despite_evaluation':
      return REASON.continued_despite_evaluation(duty.evidence.decidedOn, ref(duty.evidence));
    case 'found_active':
      return REASON.found_active(duty.evidence.evaluatedOn);
    case 'found_of_benefit':
      return REASON.found_of_benefit(duty.evidence.evaluatedOn, benefitOf(duty.evidence));
    case 'not_listed':
    case 'not_in_policy':
      return REASON[duty.reason];
  }
}

/** Internal: a per-period duty in one sentence, in both languages — the rule, for whom, the status and the reason. */
export function dutyWords(duty: AgreementDuty): LocalizedText {
  const title = (duty.rule ?? uncitedRule(duty.kind)).title;
  return dutySentence(title, duty.town ?? duty.period.label, STATUS[duty.status], reason(duty));
}

/** A note where the register and the records disagree, in words; not an error. */
export function noteWords(note: AgreementNote): LocalizedText {
  switch (note.kind) {
    case 'inferred_agreement':
      return NOTE.inferred_agreement(note.town);
    case 'inactive_with_activity':
      return NOTE.inactive_with_activity(note.town, note.period, note.count ?? 0);
    default:
      return NOTE[note.kind](note.town, note.period);
  }
}
