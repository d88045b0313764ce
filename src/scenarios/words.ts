import type { LocalizedText } from '../errors.js';
import { notThis } from '../internal/guards.js';
import type { Checked } from '../internal/shape.js';
import { ONE_AGAIN } from '../internal/words.js';
import type { DutyState, JudgedVerdict } from './types.js';

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
export const ARGUMENT: Readonly<Record<'failure' | 'change', LocalizedText>> = {
  failure: { sv: 'utfallet', en: 'the failure' },
  change: { sv: 'ändringen', en: 'the change' },
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

/** The columns of a comparison's CSV, one record per duty judged otherwise. */
export const CSV_COLUMNS: readonly LocalizedText[] = [
  { sv: 'Aktivitet', en: 'Activity' },
  { sv: 'Titel', en: 'Title' },
  { sv: 'Bedömning i dag', en: 'Verdict today' },
  { sv: 'Bedömning med utkastet', en: 'Verdict with the draft' },
  { sv: 'Regel', en: 'Rule' },
  { sv: 'Skyldighet i dag', en: 'Duty today' },
  { sv: 'Status i dag', en: 'Status today' },
  { sv: 'Skyldighet med utkastet', en: 'Duty with the draft' },
  { sv: 'Status med utkastet', en: 'Status with the draft' },
  { sv: 'Paragrafer med utkastet', en: 'Clauses with the draft' },
  { sv: 'Beskrivning i dag', en: 'Description today' },
  { sv: 'Beskrivning med utkastet', en: 'Description with the draft' },
];

/** An activity's verdict in words. */
export const VERDICT: Readonly<Record<JudgedVerdict, LocalizedText>> = {
  compliant: { sv: 'följer policyn', en: 'compliant' },
  not_compliant: { sv: 'följer inte policyn', en: 'not compliant' },
  undetermined: { sv: 'kan inte avgöras', en: 'cannot be determined' },
  outside_policy: { sv: 'utanför policyn', en: 'outside the policy' },
};

/** Whether a duty is owed, in words, or that there is no such duty. */
export const OWED: Readonly<Record<DutyState['owed'], LocalizedText>> = {
  owed: { sv: 'åligger', en: 'owed' },
  not_applicable: { sv: 'gäller inte', en: 'not applicable' },
  undetermined: { sv: 'kan inte avgöras', en: 'cannot be determined' },
  none: { sv: 'ingen sådan skyldighet', en: 'no such duty' },
};

/** What a comparison's CSV writer's `change` takes, a copy included. */
export const TAKES_CHANGE: Checked['takes'] = {
  sv: 'en ändring från compareDraft eller compareDraftStream (eller en kopia av en)',
  en: 'a change from compareDraft or compareDraftStream (or a copy of one)',
  one: ONE_AGAIN.common,
};
