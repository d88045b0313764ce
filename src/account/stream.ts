import { accountPeriod } from '../calendar/mandate-period.js';
import { MAX_ISSUES } from '../input/budget.js';
import type { InputIssue, ParseResult } from '../input/issues.js';
import { listed } from '../input/parse.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { checkSignal } from '../internal/guards.js';
import { checkContext, PERIOD_OPTIONS } from '../obligations/guards.js';
import { policyList } from '../policy/policy-in-force.js';
import { fold } from '../register/fold.js';
import { type RegisterParts, readRecords } from '../register/stream.js';
import { Accountant } from './council-account.js';
import type { CouncilAccount, CouncilAccountStreamOptions } from './types.js';

/**
 * The account to the council of a register read as a stream (see {@link RegisterParts}): what
 * {@link councilAccount} gives for the register, holding only the records and the account's own
 * rows and totals — each activity is accounted for as it is read, and not kept.
 *
 * @remarks
 * As {@link parseRegister} does, it takes a register only when every record of it can be read: else
 * it returns every issue found, with its path in the document (as {@link audit} lists them in
 * `invalid`), and no account.
 *
 * @param parts - the document without its activities, and its activities
 * @param options - as for {@link councilAccount}
 * @returns the account, or every issue found in the register
 * @throws {@link PolicyError} as {@link councilAccount}; `invalid_argument` when `parts.records`
 *   holds activities or `parts.activities` is not iterable
 *
 * @example
 * ```ts
 * const { activities, ...rest } = SAMPLE_REGISTER;
 * const result = await councilAccountStream(
 *   { records: { ...rest, activities: [] }, activities },
 *   { asOf: '2023-03-31', period: '2019-2022' },
 * );
 * result.success && result.data.rows[0]?.id; // => '2019-09'
 * ```
 * @category Agreements and audit
 */
export async function councilAccountStream(
  parts: RegisterParts,
  options: CouncilAccountStreamOptions,
): Promise<ParseResult<CouncilAccount>> {
  const fn = 'councilAccountStream';
  options = checkContext(fn, options, [...PERIOD_OPTIONS, 'signal']);
  const signal = checkSignal(fn, options.signal);
  const { signal: _, ...accountOptions } = options;
  // The period first, as councilAccount checks it: a bad label is refused before anything is read.
  accountPeriod(options.period);
  const policies = policyList(options.policies);
  const records = readRecords(parts, fn, policies);
  // Each activity is accounted for as it comes and not kept: the account holds its rows only.
  const accountant = records.register
    ? new Accountant(records.register, accountOptions, fn)
    : undefined;
  return fold(
    records,
    {
      add: (activity) => accountant?.add(activity),
      finish: (invalid): ParseResult<CouncilAccount> => {
        const issues = invalid.flatMap((record) => record.issues);
        // As a parser lists them: at most 100, and a last too_many_issues when there were more.
        if (issues.length > 0 || !accountant)
          return deepFreeze({
            success: false,
            issues: listed(issues, MAX_ISSUES) as [InputIssue, ...InputIssue[]],
          });
        // Every record was read: the account is the one councilAccount gives for the register.
        return deepFreeze({ success: true, data: accountant.finish() });
      },
    },
    { policies, fn, signal },
  );
}
