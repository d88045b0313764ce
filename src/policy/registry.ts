import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { PolicyError, type PolicyErrorCode, type PolicyErrorDetails } from '../errors.js';
import { compareText } from '../internal/compare.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { type Vouched, vouch } from '../internal/guards.js';
import { checkVersionList } from './guards.js';
import type { PolicyVersion } from './types.js';

/**
 * The policy versions a program judges by, checked as a whole: ordered by validity, no two in force
 * on the same day — except that a version may start before one it names in `validity.supersedes`
 * ends, and takes over from its first day — with the span each version actually governs, and the
 * days between them on which none is in force listed.
 *
 * @example
 * ```ts
 * const registry: PolicyRegistry = policyRegistry([POLICY_2019_2022]);
 * registry.versions.map((v) => v.id); // => ['solleftea-2019-2022']
 * registry.effective; // => [{ id: 'solleftea-2019-2022', from: '2019-11-25', to: '2022-12-31' }]
 * registry.gaps; // => []
 * ```
 * @category Versions
 */
export interface PolicyRegistry extends Vouched<'registry'> {
  /** The versions, oldest first. */
  readonly versions: readonly PolicyVersion[];
  /**
   * The days each version governs, both inclusive, in the order of `versions` (oldest first): its
   * validity, cut short on the day before the first day of a version that supersedes it, when that
   * comes sooner (interpretation note 8). No two spans share a day; this, not `validity`, is what
   * {@link policyInForce} reads.
   * For example, a successor from 2022-11-01 that names `solleftea-2019-2022` in
   * `validity.supersedes` gives `[{ id: 'solleftea-2019-2022', from: '2019-11-25', to: '2022-10-31', supersededBy: 'next' },
   * { id: 'next', from: '2022-11-01', to: '2026-12-31' }]`.
   */
  readonly effective: readonly {
    /** The version's id. */
    readonly id: string;
    /** Its first day in force: its `validity.from`. */
    readonly from: IsoDate;
    /** Its last day in force: its `validity.to`, or the day before its successor takes over. */
    readonly to: IsoDate;
    /** The id of the version that supersedes it, when the registry holds one. */
    readonly supersededBy?: string;
  }[];
  /**
   * The days between versions on which none is in force, both inclusive, computed from the
   * `effective` spans. An activity dated in a gap gets *no policy in force* — by design, and listed
   * here so that it is not by accident.
   */
  readonly gaps: readonly {
    /** The first day with no version in force. */
    readonly from: IsoDate;
    /** The last day with no version in force. */
    readonly to: IsoDate;
  }[];
}

function fail<C extends PolicyErrorCode>(
  code: C,
  sv: string,
  en: string,
  details: PolicyErrorDetails[C],
): never {
  throw new PolicyError(code, { sv, en }, details);
}

/**
 * Builds a registry from policy versions, in any order.
 *
 * @remarks
 * Each version must be one the library made: {@link definePolicy}, {@link parsePolicy} or
 * {@link BUILT_IN_POLICIES} (versions are deep-frozen, so it is unchanged since). Two versions in force on the same day are an error, unless the later one
 * names the earlier in `validity.supersedes`: a successor may start on any day after the first day of
 * the version it supersedes, before that version's `validity.to` too, and governs from its first day
 * (interpretation note 8); the registry reports where each version's rule ends in `effective`. A
 * version that `supersedes` one the registry does not hold, or one that does not start earlier, is an
 * error; a gap between versions is allowed and listed in `gaps`.
 *
 * @param versions - the versions
 * @returns the registry, deep-frozen
 * @throws {@link PolicyError} `duplicate_policy`, `overlapping_validity` (two versions share a day and
 *   the later does not name the earlier in `supersedes`), `unknown_superseded`
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
 * const early = definePolicy({
 *   ...definition, id: 'early', title: 'Early',
 *   adoption: { ...definition.adoption, date: '2022-10-24' },
 *   validity: { from: '2022-11-01', to: '2026-12-31', supersedes: POLICY_2019_2022.id },
 *   mandatePeriod: '2023–2026',
 * });
 * policyRegistry([POLICY_2019_2022, early]).effective[0];
 * // => { id: 'solleftea-2019-2022', from: '2019-11-25', to: '2022-10-31', supersededBy: 'early' }
 * const overlapping = definePolicy({ ...definition, id: 'overlapping' });
 * policyRegistry([POLICY_2019_2022, overlapping]); // throws PolicyError (code 'overlapping_validity')
 * ```
 * @category Versions
 */
export function policyRegistry(versions: readonly PolicyVersion[]): PolicyRegistry {
  checkVersionList('policyRegistry', versions);
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
  sorted.forEach((version, index) => {
    // The nearest earlier version first: the one an overlap most likely meant to follow.
    for (const before of sorted.slice(0, index).reverse()) {
      if (
        version.validity.from <= before.validity.to &&
        version.validity.supersedes !== before.id
      ) {
        fail(
          'overlapping_validity',
          `${before.id} (${before.validity.from}–${before.validity.to}) och ${version.id} (${version.validity.from}–${version.validity.to}) gäller samma dagar; bara en version kan gälla en dag, om inte den senare anger den tidigare i validity.supersedes.`,
          `${before.id} (${before.validity.from} to ${before.validity.to}) and ${version.id} (${version.validity.from} to ${version.validity.to}) are in force on the same days; only one version can be in force on a day, unless the later one names the earlier in validity.supersedes.`,
          { first: before.id, second: version.id },
        );
      }
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
  const effective = effectiveSpans(sorted);
  return deepFreeze(
    vouch({ versions: sorted, effective, gaps: gapsBetween(effective) }, 'registry'),
  );
}

type Span = PolicyRegistry['effective'][number];

/**
 * The days each version of a checked list, oldest first, governs: its validity, ended the day before
 * the first version that supersedes it starts, when that is sooner.
 */
function effectiveSpans(sorted: readonly PolicyVersion[]): Span[] {
  return sorted.map(({ id, validity: { from, to } }) => {
    // Oldest first, so the first successor found is the one that takes over.
    const successor = sorted.find((other) => other.validity.supersedes === id);
    if (!successor) return { id, from, to };
    const lastDay = addDays(successor.validity.from, -1);
    const supersededBy = successor.id;
    return lastDay < to ? { id, from, to: lastDay, supersededBy } : { id, from, to, supersededBy };
  });
}

/** The days between spans that share no day, oldest first, on which none is in force. */
function gapsBetween(spans: readonly Span[]): { from: IsoDate; to: IsoDate }[] {
  const gaps: { from: IsoDate; to: IsoDate }[] = [];
  spans.forEach((span, index) => {
    const before = spans[index - 1];
    if (!before) return;
    const from = addDays(before.to, 1);
    const to = addDays(span.from, -1);
    if (from <= to) gaps.push({ from, to });
  });
  return gaps;
}
