import type { Bilingual } from '../errors.js';

const CODES = [
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
  'invalid_date',
  'return_before_departure',
  'end_before_start',
  'invalid_period',
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
  'adopted_after_start',
  'not_adopted_by_council',
  'threshold_not_sek',
] as const;

/**
 * Every stable code of the problems the parsers report. Each has a message in Swedish and English (see
 * the "Describing activities" guide for the full list with meanings):
 *
 * - shape: `required`, `invalid_type`, `unknown_key`, `invalid_value`, `empty_text`, `too_long`,
 *   `too_few`, `too_many`, `not_an_integer`, `out_of_range`, `unsupported_format`,
 *   `unreadable_input`;
 * - dates: `invalid_date`, `return_before_departure`, `end_before_start`, `invalid_period`;
 * - the policy's vocabulary: `unknown_goal`, `unknown_twin_town`, `unknown_country`;
 * - money: `unknown_currency`, `float_amount`, `negative_amount`, `invalid_amount`,
 *   `too_many_decimals`, `amount_too_large`, `amount_not_text` (a bare number where an amount is
 *   written as text: a clerk who types 12500 means kronor, so it is never read as öre),
 *   `amount_given_twice` (both `amount` and `minorUnits`), `invalid_rate`, `duplicate_rate`,
 *   `sek_rate`, `missing_rate`, `stale_rate` (a rate older than `maxRateAgeDays` allows);
 * - a register's references: `duplicate_id`, `unknown_activity`, `unknown_agreement`;
 * - a policy definition: `unknown_clause`, `unknown_note`, `ambiguous_name`, `adopted_after_start`,
 *   `not_adopted_by_council`, `threshold_not_sek`.
 *
 * @example
 * ```ts
 * ISSUE_CODES.includes('float_amount'); // => true
 * ```
 */
export const ISSUE_CODES: typeof CODES = /* @__PURE__ */ Object.freeze(CODES);

/**
 * A stable issue code; see {@link ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: IssueCode = 'invalid_date';
 * ```
 */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * A value quoted in an issue: what was received, what was allowed.
 *
 * @example
 * ```ts
 * const value: IssueValue = ['trip', 'exchange'];
 * ```
 */
export type IssueValue = string | number | boolean | null | readonly string[];

/**
 * A step into the input: an object key or an array index.
 *
 * @example
 * ```ts
 * const path: PathSegment[] = ['activities', 3, 'departureDate'];
 * ```
 */
export type PathSegment = string | number;

/**
 * One problem with an input document: a stable `code`, the `path` to the offending value, the
 * `values` involved and a message in Swedish and English built from them. Messages start with the
 * path, so a clerk can find the field.
 *
 * @example
 * ```ts
 * const result = parseActivity({ kind: 'trip' });
 * result.success ? undefined : result.issues[0]?.code; // => 'required'
 * ```
 */
export interface InputIssue {
  /** Stable code. */
  readonly code: IssueCode;
  /** Where in the input: keys and array indices from the document's root. */
  readonly path: readonly PathSegment[];
  /** The values involved, e.g. `{ value: '2020-02-30' }`. */
  readonly values: Readonly<Record<string, IssueValue>>;
  /** The message in Swedish and English, starting with the path. */
  readonly messages: Bilingual;
}

/**
 * The outcome of a parse: the typed, deep-frozen value, or a non-empty list of issues. A parser
 * returns one of these for any input and never throws.
 *
 * @example
 * ```ts
 * const result: ParseResult<ExchangeRates> = parseRates({ rates: [] });
 * result.success; // => true
 * ```
 */
export type ParseResult<T> =
  | {
      /** The input was valid. */
      readonly success: true;
      /** The typed, deep-frozen value. */
      readonly data: T;
    }
  | {
      /** The input was not valid. */
      readonly success: false;
      /** Everything found wrong with it; never empty. */
      readonly issues: readonly [InputIssue, ...InputIssue[]];
    };

/** Writes a path as `activities[3].departureDate`; the root is "the document". */
export function formatPath(path: readonly PathSegment[], language: 'sv' | 'en'): string {
  if (path.length === 0) return language === 'sv' ? 'dokumentet' : 'the document';
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}

/** A value as a message quotes it: text in quotation marks, a list joined with commas. */
export function quoted(value: IssueValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/** An issue with its messages, each starting with the path. */
export function issueWith(
  code: IssueCode,
  path: readonly PathSegment[],
  values: Readonly<Record<string, IssueValue>>,
  text: Bilingual,
): InputIssue {
  return {
    code,
    path,
    values,
    messages: {
      sv: `${formatPath(path, 'sv')}: ${text.sv}`,
      en: `${formatPath(path, 'en')}: ${text.en}`,
    },
  };
}
