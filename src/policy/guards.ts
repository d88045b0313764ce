/** The guards of the functions that take policy versions (see `internal/guards.ts`). */
import type { Bilingual } from '../errors.js';
import { invalidArgument, isVouched, notThis } from '../internal/guards.js';

/**
 * Internal: throws `invalid_argument` unless `policies` is left out, or is a version, a list of
 * versions or a registry the library made (`BUILT_IN_POLICIES`, `parsePolicy`, `definePolicy`,
 * `policyRegistry`).
 */
export function checkPolicySource(fn: string, policies: unknown): void {
  if (policies !== undefined && !isVouched(policies, 'version') && !isVouched(policies, 'registry'))
    checkVersionList(fn, policies, true);
}

/**
 * Internal: throws `invalid_argument`, naming `fn`, unless `versions` is a list of versions the
 * library made; `orRegistry` says that one version or a registry would do too.
 */
export function checkVersionList(fn: string, versions: unknown, orRegistry = false): void {
  if (Array.isArray(versions) && versions.every((version) => isVouched(version, 'version'))) return;
  const given: Bilingual = Array.isArray(versions)
    ? {
        sv: 'inte en lista med en version som biblioteket inte gjort',
        en: 'not a list with a version the library did not make',
      }
    : notThis(versions);
  throw invalidArgument(fn, {
    sv: `policyversionerna ska vara ${orRegistry ? 'en version, en lista med versioner eller ett register' : 'en lista med versioner'} från BUILT_IN_POLICIES, parsePolicy${orRegistry ? ', definePolicy eller policyRegistry' : ' eller definePolicy'}, ${given.sv}.`,
    en: `the policy versions must be ${orRegistry ? 'a version, a list of versions or a registry' : 'a list of versions'} from BUILT_IN_POLICIES, parsePolicy${orRegistry ? ', definePolicy or policyRegistry' : ' or definePolicy'}, ${given.en}.`,
  });
}
