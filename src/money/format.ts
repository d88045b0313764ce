import { type Dinero, type DineroSnapshot, toSnapshot } from 'dinero.js';
import type { Language, LocalizedText } from '../errors.js';
import { ownArgument } from '../input/own-data.js';
import { checkLanguage } from '../internal/guards.js';
import { checkSnapshot } from './guards.js';
import { ARGUMENT } from './words.js';

/** Whether `money` is a Dinero object (which keeps its snapshot behind `toJSON`). */
function isDinero(money: unknown): money is Dinero<number> {
  return (
    typeof money === 'object' &&
    money !== null &&
    typeof (money as { toJSON?: unknown }).toJSON === 'function'
  );
}

/**
 * Formats an amount of money for people: Swedish style ("12 500,50 kr", "1 234,56 EUR") or
 * English style ("SEK 12,500.50", "EUR 1,234.56"). Exact: no floating point is involved.
 *
 * @param money - a dinero.js object or snapshot
 * @param language - `'sv'` or `'en'`
 * @returns the amount with digit grouping, the currency's decimals and its symbol or code
 *
 * @throws {@link PolicyError} `invalid_argument` for a language other than `'sv'` or `'en'`, or a
 *   value that is no amount
 *
 * @example
 * ```ts
 * formatMoney(POLICY_2019_2022.reportBackThreshold, 'sv'); // => '10 000,00 kr'
 * formatMoney(POLICY_2019_2022.reportBackThreshold, 'en'); // => 'SEK 10,000.00'
 * formatMoney({ amount: 123456, currency: { code: 'JPY', base: 10, exponent: 0 }, scale: 0 }, 'sv');
 * // => '123 456 JPY'
 * ```
 * @category Money
 */
export function formatMoney(
  money: Dinero<number> | DineroSnapshot<number>,
  language: Language,
): string {
  checkLanguage('formatMoney', language);
  // A Dinero object is asked for its snapshot; anything else is read once, as plain data.
  let snapshot: DineroSnapshot<number> | undefined;
  try {
    if (isDinero(money)) snapshot = toSnapshot(money);
  } catch {
    // A Proxy that throws when asked: read as data below, and refused there.
  }
  snapshot ??= ownArgument('formatMoney', money as DineroSnapshot<number>, ARGUMENT.amount);
  checkSnapshot('formatMoney', snapshot, ARGUMENT.amount);
  return moneyText(snapshot, language);
}

/** How each language writes an amount: decimal mark, digit grouping, and where the currency goes. */
const MONEY: Readonly<
  Record<Language, { mark: string; group: string; write: (n: string, code: string) => string }>
> = {
  sv: { mark: ',', group: ' ', write: (n, code) => `${n} ${code === 'SEK' ? 'kr' : code}` },
  en: { mark: '.', group: ',', write: (n, code) => `${code} ${n}` },
};

/** Internal: {@link formatMoney} of an amount known to be a snapshot, in a known language. */
export function moneyText(snapshot: DineroSnapshot<number>, language: Language): string {
  const way = MONEY[language];
  return way.write(decimalOf(snapshot, language, way.group), snapshot.currency.code);
}

/** Internal: an amount known to be a snapshot, in both languages. */
export function moneyWords(snapshot: DineroSnapshot<number>): LocalizedText {
  return { sv: moneyText(snapshot, 'sv'), en: moneyText(snapshot, 'en') };
}

/**
 * Internal: an amount as a decimal number in the language's notation (decimal comma in Swedish,
 * point in English), its thousands grouped with `group` (none by default), without the currency.
 */
export function decimalOf(
  { amount, scale }: DineroSnapshot<number>,
  language: Language,
  group = '',
): string {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  const grouped = group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;
  return sign + (fraction ? `${grouped}${MONEY[language].mark}${fraction}` : grouped);
}
