import type { Language, LocalizedText } from '../errors.js';
import type { IssueCode } from './issue-codes.js';

export type { IssueCode } from './issue-codes.js';

/** Internal: a value quoted in an issue, what was received or what was allowed. */
export type IssueValue = string | number | boolean | null | readonly string[];

/**
 * A step into the input: an object key or an array index.
 *
 * @example
 * ```ts
 * const path: PathSegment[] = ['activities', 3, 'departureDate'];
 * ```
 * @category Parsing
 */
export type PathSegment = string | number;

/**
 * The `values` of an issue, by its code: each code's own keys, the ones its message quotes and any
 * other the code that finds it records. Dates are `YYYY-MM-DD` strings.
 *
 * @example
 * ```ts
 * const values: IssueValuesByCode['invalid_date'] = { value: '2020-02-30' };
 * ```
 * @category Parsing
 */
export interface IssueValuesByCode {
  /** What to give. */
  readonly required: {
    /** A type name (`'string'`, `'amount or minorUnits'`) or the values allowed. */
    readonly expected: string;
  };
  /** The type expected and the type received. */
  readonly invalid_type: {
    /** The type expected, by name: `'string'`, `'object'`. */
    readonly expected: string;
    /** The type received, by name: `'number'`, `'array'`, `'null'`. */
    readonly received: string;
  };
  /** The unknown field. */
  readonly unknown_key: {
    /** Its name. */
    readonly key: string;
  };
  /** The value received and the values allowed. */
  readonly invalid_value: {
    /** The value received; an object or a list by its type's name. */
    readonly value: string | number | boolean | null;
    /** The values allowed. */
    readonly allowed: readonly string[];
  };
  /** None: the text is empty. */
  readonly empty_text: Readonly<Record<never, never>>;
  /** The text's length and the longest allowed. */
  readonly too_long: {
    /** The longest length allowed, in characters. */
    readonly maximum: number;
    /** The text's length, in characters. */
    readonly length: number;
  };
  /** The number of items and the fewest required. */
  readonly too_few: {
    /** The fewest items required. */
    readonly minimum: number;
    /** The number of items given. */
    readonly count: number;
  };
  /** The number of items and the most allowed. */
  readonly too_many: {
    /** The most items allowed. */
    readonly maximum: number;
    /** The number of items given. */
    readonly count: number;
  };
  /** The number that is not whole. */
  readonly not_an_integer: {
    /** The number. */
    readonly value: number;
  };
  /** The number and the range it is outside. */
  readonly out_of_range: {
    /** The number. */
    readonly value: number;
    /** The least allowed. */
    readonly minimum: number;
    /** The greatest allowed. */
    readonly maximum: number;
  };
  /** The format version given and the versions supported. */
  readonly unsupported_format: {
    /** The format version given; an object or a list by its type's name. */
    readonly value: string | number | boolean | null;
    /** The format versions supported. */
    readonly supported: readonly string[];
  };
  /** How many issues are listed before this one; there were more, and checking stopped. */
  readonly too_many_issues: {
    /** How many issues are listed: `MAX_ISSUES`, 100. */
    readonly listed: number;
  };
  /** Why the input could not be read. */
  readonly unreadable_input: {
    /** The message of what was thrown while reading it. */
    readonly reason: string;
  };
  /** The string that is no real calendar day. */
  readonly invalid_date: {
    /** The string. */
    readonly value: string;
  };
  /** The two dates of the trip. */
  readonly return_before_departure: {
    /** The departure. */
    readonly departureDate: string;
    /** The return, before the departure. */
    readonly returnDate: string;
  };
  /** The two dates of the trip. */
  readonly booked_after_departure: {
    /** The departure. */
    readonly departureDate: string;
    /** The booking, after the departure. */
    readonly bookingDate: string;
  };
  /** The two dates. */
  readonly end_before_start: {
    /** The start. */
    readonly startDate: string;
    /** The end, before the start. */
    readonly endDate: string;
  };
  /** The label that is no mandate period. */
  readonly invalid_period: {
    /** The label. */
    readonly value: string;
  };
  /** A record dated before the mandate period it names (interpretation note 7). */
  readonly dated_before_period: {
    /** The record's date. */
    readonly date: string;
    /** The period's label, `'2019–2022'`. */
    readonly period: string;
    /** The period's first day. */
    readonly firstDay: string;
  };
  /** The goal given and the goals the policy knows. */
  readonly unknown_goal: {
    /** The goal id given. */
    readonly value: string;
    /** The goal ids the policy knows. */
    readonly known: readonly string[];
  };
  /** The twin town given and the twin towns the policy knows. */
  readonly unknown_twin_town: {
    /** The twin-town id given. */
    readonly value: string;
    /** The twin-town ids the policy knows. */
    readonly known: readonly string[];
  };
  /** The string that is no country code. */
  readonly unknown_country: {
    /** The string. */
    readonly value: string;
  };
  /** The string that is no currency code. */
  readonly unknown_currency: {
    /** The string. */
    readonly value: string;
  };
  /** The minor units that are not whole. */
  readonly float_amount: {
    /** The number given as `minorUnits`. */
    readonly value: number;
  };
  /** The negative amount: minor units, or the text of `amount` with its currency. */
  readonly negative_amount: {
    /** The amount: a number of minor units, or the text of `amount`. */
    readonly value: number | string;
    /** The currency, for the text of `amount`. */
    readonly currency?: string;
    /** The currency's number of decimals, for the text of `amount`. */
    readonly decimals?: number;
  };
  /** The text that is no amount, with its currency. */
  readonly invalid_amount: {
    /** The text of `amount`. */
    readonly value: string;
    /** The currency. */
    readonly currency: string;
    /** The currency's number of decimals. */
    readonly decimals: number;
    /**
     * For digits grouped by points, the policy's own notation ("10.000", "10.000,00"): the amount
     * as it is written here ("10 000,00").
     */
    readonly suggestion?: string;
  };
  /** The amount with more decimals than its currency has. */
  readonly too_many_decimals: {
    /** The text of `amount`. */
    readonly value: string;
    /** The currency. */
    readonly currency: string;
    /** The currency's number of decimals. */
    readonly decimals: number;
  };
  /**
   * The amount too large to count exactly: minor units, the text of `amount`, a cost item's minor
   * units, or `'total'` for a sum.
   */
  readonly amount_too_large: {
    /** The amount: a number of minor units, the text of `amount`, or `'total'`. */
    readonly value: number | string;
    /** The currency, for the text of `amount` and for a cost item. */
    readonly currency?: string;
    /** The currency's number of decimals, for the text of `amount`. */
    readonly decimals?: number;
    /** The cost item's label, for a cost item. */
    readonly item?: string;
  };
  /** The bare number and how to write it as text. */
  readonly amount_not_text: {
    /** The number given as `amount`. */
    readonly value: number;
    /** The currency. */
    readonly currency: string;
    /** The amount as text, grouped with a decimal comma: `'12 500,00'`. */
    readonly example: string;
    /** The amount as text, plain with a decimal point: `'12500.00'`. */
    readonly plainExample: string;
  };
  /** The amount given twice. */
  readonly amount_given_twice: {
    /** The `amount` given; a value of another type by its type's name. */
    readonly amount: string | number;
    /** The `minorUnits` given; a value of another type by its type's name. */
    readonly minorUnits: string | number;
  };
  /** The text that is no exchange rate. */
  readonly invalid_rate: {
    /** The text. */
    readonly value: string;
  };
  /** The currency given a second rate. */
  readonly duplicate_rate: {
    /** The currency. */
    readonly currency: string;
    /** The day both rates are for. */
    readonly date: string;
    /** Where its first rate of that day is: `'rates[0]'`. */
    readonly first: string;
  };
  /** The currency given a rate. */
  readonly sek_rate: {
    /** `'SEK'`. */
    readonly value: string;
  };
  /** The cost item whose currency has no rate. */
  readonly missing_rate: {
    /** The currency. */
    readonly currency: string;
    /** The cost item's label. */
    readonly item: string;
    /** The cost item's amount, in minor units. */
    readonly value: number;
  };
  /** The cost item whose nearest rate is dated further from the rate day than allowed. */
  readonly stale_rate: {
    /** The currency. */
    readonly currency: string;
    /** The cost item's label. */
    readonly item: string;
    /** The date of the currency's rate nearest the day. */
    readonly rateDate: string;
    /** The day the rates are for: the activity's last day, or the day judged before it has passed. */
    readonly day: string;
    /** The most days from `day`, before or after, a rate may be dated. */
    readonly maxAgeDays: number;
    /** The earliest date a rate may have. */
    readonly earliest: string;
    /** The latest date a rate may have. */
    readonly latest: string;
  };
  /** The repeated id. */
  readonly duplicate_id: {
    /** The id. */
    readonly value: string;
    /** Where it is first used: `'activities[0]'`. */
    readonly first: string;
  };
  /** The activity id no activity of the register has. */
  readonly unknown_activity: {
    /** The id. */
    readonly value: string;
  };
  /** The agreement id no agreement of the register has. */
  readonly unknown_agreement: {
    /** The id. */
    readonly value: string;
  };
  /** The clause id the policy does not have. */
  readonly unknown_clause: {
    /** The id. */
    readonly value: string;
  };
  /** The interpretation-note id the version does not have. */
  readonly unknown_note: {
    /** The id. */
    readonly value: string;
  };
  /** The name that already names another twin town. */
  readonly ambiguous_name: {
    /** The name. */
    readonly value: string;
    /** The id of the twin town it already names. */
    readonly other: string;
  };
  /** A twin town's name or region with no letter or digit. */
  readonly no_letters: {
    /** The text. */
    readonly value: string;
  };
  /** A twin town's namesake whose every region the town shares. */
  readonly namesake_not_distinguished: {
    /** The namesake's name. */
    readonly value: string;
    /** The twin town's id. */
    readonly town: string;
  };
  /** The adoption date, after the first day in force. */
  readonly adopted_after_start: {
    /** The adoption date. */
    readonly value: string;
    /** The first day in force. */
    readonly startDate: string;
  };
  /** A rule's field the engine does not judge the rule by, and the value it does. */
  readonly rule_not_judged: {
    /** The rule's code. */
    readonly code: string;
    /** The field: `owedBy`, `owedTo`, `timing`, `withinDays`, `when` or `content`. */
    readonly field: string;
    /** The value written; `null` when the field was left out. */
    readonly value: string | null;
    /**
     * The value the engine judges a rule of its kind with, or the values it takes (a list); `null`
     * when the field is to be left out.
     */
    readonly judged: string | readonly string[] | null;
    /** The rule's kind. */
    readonly kind: string;
  };
  /** A `country_in` condition's group, which the version's `countryGroups` lacks. */
  readonly unknown_group: {
    /** The group named. */
    readonly value: string;
    /** The groups the version has. */
    readonly known: readonly string[];
  };
  /** A parameter of the version no rule's condition uses: the threshold, or a group of countries. */
  readonly unused_parameter: {
    /** The parameter: `reportBackThreshold`, or a group's id. */
    readonly value: string;
  };
  /** A `cost` condition with no amount, in a version with no `reportBackThreshold`. */
  readonly threshold_missing: {
    /** The rule's code. */
    readonly code: string;
  };
  /** The body that adopted the policy. */
  readonly not_adopted_by_council: {
    /** The body. */
    readonly value: string;
  };
  /** The threshold's currency. */
  readonly threshold_not_sek: {
    /** The currency. */
    readonly value: string;
  };
}

