import type { ParseResult } from '../input/issues.js';
import { parseWith } from '../input/parse.js';
import { checkKnownOptions, checkOptions } from '../internal/guards.js';
import { checkedList, checkVersionList } from '../policy/guards.js';
import { BUILT_IN_POLICIES } from '../policy/policy-in-force.js';
import type { PolicyVersion } from '../policy/types.js';
import { activitySchemaFor, toActivity } from './schema.js';
import type { Activity } from './types.js';

/**
 * Options for the parsers.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { policies: [POLICY_2019_2022] };
 * ```
 * @category Parsing
 */
export interface ParseOptions {
  /**
   * The policy versions whose goal and twin-town ids are valid in the input; the built-in ones by
   * default.
   */
  readonly policies?: readonly PolicyVersion[];
}

/**
 * Internal: throws `invalid_argument`, naming `fn`, unless `options` is a {@link ParseOptions}: an
 * object whose `policies`, when given, is a list of versions the library made.
 */
export function checkParseOptions(fn: string, options: unknown): ParseOptions {
  checkOptions(fn, options);
  const copy = checkKnownOptions(fn, options as { policies?: unknown }, ['policies']);
  if (copy.policies === undefined) return copy as ParseOptions;
  checkVersionList(fn, copy.policies);
  // The copy of the list that was checked is the one used: the caller's list is not read again.
  return Object.freeze({ policies: checkedList(copy.policies as readonly PolicyVersion[]) });
}

/**
 * Parses an activity — a trip or another international exchange — from untrusted input (a form, a
 * JSON file, another system).
 *
 * @remarks
 * Checks the shape (unknown keys are errors, not dropped), that dates are real and in order, that
 * every goal and twin-town id exists in the policy (clauses `aims.goals`, `twinTowns.list`), that
 * countries and currencies are ISO codes, that texts are non-empty after trimming and bounded, and
 * that amounts are exact (interpretation note 2). Texts are stored trimmed; amounts become
 * dinero.js snapshots. The result is deep-frozen; the input is not changed.
 *
 * @param input - anything
 * @param options - which policy versions' ids are valid
 * @returns the activity, or its issues (at most 100 listed: see {@link ParseResult}), each with code, path and messages in Swedish and
 *   English; never throws
 *
 * @example
 * ```ts
 * const result = parseActivity({
 *   kind: 'trip', id: '2020-03', title: 'Study visit', organiser: 'Kultur och fritid',
 *   travellers: { count: 2 }, destinations: [{ place: 'Pöltsamaa', country: 'EE' }],
 *   departureDate: '2020-03-10', returnDate: '2020-03-08',
 * });
 * result.success ? undefined : result.issues.map((issue) => issue.messages.en);
 * // => ['returnDate: the return 2020-03-08 is before the departure 2020-03-10.']
 * ```
 * @category Parsing
 */
export function parseActivity(input: unknown, options: ParseOptions = {}): ParseResult<Activity> {
  options = checkParseOptions('parseActivity', options);
  return activityParser(options.policies ?? BUILT_IN_POLICIES)(input);
}

/**
 * Internal: {@link parseActivity} for versions already checked, its schema looked up once — for a
 * reader that parses a register's activities one by one.
 */
export function activityParser(
  policies: readonly PolicyVersion[],
): (input: unknown) => ParseResult<Activity> {
  const schema = activitySchemaFor(policies);
  return (input) => parseWith(schema, input, undefined, toActivity, 'activity');
}
