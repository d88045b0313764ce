/**
 * The calendar day in Sweden, for the command line's default day judged and the try-it page's alike
 * (this module imports nothing from Node, so the page bundles it). The library never reads the clock.
 */

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Sweden at `instant`, `YYYY-MM-DD`. */
export function todayInStockholm(instant: Date): string {
  return STOCKHOLM.format(instant);
}
