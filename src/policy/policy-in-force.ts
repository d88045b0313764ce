import { type IsoDate, toIsoDate } from '../calendar/iso-date.js';
import { type PolicyRegistry, policyRegistry } from './registry.js';
import { POLICY_2019_2022 } from './solleftea-2019-2022.js';
import type { PolicyVersion } from './types.js';

/**
 * The policy versions the library ships, oldest first. Today: {@link POLICY_2019_2022}.
 *
 * @example
 * ```ts
 * BUILT_IN_POLICIES.map((policy) => policy.id); // => ['solleftea-2019-2022']
 * ```
 */
export const BUILT_IN_POLICIES: readonly PolicyVersion[] = Object.freeze([POLICY_2019_2022]);

/**
 * The built-in versions as a registry: {@link BUILT_IN_POLICIES}, checked, with its gaps (none).
 *
 * @example
 * ```ts
 * BUILT_IN_REGISTRY.versions[0]?.validity; // => { from: '2019-11-25', to: '2022-12-31' }
 * ```
 */
export const BUILT_IN_REGISTRY: PolicyRegistry = /* @__PURE__ */ policyRegistry(BUILT_IN_POLICIES);

/**
 * Which versions to judge by: one version, a list of versions, or a {@link PolicyRegistry}.
 *
 * @example
 * ```ts
 * const policies: PolicySource = BUILT_IN_REGISTRY;
 * ```
 */
export type PolicySource = PolicyVersion | readonly PolicyVersion[] | PolicyRegistry;

/**
 * The policy version in force on a day.
 *
 * @remarks
 * A version is in force from its `validity.from` to its `validity.to`, both inclusive
 * (interpretation note 8). A day outside every version gets `undefined`: the library never falls
 * back to a default policy.
 *
 * @param date - the day, as `YYYY-MM-DD`
 * @param registry - the registry or versions to choose from; the built-in registry by default
 * @returns the version in force, or `undefined` when none is
 * @throws {@link PolicyError} `invalid_date` when `date` is not a real calendar date
 *
 * @example
 * ```ts
 * policyInForce('2020-03-01')?.title; // => 'Policy för internationella kontakter 2019-2022'
 * policyInForce('2019-11-24');        // => undefined (the day before adoption)
 * policyInForce('2023-01-01');        // => undefined (no later version is known)
 * ```
 */
export function policyInForce(
  date: string,
  registry: PolicySource = BUILT_IN_REGISTRY,
): PolicyVersion | undefined {
  return versionInForce(toIsoDate(date), registry);
}

/** Internal: the version in force on a checked day, from any source (the built-ins by default). */
export function versionInForce(
  day: IsoDate,
  policies: PolicySource = BUILT_IN_POLICIES,
): PolicyVersion | undefined {
  for (const policy of policyList(policies)) {
    if (policy.validity.from <= day && day <= policy.validity.to) return policy;
  }
  return undefined;
}

/** Internal: any source of versions as a list (the built-in ones by default). */
export function policyList(policies: PolicySource = BUILT_IN_POLICIES): readonly PolicyVersion[] {
  if (Array.isArray(policies)) return policies;
  return 'versions' in policies ? policies.versions : [policies as PolicyVersion];
}
