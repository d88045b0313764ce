import { type Bilingual, PolicyError } from '../errors.js';

/**
 * `PolicyError` `invalid_argument`: `fn` was called with a value no parser returns (STYLE 3: a
 * programmer error, thrown as the one named error class). The message starts with the function's name.
 */
export function invalidArgument(fn: string, problem: Bilingual, cause?: unknown): PolicyError {
  return new PolicyError(
    'invalid_argument',
    { sv: `${fn}: ${problem.sv}`, en: `${fn}: ${problem.en}` },
    { function: fn },
    cause === undefined ? undefined : { cause },
  );
}

/**
 * What a public function throws in place of an error it tripped over — a plain JSON activity given
 * to `evaluate`, options left out: `invalid_argument`, naming the function and what it takes, with
 * the error tripped over as `cause`. A `PolicyError` is already what the function means to throw and
 * is returned as it is — unless it is an `invalid_argument` of a public function this one calls,
 * which is told as this one's, so that the message names the function the caller called.
 */
export function misuse(fn: string, takes: Bilingual, error: unknown): PolicyError {
  let cause = error;
  if (error instanceof PolicyError) {
    if (error.code !== 'invalid_argument' || error.details['function'] === fn) return error;
    // A public function this one calls tripped over what this one was given: name this one.
    cause = error.cause ?? error;
  }
  const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : typeof cause;
  return invalidArgument(
    fn,
    {
      sv: `fick ett värde som ingen parser ger; den tar ${takes.sv} (${reason}).`,
      en: `was given a value no parser returns; it takes ${takes.en} (${reason}).`,
    },
    cause,
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
  what: Bilingual,
): void {
  if (allowed.includes(value as string)) return;
  const given = shown(value);
  const quoted = allowed.map((item) => `'${item}'`);
  throw invalidArgument(fn, {
    sv: `${what.sv} ska vara ${quoted.join(' eller ')}, inte ${given}.`,
    en: `${what.en} must be ${quoted.join(' or ')}, not ${given}.`,
  });
}

/** Throws `invalid_argument` unless `language` is one of the library's two languages. */
export function checkLanguage(fn: string, language: unknown): void {
  checkOneOf(fn, language, ['sv', 'en'], { sv: 'språket', en: 'the language' });
}

/**
 * A value as an error message shows it: a string quoted, a number, boolean, bigint, `null` or
 * `undefined` as written, anything else by its type ("object") — never by calling its own
 * `toString`, which may be missing or throw.
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (
    value === null ||
    (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol')
  )
    return String(value);
  return typeof value;
}

// What more than one function takes, for misuse (one constant each, so a bundle keeps only those used).

/** What the parsers take. */
export const TAKES_DOCUMENT = {
  sv: 'ett dokument att tolka och eventuellt inställningar med policies (policyversioner)',
  en: 'a document to parse and optionally options with policies (policy versions)',
} as const;

/** What the functions that take a parsed activity take. */
export const TAKES_ACTIVITY = {
  sv: 'en aktivitet från parseActivity eller parseRegister',
  en: 'an activity from parseActivity or parseRegister',
} as const;

/** What the account's renderers take. */
export const TAKES_ACCOUNT = {
  sv: 'en redovisning från councilAccount och ett språk',
  en: 'an account from councilAccount and a language',
} as const;
