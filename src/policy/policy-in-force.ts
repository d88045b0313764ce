import { type IsoDate, toIsoDate } from '../calendar/iso-date.js';
import { hasOwn } from '../internal/own.js';
import { checkedList, checkPolicySource } from './guards.js';
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
 * @category Versions
 */
export const BUILT_IN_POLICIES: readonly PolicyVersion[] = Object.freeze([POLICY_2019_2022]);

/**
 * The built-in versions as a registry: {@link BUILT_IN_POLICIES}, checked, with its gaps (none).
 *
 * @example
 * ```ts
 * BUILT_IN_REGISTRY.versions[0]?.validity; // => { from: '2019-11-25', to: '2022-12-31' }
 * ```
 * @category Versions
 */
export const BUILT_IN_REGISTRY: PolicyRegistry = /* @__PURE__ */ policyRegistry(BUILT_IN_POLICIES);

/**
 * Which versions to judge by: one version, a list of versions, or a {@link PolicyRegistry}.
 *
 * @example
 * ```ts
 * const policies: PolicySource = BUILT_IN_REGISTRY;
 * ```
 * @category Versions
 */
export type PolicySource = PolicyVersion | readonly PolicyVersion[] | PolicyRegistry;

/**
 * The policy version in force on a day.
 *
 * @remarks
 * A version is in force from its `validity.from` to its `validity.to`, both inclusive, unless a later
 * version that names it in `validity.supersedes` has taken over: of two versions whose validity covers
 * the day, the one that supersedes the other — the one with the later `validity.from` — governs,
 * from its first day (interpretation note 8). A registry reads its precomputed
 * {@link PolicyRegistry.effective} spans; a plain list is read the same way. A version does not come
 * back when the version that superseded it ends. A day outside every version gets `undefined`: the
 * library never falls back to a default policy.
 *
 * @param date - the day, as `YYYY-MM-DD`
 * @param registry - the registry or versions to choose from; the built-in registry by default
 * @returns the version in force, or `undefined` when none is
 * @throws {@link PolicyError} `invalid_date` when `date` is not a real calendar date;
 *   `invalid_argument` when `registry` is not a version, a list of versions or a registry the library
 *   made
 *
 * @example
 * ```ts
 * policyInForce('2020-03-01')?.title; // => 'Policy för internationella kontakter 2019-2022'
 * policyInForce('2019-11-24');        // => undefined (the day before adoption)
 * policyInForce('2023-01-01');        // => undefined (no later version is known)
 * const definition = toPolicyDefinition(POLICY_2019_2022);
 * const next = definePolicy({
 *   ...definition, id: 'next', title: 'Next',
 *   adoption: { ...definition.adoption, date: '2022-10-24' },
 *   validity: { from: '2022-11-01', to: '2026-12-31', supersedes: POLICY_2019_2022.id },
 *   mandatePeriod: '2023–2026',
 * });
 * const registry = policyRegistry([POLICY_2019_2022, next]);
 * policyInForce('2022-10-31', registry)?.id; // => 'solleftea-2019-2022'
 * policyInForce('2022-11-01', registry)?.id; // => 'next' (superseded before 2022-12-31)
 * ```
 * @category Versions
 */
export function policyInForce(
  date: string,
  registry: PolicySource = BUILT_IN_REGISTRY,
): PolicyVersion | undefined {
  checkPolicySource('policyInForce', registry);
  return versionInForce(toIsoDate(date), registry);
}

/**
 * Internal: the version in force on a checked day, from any source (the built-ins by default). It runs
 * once per activity evaluated: a registry is read from its effective spans; a list (a handful of
 * versions) is scanned for the covering version with the latest start that no started version
 * supersedes — the same answer the registry of that list gives.
 */
export function versionInForce(
  day: IsoDate,
  policies: PolicySource = BUILT_IN_POLICIES,
): PolicyVersion | undefined {
  if (hasOwn(policies, 'effective')) {
    const { effective, versions } = policies;
    for (let i = 0; i < effective.length; i++) {
      const span = effective[i] as (typeof effective)[number];
      if (span.from <= day && day <= span.to) return versions[i];
    }
    return undefined;
  }
  const list = policyList(policies);
  let governing: PolicyVersion | undefined;
  for (let i = 0; i < list.length; i++) {
    const policy = list[i] as PolicyVersion;
    const { from, to } = policy.validity;
    if (from > day || day > to) continue;
    if (governing && from <= governing.validity.from) continue;
    if (!isSupersededOn(day, policy, list)) governing = policy;
  }
  return governing;
}

/** Whether a version of `list` that starts after `policy`, by `day`, names it in `supersedes`. */
function isSupersededOn(
  day: IsoDate,
  policy: PolicyVersion,
  list: readonly PolicyVersion[],
): boolean {
  for (let i = 0; i < list.length; i++) {
    const { validity } = list[i] as PolicyVersion;
    if (
      validity.supersedes === policy.id &&
      validity.from > policy.validity.from &&
      validity.from <= day
    )
      return true;
  }
  return false;
}

/** Internal: any source of versions as a list (the built-in ones by default). */
export function policyList(policies: PolicySource = BUILT_IN_POLICIES): readonly PolicyVersion[] {
  if (Array.isArray(policies)) return checkedList(policies);
  return hasOwn(policies, 'versions') ? policies.versions : [policies as PolicyVersion];
}
