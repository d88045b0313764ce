import type { LocalizedText } from '../errors.js';
import { notThis, shown } from '../internal/guards.js';

/**
 * Internal: the vocabulary of the money helpers — how they name their arguments and what their
 * guards say of a value they do not take, in both languages side by side.
 */

/** How the money helpers name their arguments. */
export const ARGUMENT: Readonly<
  Record<'amount' | 'threshold' | 'costItems' | 'path' | 'rateDay', LocalizedText>
> = {
  amount: { sv: 'beloppet', en: 'the amount' },
  threshold: { sv: 'gränsen', en: 'the threshold' },
  costItems: { sv: 'kostnadsposterna', en: 'the cost items' },
  path: { sv: 'sökvägen', en: 'the path' },
  rateDay: { sv: 'kursdagen', en: 'the rate day' },
};

/** What an argument must be, said of the value given (`what` names the argument, when not fixed). */
export const MUST = {
  /** An amount: a dinero.js snapshot. */
  beSnapshot: (what: LocalizedText, value: unknown): LocalizedText => ({
    sv: `${what.sv} ska vara en dinero.js-snapshot ({ amount, currency, scale } i minsta enheter), ${notThis(value).sv}.`,
    en: `${what.en} must be a dinero.js snapshot ({ amount, currency, scale } in minor units), ${notThis(value).en}.`,
  }),
  /** The cost items of a parsed activity. */
  beCostItems: (items: unknown): LocalizedText => ({
    sv: `kostnadsposterna ska vara en lista med poster från en tolkad aktivitet, ${notThis(items).sv}.`,
    en: `the cost items must be a list of items from a parsed activity, ${notThis(items).en}.`,
  }),
  /** A day, `YYYY-MM-DD`. */
  beDay: (day: unknown): LocalizedText => ({
    sv: `dagen ska vara ett datum ÅÅÅÅ-MM-DD, ${notThis(day).sv}.`,
    en: `the day must be a date YYYY-MM-DD, ${notThis(day).en}.`,
  }),
  /** A path of keys and indexes. */
  bePath: (path: unknown): LocalizedText => ({
    sv: `sökvägen ska vara en lista med nycklar och index, t.ex. ['plannedCosts'], ${notThis(path).sv}.`,
    en: `the path must be a list of keys and indexes, e.g. ['plannedCosts'], ${notThis(path).en}.`,
  }),
  /** The option `maxRateAgeDays`: a whole number of days, 0 or more. */
  beMaxRateAgeDays: (maxDays: unknown): LocalizedText => ({
    sv: `maxRateAgeDays ska vara ett helt antal dagar, 0 eller fler, ${notThis(maxDays).sv}.`,
    en: `maxRateAgeDays must be a whole number of days, 0 or more, ${notThis(maxDays).en}.`,
  }),
  /** A rate day: `{ day, maxDays }`. */
  beRateDay: (choice: unknown): LocalizedText => ({
    sv: `kursdagen ska vara { day, maxDays } med en dag och, om det anges, ett helt antal dagar, 0 eller fler, ${notThis(choice).sv}.`,
    en: `the rate day must be { day, maxDays } with a day and, when given, a whole number of days, 0 or more, ${notThis(choice).en}.`,
  }),
  /** Exchange rates as `parseRates` takes them (the parser's first issue follows). */
  beRates: {
    sv: 'växelkurserna ska vara { rates: [...] } som parseRates tar emot',
    en: 'the exchange rates must be { rates: [...] } as parseRates takes them',
  } as LocalizedText,
  /** An amount and a threshold in one currency, not in `amount` and `threshold`. */
  beOneCurrency: (amount: string, threshold: string): LocalizedText => ({
    sv: `beloppet och gränsen ska vara i samma valuta, inte ${shown(amount)} och ${shown(threshold)}; räkna om beloppet med toSek först.`,
    en: `the amount and the threshold must be in one currency, not ${shown(amount)} and ${shown(threshold)}; convert the amount with toSek first.`,
  }),
} as const;
