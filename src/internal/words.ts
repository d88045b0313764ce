import type { Bilingual } from '../errors.js';

/**
 * Internal: helpers for the vocabularies (`words.ts` of each layer). A vocabulary's entries give
 * both languages at once — a `Bilingual`, or a function from values (and other `Bilingual`s) to
 * one — so that a sentence is written once per language, side by side, and nowhere else.
 */

/** The same text in both languages (a name, a code, a date). */
export function same(text: string): Bilingual {
  return { sv: text, en: text };
}

/** Texts joined with a separator, language by language. */
export function joined(items: readonly Bilingual[], separator: string): Bilingual {
  return {
    sv: items.map((item) => item.sv).join(separator),
    en: items.map((item) => item.en).join(separator),
  };
}

/** A list in prose: "a, b och c" / "a, b and c". */
export function listOf(items: readonly Bilingual[]): Bilingual {
  if (items.length <= 1) return joined(items, '');
  const head = joined(items.slice(0, -1), ', ');
  const last = items.at(-1) as Bilingual;
  return { sv: `${head.sv} och ${last.sv}`, en: `${head.en} and ${last.en}` };
}

/** An empty text in both languages. */
export const NOTHING: Bilingual = Object.freeze({ sv: '', en: '' });
