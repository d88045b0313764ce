import type { DutyPeriod } from '../calendar/mandate-period.js';
import { STATUS } from '../compliance/describe.js';
import type { Bilingual, Language } from '../errors.js';
import { byCount } from '../internal/text.js';
import type {
  AgreementEvaluation,
  ContinuationDecision,
  TwinTownAgreement,
} from '../records/types.js';
import type { AgreementDuty, AgreementDutyCode } from './types.js';

/** What a duty's message needs beyond the duty itself. */
export interface DutyContext {
  readonly period: DutyPeriod;
  readonly town?: string;
}

const TITLE: Readonly<Record<AgreementDutyCode, Bilingual>> = {
  agreement_evaluation: {
    sv: 'Utvärdering av vänortsavtal',
    en: 'Evaluation of twin-town agreements',
  },
  continuation_decision: {
    sv: 'Beslut om fortsatta vänortsavtal',
    en: 'Decision on continuing agreements',
  },
  agreement_termination: {
    sv: 'Uppsägning av vänortsavtal',
    en: 'Termination of a twin-town agreement',
  },
};

function ref(record: { reference?: string }): string {
  return record.reference ? ` (${record.reference})` : '';
}

function benefitOf(evaluation: AgreementEvaluation, language: Language): string {
  const sv = language === 'sv';
  const to = [
    evaluation.benefit.municipality ? (sv ? 'kommunen' : 'the municipality') : undefined,
    evaluation.benefit.associations ? (sv ? 'föreningslivet' : 'its associations') : undefined,
    evaluation.benefit.businesses ? (sv ? 'näringslivet' : 'its businesses') : undefined,
  ].filter((party): party is string => party !== undefined);
  return to.join(', ');
}

function reason(duty: AgreementDuty, context: DutyContext, language: Language): string {
  const sv = language === 'sv';
  const evaluation = duty.evidence as AgreementEvaluation;
  const decision = duty.evidence as ContinuationDecision;
  const agreement = duty.evidence as TwinTownAgreement;
  const due = context.period.dueBy;
  switch (duty.reason) {
    case 'evaluated_in_time':
      return sv
        ? `utvärderat ${evaluation.evaluatedOn}${ref(evaluation)}, senast ${due}`
        : `evaluated on ${evaluation.evaluatedOn}${ref(evaluation)}, by ${due}`;
    case 'evaluated_late':
      return sv
        ? `utvärderat först ${evaluation.evaluatedOn}${ref(evaluation)}, efter ${due}`
        : `evaluated only on ${evaluation.evaluatedOn}${ref(evaluation)}, after ${due}`;
    case 'awaiting_evaluation':
      return duty.code === 'agreement_termination'
        ? sv
          ? 'avtalet är inte utvärderat, så det går inte att säga om det ska sägas upp'
          : 'the agreement is not evaluated, so whether it must be terminated is open'
        : sv
          ? `ingen utvärdering ännu; senast ${due}`
          : `no evaluation yet; due by ${due}`;
    case 'not_evaluated':
      return sv ? `ingen utvärdering gjordes senast ${due}` : `no evaluation was made by ${due}`;
    case 'decided_in_time':
      return sv
        ? `beslutat ${decision.decidedOn}${ref(decision)}, senast ${due}`
        : `decided on ${decision.decidedOn}${ref(decision)}, by ${due}`;
    case 'decided_late':
      return sv
        ? `beslutat först ${decision.decidedOn}${ref(decision)}, efter ${due}`
        : `decided only on ${decision.decidedOn}${ref(decision)}, after ${due}`;
    case 'awaiting_decision':
      return sv ? `inget beslut ännu; senast ${due}` : `no decision yet; due by ${due}`;
    case 'no_decision':
      return sv
        ? `kommunfullmäktige beslutade inte senast ${due}`
        : `the council made no decision by ${due}`;
    case 'terminated':
      return sv
        ? `avtalet sades upp ${agreement.terminatedOn}`
        : `the agreement was terminated on ${agreement.terminatedOn}`;
    case 'awaiting_termination':
      return sv
        ? `utvärderingen ${evaluation.evaluatedOn}${ref(evaluation)} fann avtalet inaktivt och utan nytta för kommunen, förenings- och näringslivet; avtalet är inte uppsagt`
        : `the evaluation of ${evaluation.evaluatedOn}${ref(evaluation)} found it inactive and of no benefit to the municipality, its associations or its businesses; it is not terminated`;
    case 'continued_despite_evaluation':
      return sv
        ? `avtalet fanns inaktivt och utan nytta, men kommunfullmäktige beslutade ${decision.decidedOn}${ref(decision)} att det ska fortsätta`
        : `it was found inactive and of no benefit, but the council decided on ${decision.decidedOn}${ref(decision)} that it continues`;
    case 'found_active':
      return sv
        ? `utvärderingen ${evaluation.evaluatedOn} fann avtalet aktivt`
        : `the evaluation of ${evaluation.evaluatedOn} found it active`;
    case 'found_of_benefit':
      return sv
        ? `utvärderingen ${evaluation.evaluatedOn} fann avtalet till nytta för ${benefitOf(evaluation, language)}`
        : `the evaluation of ${evaluation.evaluatedOn} found it of benefit to ${benefitOf(evaluation, language)}`;
    case 'not_in_force':
      return sv
        ? `avtalet gällde inte när skyldigheterna förföll ${due}`
        : `the agreement was not in force when the duties fell due on ${due}`;
    case 'not_listed':
      return sv
        ? 'den gällande policyn räknar inte upp orten som vänort'
        : 'the policy in force does not list the town as a twin town';
    case 'not_in_policy':
      return sv
        ? 'den version av policyn som gäller för perioden har ingen sådan regel'
        : 'the version of the policy governing the period has no such rule';
    case 'no_policy_in_force':
      return sv
        ? `ingen känd version av policyn gällde ${due}`
        : `no known version of the policy was in force on ${due}`;
  }
}

