import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isIsoDate, PolicyError, toIsoDate } from '../../src/index.js';
import { isoDateBetween } from '../arbitraries/dates.js';
import { thrownBy } from '../support/thrown.js';

describe('isIsoDate', () => {
  it.each([
    ['2020-02-29', true],
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2019-02-29', false],
    ['1900-02-29', false],
    ['2019-04-31', false],
    ['2019-13-01', false],
    ['2019-00-10', false],
    ['2019-01-00', false],
    ['0000-01-01', false],
    ['2020-3-1', false],
    ['2020-03-01T00:00:00Z', false],
    [' 2020-03-01', false],
    ['', false],
    // Separators are hyphens, and every other character a digit: ':' and '/' sit just past '9'
    // and before '0' in ASCII.
    ['2019/01-01', false],
    ['2019-01/01', false],
    ['2019-0:-01', false],
    ['201/-01-01', false],
  ])('%s is a real date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([[20200301], [null], [undefined], [new Date(0)], [{}]])(
    'a non-string (%s) is never a date',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  test.prop([isoDateBetween('0001-01-01', '9999-12-31')])(
    'every day the platform calendar knows is a date, written the same way',
    (date) => {
      expect(isIsoDate(date)).toBe(true);
    },
  );

  test.prop([fc.string()])('any string is either a date or not, and never throws', (value) => {
    expect(typeof isIsoDate(value)).toBe('boolean');
  });
});

describe('toIsoDate', () => {
  it('returns a real date unchanged', () => {
    expect(toIsoDate('2019-11-25')).toBe('2019-11-25');
  });

  it('throws a PolicyError with code invalid_date and both languages for an impossible date', () => {
    const error = thrownBy(() => toIsoDate('2019-11-31'));
    expect(error).toBeInstanceOf(PolicyError);
    expect(error).toMatchObject({
      code: 'invalid_date',
      details: { value: '2019-11-31' },
      messages: {
        sv: expect.stringContaining('inget giltigt datum'),
        en: expect.stringContaining('not a valid date'),
      },
    });
    expect((error as PolicyError).message).toContain('ÅÅÅÅ-MM-DD');
    expect((error as PolicyError).message).toContain('YYYY-MM-DD');
  });
});