/**
 * One problem with an input document: a stable `code`, the `path` to the offending value, the
 * `values` involved (their keys depend on the code: {@link IssueValuesByCode}) and a message in
 * Swedish and English built from them. Messages start with the path, so a clerk can find the field.
 * It is a union, one member per code: testing `code` narrows `values`. `InputIssue<C>` is an issue
 * of the codes `C` only.
 *
 * @typeParam C - its code, any by default
 *
 * @example
 * ```ts
 * const result = parseActivity({ kind: 'trip' });
 * result.success ? undefined : result.issues[0]?.code; // => 'required'
 *
 * const dated = parseActivity({ kind: 'trip', departureDate: '2020-02-30' });
 * const issue = dated.success ? undefined : dated.issues.find((i) => i.code === 'invalid_date');
 * if (issue?.code === 'invalid_date') {
 *   issue.values.value; // => '2020-02-30'
 * }
 * ```
 * @category Parsing
 */
export type InputIssue<C extends IssueCode = IssueCode> = {
  [K in C]: {
    /** Stable code. */
    readonly code: K;
    /** Where in the input: keys and array indices from the document's root. */
    readonly path: readonly PathSegment[];
    /** The values involved, e.g. `{ value: '2020-02-30' }`: {@link IssueValuesByCode}. */
    readonly values: IssueValuesByCode[K];
    /** The message in Swedish and English, starting with the path. */
    readonly messages: LocalizedText;
  };
}[C];

