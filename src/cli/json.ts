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

/**
 * The replacer: ids for the policy's texts, decimal strings for amounts. It is called for every value
 * written (a million-activity NDJSON audit writes about 200 million), so a text, number or boolean
 * leaves at once and an object is told apart by its key before its fields are read.
 */
function compact(this: unknown, key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  switch (key) {
    case 'clauses':
    case 'interpretationNotes':
      return Array.isArray(value) ? value.map(idOf) : value;
    // A rule by its code, in an obligation or duty (a policy diff's added rule is written whole); so
    // is the obligation a compliance result judges, which its evaluation lists.
    case 'rule':
    case 'obligation':
      return Object.hasOwn(value, 'code') &&
        typeof this === 'object' &&
        this !== null &&
        Object.hasOwn(this, 'status')
        ? (value as { code: unknown }).code
        : value;
    case 'activity':
      return Object.hasOwn(value, 'kind') ? idOf(value) : value;
    default:
      return isSnapshot(value) ? { amount: decimal(value), currency: value.currency.code } : value;
  }
}

/** A result as the command line's JSON (see the module's description), indented by two spaces. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, compact, 2);
}

/**
 * `value` as {@link compact} has it written: a copy with the policy's texts as ids and amounts as
 * decimal strings, and no `undefined` field, so that the engine's own serialiser writes it without
 * calling back into a replacer for every value (three times faster for an audit's rows).
 */
function compacted(holder: unknown, key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const replaced = compact.call(holder, key, value);
  if (replaced !== value) return replaced;
  if (Array.isArray(value)) {
    const items = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) items[i] = compacted(value, String(i), value[i]);
    return items;
  }
  // No prototype: a field named __proto__ is written as a field.
  const copy: Record<string, unknown> = Object.create(null);
  for (const field of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[field];
    if (item !== undefined && typeof item !== 'function')
      copy[field] = compacted(value, field, item);
  }
  return copy;
}

/** A result as the command line's JSON on one line (NDJSON, and the rows of an audit's JSON). */
export function compactJson(value: unknown): string {
  return JSON.stringify(compacted(undefined, '', value));
}

/**
 * {@link compactJson}'s text written in parts through `write` — or, with `indent`, {@link toJson}'s
 * — the value split `depth` levels down (lists of plain values whole): the same text, never held
 * whole. An audit's report lists every agreement with its town's activities — 220 MB on one line for
 * a million activities and 100 agreements — and made as one string it took the process past 1 GiB.
 *
 * @param indent - spaces a level, as `JSON.stringify`'s third argument (0: one line)
 * @param level - how deep `value` stands, for its indentation
 */
export async function writeCompactJson(
  write: (text: string) => Promise<void>,
  value: unknown,
  depth: number,
  indent = 0,
  level = 0,
  holder?: unknown,
  key = '',
): Promise<void> {
  const newline = (at: number) => (indent > 0 ? `\n${' '.repeat(indent * at)}` : '');
  if (
    depth === 0 ||
    typeof value !== 'object' ||
    value === null ||
    compact.call(holder, key, value) !== value ||
    (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
  ) {
    // As JSON.stringify writes a value it cannot write (undefined, a function) in a list.
    const text = JSON.stringify(compacted(holder, key, value), null, indent) ?? 'null';
    await write(level > 0 && indent > 0 ? text.replaceAll('\n', newline(level)) : text);
    return;
  }
  const list = Array.isArray(value);
  await write(list ? '[' : '{');
  let first = true;
  // A list by its indexes, holes too (JSON.stringify writes a hole as null).
  const fields = list
    ? Array.from(value as unknown[], (_, index) => String(index))
    : Object.keys(value);
  for (const field of fields) {
    const item = (value as Record<string, unknown>)[field];
    // A field that is undefined or a function is left out, as compacted leaves it.
    if (!list && (item === undefined || typeof item === 'function')) continue;
    const name = list ? '' : `${JSON.stringify(field)}:${indent > 0 ? ' ' : ''}`;
    await write(`${first ? '' : ','}${newline(level + 1)}${name}`);
    first = false;
    await writeCompactJson(write, item, depth - 1, indent, level + 1, value, field);
  }
  await write(`${first ? '' : newline(level)}${list ? ']' : '}'}`);
}