/** A per-period duty in one sentence: the rule, for whom, the status and the reason. */
export function describeAgreementDuty(
  duty: AgreementDuty,
  context: DutyContext,
  language: Language,
): string {
  const subject = context.town ?? context.period.label;
  return `${(duty.rule?.title ?? TITLE[duty.code])[language]} (${subject}): ${STATUS[duty.status][language]} — ${reason(duty, context, language)}.`;
}

/** What a note is about. */
export type NoteKind =
  | 'inferred_agreement'
  | 'not_listed'
  | 'active_without_activity'
  | 'inactive_with_activity'
  | 'not_continued';

/** A note where the register and the records disagree; not an error. */
export function noteFor(kind: NoteKind, town: string, period: DutyPeriod, count = 0): Bilingual {
  const p = period.label;
  switch (kind) {
    case 'inferred_agreement':
      return {
        sv: `Registret har inget avtal med ${town}; policyn räknar upp orten som vänort, så avtalet antas gälla.`,
        en: `The register records no agreement with ${town}; the policy lists it as a twin town, so the agreement is taken to exist.`,
      };
    case 'not_listed':
      return {
        sv: `Den policy som gäller för ${p} räknar inte upp ${town}; ingen utvärdering krävs enligt den, men avtalet är inte uppsagt.`,
        en: `The policy governing ${p} does not list ${town}; it owes no evaluation under it, but the agreement is not terminated.`,
      };
    case 'active_without_activity':
      return {
        sv: `Utvärderingen fann avtalet med ${town} aktivt, men registret har inget utbyte eller resa med orten under ${p}.`,
        en: `The evaluation found the agreement with ${town} active, but the register holds no exchange or trip with the town in ${p}.`,
      };
    case 'inactive_with_activity':
      return {
        sv: `Utvärderingen fann avtalet med ${town} inaktivt, men registret har ${count} ${byCount(count, 'utbyte eller resa', 'utbyten eller resor')} med orten under ${p}.`,
        en: `The evaluation found the agreement with ${town} inactive, but the register holds ${count} ${byCount(count, 'exchange or trip', 'exchanges or trips')} with the town in ${p}.`,
      };
    case 'not_continued':
      return {
        sv: `Kommunfullmäktiges beslut för ${p} räknar inte upp avtalet med ${town} bland dem som ska fortsätta.`,
        en: `The council's decision for ${p} does not list the agreement with ${town} among those that continue.`,
      };
  }
}