/** Internal: a message for each of the codes `K`, in both languages, from the issue's values. */
export type IssueMessages<K extends IssueCode> = {
  readonly [C in K]: (values: IssueValuesByCode[C]) => LocalizedText;
};

/**
 * The outcome of a parse: the typed, deep-frozen value, or a non-empty list of issues. A parser
 * returns one of these for any input and never throws.
 *
 * A failed result lists at most 100 issues, in the order found; when there are more, a last issue
 * `too_many_issues` says so, and checking stopped there (so a 1 MB document of wrong records costs
 * what its first hundred problems cost). The texts an issue quotes among its `values` are cut to
 * 120 characters and an ellipsis, as its messages quote them; its `path` keeps each key whole.
 *
 * @example
 * ```ts
 * const result: ParseResult<ExchangeRates> = parseRates({ rates: [] });
 * result.success; // => true
 * ```
 * @category Parsing
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

/** How a message names the root of a document. */
const THE_DOCUMENT: LocalizedText = { sv: 'dokumentet', en: 'the document' };

/** Writes a path as `activities[3].departureDate`; the root is "the document". */
export function formatPath(path: readonly PathSegment[], language: Language): string {
  if (path.length === 0) return THE_DOCUMENT[language];
  return path
    .map((segment, index) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : index === 0
          ? shortened(segment)
          : `.${shortened(segment)}`,
    )
    .join('');
}

