/**
 * The messages of the issues found while totalling costs in kronor. They live apart from the
 * parsers' messages (`input/messages.ts`, which includes them) so that code that only evaluates
 * activities does not carry every parser message.
 */
import { byCount } from '../internal/text.js';
import {
  type InputIssue,
  type IssueMessages,
  type IssueValuesByCode,
  issueWith,
  type PathSegment,
  quoted as show,
} from './issues.js';

/** The codes of the issues found while totalling costs. */
export type TotalIssueCode = 'amount_too_large' | 'missing_rate' | 'stale_rate';

/** The message of each code, in both languages, from the issue's values alone. */
export const TOTAL_MESSAGES: IssueMessages<TotalIssueCode> = {
  amount_too_large: (v) => ({
    sv: `${show(v.value)} är för stort för att räknas exakt.`,
    en: `${show(v.value)} is too large to be computed exactly.`,
  }),
  missing_rate: (v) => ({
    sv: `det finns ingen växelkurs för ${v.currency} (${show(v.item)}); ange en kurs i SEK per ${v.currency}.`,
    en: `there is no exchange rate for ${v.currency} (${show(v.item)}); supply a rate in SEK per ${v.currency}.`,
  }),
  stale_rate: (v) => ({
    sv: `växelkursen för ${v.currency} (${show(v.item)}) närmast dagen ${v.day} är daterad ${v.rateDate}, mer än ${v.maxAgeDays} ${byCount(v.maxAgeDays, 'dag', 'dagar')} därifrån; ange en kurs daterad från ${v.earliest} till ${v.latest}.`,
    en: `the exchange rate for ${v.currency} (${show(v.item)}) nearest the day ${v.day} is dated ${v.rateDate}, more than ${v.maxAgeDays} ${byCount(v.maxAgeDays, 'day', 'days')} from it; supply a rate dated from ${v.earliest} to ${v.latest}.`,
  }),
};

/** An issue found while totalling costs, with its messages. */
export function totalIssue<C extends TotalIssueCode>(
  code: C,
  path: readonly PathSegment[],
  values: IssueValuesByCode[C],
): InputIssue<C> {
  return issueWith(code, path, values, TOTAL_MESSAGES[code](values));
}
