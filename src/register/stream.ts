/**
 * A register read as a stream: its records first, then its activities one by one, with the checks
 * {@link parseRegister} makes across the document made as the activities come.
 */
import { parseActivity } from '../activities/parse-activity.js';
import type { Activity } from '../activities/types.js';
import { issue } from '../input/messages.js';
import { invalidArgument, notThis } from '../internal/guards.js';
import type { PolicyVersion } from '../policy/types.js';
import {
  byPlace,
  type InvalidRecord,
  type LenientRegister,
  parseRegisterLeniently,
  setAside,
} from './lenient.js';

/**
 * A register document in two parts, for {@link auditStream}: the document without its activities,
 * and its activities one by one, as a reader of a large file yields them.
 *
 * @example
 * ```ts
 * const { activities, ...rest } = SAMPLE_REGISTER;
 * const parts: RegisterParts = { records: { ...rest, activities: [] }, activities };
 * ```
 * @category Parsing
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

const REFERRING = ['approvals', 'reportsBack', 'councilAccounts'] as const;

/** The checks of {@link RegisterParts}, and its records read leniently, the activities' checks left out. */
export function readRecords(
  parts: RegisterParts,
  fn: string,
  policies: readonly PolicyVersion[],
): LenientRegister {
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
  return parseRegisterLeniently(records, { policies }, false);
}

/**
 * Reads the activities of {@link RegisterParts} one by one after its records: each that can be read
 * and has an id not seen before goes to `each`; the others are set aside, and so, at the end, are
 * the records naming an activity that never came (or was set aside), as `audit` does. Returns
 * every record set aside, in the order a report lists them. Reads no activity when the records show
 * the document is not a register.
 */
export async function readActivities(
  parts: RegisterParts,
  policies: readonly PolicyVersion[],
  records: LenientRegister,
  each: (activity: Activity) => void | Promise<void>,
): Promise<InvalidRecord[]> {
  const register = records.register;
  if (!register) return [...records.invalid];
  const invalid: InvalidRecord[] = [];
  // Each activity id, and the index of the activity that first had it.
  const seen = new Map<string, number>();
  let index = 0;
  for await (const value of parts.activities as AsyncIterable<unknown>) {
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
    await each(parsed.data);
  }
  // A record about an activity that never came (or was set aside) is set aside, as `audit` does.
  const kept = records.kept as ReadonlyMap<string, readonly number[]>;
  for (const list of REFERRING) {
    const indexes = kept.get(list) as readonly number[];
    register[list].forEach((record, i) => {
      if (!seen.has(record.activity))
        invalid.push(
          setAside(list, indexes[i] as number, record, [
            issue('unknown_activity', ['activity'], { value: record.activity }),
          ]),
        );
    });
  }
  return [...records.invalid, ...invalid].sort(byPlace);
}