/** A value as a message quotes it: text in quotation marks, a list joined with commas. */
export function quoted(value: IssueValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? `"${shortened(value)}"` : String(value);
}

/** The most characters of a value a message quotes: a message names a bad value, it does not copy it. */
export const QUOTED_LENGTH = 120;

/** A text cut to {@link QUOTED_LENGTH} characters, with an ellipsis when cut. */
function shortened(text: string): string {
  return text.length <= QUOTED_LENGTH ? text : `${text.slice(0, QUOTED_LENGTH)}…`;
}

/** A value of an issue with its texts cut to {@link QUOTED_LENGTH} characters. */
function cut(value: IssueValue): IssueValue {
  if (typeof value === 'string') return shortened(value);
  return Array.isArray(value) ? value.map(shortened) : value;
}

/** An issue's values with their texts cut, for its messages and itself (see {@link issueWith}). */
export function cutValues<V>(values: V): V {
  const kept: Record<string, IssueValue> = {};
  for (const [name, value] of Object.entries(values as Record<string, IssueValue>))
    kept[name] = cut(value);
  return kept as V;
}

/**
 * An issue with its messages, each starting with the path. The texts among its values are cut as
 * messages quote them: an issue names a bad value, it does not copy it (a 10 MB date gives an issue
 * of a few hundred characters). Its path keeps each key whole, to find the field by.
 */
export function issueWith<C extends IssueCode>(
  code: C,
  path: readonly PathSegment[],
  values: IssueValuesByCode[C],
  text: LocalizedText,
): InputIssue<C> {
  return {
    code,
    path,
    values: cutValues(values),
    messages: {
      sv: `${formatPath(path, 'sv')}: ${text.sv}`,
      en: `${formatPath(path, 'en')}: ${text.en}`,
    },
  };
}
