/**
 * Internal: the one fold that drives every reducer of a register — the audit, the council account,
 * a draft's comparison and the calendar — over its activities, whether they come as a parsed list
 * or as an iterable or async iterable read once (see ARCHITECTURE.md, "One judgement per activity").
 */
import { activityParser } from '../activities/parse-activity.js';
import type { Activity } from '../activities/types.js';
import { issue } from '../input/messages.js';
import { ownData } from '../input/own-data.js';
import { invalidArgument } from '../internal/guards.js';
import type { PolicyVersion } from '../policy/types.js';
import { byPlace, type InvalidRecord, type LenientRegister, setAside } from './lenient.js';
import type { RecordsRead } from './stream.js';
import { PARTS } from './words.js';

/**
 * Internal: a result built from a register's activities one at a time — made (started) with the
 * register's records, given each activity in register order (`add`, which returns what it made of
 * the activity: its judgement, or nothing), then finished once with the records set aside. It holds
 * what its answer needs, never the activities.
 */
export interface RegisterReducer<R, J = void> {
  add(activity: Activity): J;
  finish(invalid: readonly InvalidRecord[]): R;
}

/** What is done with each activity's judgement as it is made (a caller's callback, a writer). */
export type EachJudged<J> = (judged: J, activity: Activity) => void | Promise<void>;

/** How a stream is read: with the versions it is parsed with, named in errors, stopped by `signal`. */
export interface Reading<J> {
  readonly policies: readonly PolicyVersion[];
  readonly fn: string;
  readonly signal?: AbortSignal | undefined;
  readonly each?: EachJudged<J> | undefined;
}

const REFERRING = ['approvals', 'reportsBack', 'councilAccounts'] as const;

/**
 * Folds a register's activities into `reducer`, each handed to it once, and returns what it
 * finishes with.
 *
 * - A register read whole (parsed, or read leniently): its activities are folded as they are
 *   listed, synchronously, and `each` is called with every judgement.
 * - A register read as a stream ({@link RecordsRead}, with `reading`): its activities are read one
 *   by one from the iterable or async iterable, each parsed and checked against those before it;
 *   an activity that cannot be read, or repeats an id, is set aside, and so, at the end, is a record
 *   naming an activity that never came. `each` is awaited, so that a writer can keep up.
 *
 * Either way the reducer is finished with every record set aside, in the order a report lists them.
 */
export function fold<R, J>(
  read: LenientRegister,
  reducer: RegisterReducer<R, J>,
  each?: (judged: J, activity: Activity) => void,
): R;
export function fold<R, J>(
  read: RecordsRead,
  reducer: RegisterReducer<R, J>,
  reading: Reading<J>,
): Promise<R>;
export function fold<R, J>(
  read: LenientRegister | RecordsRead,
  reducer: RegisterReducer<R, J>,
  reading?: Reading<J> | ((judged: J, activity: Activity) => void),
): R | Promise<R> {
  if (typeof reading === 'object')
    return readActivities(read as RecordsRead, reducer, reading).then((invalid) =>
      reducer.finish(invalid),
    );
  for (const activity of read.register?.activities ?? []) {
    const judged = reducer.add(activity);
    reading?.(judged, activity);
  }
  return reducer.finish(read.invalid);
}

/**
 * Reads the activities of a stream one by one after its records (see {@link fold}), each handed to
 * `reducer` and its judgement to `reading.each`; returns every record set aside. Reads no activity
 * when the records show the document is not a register.
 */
async function readActivities<J>(
  records: RecordsRead,
  reducer: RegisterReducer<unknown, J>,
  { policies, fn, signal, each }: Reading<J>,
): Promise<InvalidRecord[]> {
  const register = records.register;
  if (!register) return [...records.invalid];
  const source = records.source as object;
  if (READING.has(source)) throw invalidArgument(fn, PARTS.alreadyRead);
  let iterator: AsyncIterator<unknown> | Iterator<unknown> | undefined;
  try {
    const made = iteratorOf(records.source, fn);
    iterator = made.iterator;
    // One stream, one reader: a generator (its own iterator) read by two calls would give each a
    // part of the register. A list gives each call an iterator of its own, and is not marked.
    if (iterator === source) READING.add(source);
    return await readEach(
      iterator,
      made.sync,
      policies,
      register,
      records,
      async (activity) => {
        const judged = reducer.add(activity);
        if (each) await each(judged, activity);
      },
      signal,
    );
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

/** The source's iterator, async if it has one, and whether it is a sync one (see {@link readEach}). */
function iteratorOf(
  source: Iterable<unknown> | AsyncIterable<unknown>,
  fn: string,
): { iterator: AsyncIterator<unknown> | Iterator<unknown>; sync: boolean } {
  let make: unknown;
  let sync = false;
  try {
    make = (source as AsyncIterable<unknown>)[Symbol.asyncIterator];
    if (typeof make !== 'function') {
      make = (source as Iterable<unknown>)[Symbol.iterator];
      sync = true;
    }
  } catch {
    // Iterable when checked, and not now: a getter or Proxy that answers differently.
    make = undefined;
  }
  if (typeof make !== 'function') throw invalidArgument(fn, PARTS.notIterableNow);
  // The caller's own method: what it throws is the caller's, as what its iterator throws is.
  return { iterator: make.call(source) as AsyncIterator<unknown> | Iterator<unknown>, sync };
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

/**
 * Reads each activity from `iterator`. From a sync source each value is awaited, as `for await`
 * reads a list (a promise in it is awaited); from an async one it is taken as it is.
 */
async function readEach(
  iterator: AsyncIterator<unknown> | Iterator<unknown>,
  sync: boolean,
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
