/**
 * The command line's JSON: the library's results, written so that a program can read them and a
 * person can diff them. Rules, clauses and interpretation notes are cited by id (their texts are one
 * `solleftea-policy policy show --format json` away), an evaluated activity by its id, the obligation
 * a compliance result judges by its rule's code (the evaluation beside it lists it whole), and amounts
 * as decimal strings with their currency — `{ "amount": "12500.00", "currency": "SEK" }` — instead of
 * dinero.js's internal form.
 */

interface Snapshot {
  readonly amount: number;
  readonly scale: number;
  readonly currency: { readonly code: string };
}

function isSnapshot(value: unknown): value is Snapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { amount, scale, currency } = value as Partial<Snapshot>;
  return (
    typeof amount === 'number' &&
    typeof scale === 'number' &&
    typeof currency === 'object' &&
    currency !== null &&
    typeof currency.code === 'string'
  );
}

/** An amount as a decimal string: 1250000 at scale 2 is "12500.00". */
export function decimal({ amount, scale }: Snapshot): string {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  return scale === 0 ? `${sign}${whole}` : `${sign}${whole}.${digits.slice(digits.length - scale)}`;
}

const idOf = (item: unknown): unknown =>
  typeof item === 'object' && item !== null && Object.hasOwn(item, 'id')
    ? (item as { id: unknown }).id
    : item;

/** The replacer: ids for the policy's texts, decimal strings for amounts. */
function compact(this: unknown, key: string, value: unknown): unknown {
  if (isSnapshot(value)) return { amount: decimal(value), currency: value.currency.code };
  if ((key === 'clauses' || key === 'interpretationNotes') && Array.isArray(value))
    return value.map(idOf);
  // A rule by its code, in an obligation or duty (a policy diff's added rule is written whole); so is
  // the obligation a compliance result judges, which its evaluation lists.
  const inResult = typeof this === 'object' && this !== null && Object.hasOwn(this, 'status');
  if (
    inResult &&
    (key === 'rule' || key === 'obligation') &&
    typeof value === 'object' &&
    value !== null &&
    Object.hasOwn(value, 'code')
  )
    return (value as { code: unknown }).code;
  if (
    key === 'activity' &&
    typeof value === 'object' &&
    value !== null &&
    Object.hasOwn(value, 'kind')
  )
    return idOf(value);
  return value;
}

/** A result as the command line's JSON (see the module's description), indented by two spaces. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, compact, 2);
}

/** A result as the command line's JSON on one line (NDJSON, and the rows of an audit's JSON). */
export function compactJson(value: unknown): string {
  return JSON.stringify(value, compact);
}
