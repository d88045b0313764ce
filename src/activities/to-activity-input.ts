import { assertVouched, TAKES_ACTIVITY } from '../internal/guards.js';
import type { CostItem, CostItemInput } from '../money/cost-item.js';
import { decimalOf } from '../money/format.js';
import type { Activity, ActivityInput } from './types.js';

function toCostItemInput(item: CostItem): CostItemInput {
  return {
    label: item.label,
    category: item.category,
    amount: decimalOf(item.amount, 'en'),
    currency: item.amount.currency.code,
  };
}

/**
 * Writes a parsed activity back as a document: amounts as decimal strings in major units (as a
 * clerk writes them, e.g. `'18400.50'`) with their currency code. Parsing the result gives back an
 * equal activity.
 *
 * @param activity - a parsed activity
 * @returns plain JSON-ready data
 *
 * @example
 * ```ts
 * const parsed = parseActivity({
 *   kind: 'trip', id: 'T', title: 'Visit', organiser: 'KLK', travellers: { count: 1 },
 *   destinations: [{ twinTown: 'esashi' }], departureDate: '2021-10-01', returnDate: '2021-10-08',
 *   plannedCosts: [{ label: 'Flights', category: 'travel', amount: '18 400,50', currency: 'SEK' }],
 * });
 * const input = parsed.success ? toActivityInput(parsed.data) : undefined;
 * input?.kind === 'trip' && input.plannedCosts;
 * // => [{ label: 'Flights', category: 'travel', amount: '18400.50', currency: 'SEK' }]
 * ```
 * @category Parsing
 */
export function toActivityInput(activity: Activity): ActivityInput {
  assertVouched('toActivityInput', activity, TAKES_ACTIVITY);
  if (activity.kind === 'trip') {
    const { plannedCosts, actualCosts, ...rest } = activity;
    return {
      ...rest,
      ...(plannedCosts ? { plannedCosts: plannedCosts.map(toCostItemInput) } : {}),
      ...(actualCosts ? { actualCosts: actualCosts.map(toCostItemInput) } : {}),
    };
  }
  const { costs, ...rest } = activity;
  return { ...rest, ...(costs ? { costs: costs.map(toCostItemInput) } : {}) };
}
