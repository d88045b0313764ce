/**
 * Sollefteå kommun's *Policy för internationella kontakter 2019-2022* as code.
 *
 * @packageDocumentation
 */

export type { IsoDate } from './calendar/iso-date.js';
export { isIsoDate, toIsoDate } from './calendar/iso-date.js';
export type { GoverningBody, MandatePeriod } from './calendar/mandate-period.js';
export { mandatePeriodOf } from './calendar/mandate-period.js';
export type { Bilingual, Language } from './errors.js';
export { PolicyError } from './errors.js';
export { findClause } from './policy/find-clause.js';
export { findTwinTown } from './policy/find-twin-town.js';
export { BUILT_IN_POLICIES, policyInForce } from './policy/policy-in-force.js';
export { POLICY_2019_2022 } from './policy/solleftea-2019-2022.js';
export type {
  Clause,
  ClauseKind,
  Goal,
  Party,
  PolicyVersion,
  Rule,
  RuleCode,
  SectionId,
  Timing,
  TwinTown,
} from './policy/types.js';
