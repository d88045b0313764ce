import type { LocalizedText } from '../errors.js';
import type { Checked } from '../internal/shape.js';
import { byCount } from '../internal/text.js';
import { ONE_AGAIN } from '../internal/words.js';

/**
 * Internal: the vocabulary of the agreement review — each duty's reason and the notes where the
 * register and the records disagree, in both languages side by side. Rule titles come from the
 * policy data, never from here.
 */

/** Who an evaluation found an agreement of benefit to. */
export const BENEFIT: Readonly<
  Record<'municipality' | 'associations' | 'businesses', LocalizedText>
> = {
  municipality: { sv: 'kommunen', en: 'the municipality' },
  associations: { sv: 'föreningslivet', en: 'its associations' },
  businesses: { sv: 'näringslivet', en: 'its businesses' },
};

/** The reasons, each from the values it names (`ref` is a record's reference in parentheses, or empty). */
export const REASON = {
  evaluated_in_time: (on: string, ref: string, due: string): LocalizedText => ({
    sv: `utvärderat ${on}${ref}, senast ${due}`,
    en: `evaluated on ${on}${ref}, by ${due}`,
  }),
  evaluated_late: (on: string, ref: string, due: string): LocalizedText => ({
    sv: `utvärderat först ${on}${ref}, efter ${due}`,
    en: `evaluated only on ${on}${ref}, after ${due}`,
  }),
  awaiting_evaluation: (due: string): LocalizedText => ({
    sv: `ingen utvärdering ännu; senast ${due}`,
    en: `no evaluation yet; due by ${due}`,
  }),
  termination_awaiting_evaluation: {
    sv: 'avtalet är inte utvärderat, så det går inte att säga om det ska sägas upp',
    en: 'the agreement is not evaluated, so whether it must be terminated is open',
  },
  not_evaluated: (due: string): LocalizedText => ({
    sv: `ingen utvärdering gjordes senast ${due}`,
    en: `no evaluation was made by ${due}`,
  }),
  decided_in_time: (on: string, ref: string, due: string): LocalizedText => ({
    sv: `beslutat ${on}${ref}, senast ${due}`,
    en: `decided on ${on}${ref}, by ${due}`,
  }),
  decided_late: (on: string, ref: string, due: string): LocalizedText => ({
    sv: `beslutat först ${on}${ref}, efter ${due}`,
    en: `decided only on ${on}${ref}, after ${due}`,
  }),
  awaiting_decision: (due: string): LocalizedText => ({
    sv: `inget beslut ännu; senast ${due}`,
    en: `no decision yet; due by ${due}`,
  }),
  no_decision: (due: string): LocalizedText => ({
    sv: `kommunfullmäktige beslutade inte senast ${due}`,
    en: `the council made no decision by ${due}`,
  }),
  terminated: (on: string | undefined): LocalizedText => ({
    sv: `avtalet sades upp ${on}`,
    en: `the agreement was terminated on ${on}`,
  }),
  awaiting_termination: (on: string, ref: string): LocalizedText => ({
    sv: `utvärderingen ${on}${ref} fann avtalet inaktivt och utan nytta för kommunen, förenings- och näringslivet; avtalet är inte uppsagt`,
    en: `the evaluation of ${on}${ref} found it inactive and of no benefit to the municipality, its associations or its businesses; it is not terminated`,
  }),
  continued_despite_evaluation: (on: string, ref: string): LocalizedText => ({
    sv: `avtalet befanns inaktivt och utan nytta, men kommunfullmäktige beslutade ${on}${ref} att det ska fortsätta`,
    en: `it was found inactive and of no benefit, but the council decided on ${on}${ref} that it continues`,
  }),
  found_active: (on: string): LocalizedText => ({
    sv: `utvärderingen ${on} fann avtalet aktivt`,
    en: `the evaluation of ${on} found it active`,
  }),
  found_of_benefit: (on: string, to: LocalizedText): LocalizedText => ({
    sv: `utvärderingen ${on} fann avtalet till nytta för ${to.sv}`,
    en: `the evaluation of ${on} found it of benefit to ${to.en}`,
  }),
  not_in_force: (due: string): LocalizedText => ({
    sv: `avtalet gällde inte ${due}, då skyldigheterna skulle vara fullgjorda`,
    en: `the agreement was not in force when the duties fell due on ${due}`,
  }),
  not_listed: {
    sv: 'den gällande policyn räknar inte upp orten som vänort',
    en: 'the policy in force does not list the town as a twin town',
  },
  not_in_policy: {
    sv: 'den version av policyn som gäller för perioden har ingen sådan regel',
    en: 'the version of the policy governing the period has no such rule',
  },
  no_policy_in_force: (due: string): LocalizedText => ({
    sv: `ingen känd version av policyn gällde ${due}`,
    en: `no known version of the policy was in force on ${due}`,
  }),
} as const;

