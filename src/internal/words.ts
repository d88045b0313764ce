import type { Language, LocalizedText } from '../errors.js';

/**
 * Internal: helpers for the vocabularies (`words.ts` of each layer), and the internal layer's own
 * vocabulary — what the guards say. A vocabulary's entries give both languages at once — a
 * `LocalizedText`, or a function from values (and other `LocalizedText`s) to one — so that a sentence is
 * written once per language, side by side, and nowhere else. The guards' words take a refused value
 * as the guards show it (`shown`, `notThis` in `guards.ts`), so that this module imports no guard.
 */

/** The same text in both languages (a name, a code, a date). */
export function same(text: string): LocalizedText {
  return { sv: text, en: text };
}

/** Texts joined with a separator, language by language. */
export function joined(items: readonly LocalizedText[], separator: string): LocalizedText {
  return {
    sv: items.map((item) => item.sv).join(separator),
    en: items.map((item) => item.en).join(separator),
  };
}

/** A list in prose: "a, b och c" / "a, b and c". */
export function listOf(items: readonly LocalizedText[]): LocalizedText {
  if (items.length <= 1) return joined(items, '');
  const head = joined(items.slice(0, -1), ', ');
  const last = items.at(-1) as LocalizedText;
  return { sv: `${head.sv} och ${last.sv}`, en: `${head.en} and ${last.en}` };
}

/** An empty text in both languages. */
export const NOTHING: LocalizedText = Object.freeze({ sv: '', en: '' });

/**
 * How a message names one of the things a function takes again ("… is not what one holds"), by the
 * gender of the Swedish noun: "en sådan" (en skyldighet), "ett sådant" (ett resultat); "one".
 */
export const ONE_AGAIN: Readonly<Record<'common' | 'neuter', LocalizedText>> = {
  common: { sv: 'en sådan', en: 'one' },
  neuter: { sv: 'ett sådant', en: 'one' },
};

/** The CSV field delimiter of each language: a semicolon where the decimal mark is a comma. */
export const DELIMITER: Readonly<Record<Language, string>> = { sv: ';', en: ',' };

/** How a guard names a value it refuses, by its kind (see `notThis`); shared, so frozen. */
export const NOT_THIS = {
  list: Object.freeze({ sv: 'inte den här listan', en: 'not this list' }) as LocalizedText,
  object: Object.freeze({ sv: 'inte det här objektet', en: 'not this object' }) as LocalizedText,
  function: Object.freeze({ sv: 'inte en funktion', en: 'not a function' }) as LocalizedText,
  /** Any other value, as `shown` writes it. */
  value: (shown: string): LocalizedText => ({ sv: `inte ${shown}`, en: `not ${shown}` }),
} as const;

/**
 * What the guards say of an argument they refuse: `given` is the value as `notThis` names it,
 * `shown` as `shown` writes it.
 */
