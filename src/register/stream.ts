/**
 * A register read as a stream: its records first, then its activities one by one, with the checks
 * {@link parseRegister} makes across the document made as the activities come.
 */
import { activityParser } from '../activities/parse-activity.js';
import type { Activity } from '../activities/types.js';
import { issue } from '../input/messages.js';
import { ownData } from '../input/own-data.js';
import { invalidArgument } from '../internal/guards.js';
import type { PolicyVersion } from '../policy/types.js';
import {
  byPlace,
  type InvalidRecord,
  type LenientRegister,
  parseRegisterLeniently,
  setAside,
} from './lenient.js';
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

const REFERRING = ['approvals', 'reportsBack', 'councilAccounts'] as const;

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

/** Whether `value` is iterable, sync or async; false when asking throws. */
function isIterable(value: unknown): boolean {
  try {
    const iterable = value as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown };
    return (
      typeof iterable?.[Symbol.iterator] === 'function' ||
      typeof iterable?.[Symbol.asyncIterator] === 'function'
    );
  } catch {
    return false;
  }
}

/**
 * Reads the activities of {@link RegisterParts} one by one after its records: each that can be read
 * and has an id not seen before goes to `each`; the others are set aside, and so, at the end, are
 * the records naming an activity that never came (or was set aside), as `audit` does. Returns
 * every record set aside, in the order a report lists them. Reads no activity when the records show
 * the document is not a register.
 */
export async function readActivities(
  policies: readonly PolicyVersion[],
  records: RecordsRead,
  each: (activity: Activity) => void | Promise<void>,
  fn: string,
  signal?: AbortSignal,
): Promise<InvalidRecord[]> {
  const register = records.register;
  if (!register) return [...records.invalid];
  const source = records.source as object;
  if (READING.has(source)) throw invalidArgument(fn, PARTS.alreadyRead);
  let iterator: AsyncIterator<unknown> | Iterator<unknown> | undefined;
  try {
    iterator = iteratorOf(records.source, fn);
    // One stream, one reader: a generator (its own iterator) read by two calls would give each a
    // part of the register. A list gives each call an iterator of its own, and is not marked.
    if (iterator === source) READING.add(source);
    return await readEach(iterator, policies, register, records, each, signal);
  } catch (error) {
    // Stopped (aborted, or a callback threw): the source is closed, not left waiting.
    try {
      await Promise.race([
        Promise.resolve(iterator?.return?.()),
        new Promise((resolve) => setTimeout(resolve, 0)),
      ]);
    } catch {
      // A source that fails to close changes nothing: the reason it was stopped is what is said.
    }
    throw error;
  } finally {
    READING.delete(source);
  }
}

/** An activity as plain own data, to name it when set aside (`undefined` if it cannot be read). */
function readable(value: unknown): unknown {
  const own = ownData(value);
  return own.readable ? own.value : undefined;
}

/** The sources being read now (see {@link readActivities}). */
const READING = new WeakSet<object>();

function iteratorOf(
  source: Iterable<unknown> | AsyncIterable<unknown>,
  fn: string,
): AsyncIterator<unknown> | Iterator<unknown> {
  let make: unknown;
  try {
    const async = (source as AsyncIterable<unknown>)[Symbol.asyncIterator];
    make = typeof async === 'function' ? async : (source as Iterable<unknown>)[Symbol.iterator];
  } catch {
    // Iterable when checked, and not now: a getter or Proxy that answers differently.
    make = undefined;
  }
  if (typeof make !== 'function') throw invalidArgument(fn, PARTS.notIterableNow);
  // The caller's own method: what it throws is the caller's, as what its iterator throws is.
  return make.call(source) as AsyncIterator<unknown> | Iterator<unknown>;
}

/** The next step of `iterator`, or the signal's reason as soon as it is aborted, even while waiting. */
function nextOf(
  iterator: AsyncIterator<unknown> | Iterator<unknown>,
  signal: AbortSignal | undefined,
): Promise<IteratorResult<unknown>> {
  if (!signal) return Promise.resolve(iterator.next());
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    let next: unknown;
    try {
      next = iterator.next();
    } catch (error) {
      signal.removeEventListener('abort', stop);
      reject(error);
      return;
    }
    Promise.resolve(next as Promise<IteratorResult<unknown>>).then(
      (step) => {
        signal.removeEventListener('abort', stop);
        resolve(step);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(error);
      },
    );
  });
}

async function readEach(
  iterator: AsyncIterator<unknown> | Iterator<unknown>,
  policies: readonly PolicyVersion[],
  register: NonNullable<LenientRegister['register']>,
  records: LenientRegister,
  each: (activity: Activity) => void | Promise<void>,
  signal: AbortSignal | undefined,
): Promise<InvalidRecord[]> {
  const invalid: InvalidRecord[] = [];
  // Each activity id, and the index of the activity that first had it.
  const seen = new Map<string, number>();
  const parse = activityParser(policies);
  let index = 0;
  // As `for await` reads a list: a promise in it is awaited.
  const sync =
    typeof (iterator as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== 'function';
  for (
    let step = await nextOf(iterator, signal);
    !step.done;
    step = await nextOf(iterator, signal)
  ) {
    let value = step.value;
    if (sync)
      try {
        value = await value;
      } catch {
        // A value that cannot be awaited (a revoked Proxy, a rejected promise) is read as it is:
        // the parser sets it aside.
      }
    const at = index++;
    const parsed = parse(value);
    if (!parsed.success) {
      invalid.push(setAside('activities', at, readable(value), parsed.issues));
      continue;
    }
    const { id } = parsed.data;
    const first = seen.get(id);
    if (first !== undefined) {
      invalid.push(
        setAside('activities', at, readable(value), [
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
