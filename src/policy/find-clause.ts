import { assertVouched, checkString, TAKES_VERSION } from '../internal/guards.js';
import type { Clause, PolicyVersion } from './types.js';
import { ARGUMENT } from './words.js';

/**
 * Looks up a clause of a policy version by its stable id.
 *
 * @param policy - the policy version, e.g. {@link POLICY_2019_2022}
 * @param id - a clause id such as `'board.reporting'`
 * @returns the clause, or `undefined` when the version has no clause with that id
 *
 * @example
 * ```ts
 * findClause(POLICY_2019_2022, 'board.approval')?.en;
 * // => 'All trips to twin towns shall be approved by the executive board.'
 * findClause(POLICY_2019_2022, 'board.unknown'); // => undefined
 * ```
 * @category Versions
 */
export function findClause(policy: PolicyVersion, id: string): Clause | undefined {
  assertVouched('findClause', policy, TAKES_VERSION);
  checkString('findClause', id, ARGUMENT.clauseId);
  return policy.clauses.find((clause) => clause.id === id);
}
