import { misuse } from '../internal/misuse.js';
import type { Clause, PolicyVersion } from './types.js';

/**
 * Looks up a clause of a policy version by its stable id.
 *
 * @param policy - the policy version, e.g. {@link POLICY_2019_2022}
 * @param id - a clause id such as `'board.reporting'`
 * @returns the clause, or `undefined` when the version has no clause with that id
 *
 * @throws {@link PolicyError} `invalid_argument` when given a value no parser returns (a plain JSON
 *   object in place of a parsed one, options left out); the message says what it takes
 *
 * @example
 * ```ts
 * findClause(POLICY_2019_2022, 'board.approval')?.en;
 * // => 'All trips to twin towns shall be approved by the executive board.'
 * findClause(POLICY_2019_2022, 'board.unknown'); // => undefined
 * ```
 */
export function findClause(policy: PolicyVersion, id: string): Clause | undefined {
  try {
    return policy.clauses.find((clause) => clause.id === id);
  } catch (error) {
    throw misuse(
      'findClause',
      { sv: 'en policyversion och ett paragraf-id', en: 'a policy version and a clause id' },
      error,
    );
  }
}
