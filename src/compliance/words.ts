import type { LocalizedText } from '../errors.js';
import type { Checked } from '../internal/shape.js';
import { ONE_AGAIN } from '../internal/words.js';
import type { ComplianceStatus } from './types.js';

/**
 * Internal: the vocabulary of compliance — each status, each reason and the sentence a result is
 * explained with, in both languages side by side.
 */

/** Each compliance status in words. */
export const STATUS: Readonly<Record<ComplianceStatus, LocalizedText>> = {
  fulfilled: { sv: 'uppfyllt', en: 'fulfilled' },
  pending: { sv: 'väntar', en: 'pending' },
  overdue: { sv: 'försenat', en: 'overdue' },
  violated: { sv: 'inte uppfyllt', en: 'not fulfilled' },
  not_applicable: { sv: 'gäller inte', en: 'not applicable' },
  undetermined: { sv: 'kan inte avgöras', en: 'cannot be determined' },
};

/** A board decision in a word. */
export const DECISION: Readonly<Record<'approved' | 'rejected', LocalizedText>> = {
  approved: { sv: 'godkänd', en: 'approved' },
  rejected: { sv: 'avslagen', en: 'rejected' },
};

/** The reasons, each from the values it names (`ref` is a record's reference, in parentheses, or empty). */
export const REASON = {
  planning_stated: {
    sv: 'syfte, mål och förväntad nytta är angivna',
    en: 'purpose, goal and expected benefit are stated',
  },
  planning_incomplete: (deadline: string, missing: LocalizedText): LocalizedText => ({
    sv: `ska anges före ${deadline}: ${missing.sv}`,
    en: `to be stated before ${deadline}: ${missing.en}`,
  }),
  approved_in_time: (on: string, ref: string, due: string, event: DueEvent): LocalizedText => ({
    sv: `godkänd ${on}${ref}, senast ${event.day.sv} ${due}`,
    en: `approved on ${on}${ref}, on or before ${event.day.en} on ${due}`,
  }),
  retroactive_approval: (on: string, ref: string, due: string, event: DueEvent): LocalizedText => ({
    sv: `godkänd ${on}${ref}, efter ${event.after.sv} ${due}; ett godkännande i efterhand uppfyller inte regeln`,
    en: `approved on ${on}${ref}, after ${event.day.en} on ${due}; a retroactive approval does not fulfil the rule`,
  }),
  booking_date_unknown: (on: string, ref: string, departure: string): LocalizedText => ({
    sv: `godkänd ${on}${ref}, före avresan ${departure}, men resans bokningsdag är inte angiven, så det går inte att avgöra om beslutet kom före bokningen; ange bookingDate`,
    en: `approved on ${on}${ref}, before the departure on ${departure}, but the trip's booking date is not recorded, so whether the decision came before the booking cannot be decided; give bookingDate`,
  }),
  approval_rejected: (on: string, ref: string, body: LocalizedText): LocalizedText => ({
    sv: `${body.sv} avslog resan ${on}${ref}`,
    en: `${body.en} rejected the trip on ${on}${ref}`,
  }),
  no_approval: (due: string, body: LocalizedText, event: DueEvent): LocalizedText => ({
    sv: `inget godkännande av ${body.sv} finns, och resan ${event.happened.sv} ${due}`,
    en: `no approval by ${body.en} is recorded, and the trip ${event.happened.en} on ${due}`,
  }),
  awaiting_approval: (departure: string): LocalizedText => ({
    sv: `inget godkännande ännu; beslut krävs senast ${departure}`,
    en: `no approval yet; a decision is needed on or before ${departure}`,
  }),
  report_complete: (on: string, ref: string): LocalizedText => ({
    sv: `rapporterat ${on}${ref} med syfte, mål och resultat`,
    en: `reported on ${on}${ref} with purpose, goal and result`,
  }),
  report_incomplete: (
    on: string,
    ref: string,
    missing: LocalizedText,
    due: LocalizedText,
  ): LocalizedText => ({
    sv: `rapporten ${on}${ref} saknar: ${missing.sv}${due.sv}`,
    en: `the report of ${on}${ref} does not state: ${missing.en}${due.en}`,
  }),
  report_before_end: (
    on: string,
    ref: string,
    last: string,
    due: LocalizedText,
  ): LocalizedText => ({
    sv: `rapporten ${on}${ref} räknas inte: den lämnades före aktivitetens sista dag ${last} och kan inte redovisa vad som hände; en rapport lämnad ${last} eller senare krävs${due.sv}`,
    en: `the report of ${on}${ref} is not counted: it was submitted before the activity's last day, ${last}, and cannot report on what happened; a report submitted on or after ${last} is needed${due.en}`,
  }),
  /** A complete report submitted after the caller's deadline: fulfilled, but late (note 6). */
  late: (deadline: string | undefined): LocalizedText => ({
    sv: `, efter tidsfristen ${deadline} (sent)`,
    en: `, after the deadline ${deadline} (late)`,
  }),
  /**
   * An undetermined obligation whose records fulfil it as if it were owed, or leave it pending:
   * the status is the same whether it applies or not (note 11); `facts` say why it is undetermined.
   */
  eitherWay: {
    fulfilled: (facts: LocalizedText): LocalizedText => ({
      sv: `; det uppfyller skyldigheten vare sig den gäller eller inte (${facts.sv})`,
      en: `; this fulfils the duty whether or not it applies (${facts.en})`,
    }),
    pending: (facts: LocalizedText): LocalizedText => ({
      sv: `; om skyldigheten gäller kan inte avgöras ännu (${facts.sv})`,
      en: `; whether the duty applies cannot be determined yet (${facts.en})`,
    }),
  },
  not_yet_due: (last: string): LocalizedText => ({
    sv: `ska göras efter ${last}`,
    en: `due after ${last}`,
  }),
  awaiting_report: (deadline: string): LocalizedText => ({
    sv: `inte rapporterat ännu; senast ${deadline}`,
    en: `not reported yet; due by ${deadline}`,
  }),
  awaiting_report_without_deadline: {
    sv: 'inte rapporterat ännu; policyn anger ingen tidsfrist',
    en: 'not reported yet; the policy sets no deadline',
  },
  deadline_passed: (deadline: string | undefined): LocalizedText => ({
    sv: `inte rapporterat inom tidsfristen ${deadline}`,
    en: `not reported by the deadline ${deadline}`,
  }),
  /** The deadline of an incomplete report, or that there is none (interpretation note 6). */
  dueBy: (deadline: string | undefined): LocalizedText =>
    deadline
      ? { sv: `; senast ${deadline}`, en: `; due by ${deadline}` }
      : { sv: '; policyn anger ingen tidsfrist', en: '; the policy sets no deadline' },
  /**
   * Why a duty does not apply or cannot be decided: the facts, which are worded as a clause that
   * follows "eftersom" in Swedish ("kostnaden … inte är högre än …") and stands alone in English.
   */
  because: (facts: LocalizedText): LocalizedText => ({
    sv: `eftersom ${facts.sv}`,
    en: facts.en,
  }),
  /** The board's other decisions on the trip, which say otherwise than the deciding one. */
  conflicts: (decided: LocalizedText): LocalizedText => ({
    sv: ` (kommunstyrelsen har också beslutat annorlunda: ${decided.sv}; det senaste beslutet senast avresedagen avgör)`,
    en: ` (the board also decided otherwise: ${decided.en}; its latest decision on or before departure decides)`,
  }),
} as const;

