import type { LocalizedText } from '../errors.js';

/**
 * Internal: the vocabulary of reading input as plain data, in both languages side by side (the
 * parsers' issues are worded in `messages.ts`).
 */

/** An argument (`what` names it) that cannot be read as plain data, for `reason`. */
export function unreadable(what: LocalizedText, reason: string): LocalizedText {
  return {
    sv: `${what.sv} går inte att läsa (${reason}).`,
    en: `${what.en} cannot be read (${reason}).`,
  };
}
