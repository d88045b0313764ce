import {
  checkKnownOptions,
  checkOptions,
  invalidArgument,
  isList,
  notThis,
} from '../internal/guards.js';
import { checkRates } from '../money/guards.js';
import { checkMaxRateAgeDays } from '../money/rate-age.js';
import { checkPolicySource } from '../policy/guards.js';

/** The options of an {@link EvaluationContext}. */
export const CONTEXT_OPTIONS: readonly string[] = Object.freeze([
  'policies',
  'rates',
  'agreements',
  'maxRateAgeDays',
  'asOf',
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
 * of agreements, and whose `maxRateAgeDays` is a whole number of days.
 */
export function checkContext(
  fn: string,
  context: unknown,
  known: readonly string[] = CONTEXT_OPTIONS,
): void {
  checkOptions(fn, context);
  checkKnownOptions(fn, context as object, known);
  const { policies, rates, agreements, maxRateAgeDays } = context as Record<string, unknown>;
  checkPolicySource(fn, policies);
  if (rates !== undefined) checkRates(fn, rates);
  if (
    agreements !== undefined &&
    !(
      isList(agreements) &&
      agreements.every(
        (agreement: unknown) =>
          typeof agreement === 'object' &&
          agreement !== null &&
          typeof (agreement as { twinTown?: unknown }).twinTown === 'string',
      )
    )
  ) {
    throw invalidArgument(fn, {
      sv: `agreements ska vara en lista med vänortsavtal från parseRecords eller parseRegister, ${notThis(agreements).sv}.`,
      en: `agreements must be a list of twin-town agreements from parseRecords or parseRegister, ${notThis(agreements).en}.`,
    });
  }
  checkMaxRateAgeDays(fn, maxRateAgeDays);
}
