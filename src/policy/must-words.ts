import type { LocalizedText } from '../errors.js';
import { isList, notThis, shown } from '../internal/guards.js';

/**
 * Internal: what the policy layer's guards say a refused argument must be, in both languages side by
 * side — a table of the layer's vocabulary (`words.ts`) kept in a module of its own and imported as a
 * namespace (`import * as MUST`), so that a bundler leaves out the sentences an app never says.
 */

/** A country code, ISO 3166-1 alpha-2. */
export const beCountryCode = (country: unknown): LocalizedText => ({
  sv: `landskoden ska vara en kod enligt ISO 3166-1 alpha-2, t.ex. 'US', inte ${shown(country)}.`,
  en: `the country code must be an ISO 3166-1 alpha-2 code such as 'US', not ${shown(country)}.`,
});
/**
 * Policy versions the library made: a list of them, or (`orRegistry`) one version, a list or a
 * registry.
 */
export const beVersions = (versions: unknown, orRegistry: boolean): LocalizedText => {
  const given: LocalizedText = isList(versions)
    ? {
        sv: 'inte en lista med en version som biblioteket inte gjort',
        en: 'not a list with a version the library did not make',
      }
    : notThis(versions);
  return {
    sv: `policyversionerna ska vara ${orRegistry ? 'en version, en lista med versioner eller ett register' : 'en lista med versioner'} från BUILT_IN_POLICIES, parsePolicy${orRegistry ? ', definePolicy eller policyRegistry' : ' eller definePolicy'}, ${given.sv}.`,
    en: `the policy versions must be ${orRegistry ? 'a version, a list of versions or a registry' : 'a list of versions'} from BUILT_IN_POLICIES, parsePolicy${orRegistry ? ', definePolicy or policyRegistry' : ' or definePolicy'}, ${given.en}.`,
  };
};
