import { appliedOf, type Cited, citationsOf } from './cited.js';
import { buildTwinTownIndex, type TwinTownIndex } from './twin-town-index.js';
import type { AppliedPolicy, PolicyVersion } from './types.js';

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
  /** The twin towns by spelling, for matching places (interpretation note 4). */
  readonly twinTowns: TwinTownIndex;
}

const views = new WeakMap<PolicyVersion, CompiledPolicy>();

/** The compiled view of `policy`, built on first use. */
export function compiled(policy: PolicyVersion): CompiledPolicy {
  let view = views.get(policy);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache; compiling the version again gives the same view.
  if (!view) {
    view = {
      applied: appliedOf(policy),
      rules: citationsOf(policy),
      twinTowns: buildTwinTownIndex(policy),
    };
    views.set(policy, view);
  }
  return view;
}
