import type { DineroSnapshot } from 'dinero.js';

/**
 * What a cost was for.
 *
 * @example
 * ```ts
 * const category: CostCategory = 'lodging';
 * ```
 * @category Money
 */
export type CostCategory = 'travel' | 'lodging' | 'fees' | 'allowances' | 'other';

/**
 * A cost item as written in a document. It gives its amount in exactly one of two ways:
 *
 * - `amount`: a decimal string in major units, with "." or "," as the decimal sign and spaces
 *   between groups of thousands — `"12 500,50"`, `"12500.50"` and `"12500"` are kronor;
 * - `minorUnits`: a whole number of the currency's minor units (öre, cents) — `1250050` is
 *   12 500,50 kr.
 *
 * A bare number under `amount` is refused (`amount_not_text`), never read in öre: a clerk who types
 * 12500 means 12 500 kr (interpretation note 2). Whole minor units are read only under the field
 * that says so. Both fields, or neither, are refused too; and so are binary floats, negative
 * amounts and more decimals than the currency has.
 *
 * @example
 * ```ts
 * const flights: CostItemInput = { label: 'Flights', category: 'travel', amount: '12 500,50', currency: 'SEK' };
 * const hotel: CostItemInput = { label: 'Hotel', category: 'lodging', minorUnits: 36000, currency: 'EUR' };
 * ```
 * @category Money
 */
export interface CostItemInput {
  /** What the cost is, e.g. `'Flights Stockholm–Tallinn'`. */
  readonly label: string;
  /** What kind of cost it is. */
  readonly category: CostCategory;
  /** The amount as a decimal string in major units, e.g. `'12 500,50'`; or give `minorUnits`. */
  readonly amount?: string;
  /** The amount as a whole number of minor units, e.g. `1250050` (öre); or give `amount`. */
  readonly minorUnits?: number;
  /** ISO 4217 code of a currency dinero.js ships, e.g. `'SEK'`, `'EUR'`, `'JPY'`. */
  readonly currency: string;
}

/**
 * A parsed cost item: the amount is an exact dinero.js snapshot in the currency's minor units.
 *
 * @example
 * ```ts
 * const result = parseActivity({
 *   kind: 'trip', id: 'T', title: 'Fair', organiser: 'Näringslivsenheten', travellers: { count: 1 },
 *   destinations: [{ place: 'Helsinki', country: 'FI' }], departureDate: '2021-05-03', returnDate: '2021-05-05',
 *   plannedCosts: [{ label: 'Stand', category: 'fees', amount: '12 500,50', currency: 'SEK' }],
 * });
 * result.success && result.data.kind === 'trip' && result.data.plannedCosts?.[0]?.amount;
 * // => { amount: 1250050, currency: { code: 'SEK', base: 10, exponent: 2 }, scale: 2 }
 * ```
 * @category Money
 */
export interface CostItem {
  /** What the cost is. */
  readonly label: string;
  /** What kind of cost it is. */
  readonly category: CostCategory;
  /** The exact amount in its own currency. */
  readonly amount: DineroSnapshot<number>;
}
