import type { Bilingual } from '../errors.js';
import type { IssueCode } from './issue-codes.js';

export type { IssueCode } from './issue-codes.js';

/**
 * A value quoted in an issue: what was received, what was allowed.
 *
 * @example
 * ```ts
 * const value: IssueValue = ['trip', 'exchange'];
 * ```
 */
export type IssueValue = string | number | boolean | null | readonly string[];

/** Internal: the values an issue quotes, by name. */
export type IssueValues = Readonly<Record<string, IssueValue>>;

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
