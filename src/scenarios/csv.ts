import { complianceWords } from '../compliance/describe.js';
import { COMPLIANCE } from '../compliance/explain.js';
import type { ObligationCompliance } from '../compliance/types.js';
import { STATUS } from '../compliance/words.js';
import type { Language } from '../errors.js';
import { ownArgument } from '../input/own-data.js';
import { csvLine, DELIMITER } from '../internal/csv.js';
import { checkLanguage } from '../internal/guards.js';
import { type Checked, keyOf, list, object, optional, text } from '../internal/shape.js';
import { OWN_CHANGES } from './own-changes.js';
import type { ActivityChange, DutyState } from './types.js';
import { ARGUMENT, CSV_COLUMNS, OWED, TAKES_CHANGE, VERDICT } from './words.js';

/** What a writer's `change` takes. */
const CHANGE: Checked = { fn: 'comparisonCsvWriter', takes: TAKES_CHANGE };

const VERDICTS = { compliant: 1, not_compliant: 1, undetermined: 1, outside_policy: 1 };
const OWED_KEYS = { owed: 1, not_applicable: 1, undetermined: 1, none: 1 };
const STATUS_KEYS = { ...STATUS, none: 1 };
const STATE = object({ owed: keyOf(OWED_KEYS), status: keyOf(STATUS_KEYS) });
const CHANGE_SHAPE = object({
  id: text,
  title: text,
  verdict: object({ from: keyOf(VERDICTS), to: keyOf(VERDICTS) }),
  duties: list(
    object({
      code: text,
      from: STATE,
      to: STATE,
      before: optional(COMPLIANCE),
      after: optional(COMPLIANCE),
    }),
  ),
});

/**
 * Writes what a draft would change as CSV for a spreadsheet (see {@link comparisonCsvWriter}): the
 * header, then each activity's duties judged otherwise, one record each.
 *
 * @category Versions
 */
export interface ComparisonCsvWriter {
  /** The byte-order mark and the header record. */
  readonly header: string;
  /** An activity judged otherwise: one record per duty that changes, as `onChange` hands it on. */
  readonly change: (change: ActivityChange) => string;
}

/**
 * A CSV writer of a draft comparison's changes, for a spreadsheet: one record per duty judged
 * otherwise — the activity, its verdict today and with the draft, the rule, whether the duty is owed
 * and its status before and after, the clauses it rests on under the draft, and each result in
 * words (with the draft's mark). RFC 4180 with CRLF and a byte-order mark; the delimiter is `;` in
 * Swedish (Excel's list separator where the decimal mark is a comma) and `,` in English; text a
 * spreadsheet would run as a formula is written as text. The totals are in the comparison itself.
 *
 * @param language - the language of the header and the words (default Swedish)
 * @returns the writer
 * @throws {@link PolicyError} `invalid_argument` for a language that is neither `'sv'` nor `'en'`,
 *   or a change that is not one from {@link compareDraft} (or a copy of one)
 *
 * @example
 * ```ts
 * const definition = toPolicyDefinition(POLICY_2019_2022);
 * const draft = definePolicy({ ...definition, id: 'draft', draft: true,
 *   reportBackThreshold: { amount: '5 000,00', currency: 'SEK' } });
 * const register = parseRegister({ format: 1, activities: [{
 *   kind: 'trip', id: 'T-1', title: 'Fair', organiser: 'Näringslivsenheten',
 *   travellers: { count: 1 }, destinations: [{ place: 'Berlin', country: 'DE' }],
 *   departureDate: '2021-05-03', returnDate: '2021-05-05',
 *   actualCosts: [{ label: 'Fees', category: 'fees', amount: '8 000', currency: 'SEK' }],
 * }] });
 * const csv = comparisonCsvWriter('en');
 * let text = csv.header;
 * if (register.success)
 *   compareDraft(register.data, { draft, asOf: '2021-12-31' }).activities.forEach((change) => {
 *     text += csv.change(change);
 *   });
 * text.split('\r\n').length; // => 3  (the header, one duty changed, and the end)
 * ```
 * @category Versions
 */
export function comparisonCsvWriter(language: Language = 'sv'): ComparisonCsvWriter {
  checkLanguage('comparisonCsvWriter', language);
  const delimiter = DELIMITER[language];
  const record = (fields: readonly string[]) => `${csvLine(fields, delimiter)}\r\n`;
  const status = (state: DutyState) =>
    (state.status === 'none' ? OWED.none : STATUS[state.status])[language];
  const words = (result: ObligationCompliance | undefined) =>
    result ? complianceWords(result)[language] : '';
  return Object.freeze({
    header: `\uFEFF${record(CSV_COLUMNS.map((column) => column[language]))}`,
    change: (given: ActivityChange): string => {
      // A change the comparison made is frozen through and written as it is; anything else is read
      // once, as plain data, and checked: what is checked is what is written.
      let change = given;
      if (!OWN_CHANGES.has(given)) {
        change = ownArgument(CHANGE.fn, given, ARGUMENT.change);
        CHANGE_SHAPE(change, 'change', CHANGE);
      }
      let text = '';
      for (const duty of change.duties) {
        const rule = (duty.after ?? duty.before)?.obligation.rule.title[language] ?? duty.code;
        text += record([
          change.id,
          change.title,
          VERDICT[change.verdict.from][language],
          VERDICT[change.verdict.to][language],
          rule,
          OWED[duty.from.owed][language],
          status(duty.from),
          OWED[duty.to.owed][language],
          status(duty.to),
          duty.after?.obligation.clauses.map((clause) => clause.id).join(' ') ?? '',
          words(duty.before),
          words(duty.after),
        ]);
      }
      return text;
    },
  });
}
