import type { Compliance } from '../compliance/types.js';
import { checkSignal, invalidArgument } from '../internal/guards.js';
import { checkContext } from '../obligations/guards.js';
import { policyList } from '../policy/policy-in-force.js';
import { fold } from '../register/fold.js';
import { type RegisterParts, readRecords } from '../register/stream.js';
import { AUDIT_OPTIONS, Auditor, judgedCompliance } from './audit.js';
import type { AuditedActivity, AuditOptions, AuditReport } from './types.js';
import { MUST } from './words.js';

/**
 * What {@link auditStream} needs: what {@link audit} needs, and what to do with each activity's row.
 *
 * @example
 * ```ts
 * const options: AuditStreamOptions = { asOf: '2023-03-31', onActivity: (row) => console.log(row.id) };
 * ```
 * @category Agreements and audit
 */
export interface AuditStreamOptions extends AuditOptions {
  /**
   * Called with each activity's row and its whole compliance (its evaluation, and each obligation
   * with its facts, evidence and clauses) as soon as it is audited, in register order: the activity
   * is judged once, and both come from that judgement. The audit waits for a promise it returns (so
   * that a writer can keep up).
   */
  readonly onActivity?: (row: AuditedActivity, compliance: Compliance) => void | Promise<void>;
  /**
   * Stops the audit when aborted, even while the source is waiting for its next activity: the
   * promise is rejected with the signal's reason (as `fetch` rejects), and the source is closed.
   */
  readonly signal?: AbortSignal;
}

/**
 * Audits a register read as a stream: {@link audit}'s answer, holding only what the judgement needs.
 * The records (approvals, reports, agreements…) are read first and kept, indexed by activity; then
 * each activity is read, audited and handed to `onActivity`, and not kept.
 *
 * @remarks
 * The report is the one {@link audit} gives for the whole document — counts, totals, agreement
 * reviews, verdict and the records set aside (`invalid`), in the same order — except that its
 * `activities` is empty: each row went to `onActivity`, in register order (and `verdicts` counts
 * them). The activities are not held: memory grows with the records (each list holds at most
 * 1 000 000) and with the activities' ids only, kept to find one given twice (about 150 bytes an id:
 * 61 MiB for 400 000 activities). Give `signal` to stop it, even while the source waits; a source
 * can be read by one call at a time. An activity that cannot be read, or repeats an id, is set aside and the rest is
 * audited; a record naming an activity that is not in the register (or was set aside) is set aside
 * at the end, as {@link audit} does.
 *
 * @param parts - the document without its activities, and its activities
 * @param options - as for {@link audit}, and `onActivity`
 * @returns the report, without its rows (see above)
 * @throws {@link PolicyError} as {@link audit}; `invalid_argument` when `parts.records` holds
 *   activities or `parts.activities` is not iterable
 *
 * @example
 * ```ts
 * const { activities, ...rest } = SAMPLE_REGISTER;
 * const late: string[] = [];
 * const report = await auditStream(
 *   { records: { ...rest, activities: [] }, activities },
 *   { asOf: '2023-03-31', onActivity: (row) => void (row.violations > 0 && late.push(row.id)) },
 * );
 * late; // => ['2022-01', '2022-03', '2022-12']
 * report.verdict; // => 'not_compliant'
 * ```
 * @category Agreements and audit
 */
export async function auditStream(
  parts: RegisterParts,
  options: AuditStreamOptions,
): Promise<AuditReport> {
  const fn = 'auditStream';
  // The options first, whole: nothing reads them before they are known to be an audit's.
  options = checkContext(fn, options, [...AUDIT_OPTIONS, 'onActivity', 'signal']);
  const signal = checkSignal(fn, options.signal);
  const onActivity = options.onActivity;
  if (onActivity !== undefined && typeof onActivity !== 'function')
    throw invalidArgument(fn, MUST.beOnActivity(onActivity));
  const { onActivity: _, signal: __, ...auditOptions } = options;
  const policies = policyList(auditOptions.policies);
  // The records first, without the checks that need the activities: those are made as they come.
  const records = readRecords(parts, fn, policies);
  const auditor = new Auditor(records.register, auditOptions, false, fn);
  return fold(records, auditor, {
    policies,
    fn,
    signal,
    each: async (judged) => {
      if (judged && onActivity) await onActivity(judged.row, judgedCompliance(judged, true));
    },
  });
}