/** A duty in one sentence: the rule, for whom, the status and the reason. */
export function dutySentence(
  title: LocalizedText,
  subject: string,
  status: LocalizedText,
  reason: LocalizedText,
): LocalizedText {
  return {
    sv: `${title.sv} (${subject}): ${status.sv} — ${reason.sv}.`,
    en: `${title.en} (${subject}): ${status.en} — ${reason.en}.`,
  };
}

/** The notes where the register and the records disagree (not errors). */
export const NOTE = {
  inferred_agreement: (town: string): LocalizedText => ({
    sv: `Registret har inget avtal med ${town}; policyn räknar upp orten som vänort, så avtalet antas gälla.`,
    en: `The register records no agreement with ${town}; the policy lists it as a twin town, so the agreement is taken to exist.`,
  }),
  not_listed: (town: string, period: string): LocalizedText => ({
    sv: `Den policy som gäller för ${period} räknar inte upp ${town}; ingen utvärdering krävs enligt den, men avtalet är inte uppsagt.`,
    en: `The policy governing ${period} does not list ${town}; it owes no evaluation under it, but the agreement is not terminated.`,
  }),
  active_without_activity: (town: string, period: string): LocalizedText => ({
    sv: `Utvärderingen fann avtalet med ${town} aktivt, men registret har inget utbyte eller resa med orten under ${period}.`,
    en: `The evaluation found the agreement with ${town} active, but the register holds no exchange or trip with the town in ${period}.`,
  }),
  inactive_with_activity: (town: string, period: string, count: number): LocalizedText => ({
    sv: `Utvärderingen fann avtalet med ${town} inaktivt, men registret har ${count} ${byCount(count, 'utbyte eller resa', 'utbyten eller resor')} med orten under ${period}.`,
    en: `The evaluation found the agreement with ${town} inactive, but the register holds ${count} ${byCount(count, 'exchange or trip', 'exchanges or trips')} with the town in ${period}.`,
  }),
  not_continued: (town: string, period: string): LocalizedText => ({
    sv: `Kommunfullmäktiges beslut för ${period} räknar inte upp avtalet med ${town} bland dem som ska fortsätta.`,
    en: `The council's decision for ${period} does not list the agreement with ${town} among those that continue.`,
  }),
} as const;

/** What `explainDuty` and `explainNote` take, a copy included. */
export const TAKES: Readonly<Record<'duty' | 'note', Checked['takes']>> = {
  duty: {
    sv: 'en skyldighet från reviewAgreements (eller en kopia av en)',
    en: 'a duty from reviewAgreements (or a copy of one)',
    one: ONE_AGAIN.common,
  },
  note: {
    sv: 'en anteckning från reviewAgreements (eller en kopia av en)',
    en: 'a note from reviewAgreements (or a copy of one)',
    one: ONE_AGAIN.common,
  },
};

/** How `explainDuty` and `explainNote` name their arguments. */
export const ARGUMENT: Readonly<Record<'duty' | 'note', LocalizedText>> = {
  duty: { sv: 'skyldigheten', en: 'the duty' },
  note: { sv: 'anteckningen', en: 'the note' },
};
