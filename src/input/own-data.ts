import type { LocalizedText } from '../errors.js';
import { invalidArgument } from '../internal/guards.js';
import { LIMITS } from './fields.js';
import type { PathSegment } from './issues.js';
import { unreadable } from './words.js';

/**
 * Untrusted input as plain data, or where it could not be read: its own enumerable properties and
 * list items only, copied into objects without a prototype and plain arrays. A property set on
 * `Object.prototype`, an object made with `Object.create` of another, a getter or `Proxy` trap that
 * throws (anything, even a value that is no `Error`) and a revoked `Proxy` are all read as plain data
 * or reported at their path, so that nothing the parsers read afterwards can throw or change.
 */
export type OwnData =
  | { readonly readable: true; readonly value: unknown }
  | { readonly readable: false; readonly path: readonly PathSegment[]; readonly reason: string };

/** What a function in the input is read as: a function, which nothing calls. */
const FUNCTION = Object.freeze(() => undefined);

/** Deeper than any schema reads: below it, a value is not copied (and the schema refuses it). */
const DEEPEST = 32;
/** Longer than any list a schema takes: the items past it are not copied (the schema refuses the list). */
const LONGEST = LIMITS.records + 1;

/**
 * One copy under way: the path it is reading (pushed before an item or property is read, popped
 * after), the values it has copied, whether it refuses rather than cuts, and why it refused a value.
 * It is thrown as itself to refuse one, and told from whatever a caller's getter throws by identity,
 * which asks a thrown `Proxy` nothing (`instanceof` would ask it for its prototype, and a revoked
 * one throws again).
 */
interface Walk {
  readonly path: PathSegment[];
  readonly copies: Map<object, unknown>;
  readonly exact: boolean;
  refused?: string;
}

function refuse(walk: Walk, reason: string): never {
  walk.refused = reason;
  throw walk;
}

/** What a thrown value says about itself, without calling anything that could throw again. */
export function reasonOf(thrown: unknown): string {
  try {
    if (thrown instanceof Error) {
      const message = thrown.message;
      if (typeof message === 'string') return message.slice(0, 200);
    }
    if (typeof thrown === 'string') return thrown.slice(0, 200);
  } catch {
    // A message getter that throws says nothing.
  }
  return thrown === null ? 'null' : `a thrown ${typeof thrown}`;
}

/**
 * Copies `value`, found at `walk.path`: when anything throws — a getter, a trap, or the copy refusing
 * a value — the path still names the read, and {@link ownData} reports it there.
 */
function copy(value: unknown, depth: number, walk: Walk): unknown {
  // A function is no data: one stand-in of its kind for every function (a revoked Proxy of one
  // throws on whatever is asked of it).
  if (typeof value === 'function') return FUNCTION;
  if (typeof value !== 'object' || value === null) return value;
  if (depth > DEEPEST) {
    // An argument is used as copied, so it is refused rather than cut; a document is cut, and its
    // schema refuses what was cut.
    if (walk.exact) refuse(walk, `deeper than ${DEEPEST} levels`);
    return null;
  }
  const { path, copies } = walk;
  // A value met again (shared, or a cycle) is its one copy: the walk stays linear in the input.
  if (copies.has(value)) return copies.get(value);
  if (Array.isArray(value)) {
    const list = value as readonly unknown[];
    const given = list.length;
    if (walk.exact && given > LONGEST) refuse(walk, `longer than ${LONGEST} items`);
    const length = Math.min(given, LONGEST);
    const items: unknown[] = new Array(length);
    copies.set(value, items);
    for (let index = 0; index < length; index++) {
      path.push(index);
      items[index] = Object.hasOwn(list, index) ? copy(list[index], depth + 1, walk) : undefined;
      path.pop();
    }
    return items;
  }
  const object = value as Record<string, unknown>;
  const data: Record<string, unknown> = Object.create(null);
  copies.set(value, data);
  for (const key of Object.keys(object)) {
    path.push(key);
    data[key] = copy(object[key], depth + 1, walk);
    path.pop();
  }
  return data;
}

/**
 * Reads `input` as {@link OwnData}: never throws, whatever the input. With `exact`, a value deeper
 * or longer than any schema reads is unreadable rather than cut.
 */
export function ownData(input: unknown, exact = false): OwnData {
  const walk: Walk = { path: [], copies: new Map(), exact };
  try {
    return { readable: true, value: copy(input, 0, walk) };
  } catch (error) {
    const reason = error === walk ? (walk.refused as string) : reasonOf(error);
    return { readable: false, path: [...walk.path], reason };
  }
}

/**
 * Internal: an argument a function reads field by field (a result to explain, an amount, cost
 * items), as {@link OwnData}: the copy is what the function reads, so a getter or `Proxy` that throws
 * (anything), a revoked `Proxy` or a value that answers differently when read again is refused with
 * `invalid_argument` naming `fn` and `what`, never thrown through.
 */
export function ownArgument<T>(fn: string, value: T, what: LocalizedText): T {
  const own = ownData(value, true);
  if (own.readable) return own.value as T;
  throw invalidArgument(fn, unreadable(what, own.reason));
}
