/** Helpers of the tests that results' words travel with every copy (`explain`, `explainDuty`). */
import { expect } from 'vitest';

/** A spread, a structured clone and a JSON round trip of `value`. */
export const copies = (value: object): unknown[] => [
  { ...value },
  structuredClone(value),
  JSON.parse(JSON.stringify(value)),
];

/** Words a reader can read: a sentence, no `undefined`, no `[object Object]`, no NaN. */
export function readable(words: { sv: string; en: string }): void {
  for (const text of [words.sv, words.en]) {
    expect(text).toMatch(/\S/);
    expect(text).not.toMatch(/undefined|\[object|NaN/);
  }
}
