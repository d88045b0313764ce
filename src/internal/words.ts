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
