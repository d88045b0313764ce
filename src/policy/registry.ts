import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { PolicyError } from '../errors.js';
import { compareText } from '../internal/compare.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { misuse } from '../internal/misuse.js';
import { parsePolicy, toPolicyDefinition } from './define-policy.js';
import type { PolicyVersion } from './types.js';

/**
 * The policy versions a program judges by, checked as a whole: ordered by validity, with no two in
 * force on the same day, and the days between them on which none is in force listed.
 *
 * @example
 * ```ts
 * const registry: PolicyRegistry = policyRegistry([POLICY_2019_2022]);
 * registry.versions.map((v) => v.id); // => ['solleftea-2019-2022']
 * registry.gaps; // => []
 * ```
 */
export interface PolicyRegistry {
  /** The versions, oldest first. */
  readonly versions: readonly PolicyVersion[];
  /**
   * The days between versions on which none is in force, both inclusive. An activity dated in a gap
   * gets *no policy in force* — by design, and listed here so that it is not by accident.
   */
  readonly gaps: readonly {
    /** The first day with no version in force. */
    readonly from: IsoDate;
    /** The last day with no version in force. */
    readonly to: IsoDate;
  }[];
}

function fail(code: string, sv: string, en: string, details: Record<string, unknown>): never {
  throw new PolicyError(code, { sv, en }, details);
}

/**
 * Builds a registry from policy versions, in any order.
 *
 * @remarks
 * Each version must be one {@link definePolicy} or {@link parsePolicy} made, unchanged since (its
 * fingerprint is checked). Two versions in force on the same day are an error, as is a version that
 * `supersedes` one the registry does not hold or one that is not earlier; a gap between versions is
 * allowed and listed in `gaps`.
 *
 * @param versions - the versions
 * @returns the registry, deep-frozen
 * @throws {@link PolicyError} `duplicate_policy`, `overlapping_validity`, `unknown_superseded`,
 *   `invalid_policy` (a version that is not a valid definition, or was changed after it was defined)
 *
 * @throws {@link PolicyError} `invalid_argument` when given a value no parser returns (a plain JSON
 *   object in place of a parsed one, options left out); the message says what it takes
 *
 * @example
 * ```ts
 * const definition = toPolicyDefinition(POLICY_2019_2022);
 * const next = definePolicy({
 *   ...definition, id: 'next', title: 'Next',
 *   adoption: { ...definition.adoption, date: '2023-03-20' },
 *   validity: { from: '2023-04-01', to: '2026-12-31', supersedes: POLICY_2019_2022.id },
 *   mandatePeriod: '2023–2026',
 * });
 * policyRegistry([next, POLICY_2019_2022]).gaps; // => [{ from: '2023-01-01', to: '2023-03-31' }]
 * const overlapping = definePolicy({ ...definition, id: 'overlapping' });
 * policyRegistry([POLICY_2019_2022, overlapping]); // throws PolicyError (code 'overlapping_validity')
 * ```
 */
export function policyRegistry(versions: readonly PolicyVersion[]): PolicyRegistry {
  try {
    for (const version of versions) {
      const again = parsePolicy(toPolicyDefinition(version));
      if (!again.success || again.data.fingerprint !== version.fingerprint) {
        fail(
          'invalid_policy',
          `Versionen ${JSON.stringify(version.id)} är inte en giltig definition, eller har ändrats efter att den definierades; skapa den med definePolicy.`,
          `The version ${JSON.stringify(version.id)} is not a valid definition, or was changed after it was defined; make it with definePolicy.`,
          { id: version.id, ...(again.success ? {} : { issues: again.issues }) },
        );
      }
    }
    const sorted = [...versions].sort((a, b) => compareText(a.validity.from, b.validity.from));
    const ids = new Map<string, PolicyVersion>();
    for (const version of sorted) {
      if (ids.has(version.id)) {
        fail(
          'duplicate_policy',
          `Versionen ${JSON.stringify(version.id)} finns två gånger.`,
          `The version ${JSON.stringify(version.id)} is there twice.`,
          { id: version.id },
        );
      }
      ids.set(version.id, version);
    }
    const gaps: { from: IsoDate; to: IsoDate }[] = [];
    sorted.forEach((version, index) => {
      const before = sorted[index - 1];
      if (before && version.validity.from <= before.validity.to) {
        fail(
          'overlapping_validity',
          `${before.id} (${before.validity.from}–${before.validity.to}) och ${version.id} (${version.validity.from}–${version.validity.to}) gäller samma dagar; bara en version kan gälla en dag.`,
          `${before.id} (${before.validity.from} to ${before.validity.to}) and ${version.id} (${version.validity.from} to ${version.validity.to}) are in force on the same days; only one version can be in force on a day.`,
          { first: before.id, second: version.id },
        );
      }
      if (before) {
        const from = addDays(before.validity.to, 1);
        const to = addDays(version.validity.from, -1);
        if (from <= to) gaps.push({ from, to });
      }
      const replaced = version.validity.supersedes;
      if (replaced !== undefined) {
        const found = ids.get(replaced);
        if (!found || found.validity.from >= version.validity.from) {
          fail(
            'unknown_superseded',
            `${version.id} ersätter ${JSON.stringify(replaced)}, som inte är en tidigare version i registret.`,
            `${version.id} supersedes ${JSON.stringify(replaced)}, which is not an earlier version in the registry.`,
            { id: version.id, supersedes: replaced },
          );
        }
      }
    });
    return deepFreeze({ versions: sorted, gaps });
  } catch (error) {
    throw misuse(
      'policyRegistry',
      {
        sv: 'en lista med policyversioner (från parsePolicy eller definePolicy)',
        en: 'a list of policy versions (from parsePolicy or definePolicy)',
      },
      error,
    );
  }
}
