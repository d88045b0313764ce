import type { Activity, ActivityInput } from '../activities/types.js';
import type { Vouched } from '../internal/guards.js';
import type { ExchangeRate } from '../money/convert.js';
import type { Records } from '../records/types.js';

/**
 * The register format versions this library reads.
 *
 * @example
 * ```ts
 * const format: RegisterFormat = 1;
 * ```
 * @category Parsing
 */
export type RegisterFormat = 1;

/**
 * A register: everything a municipality records about its international activities, as one JSON
 * document exported from its case system — activities, governance records and exchange rates.
 *
 * @example
 * ```ts
 * const result = parseRegister({ format: 1, activities: [] });
 * result.success && result.data.approvals; // => []
 * ```
 * @category Parsing
 */
export interface Register extends Records, Vouched<'register'> {
  /** The format version; `1`. */
  readonly format: RegisterFormat;
  /** The exchanges and trips. */
  readonly activities: readonly Activity[];
  /** The exchange rates to convert costs with (may be absent: none). */
  readonly rates: readonly ExchangeRate[];
}

/**
 * A register as written in a document: as {@link Register}, with activities as
 * {@link ActivityInput}. What {@link toRegisterInput} produces.
 *
 * @example
 * ```ts
 * const input: RegisterInput = {
 *   format: 1, activities: [], approvals: [], reportsBack: [], councilAccounts: [],
 *   agreements: [], evaluations: [], continuationDecisions: [], rates: [],
 * };
 * parseRegister(input).success; // => true
 * ```
 * @category Parsing
 */
export interface RegisterInput extends Omit<Register, 'activities' | keyof Vouched<'register'>> {
  /** The exchanges and trips, as written. */
  readonly activities: readonly ActivityInput[];
}
