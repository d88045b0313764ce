import { dutyWords } from './agreements/describe.js';
import type { AgreementDuty } from './agreements/types.js';
import { complianceWords } from './compliance/describe.js';
import type { ObligationCompliance } from './compliance/types.js';
import { DECISION, STATUS } from './compliance/words.js';
import type { Bilingual } from './errors.js';
import { invalidArgument, notThis } from './internal/guards.js';
import { isSnapshot } from './money/guards.js';
import { evaluationWords, obligationWords } from './obligations/describe.js';
import type { Evaluation, Obligation } from './obligations/types.js';
import { BASIS, CONTENT_NAMES, FORM, PARTY } from './obligations/words.js';

/** A result {@link explain} puts in words. */
export type Explainable = Evaluation | Obligation | ObligationCompliance | AgreementDuty;

/**
 * A result in words, in Swedish and English: an evaluation, one of its obligations, a compliance
 * result or an agreement duty. The words are rendered from the result's data alone, so they are
 * the same for the result and for any copy of it — a spread, a `structuredClone`, or JSON written
 * and read back.
 *
 * @remarks
 * Results are plain data; the words are not stored in them, because rendering them for every
 * result of a large register would cost more than judging it. Rule titles come from the result's
 * `rule` (the policy's own text); the sentences from the library's vocabularies.
 *
 * @param result - what {@link evaluate}, {@link assessCompliance} or {@link reviewAgreements} returned,
 *   or a part of it, or a copy of either
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
 */
export function explain(result: Explainable): Bilingual {
  if (typeof result !== 'object' || result === null || Array.isArray(result))
    refuse('result', result);
  if ('outcome' in result) {
    EVALUATION(result, 'result');
    return evaluationWords(result);
  }
  if ('obligation' in result) {
    COMPLIANCE(result, 'result');
    return complianceWords(result);
  }
  if (typeof result.code === 'string' && Object.hasOwn(DUTY_CODES, result.code)) {
    DUTY(result, 'result');
    return dutyWords(result as AgreementDuty);
  }
  OBLIGATION(result, 'result');
  return obligationWords(result as Obligation);
}

/** Throws `invalid_argument` naming the field at `path`. */
function refuse(path: string, value: unknown): never {
  throw invalidArgument('explain', {
    sv: `tar ett resultat från evaluate, assessCompliance eller reviewAgreements (eller en kopia av ett); ${path} är inte vad ett sådant resultat har: ${notThis(value).sv}.`,
    en: `takes a result from evaluate, assessCompliance or reviewAgreements (or a copy of one); ${path} is not what such a result holds: ${notThis(value).en}.`,
  });
}

/** A check of one value, at its path from `result`; throws (via {@link refuse}) if it does not hold. */
type Check = (value: unknown, path: string) => void;

const text: Check = (value, path) => {
  if (typeof value !== 'string') refuse(path, value);
};
const flag: Check = (value, path) => {
  if (typeof value !== 'boolean') refuse(path, value);
};
const money: Check = (value, path) => {
  if (!isSnapshot(value)) refuse(path, value);
};
/** A key of `table` (a status, a party, a code…). */
const keyOf =
  (table: object): Check =>
  (value, path) => {
    if (typeof value !== 'string' || !Object.hasOwn(table, value)) refuse(path, value);
  };
const optional =
  (check: Check): Check =>
  (value, path) => {
    if (value !== undefined) check(value, path);
  };
const list =
  (item: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) refuse(path, value);
    for (let index = 0; index < value.length; index++) item(value[index], `${path}[${index}]`);
  };
/** An object with these fields (others are allowed: a result may carry more than the words read). */
const object =
  (fields: Readonly<Record<string, Check>>): Check =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(path, value);
    for (const [key, check] of Object.entries(fields))
      check((value as Record<string, unknown>)[key], `${path}.${key}`);
  };
/** An object whose `field` picks the checks of the rest. */
const byField =
  (field: string, cases: Readonly<Record<string, Readonly<Record<string, Check>>>>): Check =>
  (value, path) => {
    object({ [field]: keyOf(cases) })(value, path);
    object(cases[(value as Record<string, string>)[field] as string] as Record<string, Check>)(
      value,
      path,
    );
  };

const WORDS = object({ sv: text, en: text });
const REFERENCE = { reference: optional(text) };

const FACT = byField('kind', {
  abroad: { place: text, country: text },
  all_in_sweden: {},
  twin_town: { name: text, policyPeriod: text },
  possible_twin_town: { place: text, name: text, policyPeriod: text, town: text },
  no_twin_town: {},
  agreement_terminated: { name: text, terminatedOn: text },
  total_cost: {
    total: money,
    threshold: money,
    above: flag,
    basis: keyOf(BASIS),
    plannedInstead: optional(money),
    conversions: list(
      object({
        from: money,
        rate: optional(object({ currency: text, sekPerUnit: text, date: text, source: text })),
      }),
    ),
  },
  costs_missing: {},
  costs_not_convertible: { issues: list(object({ messages: WORDS })) },
  not_a_trip: { form: keyOf(FORM) },
});

const OBLIGATION = object({
  code: keyOf({ planning: 1, board_approval: 1, board_report_back: 1, council_account: 1 }),
  status: keyOf({ owed: 1, not_applicable: 1, undetermined: 1 }),
  owedBy: keyOf(PARTY),
  owedTo: optional(keyOf(PARTY)),
  timing: text,
  dueBy: optional(text),
  content: list(keyOf(CONTENT_NAMES)),
  facts: list(FACT),
  rule: object({ title: WORDS }),
});

const EVALUATION = object({
  outcome: keyOf({ evaluated: 1, not_international: 1, no_policy_in_force: 1 }),
  decidingDate: text,
  obligations: list(OBLIGATION),
});

const DECIDED = object({ decidedOn: text, decision: keyOf(DECISION), ...REFERENCE });
const REPORT = object({ submittedOn: text, ...REFERENCE });
const MISSING = list(keyOf(CONTENT_NAMES));
const APPROVAL = { deadline: text, evidence: DECIDED, conflicting: optional(list(DECIDED)) };
const REPORT_DUE = { lastDay: text, deadline: optional(text) };

const COMPLIANCE = (value: unknown, path: string): void => {
  object({ obligation: OBLIGATION, status: keyOf(STATUS) })(value, path);
  byField('reason', {
    planning_stated: {},
    not_applicable: {},
    undetermined: {},
    planning_incomplete: { deadline: text, missing: MISSING },
    approved_in_time: APPROVAL,
    retroactive_approval: APPROVAL,
    approval_rejected: APPROVAL,
    no_approval: { deadline: text },
    awaiting_approval: { deadline: text },
    report_complete: { ...REPORT_DUE, evidence: REPORT },
    report_before_end: { ...REPORT_DUE, evidence: REPORT },
    report_incomplete: { ...REPORT_DUE, evidence: REPORT, missing: MISSING },
    not_yet_due: REPORT_DUE,
    awaiting_report: REPORT_DUE,
    deadline_passed: REPORT_DUE,
  })(value, path);
};

const DUTY_CODES = { agreement_evaluation: 1, continuation_decision: 1, agreement_termination: 1 };
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

const DUTY = (value: unknown, path: string): void => {
  object({
    code: keyOf(DUTY_CODES),
    status: keyOf(STATUS),
    period: object({ label: text, dueBy: text }),
    town: optional(text),
    rule: optional(object({ title: WORDS })),
  })(value, path);
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
  })(value, path);
};
