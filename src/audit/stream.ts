import { parseActivity } from '../activities/parse-activity.js';
import { issue } from '../input/messages.js';
import { invalidArgument, notThis } from '../internal/guards.js';
import { policyList } from '../policy/policy-in-force.js';
import {
  byPlace,
  type InvalidRecord,
  parseRegisterLeniently,
  setAside,
} from '../register/lenient.js';
import { Auditor } from './audit.js';
import type { AuditedActivity, AuditOptions, AuditReport } from './types.js';

/**
 * A register document in two parts, for {@link auditStream}: the document without its activities,
 * and its activities one by one, as a reader of a large file yields them.
 *
 * @example
 * ```ts
 * const { activities, ...rest } = SAMPLE_REGISTER;
 * const parts: RegisterParts = { records: { ...rest, activities: [] }, activities };
 * ```
 */
export interface RegisterParts {
  /**
   * The register document with `activities` an empty list: its format, rates and records, as read
   * from JSON.
   */
  readonly records: unknown;
  /** The register's activities as read from JSON, in the document's order; iterated once. */
  readonly activities: Iterable<unknown> | AsyncIterable<unknown>;
}

/**
 * What {@link auditStream} needs: what {@link audit} needs, and what to do with each activity's row.
 *
 * @example
 * ```ts
 * const options: AuditStreamOptions = { asOf: '2023-03-31', onActivity: (row) => console.log(row.id) };
 * ```
 */
export interface AuditStreamOptions extends AuditOptions {
  /**
   * Called with each activity's row as soon as it is audited, in register order; the audit waits
   * for a promise it returns (so that a writer can keep up).
   */
  readonly onActivity?: (row: AuditedActivity) => void | Promise<void>;
}

const REFERRING = ['approvals', 'reportsBack', 'councilAccounts'] as const;

/**
 * Audits a register read as a stream: {@link audit}'s answer, holding only what the judgement needs.
 * The records (approvals, reports, agreements…) are read first and kept, indexed by activity; then
 * each activity is read, audited and handed to `onActivity`, and not kept.
 *
 * @remarks
 * The report is the one {@link audit} gives for the whole document — counts, totals, agreement
 * reviews, verdict and the records set aside (`invalid`), in the same order — except that its
 * `activities` is empty: each row went to `onActivity`, in register order (and `verdicts` counts
 * them). The activities are not held, so memory grows with the records, not with the activities
 * (each list of records holds at most 1 000 000). An activity that cannot be read, or repeats an id, is set aside and the rest is
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
 * late; // => ['2021-04', '2022-01', '2022-03', '2022-12']
 * report.verdict; // => 'not_compliant'
 * ```
 */
export async function auditStream(
  parts: RegisterParts,
  options: AuditStreamOptions,
): Promise<AuditReport> {
  const fn = 'auditStream';
  const { records, activities } = (parts ?? {}) as Partial<RegisterParts>;
  const inDocument = (records as { activities?: unknown } | null | undefined)?.activities;
  if (Array.isArray(inDocument) && inDocument.length > 0)
    throw invalidArgument(fn, {
      sv: 'parts.records ska vara registret utan sina aktiviteter (activities: []); aktiviteterna ges i parts.activities.',
      en: 'parts.records must be the register without its activities (activities: []); they come in parts.activities.',
    });
  const iterable = activities as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown };
  if (
    typeof iterable?.[Symbol.iterator] !== 'function' &&
    typeof iterable?.[Symbol.asyncIterator] !== 'function'
  )
    throw invalidArgument(fn, {
      sv: `parts.activities ska gå att iterera (en lista eller en asynkron ström), ${notThis(activities).sv}.`,
      en: `parts.activities must be iterable (a list or an async stream), ${notThis(activities).en}.`,
    });
  const onActivity = options?.onActivity;
  if (onActivity !== undefined && typeof onActivity !== 'function')
    throw invalidArgument(fn, {
      sv: `onActivity ska vara en funktion, ${notThis(onActivity).sv}.`,
      en: `onActivity must be a function, ${notThis(onActivity).en}.`,
    });
  const { onActivity: _, ...auditOptions } = options;
  const policies = policyList(auditOptions.policies);
  // The records first, without the checks that need the activities: those are made as they come.
  const read = parseRegisterLeniently(records, { policies }, false);
  const auditor = new Auditor(read.register, auditOptions, false, fn);
  if (!read.register) return auditor.report(read.invalid);
  const invalid: InvalidRecord[] = [];
  // Each activity id, and the index of the activity that first had it.
  const seen = new Map<string, number>();
  let index = 0;
  for await (const value of activities as AsyncIterable<unknown>) {
    const at = index++;
    const parsed = parseActivity(value, { policies });
    if (!parsed.success) {
      invalid.push(setAside('activities', at, value, parsed.issues));
      continue;
    }
    const { id } = parsed.data;
    const first = seen.get(id);
    if (first !== undefined) {
      invalid.push(
        setAside('activities', at, value, [
          issue('duplicate_id', ['id'], { value: id, first: `activities[${first}]` }),
        ]),
      );
      continue;
    }
    seen.set(id, at);
    const row = auditor.add(parsed.data);
    if (row && onActivity) await onActivity(row);
  }
  // A record about an activity that never came (or was set aside) is set aside, as `audit` does.
  const kept = read.kept as ReadonlyMap<string, readonly number[]>;
  for (const list of REFERRING) {
    const indexes = kept.get(list) as readonly number[];
    read.register[list].forEach((record, i) => {
      if (!seen.has(record.activity))
        invalid.push(
          setAside(list, indexes[i] as number, record, [
            issue('unknown_activity', ['activity'], { value: record.activity }),
          ]),
        );
    });
  }
  return auditor.report([...read.invalid, ...invalid].sort(byPlace));
}
