import { STATUS } from '../compliance/words.js';
import type { LocalizedText } from '../errors.js';
import { ownArgument } from '../input/own-data.js';
import {
  byField,
  type Check,
  type Checked,
  count,
  flag,
  keyOf,
  object,
  optional,
  REFERENCE,
  text,
  WORDS,
} from '../internal/shape.js';
import { dutyWords, noteWords } from './describe.js';
import type { AgreementDuty, AgreementNote } from './types.js';
import { ARGUMENT, TAKES } from './words.js';

/** What {@link explainDuty} takes. */
const EXPLAIN_DUTY: Checked = {
  fn: 'explainDuty',
  takes: TAKES.duty,
};

/**
 * An agreement duty in words, in Swedish and English: the rule, the agreement or period, the status
 * and the reason. Rendered from the duty's data alone, so it is the same for the duty and for any
 * copy of it (a spread, a `structuredClone`, or JSON read back). The words of the other results:
 * {@link explain}.
 *
 * @param duty - a duty from {@link reviewAgreements} (`continuation`, or an agreement's `evaluation`
 *   or `termination`), or a copy of one
 * @returns the sentence in Swedish and English
 * @throws {@link PolicyError} `invalid_argument`, naming the first field (as a path from `duty`)
 *   that no duty holds
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * const review = register.success
 *   ? reviewAgreements(register.data, { period: '2019-2022', asOf: '2023-03-31' })
 *   : undefined;
 * review && explainDuty(review.continuation).en;
 * // => 'Decision on continuing agreements (2019–2022): fulfilled — decided on 2022-09-26 (KF § 98), by 2022-10-14.'
 * ```
 * @category Agreements and audit
 */
export function explainDuty(duty: AgreementDuty): LocalizedText {
  duty = ownArgument(EXPLAIN_DUTY.fn, duty, ARGUMENT.duty);
  DUTY(duty, 'duty', EXPLAIN_DUTY);
  return dutyWords(duty);
}

/** What {@link explainNote} takes. */
const EXPLAIN_NOTE: Checked = {
  fn: 'explainNote',
  takes: TAKES.note,
};

const NOTE_KINDS = {
  inferred_agreement: 1,
  not_listed: 1,
  active_without_activity: 1,
  inactive_with_activity: 1,
  not_continued: 1,
};
const NOTE_SHAPE = object({
  kind: keyOf(NOTE_KINDS),
  town: text,
  period: text,
  count: optional(count),
});

/**
 * A note of an agreement's standing in words, in Swedish and English: where the register and the
 * records disagree (not an error). The standing holds the note as data; the words come from the
 * layer's table here, at rendering, so a copy of the note says the same.
 *
 * @param note - a note from {@link AgreementStanding.notes}, or a copy of one
 * @returns the sentence in Swedish and English
 * @throws {@link PolicyError} `invalid_argument`, naming the first field (as a path from `note`)
 *   that no note holds
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * const review = register.success
 *   ? reviewAgreements(register.data, { period: '2019-2022', asOf: '2023-03-31' })
 *   : undefined;
 * const note = review?.agreements.find((a) => a.agreement.id === 'madison')?.notes[0];
 * note?.kind; // => 'inactive_with_activity'
 * note && explainNote(note).en;
 * // => 'The evaluation found the agreement with Madison inactive, but the register holds 1 exchange or trip with the town in 2019–2022.'
 * ```
 * @category Agreements and audit
 */
export function explainNote(note: AgreementNote): LocalizedText {
  note = ownArgument(EXPLAIN_NOTE.fn, note, ARGUMENT.note);
  NOTE_SHAPE(note, 'note', EXPLAIN_NOTE);
  return noteWords(note);
}

const DUTY_KINDS = { evaluation: 1, continuation: 1, termination: 1 };
const EVALUATED = {
  evidence: object({
    evaluatedOn: text,
    ...REFERENCE,
    benefit: object({
      municipality: optional(flag),
      associations: optional(flag),
      businesses: optional(flag),
    }),
  }),
};
const DECISION_EVIDENCE = { evidence: object({ decidedOn: text, ...REFERENCE }) };

const DUTY: Check = (value, path, checked) => {
  object({
    code: text,
    kind: keyOf(DUTY_KINDS),
    status: keyOf(STATUS),
    period: object({ label: text, dueBy: text }),
    town: optional(text),
    rule: optional(object({ title: WORDS })),
  })(value, path, checked);
  byField('reason', {
    evaluated_in_time: EVALUATED,
    evaluated_late: EVALUATED,
    awaiting_termination: EVALUATED,
    found_active: EVALUATED,
    found_of_benefit: EVALUATED,
    decided_in_time: DECISION_EVIDENCE,
    decided_late: DECISION_EVIDENCE,
    continued_despite_evaluation: DECISION_EVIDENCE,
    terminated: { evidence: object({ terminatedOn: text }) },
    awaiting_evaluation: {},
    not_evaluated: {},
    awaiting_decision: {},
    no_decision: {},
    not_in_force: {},
    not_listed: {},
    not_in_policy: {},
    no_policy_in_force: {},
  })(value, path, checked);
};
