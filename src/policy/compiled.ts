import { appliedOf, type Cited, citationsOf } from './cited.js';
import { buildTwinTownIndex, type TwinTownIndex } from './twin-town-index.js';
import type { AppliedPolicy, Condition, PolicyVersion, RuleKind } from './types.js';

/** The kinds of rule judged per activity. */
export const ACTIVITY_KINDS: ReadonlySet<RuleKind> = new Set([
  'plan',
  'decision',
  'report',
  'account',
]);

/**
 * What the library derives from a policy version to apply it, built once per version and kept as
 * long as the version is: the name every result carries, each rule with the clauses and notes it
 * cites, and the index that matches places to twin towns.
 */
export interface CompiledPolicy {
  /** The version's name in results: id, title, adoption, fingerprint. */
  readonly applied: AppliedPolicy;
  /** Each rule with what it cites, by rule code. */
  readonly rules: ReadonlyMap<string, Cited>;
  /** The rules about activities (`plan`, `decision`, `report`, `account`), in the version's order. */
  readonly activityRules: readonly Cited[];
  /** The first rule of each kind, for the rules about agreements, which the engine judges by kind. */
  readonly byKind: ReadonlyMap<RuleKind, Cited>;
  /** The twin towns by spelling, for matching places (interpretation note 4). */
  readonly twinTowns: TwinTownIndex;
  /** How many facts the conditions of the rules about activities ask, each counted once. */
  readonly factsAsked: number;
  /** How many of those are about costs. */
  readonly costsAsked: number;
}

/** The facts a condition asks, each once, added to `found`. */
function addFacts(condition: Condition, found: Set<Condition>): void {
  if ('all' in condition) for (const part of condition.all) addFacts(part, found);
  else if ('any' in condition) for (const part of condition.any) addFacts(part, found);
  else if ('not' in condition) addFacts(condition.not, found);
  else found.add(condition);
}

const views = new WeakMap<PolicyVersion, CompiledPolicy>();

/** The compiled view of `policy`, built on first use. */
export function compiled(policy: PolicyVersion): CompiledPolicy {
  let view = views.get(policy);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache; compiling the version again gives the same view.
  if (!view) {
    const rules = citationsOf(policy);
    const byKind = new Map<RuleKind, Cited>();
    for (const cited of rules.values())
      if (!byKind.has(cited.rule.kind)) byKind.set(cited.rule.kind, cited);
    const activityRules = [...rules.values()].filter((cited) =>
      ACTIVITY_KINDS.has(cited.rule.kind),
    );
    const asked = new Set<Condition>();
    for (const { rule } of activityRules) if (rule.when) addFacts(rule.when, asked);
    view = {
      applied: appliedOf(policy),
      rules,
      activityRules,
      byKind,
      twinTowns: buildTwinTownIndex(policy),
      factsAsked: asked.size,
      costsAsked: [...asked].filter((fact) => 'fact' in fact && fact.fact === 'cost').length,
    };
    views.set(policy, view);
  }
  return view;
}
