import { type LocalizedText, PolicyError } from '../errors.js';
import * as GUARD from './guard-words.js';
import { NOT_THIS } from './words.js';

/**
 * The guards every public function starts with (STYLE 3): each checks one argument and throws
 * `PolicyError` `invalid_argument`, naming the function and what it takes. There is no catch-all: an
 * error a guard does not describe is a bug of the library and reaches the caller as it is.
 */

/**
 * `PolicyError` `invalid_argument`: `fn` was called with a value it does not take (a programmer
 * error, thrown as the one named error class). The message starts with the function's name.
 */
export function invalidArgument(
  fn: string,
  problem: LocalizedText,
  cause?: unknown,
): PolicyError<'invalid_argument'> {
  return new PolicyError(
    'invalid_argument',
    GUARD.inFunction(fn, problem),
    { function: fn },
    cause === undefined ? undefined : { cause },
  );
}

/**
 * Throws `invalid_argument` unless `value` is one of `allowed`; `what` names the argument ("the
 * language").
 */
export function checkOneOf(
  fn: string,
  value: unknown,
  allowed: readonly string[],
  what: LocalizedText,
): void {
  if (allowed.includes(value as string)) return;
  const quoted = allowed.map((item) => `'${item}'`);
  throw invalidArgument(fn, GUARD.oneOf(what, quoted, shown(value)));
}

/** Throws `invalid_argument` unless `language` is one of the library's two languages. */
export function checkLanguage(fn: string, language: unknown): void {
  checkOneOf(fn, language, ['sv', 'en'], GUARD.language);
}

/** Throws `invalid_argument` unless `options` is an object. */
export function checkOptions(fn: string, options: unknown): void {
  if (typeof options === 'object' && options !== null) return;
  throw invalidArgument(fn, GUARD.optionsNotObject(notThis(options)));
}

/**
 * Throws `invalid_argument` unless every own key of `options` is one of `known`: an option the
 * function does not read is refused, never ignored (a misspelt `asof` would otherwise judge as if
 * it were left out). Returns the options read once into a frozen copy, which the function then
 * uses: a getter or `Proxy` that throws (anything) while an option is read is refused with
 * `invalid_argument` naming the option, and one that answers differently when read again changes
 * nothing.
 */
export function checkKnownOptions<T extends object>(
  fn: string,
  options: T,
  known: readonly string[],
): T {
  return Object.freeze(readKnownOptions(fn, options, known)) as T;
}

/** Internal: {@link checkKnownOptions}'s copy, not frozen yet, for a caller that adds to it first. */
export function readKnownOptions(
  fn: string,
  options: object,
  known: readonly string[],
): Record<string, unknown> {
  let keys: string[];
  // An option inherited from a prototype of the caller's own is not read, and not ignored either.
  let inherited: string | undefined;
  try {
    keys = Object.keys(options);
    const prototype = Object.getPrototypeOf(options);
    if (prototype !== null && prototype !== Object.prototype)
      inherited = known.find((key) => key in options && !Object.hasOwn(options, key));
  } catch {
    // A Proxy whose traps throw, or a revoked one: the options cannot be read.
    throw invalidArgument(fn, GUARD.optionsUnreadable);
  }
  if (inherited !== undefined) throw invalidArgument(fn, GUARD.optionInherited(shown(inherited)));
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    if (!known.includes(key)) {
      const list = known.map((name) => `'${name}'`).join(', ');
      throw invalidArgument(fn, GUARD.noSuchOption(shown(key), list));
    }
    try {
      copy[key] = (options as Record<string, unknown>)[key];
    } catch {
      throw invalidArgument(fn, GUARD.optionUnreadable(shown(key)));
    }
  }
  return copy;
}

/** The getter of `AbortSignal.prototype.aborted`, which only a real signal answers. */
const ABORTED = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted')?.get;

/**
 * Whether `value` is an `AbortSignal` by its brand, not its prototype: `Object.create` of the
 * prototype, or a Proxy of a signal, is none (the signal's own getter refuses it).
 */
function isSignal(value: unknown): boolean {
  try {
    ABORTED?.call(value);
    return value instanceof AbortSignal;
  } catch {
    return false;
  }
}

