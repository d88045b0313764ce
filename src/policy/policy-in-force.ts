import { type IsoDate, toIsoDate } from '../calendar/iso-date.js';
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
 * The policy version in force on a day.
 *
 * @remarks
 * A version is in force from its `validity.from` to its `validity.to`, both inclusive
 * (interpretation note 8). A day outside every version gets `undefined`: the library never falls
 * back to a default policy.
 *
 * @param date - the day, as `YYYY-MM-DD`
 * @param registry - the versions to choose from; the built-in ones by default
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
  registry: readonly PolicyVersion[] = BUILT_IN_POLICIES,
): PolicyVersion | undefined {
  return versionInForce(toIsoDate(date), registry);
}

/** Internal: the version in force on a checked day, from one version or a list (built-ins by default). */
export function versionInForce(
  day: IsoDate,
  policies: PolicyVersion | readonly PolicyVersion[] = BUILT_IN_POLICIES,
): PolicyVersion | undefined {
  for (const policy of policyList(policies)) {
    if (policy.validity.from <= day && day <= policy.validity.to) return policy;
  }
  return undefined;
}

/** Internal: one version or a list of them as a list (the built-in ones by default). */
export function policyList(
  policies: PolicyVersion | readonly PolicyVersion[] = BUILT_IN_POLICIES,
): readonly PolicyVersion[] {
  return Array.isArray(policies) ? policies : [policies as PolicyVersion];
}
