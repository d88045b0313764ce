import { fc } from '@fast-check/vitest';
import { type IsoDate, toIsoDate } from '../../src/index.js';

const MS_PER_DAY = 86_400_000;

/** Real calendar dates between two days (inclusive), as IsoDate. */
export function isoDateBetween(from: string, to: string): fc.Arbitrary<IsoDate> {
  const start = Date.parse(`${from}T00:00:00Z`) / MS_PER_DAY;
  const end = Date.parse(`${to}T00:00:00Z`) / MS_PER_DAY;
  return fc
    .integer({ min: start, max: end })
    .map((day) => toIsoDate(new Date(day * MS_PER_DAY).toISOString().slice(0, 10)));
}

/** The day after `date` (the tests use the platform's Date as an independent oracle). */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day before `date`. */
export function previousDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - MS_PER_DAY).toISOString().slice(0, 10);
}