/** Throws `invalid_argument` unless `signal` is left out or is an `AbortSignal`; returns it. */
export function checkSignal(fn: string, signal: unknown): AbortSignal | undefined {
  if (signal === undefined || isSignal(signal)) return signal as AbortSignal | undefined;
  throw invalidArgument(fn, GUARD.signal(notThis(signal)));
}

/**
 * Throws `invalid_argument` for a value written by hand that its parser refuses: what it must be
 * (`what`, ending "as parseRates takes them"), then the parser's first issue, with its path.
 */
export function refuseAsParsed(
  fn: string,
  what: LocalizedText,
  issues: readonly [{ readonly messages: LocalizedText }, ...unknown[]],
): never {
  const [first] = issues;
  throw invalidArgument(fn, GUARD.asParsed(what, first.messages));
}

/** The most days a deadline may be set at: ten years. */
export const MAX_DEADLINE_DAYS = 3650;

/**
 * Throws `invalid_argument` unless `deadlines` is left out, or an object whose `reportBackDays` and
 * `councilAccountDays` are each left out or a whole number of days from 0 to 3 650.
 */
export function checkDeadlines(
  fn: string,
  deadlines: unknown,
): { readonly reportBackDays?: number; readonly councilAccountDays?: number } | undefined {
  if (deadlines === undefined) return undefined;
  if (typeof deadlines !== 'object' || deadlines === null || isList(deadlines))
    throw invalidArgument(fn, GUARD.deadlines(notThis(deadlines)));
  const known = ['reportBackDays', 'councilAccountDays'] as const;
  const copy = checkKnownOptions(fn, deadlines as Record<string, unknown>, known);
  for (const key of known) {
    const days = copy[key];
    if (days === undefined) continue;
    if (
      Number.isSafeInteger(days) &&
      (days as number) >= 0 &&
      (days as number) <= MAX_DEADLINE_DAYS
    )
      continue;
    throw invalidArgument(fn, GUARD.deadlineDays(key, MAX_DEADLINE_DAYS, notThis(days)));
  }
  return copy;
}

/** Throws `invalid_argument` unless `value` is a string; `what` names the argument ("the place"). */
export function checkString(fn: string, value: unknown, what: LocalizedText): void {
  if (typeof value === 'string') return;
  throw invalidArgument(fn, GUARD.notString(what, shown(value)));
}

/** Throws `invalid_argument` unless `value` is a string of at most `max` characters. */
export function checkText(fn: string, value: unknown, what: LocalizedText, max: number): void {
  checkString(fn, value, what);
  const { length } = value as string;
  if (length <= max) return;
  throw invalidArgument(fn, GUARD.tooLong(what, max, length));
}

/**
 * How a guard's message names the value it refuses: a string quoted, a number, boolean, `null` or
 * `undefined` as written ("not 12"), a list or an object as such ("not this object") — never by
 * calling its own `toString`.
 */
export function notThis(value: unknown): LocalizedText {
  if (isList(value)) return NOT_THIS.list;
  if (typeof value === 'object' && value !== null) return NOT_THIS.object;
  if (typeof value === 'function') return NOT_THIS.function;
  return NOT_THIS.value(shown(value));
}

