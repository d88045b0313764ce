import type { DineroSnapshot } from 'dinero.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { type Vouched, vouch } from '../internal/guards.js';
import { SEK } from '../money/currencies.js';
import type { PolicyDefinition, PolicyVersion, Rule } from './types.js';

/** A definition whose threshold is written in whole öre, as the built-in versions write it. */
export type BuiltInDefinition = Omit<PolicyDefinition, 'reportBackThreshold' | 'rules'> & {
  readonly reportBackThreshold: {
    readonly minorUnits: number;
    readonly currency: 'SEK';
  };
  readonly rules: readonly Rule[];
};

/**
 * Internal: a version shipped with the library, from a definition known to be valid and the
 * fingerprint it has. Nothing is checked or hashed here, so an import of `evaluate` neither carries
 * the definition checker (zod schemas, SHA-256) nor runs it on load. The tests check each built-in
 * version instead: `definePolicy` given the same definition must give exactly this version,
 * fingerprint included (`test/policy/define-policy.test.ts`). The version is vouched for as the
 * library's own, as `definePolicy`'s are.
 */
export function builtInVersion(
  definition: BuiltInDefinition,
  fingerprint: string,
): PolicyVersion & {
  readonly reportBackThreshold: DineroSnapshot<number, 'SEK'>;
} {
  // The definition's days are checked (by the tests), so they are the version's IsoDates as written.
  return vouchedVersion({
    ...(definition as Omit<BuiltInDefinition, 'adoption' | 'validity'> &
      Pick<PolicyVersion, 'adoption' | 'validity'>),
    reportBackThreshold: {
      amount: definition.reportBackThreshold.minorUnits,
      currency: { ...SEK },
      scale: SEK.exponent,
    },
    fingerprint,
  });
}

/** A version deep-frozen and vouched for as the library's own. */
function vouchedVersion<V extends Omit<PolicyVersion, keyof Vouched<'version'>>>(
  version: V,
): V & PolicyVersion {
  return deepFreeze(vouch(version, 'version')) as V & PolicyVersion;
}
