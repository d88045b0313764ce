/**
 * The guards of the money helpers (see `internal/guards.ts`): amounts are dinero.js snapshots and
 * rates are `{ rates: [...] }`, checked by their shape, since callers build both by hand.
 */
import type { DineroSnapshot } from 'dinero.js';
import { isIsoDate } from '../calendar/iso-date.js';
import type { LocalizedText } from '../errors.js';
import { invalidArgument, isList } from '../internal/guards.js';
import * as MUST from './must-words.js';

const isWhole = (value: unknown): value is number => Number.isSafeInteger(value);

/**
 * The most decimals an amount may have: far more than any currency (or a product of an amount and a
 * rate) uses, and few enough that writing it out cannot exhaust memory (a scale of 536 870 884 would).
 */
export const MAX_SCALE = 32;

/** Whether `value` is shaped like a dinero.js snapshot with a decimal currency. */
export function isSnapshot(value: unknown): value is DineroSnapshot<number> {
  if (typeof value !== 'object' || value === null) return false;
  const { amount, scale, currency } = value as Partial<DineroSnapshot<number>>;
  return (
    isWhole(amount) &&
    isWhole(scale) &&
    scale >= 0 &&
    scale <= MAX_SCALE &&
    typeof currency === 'object' &&
    currency !== null &&
    typeof currency.code === 'string' &&
    currency.base === 10 &&
    isWhole(currency.exponent) &&
    currency.exponent >= 0 &&
    currency.exponent <= MAX_SCALE
  );
}

/** Throws `invalid_argument` unless `value` is a snapshot ({@link isSnapshot}); `what` names it. */
export function checkSnapshot(fn: string, value: unknown, what: LocalizedText): void {
  if (isSnapshot(value)) return;
  throw invalidArgument(fn, MUST.beSnapshot(what, value));
}

/** Throws `invalid_argument` unless `items` is a list of cost items, each with an amount snapshot. */
export function checkCostItems(fn: string, items: unknown): void {
  if (
    isList(items) &&
    items.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        isSnapshot((item as { amount?: unknown }).amount),
    )
  )
    return;
  throw invalidArgument(fn, MUST.beCostItems(items));
}

/** Throws `invalid_argument` unless `day` is left out or is a real calendar day, `YYYY-MM-DD`. */
export function checkDay(fn: string, day: unknown): void {
  if (day === undefined || isIsoDate(day)) return;
  throw invalidArgument(fn, MUST.beDay(day));
}

/** Throws `invalid_argument` unless `path` is a list of keys and indexes. */
export function checkPath(fn: string, path: unknown): void {
  if (
    isList(path) &&
    path.every(
      (segment: unknown) =>
        typeof segment === 'string' || (Number.isSafeInteger(segment) && (segment as number) >= 0),
    )
  )
    return;
  throw invalidArgument(fn, MUST.bePath(path));
}
