import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/index.js';
import {
  assertVouched,
  checkString,
  isVouched,
  shown,
  TAKES_ACTIVITY,
  vouch,
} from '../../src/internal/guards.js';

describe('the library’s own values', () => {
  it('are the kind they were vouched for, and only that kind', () => {
    const value = Object.freeze(vouch({}, 'activity'));
    expect(isVouched(value, 'activity')).toBe(true);
    expect(isVouched(value, 'register')).toBe(false);
    expect(isVouched({}, 'activity')).toBe(false);
    for (const other of [null, undefined, 'activity', 1])
      expect(isVouched(other, 'activity')).toBe(false);
  });

  it('carry their mark where no copy and no enumeration sees it', () => {
    const value = Object.freeze(vouch({ id: 'T' }, 'activity'));
    expect(Object.keys(value)).toEqual(['id']);
    expect(JSON.stringify(value)).toBe('{"id":"T"}');
    expect(value).toEqual({ id: 'T' });
  });

  it('are not copies: a spread, a structured clone or a JSON round trip is refused, naming the function', () => {
    const value = Object.freeze(vouch({ id: 'T' }, 'activity'));
    expect(() => assertVouched('evaluate', value, TAKES_ACTIVITY)).not.toThrow();
    for (const copy of [{ ...value }, structuredClone(value), JSON.parse(JSON.stringify(value))]) {
      const error = (() => {
        try {
          assertVouched('evaluate', copy, TAKES_ACTIVITY);
        } catch (thrown) {
          return thrown;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).code).toBe('invalid_argument');
      expect((error as PolicyError).details).toEqual({ function: 'evaluate' });
      expect((error as PolicyError).messages.en).toBe(
        'evaluate: takes an activity from parseActivity or parseRegister, not this object; a copy or an object written by hand is not taken.',
      );
      expect((error as PolicyError).messages.sv).toBe(
        'evaluate: tar en aktivitet från parseActivity eller parseRegister, inte det här objektet; en kopia eller ett objekt skrivet för hand tas inte emot.',
      );
    }
  });
});

describe('checkString', () => {
  it('takes a string and refuses anything else, naming the argument', () => {
    expect(() => checkString('findClause', '', { sv: 'id', en: 'the id' })).not.toThrow();
    expect(() => checkString('findClause', 1, { sv: 'id', en: 'the id' })).toThrow(
      'findClause: the id must be a string, not 1.',
    );
  });
});

describe('shown', () => {
  it.each([
    ['de', '"de"'],
    ['a"b', '"a\\"b"'],
    [20200101, '20200101'],
    [10n, '10'],
    [true, 'true'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{ toString: 0 }, 'object'],
    [[], 'object'],
    [() => 1, 'function'],
    [Symbol('s'), 'symbol'],
  ])('shows %s as %s, never through its own toString', (value, text) => {
    expect(shown(value)).toBe(text);
  });
});
