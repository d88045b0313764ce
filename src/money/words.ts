import type { LocalizedText } from '../errors.js';

/**
 * Internal: the vocabulary of the money helpers — how they name their arguments and what their
 * guards say of a value they do not take, in both languages side by side.
 */

/** How the money helpers name their arguments. */
export const ARGUMENT: Readonly<
  Record<'amount' | 'threshold' | 'costItems' | 'path' | 'rateDay', LocalizedText>
> = {
  amount: { sv: 'beloppet', en: 'the amount' },
  threshold: { sv: 'gränsen', en: 'the threshold' },
  costItems: { sv: 'kostnadsposterna', en: 'the cost items' },
  path: { sv: 'sökvägen', en: 'the path' },
  rateDay: { sv: 'kursdagen', en: 'the rate day' },
};
