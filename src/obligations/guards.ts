import { type IsoDate, isIsoDate } from '../calendar/iso-date.js';
import { LIMITS } from '../input/fields.js';
import {
  checkOptions,
  invalidArgument,
  isList,
  readKnownOptions,
  refuseAsParsed,
} from '../internal/guards.js';
import { checkRates } from '../money/check-rates.js';
import { checkMaxRateAgeDays } from '../money/rate-age.js';
import { checkPolicySource } from '../policy/guards.js';
import { type PolicySource, policyList } from '../policy/policy-in-force.js';
import type { PolicyVersion } from '../policy/types.js';
import { parseRecords } from '../records/parse-records.js';
import type { TwinTownAgreement } from '../records/types.js';
import * as MUST from './must-words.js';
import type { EvaluationContext } from './types.js';

/** The options of an {@link EvaluationContext}. */
export const CONTEXT_OPTIONS: readonly string[] = Object.freeze([
  'policies',
  'rates',
  'agreements',
  'maxRateAgeDays',
  'asOf',
  'meetingDays',
]);

/** The options of the functions that judge a period: the council account and the agreements' review. */
export const PERIOD_OPTIONS: readonly string[] = Object.freeze([
  'period',
  'asOf',
  'rates',
  'policies',
  'maxRateAgeDays',
]);

/**
 * Throws `invalid_argument`, naming `fn`, unless `context` is an {@link EvaluationContext}: an object
 * whose policies the library made, whose rates are `{ rates: [...] }`, whose agreements are a list
 * of agreements, and whose `maxRateAgeDays` is a whole number of days. Returns the options as
 * checked, which the function uses from then on: read once (see `checkKnownOptions`), with rates
 * and agreements written by hand replaced by the parsers' copies of them.
 */
export function checkContext<T>(
  fn: string,
  context: T,
  known: readonly string[] = CONTEXT_OPTIONS,
): T {
  checkOptions(fn, context);
  // The options read once, into a copy the checks below complete, then frozen.
  const checked = readKnownOptions(fn, context as object, known);
  const { policies, rates, agreements, maxRateAgeDays, meetingDays } = checked;
  checkPolicySource(fn, policies);
  checkMaxRateAgeDays(fn, maxRateAgeDays);
  if (meetingDays !== undefined) checked['meetingDays'] = checkMeetingDays(fn, meetingDays);
  if (rates !== undefined) checked['rates'] = checkRates(fn, rates);
  if (agreements !== undefined)
    checked['agreements'] = checkAgreements(
      fn,
      agreements,
      policyList(policies as PolicySource | undefined),
    );
  return Object.freeze(checked) as T;
}

/**
 * Throws `invalid_argument` unless `agreements` is a list of twin-town agreements as
 * {@link parseRecords} takes them: an end date `'2019-13-45'` is refused as the parser refuses it.
 */
function checkAgreements(
  fn: string,
  agreements: unknown,
  policies: readonly PolicyVersion[],
): readonly TwinTownAgreement[] {
  if (isList(agreements)) {
    const parsed = parseRecords({ agreements }, { policies });
    if (parsed.success) return parsed.data.agreements;
    refuseAsParsed(fn, MUST.beAgreementsAsParsed, parsed.issues);
  }
  throw invalidArgument(fn, MUST.beAgreements(agreements));
}

/**
 * Throws `invalid_argument` unless `meetingDays` is `{ board?, council? }`, each a list of real
 * days `YYYY-MM-DD`; returns a frozen copy with each list sorted.
 */
function checkMeetingDays(fn: string, meetingDays: unknown): EvaluationContext['meetingDays'] {
  if (typeof meetingDays !== 'object' || meetingDays === null || isList(meetingDays))
    throw invalidArgument(fn, MUST.beMeetingDays.object(meetingDays));
  const copy: Record<string, readonly IsoDate[]> = {};
  for (const [body, days] of Object.entries(meetingDays)) {
    if (body !== 'board' && body !== 'council')
      throw invalidArgument(fn, MUST.beMeetingDays.body(body));
    if (!isList(days) || days.length > LIMITS.records)
      throw invalidArgument(fn, MUST.beMeetingDays.list(body, days));
    const read: IsoDate[] = [];
    for (const [i, day] of (days as readonly unknown[]).entries()) {
      if (!isIsoDate(day)) throw invalidArgument(fn, MUST.beMeetingDays.day(body, i, day));
      read.push(day);
    }
    copy[body] = Object.freeze(read.sort());
  }
  return Object.freeze(copy);
}
