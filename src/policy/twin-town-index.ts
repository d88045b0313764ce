import type { Destination, Partner } from '../activities/types.js';
import { foldName } from '../internal/text.js';
import type { PolicyVersion, TwinTown } from './types.js';

const indexes = new WeakMap<PolicyVersion, ReadonlyMap<string, TwinTown>>();

/** Every folded name (aliases and id) of a policy's twin towns, built once per policy version. */
export function twinTownIndex(policy: PolicyVersion): ReadonlyMap<string, TwinTown> {
  let index = indexes.get(policy);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache; computing the index again gives the same index.
  if (!index) {
    const names = new Map<string, TwinTown>();
    for (const town of policy.twinTowns) {
      for (const name of [town.id, ...town.aliases]) names.set(foldName(name), town);
    }
    index = names;
    indexes.set(policy, index);
  }
  return index;
}

/**
 * The twin town a destination or partner names, if any (interpretation note 4): by id when it names
 * one, else by its place — or, for a partner given only by organisation, its name — in the same
 * country, in any spelling the policy knows.
 */
export function twinTownOf(
  place: Destination | Partner,
  index: ReadonlyMap<string, TwinTown>,
): TwinTown | undefined {
  if ('twinTown' in place) return index.get(place.twinTown);
  const town = index.get(foldName(writtenPlace(place)));
  return town && town.country === place.country ? town : undefined;
}

/**
 * How a destination or partner not named by twin-town id is written: its place, or — for a
 * partner given only by organisation — its name.
 */
export function writtenPlace(
  place: Exclude<Destination | Partner, { readonly twinTown: string }>,
): string {
  return (place as { readonly place?: string }).place ?? (place as { readonly name: string }).name;
}
