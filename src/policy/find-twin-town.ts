import { LIMITS } from '../input/fields.js';
import { isCountryCode } from '../internal/countries.js';
import {
  assertVouched,
  checkString,
  checkText,
  invalidArgument,
  TAKES_VERSION,
} from '../internal/guards.js';
import { compiled } from './compiled.js';
import * as MUST from './must-words.js';
import { matchPlace } from './twin-town-index.js';
import type { PolicyVersion, TwinTown } from './types.js';
import { ARGUMENT } from './words.js';

/**
 * Finds the twin town of a policy version that a place name (or a twin-town id) names.
 *
 * @remarks
 * Matching ignores case, diacritics, hyphens and surrounding white space, so "Põltsamaa",
 * "Pöltsamaa", "POLTSAMAA" and the id "poltsamaa" all find the same town; the names a town answers
 * to are its {@link TwinTown.aliases}. A spelling followed by a qualifier names the town too: anything
 * after a comma ("Madison, Wisconsin"), a state, region or country of the town's country ("Madison
 * WI", "Esashi, Sōya", "48104 Põltsamaa"), or a word for town or municipality ("Nykarleby stad");
 * a region only a namesake has ("Esashi, Iwate") is not the town, and one it shares with a namesake
 * ("Esashi, Hokkaido") is not certain.
 * When `country` is given (ISO 3166-1 alpha-2, any case) it must match too, so a Madison outside the
 * USA is not Sollefteå's twin town. Only certain matches are returned: a place that is merely close
 * to a spelling ("Madison Heights") gives `undefined` here, while {@link evaluate} reports it as a
 * possible twin town. Implements the list of clause `twinTowns.list`; interpretation note 4 says
 * how a trip becomes a twin-town trip.
 *
 * @param policy - the policy version whose twin towns count
 * @param place - a place name or twin-town id, at most 200 characters (as in an activity)
 * @param country - the place's country, when known: an ISO 3166-1 alpha-2 code, any case
 * @returns the twin town, or `undefined` when the place is none of them
 * @throws {@link PolicyError} `invalid_argument` for a version the library did not make, a place
 *   that is not a string or is longer than 200 characters, or a country that is no ISO code
 *   (`'USA'`, `''`)
 *
 * @example
 * ```ts
 * findTwinTown(POLICY_2019_2022, 'Poltsamaa')?.name;       // => 'Põltsamaa'
 * findTwinTown(POLICY_2019_2022, 'Uusikaarlepyy', 'fi')?.id; // => 'nykarleby'
 * findTwinTown(POLICY_2019_2022, 'Madison, Wisconsin', 'US')?.id; // => 'madison'
 * findTwinTown(POLICY_2019_2022, 'Madison', 'CA');          // => undefined
 * findTwinTown(POLICY_2019_2022, 'Tallinn');                // => undefined
 * ```
 * @category Versions
 */
export function findTwinTown(
  policy: PolicyVersion,
  place: string,
  country?: string,
): TwinTown | undefined {
  assertVouched('findTwinTown', policy, TAKES_VERSION);
  checkText('findTwinTown', place, ARGUMENT.place, LIMITS.name);
  let code: string | undefined;
  if (country !== undefined) {
    checkString('findTwinTown', country, ARGUMENT.countryCode);
    code = country.trim().toUpperCase();
    if (!isCountryCode(code)) throw invalidArgument('findTwinTown', MUST.beCountryCode(country));
  }
  const found = matchPlace(place, code, compiled(policy).twinTowns);
  return found?.match === 'is' ? found.town : undefined;
}
