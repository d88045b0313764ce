import type { LocalizedText } from '../errors.js';
import { notThis, shown } from '../internal/guards.js';

/**
 * Internal: what the money layer's guards say a refused argument must be, in both languages side by
 * side — a table of the layer's vocabulary (`words.ts`) kept in a module of its own and imported as a
 * namespace (`import * as MUST`), so that a bundler leaves out the sentences an app never says.
 */

/** An amount: a dinero.js snapshot. */
export const beSnapshot = (what: LocalizedText, value: unknown): LocalizedText => ({
  sv: `${what.sv} ska vara en dinero.js-snapshot ({ amount, currency, scale } i minsta enheter), ${notThis(value).sv}.`,
  en: `${what.en} must be a dinero.js snapshot ({ amount, currency, scale } in minor units), ${notThis(value).en}.`,
});
/** The cost items of a parsed activity. */
export const beCostItems = (items: unknown): LocalizedText => ({
  sv: `kostnadsposterna ska vara en lista med poster från en tolkad aktivitet, ${notThis(items).sv}.`,
  en: `the cost items must be a list of items from a parsed activity, ${notThis(items).en}.`,
});
/** A day, `YYYY-MM-DD`. */
export const beDay = (day: unknown): LocalizedText => ({
  sv: `dagen ska vara ett datum ÅÅÅÅ-MM-DD, ${notThis(day).sv}.`,
  en: `the day must be a date YYYY-MM-DD, ${notThis(day).en}.`,
});
/** A path of keys and indexes. */
export const bePath = (path: unknown): LocalizedText => ({
  sv: `sökvägen ska vara en lista med nycklar och index, t.ex. ['plannedCosts'], ${notThis(path).sv}.`,
  en: `the path must be a list of keys and indexes, e.g. ['plannedCosts'], ${notThis(path).en}.`,
});
/** The option `maxRateAgeDays`: a whole number of days, 0 or more. */
export const beMaxRateAgeDays = (maxDays: unknown): LocalizedText => ({
  sv: `maxRateAgeDays ska vara ett helt antal dagar, 0 eller fler, ${notThis(maxDays).sv}.`,
  en: `maxRateAgeDays must be a whole number of days, 0 or more, ${notThis(maxDays).en}.`,
});
/** A rate day: `{ day, maxDays }`. */
export const beRateDay = (choice: unknown): LocalizedText => ({
  sv: `kursdagen ska vara { day, maxDays } med en dag och, om det anges, ett helt antal dagar, 0 eller fler, ${notThis(choice).sv}.`,
  en: `the rate day must be { day, maxDays } with a day and, when given, a whole number of days, 0 or more, ${notThis(choice).en}.`,
});
/** Exchange rates as `parseRates` takes them (the parser's first issue follows). */
export const beRates: LocalizedText = {
  sv: 'växelkurserna ska vara { rates: [...] } som parseRates tar emot',
  en: 'the exchange rates must be { rates: [...] } as parseRates takes them',
};
/** An amount and a threshold in one currency, not in `amount` and `threshold`. */
export const beOneCurrency = (amount: string, threshold: string): LocalizedText => ({
  sv: `beloppet och gränsen ska vara i samma valuta, inte ${shown(amount)} och ${shown(threshold)}; räkna om beloppet med toSek först.`,
  en: `the amount and the threshold must be in one currency, not ${shown(amount)} and ${shown(threshold)}; convert the amount with toSek first.`,
});
