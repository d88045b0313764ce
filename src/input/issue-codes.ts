/**
 * Every stable code of the problems the parsers report. Each has a message in Swedish and English (see
 * the "Describing activities" guide for the full list with meanings):
 *
 * - shape: `required`, `invalid_type`, `unknown_key`, `invalid_value`, `empty_text`, `too_long`,
 *   `too_few`, `too_many`, `not_an_integer`, `out_of_range`, `unsupported_format`,
 *   `unreadable_input`, `too_many_issues` (the last of a result's 100 issues listed when there are
 *   more: checking stopped there);
 * - dates: `invalid_date`, `return_before_departure`, `booked_after_departure`, `end_before_start`, `invalid_period`,
 *   `dated_before_period` (an evaluation or continuation decision dated before the mandate period
 *   it names);
 * - the policy's vocabulary: `unknown_goal`, `unknown_twin_town`, `unknown_country`;
 * - money: `unknown_currency`, `float_amount`, `negative_amount`, `invalid_amount`,
 *   `too_many_decimals`, `amount_too_large`, `amount_not_text` (a bare number where an amount is
 *   written as text: a clerk who types 12500 means kronor, so it is never read as öre),
 *   `amount_given_twice` (both `amount` and `minorUnits`), `invalid_rate`, `duplicate_rate`,
 *   `sek_rate`, `missing_rate`, `stale_rate` (a rate older than `maxRateAgeDays` allows);
 * - a register's references: `duplicate_id`, `unknown_activity`, `unknown_agreement`;
 * - a policy definition: `unknown_clause`, `unknown_note`, `ambiguous_name`, `no_letters` (a
 *   twin town's name or region with no letter or digit, which no place could match),
 *   `namesake_not_distinguished` (a namesake with no region its twin town does not share),
 *   `adopted_after_start`, `not_adopted_by_council`, `threshold_not_sek`, `rule_not_judged` (a rule
 *   written owed by, owed to or due otherwise than the engine judges a rule of its kind),
 *   `unknown_group` (a condition naming a group of countries the version lacks), `unused_parameter`
 *   (a threshold or group no condition uses), `threshold_missing` (a cost condition with no amount in
 *   a version with no threshold).
 *
 * @example
 * ```ts
 * ISSUE_CODES.includes('float_amount'); // => true
 * ```
 * @category Parsing
 */
export const ISSUE_CODES = [
  'required',
  'invalid_type',
  'unknown_key',
  'invalid_value',
  'empty_text',
  'too_long',
  'too_few',
  'too_many',
  'not_an_integer',
  'out_of_range',
  'unsupported_format',
  'unreadable_input',
  'too_many_issues',
  'invalid_date',
  'return_before_departure',
  'booked_after_departure',
  'end_before_start',
  'invalid_period',
  'dated_before_period',
  'unknown_goal',
  'unknown_twin_town',
  'unknown_country',
  'unknown_currency',
  'float_amount',
  'negative_amount',
  'invalid_amount',
  'too_many_decimals',
  'amount_too_large',
  'amount_not_text',
  'amount_given_twice',
  'invalid_rate',
  'duplicate_rate',
  'sek_rate',
  'missing_rate',
  'stale_rate',
  'duplicate_id',
  'unknown_activity',
  'unknown_agreement',
  'unknown_clause',
  'unknown_note',
  'ambiguous_name',
  'no_letters',
  'namesake_not_distinguished',
  'adopted_after_start',
  'rule_not_judged',
  'unknown_group',
  'unused_parameter',
  'threshold_missing',
  'not_adopted_by_council',
  'threshold_not_sek',
] as const;
// Frozen where it is made (a module of its own, so that only code that reads the list carries it):
// no caller can empty or change it for the whole process.
Object.freeze(ISSUE_CODES);

/**
 * A stable issue code; see {@link ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: IssueCode = 'invalid_date';
 * ```
 * @category Errors
 */
export type IssueCode = (typeof ISSUE_CODES)[number];
