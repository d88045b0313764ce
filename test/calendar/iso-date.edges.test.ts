import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/iso-date.js';
import { isIsoDate } from '../../src/index.js';
import { isoDateBetween } from '../arbitraries/dates.js';
import { BOUNDARY } from '../support/runs.js';

describe('addDays', () => {
  test.prop(
    [isoDateBetween('1900-01-01', '2100-12-31'), fc.integer({ min: -2000, max: 2000 })],
    BOUNDARY,
  )('agrees with the platform calendar across months, leap years and centuries', (date, days) => {
    const expected = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('isIsoDate rejects non-digits in any position', () => {
  it.each(['20a0-01-01', '2020-0b-01', '2020-01-0c', '2020/01/01', '２０２０-01-01'])(
    '%s',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});
