import type { PolicyVersion } from './types.js';

/**
 * Memoises `build` per list of policy versions, so that a schema that depends on the policies'
 * vocabulary is built once for each list (the built-in one, or a caller's).
 */
export function perPolicies<T>(
  build: (policies: readonly PolicyVersion[]) => T,
): (policies: readonly PolicyVersion[]) => T {
  const cache = new WeakMap<readonly PolicyVersion[], T>();
  return (policies) => {
    const cached = cache.get(policies);
    if (cached !== undefined) return cached;
    const built = build(policies);
    cache.set(policies, built);
    return built;
  };
}

/** The goal and twin-town ids that any of `policies` defines, each once. */
export function vocabularyOf(policies: readonly PolicyVersion[]): {
  goals: string[];
  twinTowns: string[];
} {
  return {
    goals: [...new Set(policies.flatMap((policy) => policy.goals.map((goal) => goal.id)))],
    twinTowns: [...new Set(policies.flatMap((policy) => policy.twinTowns.map((town) => town.id)))],
  };
}
