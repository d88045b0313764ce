import type { IsoDate } from '../calendar/iso-date.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { SEK } from '../money/currencies.js';
import type { PolicyDefinition, PolicyVersion } from './types.js';

/** A definition whose threshold is written in whole öre, as the built-in versions write it. */
export type BuiltInDefinition = Omit<PolicyDefinition, 'reportBackThreshold'> & {
  readonly reportBackThreshold: { readonly amount: number; readonly currency: 'SEK' };
};

/** Internal: a valid definition's adoption and validity, with their days typed as checked. */
export function versionDates(
  definition: Pick<PolicyDefinition, 'adoption' | 'validity'>,
): Pick<PolicyVersion, 'adoption' | 'validity'> {
  return {
    adoption: { ...definition.adoption, date: definition.adoption.date as IsoDate },
    validity: {
      ...definition.validity,
      from: definition.validity.from as IsoDate,
      to: definition.validity.to as IsoDate,
    },
  };
}

/**
 * Internal: a version shipped with the library, from a definition known to be valid and the
 * fingerprint it has. Nothing is checked or hashed here, so an import of `evaluate` neither carries
 * the definition checker (zod schemas, SHA-256) nor runs it on load. The tests check each built-in
 * version instead: `definePolicy` given the same definition must give exactly this version,
 * fingerprint included (`test/policy/define-policy.test.ts`); and `policyRegistry` (so
 * `BUILT_IN_REGISTRY`, when it is imported) checks every version it is given.
 */
export function builtInVersion(definition: BuiltInDefinition, fingerprint: string): PolicyVersion {
  return deepFreeze({
    ...definition,
    ...versionDates(definition),
    reportBackThreshold: {
      amount: definition.reportBackThreshold.amount,
      currency: { ...SEK },
      scale: SEK.exponent,
    },
    fingerprint,
  });
}
