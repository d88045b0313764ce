import { deepFreeze } from '../internal/deep-freeze.js';
import type { AppliedPolicy, Clause, InterpretationNote, PolicyVersion, Rule } from './types.js';

/** A rule with the clauses and interpretation notes it cites, resolved once per policy version. */
export type Cited = {
  readonly rule: Rule;
  readonly clauses: readonly Clause[];
  readonly interpretationNotes: readonly InterpretationNote[];
};

/** The name of a version every result carries: id, title, adoption and fingerprint. */
export function appliedOf(policy: PolicyVersion): AppliedPolicy {
  // Frozen through and marked so: every result carries it, and is not walked into it again.
  return deepFreeze({
    id: policy.id,
    title: policy.title,
    adoption: policy.adoption,
    fingerprint: policy.fingerprint,
    ...(policy.draft && { draft: true }),
  });
}

/** Each rule of a version with the clauses and interpretation notes it cites, by rule code. */
export function citationsOf(policy: PolicyVersion): ReadonlyMap<string, Cited> {
  const clauses = new Map(policy.clauses.map((clause) => [clause.id, clause]));
  const notes = new Map(policy.interpretationNotes.map((note) => [note.id, note]));
  return new Map(
    policy.rules.map((rule) => [
      rule.code,
      {
        rule,
        clauses: deepFreeze(
          // Stryker disable MethodExpression,ConditionalExpression: equivalent — definePolicy refuses a rule citing a clause the version lacks; the filter only narrows the type for a version made by hand.
          rule.clauseIds.map((id) => clauses.get(id)).filter((c): c is Clause => c !== undefined),
          // Stryker restore MethodExpression,ConditionalExpression
        ),
        interpretationNotes: deepFreeze(
          // Stryker disable MethodExpression,ConditionalExpression: equivalent — definePolicy refuses a rule citing a note the version lacks; the filter only narrows the type for a version made by hand.
          rule.interpretationNoteIds
            .map((id) => notes.get(id))
            .filter((n): n is InterpretationNote => n !== undefined),
          // Stryker restore MethodExpression,ConditionalExpression
        ),
      },
    ]),
  );
}
