import type { IsoDate } from '../calendar/iso-date.js';
import type { TwinTownAgreement } from './types.js';

const terminations = new WeakMap<readonly TwinTownAgreement[], ReadonlyMap<string, IsoDate>>();

/**
 * The first day any agreement with each twin town ended, by town id (interpretation note 4): a trip
 * to a town whose agreement ended before departure is no longer a trip to a twin town. Indexed once
 * per agreement list, kept as long as the list is.
 */
export function firstTerminations(
  agreements: readonly TwinTownAgreement[],
): ReadonlyMap<string, IsoDate> {
  let index = terminations.get(agreements);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache; computing the index again gives the same index.
  if (!index) {
    const first = new Map<string, IsoDate>();
    for (const { twinTown, terminatedOn } of agreements) {
      // Stryker disable next-line ConditionalExpression: equivalent — an agreement not terminated never sets a day: `undefined < day` is false, and a town mapped to `undefined` reads as one not mapped.
      if (terminatedOn === undefined) continue;
      const known = first.get(twinTown);
      // Stryker disable next-line EqualityOperator: equivalent — on the same day, either date is that day.
      if (known === undefined || terminatedOn < known) first.set(twinTown, terminatedOn);
    }
    index = first;
    terminations.set(agreements, index);
  }
  return index;
}
