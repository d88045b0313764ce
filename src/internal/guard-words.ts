import type { LocalizedText } from '../errors.js';

/**
 * Internal: what the guards say of an argument they refuse, in both languages side by side — a table
 * of the internal layer's vocabulary (`words.ts`) kept in a module of its own and imported as a
 * namespace (`import * as GUARD`), so that a bundler leaves out the sentences an app never says.
 * `given` is the value as `notThis` names it, `shown` as `shown` writes it.
 */

/** The message of an `invalid_argument`: the function's name, then the problem. */
export const inFunction = (fn: string, problem: LocalizedText): LocalizedText => ({
  sv: `${fn}: ${problem.sv}`,
  en: `${fn}: ${problem.en}`,
});
/** A value that is none of `quoted` (the allowed values, quoted). */
export const oneOf = (
  what: LocalizedText,
  quoted: readonly string[],
  shown: string,
): LocalizedText => ({
  sv: `${what.sv} ska vara ${quoted.join(' eller ')}, inte ${shown}.`,
  en: `${what.en} must be ${quoted.join(' or ')}, not ${shown}.`,
});
/** What the functions that take a language call it. */
export const language: LocalizedText = { sv: 'språket', en: 'the language' };
/** Options that are no object. */
export const optionsNotObject = (given: LocalizedText): LocalizedText => ({
  sv: `inställningarna ska vara ett objekt, ${given.sv}.`,
  en: `the options must be an object, ${given.en}.`,
});
/** Options whose keys cannot be read. */
export const optionsUnreadable: LocalizedText = {
  sv: 'inställningarna går inte att läsa (ett Proxy-objekt som kastar eller är återkallat).',
  en: 'the options cannot be read (a Proxy that throws or has been revoked).',
};
/** An option inherited from a prototype, not the options' own. */
export const optionInherited = (shown: string): LocalizedText => ({
  sv: `inställningen ${shown} är ärvd från ett annat objekt, inte inställningarnas egen; skriv den i objektet som ges.`,
  en: `the option ${shown} is inherited from another object, not the options' own; write it in the object given.`,
});
/** An option the function does not read; `list` names those it does. */
export const noSuchOption = (shown: string, list: string): LocalizedText => ({
  sv: `inställningen ${shown} finns inte; de som finns är ${list}.`,
  en: `there is no option ${shown}; the options are ${list}.`,
});
/** An option that cannot be read. */
export const optionUnreadable = (shown: string): LocalizedText => ({
  sv: `inställningen ${shown} går inte att läsa (en getter eller ett Proxy-objekt som kastar).`,
  en: `the option ${shown} cannot be read (a getter or Proxy that throws).`,
});
/** A `signal` that is no `AbortSignal`. */
export const signal = (given: LocalizedText): LocalizedText => ({
  sv: `signal ska vara en AbortSignal (från en AbortController), ${given.sv}.`,
  en: `signal must be an AbortSignal (from an AbortController), ${given.en}.`,
});
/** A value written by hand that its parser refuses: what it must be, then the parser's issue. */
export const asParsed = (what: LocalizedText, issue: LocalizedText): LocalizedText => ({
  sv: `${what.sv}; ${issue.sv}`,
  en: `${what.en}; ${issue.en}`,
});
/** `deadlines` that is no object. */
export const deadlines = (given: LocalizedText): LocalizedText => ({
  sv: `deadlines ska vara ett objekt { reportBackDays, councilAccountDays }, ${given.sv}.`,
  en: `deadlines must be an object { reportBackDays, councilAccountDays }, ${given.en}.`,
});
/** A deadline that is no whole number of days from 0 to `max`. */
export const deadlineDays = (key: string, max: number, given: LocalizedText): LocalizedText => ({
  sv: `deadlines.${key} ska vara ett helt antal dagar från 0 till ${max}, ${given.sv}.`,
  en: `deadlines.${key} must be a whole number of days from 0 to ${max}, ${given.en}.`,
});
/** A value that is no string. */
export const notString = (what: LocalizedText, shown: string): LocalizedText => ({
  sv: `${what.sv} ska vara en text, inte ${shown}.`,
  en: `${what.en} must be a string, not ${shown}.`,
});
/** A string longer than `max` characters. */
export const tooLong = (what: LocalizedText, max: number, length: number): LocalizedText => ({
  sv: `${what.sv} får vara högst ${max} tecken, inte ${length}.`,
  en: `${what.en} may be at most ${max} characters, not ${length}.`,
});
/** A value that is not the library's own: `takes` names what the function takes. */
export const notVouched = (takes: LocalizedText, given: LocalizedText): LocalizedText => ({
  sv: `tar ${takes.sv}, ${given.sv}; en kopia eller ett objekt skrivet för hand tas inte emot.`,
  en: `takes ${takes.en}, ${given.en}; a copy or an object written by hand is not taken.`,
});
/**
 * A field of a result (or a copy of one) that no such result holds: `takes` names what the
 * function takes, `one` names one of them again, `path` the field.
 */
export const notWhatOneHolds = (
  takes: LocalizedText & { readonly one: LocalizedText },
  path: string,
  given: LocalizedText,
): LocalizedText => ({
  sv: `tar ${takes.sv}; ${path} är inte vad ${takes.one.sv} har: ${given.sv}.`,
  en: `takes ${takes.en}; ${path} is not what ${takes.one.en} holds: ${given.en}.`,
});
