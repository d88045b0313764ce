import type { ComplianceStatus, Verdict } from './types.js';

/**
 * The verdict on a set of statuses (interpretation note 11): `not_compliant` when any is violated or
 * overdue, else `undetermined` when any is undetermined, else `compliant`.
 */
export function verdictOf(results: Iterable<{ readonly status: ComplianceStatus }>): Verdict {
  let verdict: Verdict = 'compliant';
  for (const { status } of results) {
    if (status === 'violated' || status === 'overdue') return 'not_compliant';
    if (status === 'undetermined') verdict = 'undetermined';
  }
  return verdict;
}