export const GUARD = {
  /** The message of an `invalid_argument`: the function's name, then the problem. */
  inFunction: (fn: string, problem: LocalizedText): LocalizedText => ({
    sv: `${fn}: ${problem.sv}`,
    en: `${fn}: ${problem.en}`,
  }),
  /** A value that is none of `quoted` (the allowed values, quoted). */
  oneOf: (what: LocalizedText, quoted: readonly string[], shown: string): LocalizedText => ({
    sv: `${what.sv} ska vara ${quoted.join(' eller ')}, inte ${shown}.`,
    en: `${what.en} must be ${quoted.join(' or ')}, not ${shown}.`,
  }),
  /** What the functions that take a language call it. */
  language: { sv: 'språket', en: 'the language' } as LocalizedText,
  /** Options that are no object. */
  optionsNotObject: (given: LocalizedText): LocalizedText => ({
    sv: `inställningarna ska vara ett objekt, ${given.sv}.`,
    en: `the options must be an object, ${given.en}.`,
  }),
  /** Options whose keys cannot be read. */
  optionsUnreadable: {
    sv: 'inställningarna går inte att läsa (ett Proxy-objekt som kastar eller är återkallat).',
    en: 'the options cannot be read (a Proxy that throws or has been revoked).',
  } as LocalizedText,
  /** An option inherited from a prototype, not the options' own. */
  optionInherited: (shown: string): LocalizedText => ({
    sv: `inställningen ${shown} är ärvd från ett annat objekt, inte inställningarnas egen; skriv den i objektet som ges.`,
    en: `the option ${shown} is inherited from another object, not the options' own; write it in the object given.`,
  }),
  /** An option the function does not read; `list` names those it does. */
  noSuchOption: (shown: string, list: string): LocalizedText => ({
    sv: `inställningen ${shown} finns inte; de som finns är ${list}.`,
    en: `there is no option ${shown}; the options are ${list}.`,
  }),
  /** An option that cannot be read. */
  optionUnreadable: (shown: string): LocalizedText => ({
    sv: `inställningen ${shown} går inte att läsa (en getter eller ett Proxy-objekt som kastar).`,
    en: `the option ${shown} cannot be read (a getter or Proxy that throws).`,
  }),
  /** A `signal` that is no `AbortSignal`. */
  signal: (given: LocalizedText): LocalizedText => ({
    sv: `signal ska vara en AbortSignal (från en AbortController), ${given.sv}.`,
    en: `signal must be an AbortSignal (from an AbortController), ${given.en}.`,
  }),
  /** A value written by hand that its parser refuses: what it must be, then the parser's issue. */
  asParsed: (what: LocalizedText, issue: LocalizedText): LocalizedText => ({
    sv: `${what.sv}; ${issue.sv}`,
    en: `${what.en}; ${issue.en}`,
  }),
  /** `deadlines` that is no object. */
  deadlines: (given: LocalizedText): LocalizedText => ({
    sv: `deadlines ska vara ett objekt { reportBackDays, councilAccountDays }, ${given.sv}.`,
    en: `deadlines must be an object { reportBackDays, councilAccountDays }, ${given.en}.`,
  }),
  /** A deadline that is no whole number of days from 0 to `max`. */
  deadlineDays: (key: string, max: number, given: LocalizedText): LocalizedText => ({
    sv: `deadlines.${key} ska vara ett helt antal dagar från 0 till ${max}, ${given.sv}.`,
    en: `deadlines.${key} must be a whole number of days from 0 to ${max}, ${given.en}.`,
  }),
  /** A value that is no string. */
  notString: (what: LocalizedText, shown: string): LocalizedText => ({
    sv: `${what.sv} ska vara en text, inte ${shown}.`,
    en: `${what.en} must be a string, not ${shown}.`,
  }),
  /** A string longer than `max` characters. */
  tooLong: (what: LocalizedText, max: number, length: number): LocalizedText => ({
    sv: `${what.sv} får vara högst ${max} tecken, inte ${length}.`,
    en: `${what.en} may be at most ${max} characters, not ${length}.`,
  }),
  /** A value that is not the library's own: `takes` names what the function takes. */
  notVouched: (takes: LocalizedText, given: LocalizedText): LocalizedText => ({
    sv: `tar ${takes.sv}, ${given.sv}; en kopia eller ett objekt skrivet för hand tas inte emot.`,
    en: `takes ${takes.en}, ${given.en}; a copy or an object written by hand is not taken.`,
  }),
  /**
   * A field of a result (or a copy of one) that no such result holds: `takes` names what the
   * function takes, `one` names one of them again, `path` the field.
   */
  notWhatOneHolds: (
    takes: LocalizedText & { readonly one: LocalizedText },
    path: string,
    given: LocalizedText,
  ): LocalizedText => ({
    sv: `tar ${takes.sv}; ${path} är inte vad ${takes.one.sv} har: ${given.sv}.`,
    en: `takes ${takes.en}; ${path} is not what ${takes.one.en} holds: ${given.en}.`,
  }),
} as const;
