import type { LocalizedText } from '../errors.js';
import { notThis } from '../internal/guards.js';
import type { Checked } from '../internal/shape.js';
import { ONE_AGAIN } from '../internal/words.js';

/**
 * Internal: the vocabulary of the scenario runs — what an expectation not met says, and how the
 * guard of {@link explainScenarioFailure} names what it takes — in both languages side by side.
 */

/** An expectation not met: where it is written, what it says, and what came. */
export const failed = (path: string, expected: string, actual: string): LocalizedText => ({
  sv: `${path}: väntade ${expected}, blev ${actual}`,
  en: `${path}: expected ${expected}, got ${actual}`,
});

/** What `explainScenarioFailure` takes. */
export const TAKES: Readonly<Record<'failure', Checked['takes']>> = {
  failure: {
    sv: 'ett utfall som inte stämde från runScenarios (eller en kopia av ett)',
    en: 'a failure from runScenarios (or a copy of one)',
    one: ONE_AGAIN.neuter,
  },
};

/** How the scenario functions name their arguments. */
export const ARGUMENT: Readonly<Record<'failure', LocalizedText>> = {
  failure: { sv: 'utfallet', en: 'the failure' },
};

/** What the comparison's arguments must be. */
export const MUST = {
  /** A draft that is no version the library made. */
  beDraft: (draft: unknown): LocalizedText => ({
    sv: `draft ska vara en version från parsePolicy eller definePolicy, ${notThis(draft).sv}.`,
    en: `draft must be a version from parsePolicy or definePolicy, ${notThis(draft).en}.`,
  }),
  /** An `onChange` that is no function. */
  beOnChange: (given: unknown): LocalizedText => ({
    sv: `onChange ska vara en funktion, ${notThis(given).sv}.`,
    en: `onChange must be a function, ${notThis(given).en}.`,
  }),
} as const;