/** `Array.isArray`, false for a revoked `Proxy` (which makes it throw). */
export function isList(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * A value as an error message shows it: a string quoted, a number, boolean, bigint, `null` or
 * `undefined` as written, anything else by its type ("object") — never by calling its own
 * `toString`, which may be missing or throw.
 */
export function shown(value: unknown): string {
  // A long text is named by its beginning: a message names a bad value, it does not copy it.
  if (typeof value === 'string')
    return value.length <= 120 ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, 120))}…`;
  if (
    value === null ||
    (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol')
  )
    return String(value);
  return typeof value;
}

/** The kinds of value the library vouches for ({@link vouch}). */
export type VouchedKind =
  | 'activity'
  | 'records'
  | 'register'
  | 'rates'
  | 'version'
  | 'registry'
  | 'account'
  | 'audit';

/** What a function takes: a kind of value the library vouches for, and how a message names it. */
export interface Takes extends LocalizedText {
  readonly kind: VouchedKind;
}

// What more than one function takes (one constant each, so a bundle keeps only those used).

/** What the functions that take a parsed activity take. */
export const TAKES_ACTIVITY: Takes = {
  kind: 'activity',
  sv: 'en aktivitet från parseActivity eller parseRegister',
  en: 'an activity from parseActivity or parseRegister',
};

/** What the functions that take a parsed register take. */
export const TAKES_REGISTER: Takes = {
  kind: 'register',
  sv: 'ett register från parseRegister',
  en: 'a register from parseRegister',
};

/** What the functions that take a policy version take. */
export const TAKES_VERSION: Takes = {
  kind: 'version',
  sv: 'en policyversion från BUILT_IN_POLICIES, parsePolicy eller definePolicy',
  en: 'a policy version from BUILT_IN_POLICIES, parsePolicy or definePolicy',
};

/** What the audit's renderers take. */
export const TAKES_AUDIT: Takes = {
  kind: 'audit',
  sv: 'en granskning från audit',
  en: 'a report from audit',
};

/** What the account's renderers take. */
export const TAKES_ACCOUNT: Takes = {
  kind: 'account',
  sv: 'en redovisning från councilAccount',
  en: 'an account from councilAccount',
};

/**
 * The marks of the library's own values, one per kind: a property no copy carries (not enumerable,
 * so a spread, `structuredClone` and `JSON.stringify` leave it out) and no caller sets by mistake,
 * whose value is the marked object itself. An object made with `Object.create(value)` does not own
 * it, and a `Proxy` of the value reports the value, not itself: neither passes. A property, not a
 * `WeakSet`: a register of a million activities would otherwise make every garbage collection walk a
 * million weak entries.
 */
const MARKS: Readonly<Record<VouchedKind, symbol>> = Object.freeze({
  activity: Symbol('solleftea-international-policy: activity'),
  records: Symbol('solleftea-international-policy: records'),
  register: Symbol('solleftea-international-policy: register'),
  rates: Symbol('solleftea-international-policy: rates'),
  version: Symbol('solleftea-international-policy: version'),
  registry: Symbol('solleftea-international-policy: registry'),
  account: Symbol('solleftea-international-policy: account'),
  audit: Symbol('solleftea-international-policy: audit'),
});

/**
 * Marks `value`, before it is frozen, as the library's own `kind` of value: returned by one of its
 * parsers, or built by it (the built-in policy versions, registries, accounts). A copy (spread,
 * `structuredClone`, a JSON round trip), an object inheriting from it and a `Proxy` of it are not
 * marked.
 */
export function vouch<T extends object, K extends VouchedKind>(value: T, kind: K): T & Vouched<K> {
  Object.defineProperty(value, MARKS[kind], { value });
  return value as T & Vouched<K>;
}

declare const VOUCHED_KIND: unique symbol;

/**
 * The type of the library's own `kind` of value: a property that exists only in the types (at run
 * time the mark is {@link vouch}'s), so that TypeScript refuses an object written by hand where a
 * parsed activity, register or policy version belongs, as the guards refuse it at run time.
 */
export interface Vouched<K extends VouchedKind> {
  /** Only in the types: the kind of value the library vouches for. */
  readonly [VOUCHED_KIND]: K;
}

/**
 * Whether `value` is the library's own `kind` of value ({@link vouch}): it owns the mark, and the
 * mark names it. A `Proxy` whose traps throw, or a revoked one, is not.
 */
export function isVouched(value: unknown, kind: VouchedKind): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return Object.getOwnPropertyDescriptor(value, MARKS[kind])?.value === value;
  } catch {
    return false;
  }
}

/**
 * Throws `invalid_argument` unless `value` is the kind of value `takes` names, as the library made
 * it ("an activity from parseActivity or parseRegister").
 */
export function assertVouched(fn: string, value: unknown, takes: Takes): void {
  if (isVouched(value, takes.kind)) return;
  throw invalidArgument(fn, GUARD.notVouched(takes, notThis(value)));
}
