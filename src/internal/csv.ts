/** Internal: CSV as spreadsheets read it (RFC 4180), with the guard against formula injection. */

/** The CSV field delimiter of each language (in the internal vocabulary). */
export { DELIMITER } from './words.js';

/**
 * One CSV field. Text a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return — OWASP's CSV injection rule) gets a leading apostrophe, so that it is shown
 * as the text it is, and is quoted with it.
 */
export function csvField(value: string, delimiter: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text !== value || text.includes(delimiter) || /["\r\n]/.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/** One CSV record: the fields, each made safe, joined by the delimiter. */
export function csvLine(fields: readonly string[], delimiter: string): string {
  return fields.map((field) => csvField(field, delimiter)).join(delimiter);
}
