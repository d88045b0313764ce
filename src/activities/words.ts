import type { LocalizedText } from '../errors.js';

/**
 * Internal: the vocabulary of activities — what their costs' errors say, in both languages side by
 * side.
 */

/** The errors the costs of an activity throw. */
export const ERROR = {
  /** A sum past what can be counted exactly in öre. */
  amountTooLarge: {
    sv: 'Summan är för stor för att räknas exakt i öre.',
    en: 'The total is too large to be counted exactly in öre.',
  } as LocalizedText,
} as const;
