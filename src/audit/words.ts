import type { LocalizedText } from '../errors.js';
import { notThis } from '../internal/guards.js';
import type { Checked } from '../internal/shape.js';
import { ONE_AGAIN } from '../internal/words.js';

/**
 * Internal: the vocabulary of the audit — the columns of its CSV and what its guards say, in both
 * languages side by side.
 */

/** The columns of the audit's CSV, in order. */
export const CSV_COLUMNS: readonly LocalizedText[] = [
  { sv: 'Aktivitet eller avtal', en: 'Activity or agreement' },
  { sv: 'Regel', en: 'Rule' },
  { sv: 'Status', en: 'Status' },
  { sv: 'Skäl', en: 'Reason' },
  { sv: 'Senast', en: 'Due by' },
  { sv: 'Paragrafer', en: 'Clauses' },
  { sv: 'Beskrivning', en: 'Description' },
];

/** What a CSV writer's `activity` takes, a copy included. */
export const TAKES: Readonly<Record<'row', Checked['takes']>> = {
  row: {
    sv: 'en rad från audit eller auditStream (eller en kopia av en)',
    en: 'a row from audit or auditStream (or a copy of one)',
    one: ONE_AGAIN.common,
  },
};

/** How the audit's functions name their arguments. */
export const ARGUMENT: Readonly<Record<'row' | 'compliance', LocalizedText>> = {
  row: { sv: 'raden', en: 'the row' },
  compliance: { sv: 'radens compliance', en: 'the row’s compliance' },
};

/** What an option of the audit must be, said of the value given. */
export const MUST = {
  /** `onActivity`: a function. */
  beOnActivity: (onActivity: unknown): LocalizedText => ({
    sv: `onActivity ska vara en funktion, ${notThis(onActivity).sv}.`,
    en: `onActivity must be a function, ${notThis(onActivity).en}.`,
  }),
} as const;
