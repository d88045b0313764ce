import type { LocalizedText } from '../errors.js';
import { ownArgument } from '../input/own-data.js';
import { type Checked, object, text } from '../internal/shape.js';
import type { ScenarioFailure } from './types.js';
import { ARGUMENT, failed, TAKES } from './words.js';

const EXPLAIN_FAILURE: Checked = { fn: 'explainScenarioFailure', takes: TAKES.failure };
const FAILURE_SHAPE = object({ path: text, expected: text, actual: text });

/**
 * An expectation of a scenario case that its judgement did not meet, in Swedish and English: where
 * it is written, what it expects and what came.
 *
 * @param failure - one of the `failures` of a case from {@link runScenarios}, or a copy of one
 * @returns the sentence in Swedish and English
 * @throws {@link PolicyError} `invalid_argument`, naming the first field that no failure holds
 *
 * @example
 * ```ts
 * explainScenarioFailure({
 *   path: 'expect.duties.board_approval', expected: 'fulfilled', actual: 'violated',
 * }).sv;
 * // => 'expect.duties.board_approval: väntade fulfilled, blev violated'
 * ```
 * @category Versions
 */
export function explainScenarioFailure(failure: ScenarioFailure): LocalizedText {
  failure = ownArgument(EXPLAIN_FAILURE.fn, failure, ARGUMENT.failure);
  FAILURE_SHAPE(failure, 'failure', EXPLAIN_FAILURE);
  return failed(failure.path, failure.expected, failure.actual);
}
