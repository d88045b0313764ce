/**
 * A register read as a stream: its records first, then its activities one by one, with the checks
 * {@link parseRegister} makes across the document made as the activities come.
 */
import { ownData } from '../input/own-data.js';
import { invalidArgument } from '../internal/guards.js';
import type { PolicyVersion } from '../policy/types.js';
import { type LenientRegister, parseRegisterLeniently } from './lenient.js';
import { PARTS } from './words.js';

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

/** The records of {@link RegisterParts} read leniently, and the source of its activities as read once. */
export interface RecordsRead extends LenientRegister {
  /** `parts.activities`, as read once: the activities are iterated from this, never read again. */
  readonly source: Iterable<unknown> | AsyncIterable<unknown>;
}

/** The checks of {@link RegisterParts}, and its records read leniently, the activities' checks left out. */
export function readRecords(
  parts: RegisterParts,
  fn: string,
  policies: readonly PolicyVersion[],
): RecordsRead {
  const { records, activities } = readParts(fn, parts);
  const inDocument = ownData(records);
  if (!inDocument.readable) throw invalidArgument(fn, PARTS.recordsUnreadable(inDocument.reason));
  const listed = (inDocument.value as { activities?: unknown } | null | undefined)?.activities;
  if (Array.isArray(listed) && listed.length > 0)
    throw invalidArgument(fn, PARTS.recordsWithActivities);
  if (!isIterable(activities)) throw invalidArgument(fn, PARTS.notIterable(activities));
  return {
    ...parseRegisterLeniently(inDocument.value, { policies }, false),
    source: activities as Iterable<unknown> | AsyncIterable<unknown>,
  };
}

/** The two parts, each read once; `invalid_argument` when they cannot be read. */
function readParts(fn: string, parts: unknown): { records: unknown; activities: unknown } {
  try {
    const { records, activities } = (parts ?? {}) as Partial<RegisterParts>;
    return { records, activities };
  } catch {
    throw invalidArgument(fn, PARTS.unreadable);
  }
}

/** Whether `value` is iterable, sync or async; false when asking throws (as it does of null). */
function isIterable(value: unknown): boolean {
  try {
    const iterable = value as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown };
    return (
      typeof iterable[Symbol.iterator] === 'function' ||
      typeof iterable[Symbol.asyncIterator] === 'function'
    );
  } catch {
    return false;
  }
}