/** A result in one sentence: the rule, the status, the reason. */
export function sentence(
  title: LocalizedText,
  status: LocalizedText,
  reason: LocalizedText,
): LocalizedText {
  return {
    sv: `${title.sv}: ${status.sv} — ${reason.sv}.`,
    en: `${title.en}: ${status.en} — ${reason.en}.`,
  };
}

/** The day a decision is due by, in words: the departure, or the booking. */
export interface DueEvent {
  /** The day: "avresedagen" / "the departure". */
  readonly day: LocalizedText;
  /** After it: "avresan" / "the departure". */
  readonly after: LocalizedText;
  /** What the trip did on it: "avgick" / "departed". */
  readonly happened: LocalizedText;
}

/** The events a decision may be due before. */
export const DUE_EVENT: Readonly<Record<'departure' | 'booking', DueEvent>> = {
  departure: {
    day: { sv: 'avresedagen', en: 'the departure' },
    after: { sv: 'avresan', en: 'the departure' },
    happened: { sv: 'avgick', en: 'departed' },
  },
  booking: {
    day: { sv: 'bokningsdagen', en: 'the booking' },
    after: { sv: 'bokningen', en: 'the booking' },
    happened: { sv: 'bokades', en: 'was booked' },
  },
};

/** The bodies a decision may be owed to, in running text. */
export const DECIDING_BODY: Readonly<Record<'board' | 'council', LocalizedText>> = {
  board: { sv: 'kommunstyrelsen', en: 'the executive board' },
  council: { sv: 'kommunfullmäktige', en: 'the municipal council' },
};

/** What `explain` takes, a copy included. */
export const TAKES: Readonly<Record<'result', Checked['takes']>> = {
  result: {
    sv: 'ett resultat från evaluate eller assessCompliance (eller en kopia av ett)',
    en: 'a result from evaluate or assessCompliance (or a copy of one)',
    one: ONE_AGAIN.neuter,
  },
};

/** How the functions of compliance name their arguments. */
export const ARGUMENT: Readonly<Record<'result' | 'records', LocalizedText>> = {
  result: { sv: 'resultatet', en: 'the result' },
  records: { sv: 'besluten', en: 'the records' },
};
