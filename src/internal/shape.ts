import type { LocalizedText } from '../errors.js';
import * as GUARD from './guard-words.js';
import { invalidArgument, isList, notThis } from './guards.js';

/**
 * Internal: checks of the shape of a value a caller passes back to the library — a result, or a
 * copy of one — that name the first field that does not hold by its path from the argument
 * (`result.facts[0].kind`). Each check reads only what the words read.
 */

/** The function a check is for, and what it takes. */
export interface Checked {
  readonly fn: string;
  /** What it takes, a copy included ("a result from evaluate (or a copy of one)"). */
  readonly takes: LocalizedText & {
    /** How the message names one of them again ("ett sådant resultat", "one"). */
    readonly one: LocalizedText;
  };
}

/** Throws `invalid_argument` naming the field at `path`. */
export function refuse(checked: Checked, path: string, value: unknown): never {
  throw invalidArgument(checked.fn, GUARD.notWhatOneHolds(checked.takes, path, notThis(value)));
}

/** A check of one value at its path; throws (via {@link refuse}) if it does not hold. */
export type Check = (value: unknown, path: string, checked: Checked) => void;

export const text: Check = (value, path, checked) => {
  if (typeof value !== 'string') refuse(checked, path, value);
};
/** A whole number, 1 or more. */
export const count: Check = (value, path, checked) => {
  if (!(Number.isSafeInteger(value) && (value as number) >= 1)) refuse(checked, path, value);
};

export const flag: Check = (value, path, checked) => {
  if (typeof value !== 'boolean') refuse(checked, path, value);
};
/** A key of `table` (a status, a party, a code…). */
export const keyOf =
  (table: object): Check =>
  (value, path, checked) => {
    if (typeof value !== 'string' || !Object.hasOwn(table, value)) refuse(checked, path, value);
  };
export const optional =
  (check: Check): Check =>
  (value, path, checked) => {
    if (value !== undefined) check(value, path, checked);
  };
export const list =
  (item: Check): Check =>
  (value, path, checked) => {
    if (!isList(value)) refuse(checked, path, value);
    for (let index = 0; index < value.length; index++)
      item(value[index], `${path}[${index}]`, checked);
  };
/** An object with these fields (others are allowed: a result may carry more than the words read). */
export const object =
  (fields: Readonly<Record<string, Check>>): Check =>
  (value, path, checked) => {
    if (typeof value !== 'object' || value === null || isList(value)) refuse(checked, path, value);
    for (const key in fields)
      (fields[key] as Check)((value as Record<string, unknown>)[key], `${path}.${key}`, checked);
  };
/** An object whose `field` picks the checks of the rest. */
export const byField =
  (field: string, cases: Readonly<Record<string, Readonly<Record<string, Check>>>>): Check =>
  (value, path, checked) => {
    object({ [field]: keyOf(cases) })(value, path, checked);
    object(cases[(value as Record<string, string>)[field] as string] as Record<string, Check>)(
      value,
      path,
      checked,
    );
  };
/** Both languages of a text. */
export const WORDS: Check = object({ sv: text, en: text });

/** An optional reference (a case number, a paragraph). */
export const REFERENCE: Readonly<Record<string, Check>> = { reference: optional(text) };
