import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readAmount, readMinorUnits } from '../../src/money/amount.js';
import { decimalString } from '../arbitraries/activities.js';

describe('readAmount: named examples', () => {
  it.each([
    ['12500.50', 2, 1250050],
    ['12 500,50', 2, 1250050],
    ['12\u00a0500,50', 2, 1250050],
    ['12500', 2, 1250000],
    ['12500,5', 2, 1250050],
    ['0', 2, 0],
    ['0,01', 2, 1],
    [' 10 000,00 ', 2, 1000000],
    ['10000.01', 2, 1000001],
    ['123456', 0, 123456],
    ['1.234', 3, 1234],
    ['90071992547409.91', 2, Number.MAX_SAFE_INTEGER],
    // Leading zeros do not count towards the size of an amount.
    ['0001234567890123,00', 2, 123456789012300],
    [`${'0'.repeat(40)}12,50`, 2, 1250],
  ] as const)('%j with %i decimals is %i minor units', (value, exponent, minor) => {
    expect(readAmount(value, exponent)).toEqual({ success: true, minor });
  });

  it.each([
    ['-12,50', 2, 'negative_amount'],
    ['1,234', 2, 'too_many_decimals'],
    ['1.5', 0, 'too_many_decimals'],
    ['90071992547409.92', 2, 'amount_too_large'],
    ['99999999999999999999', 0, 'amount_too_large'],
    ['', 2, 'invalid_amount'],
    ['12,500.50', 2, 'invalid_amount'],
    ['1 2', 2, 'invalid_amount'],
    ['12  500', 2, 'invalid_amount'],
    ['1e5', 2, 'invalid_amount'],
    ['+5', 2, 'invalid_amount'],
    ['5 kr', 2, 'invalid_amount'],
    ['.5', 2, 'invalid_amount'],
    ['5.', 2, 'invalid_amount'],
    ['12-50', 2, 'invalid_amount'], // a minus sign only says "negative" in front
    ['kr 10.000', 2, 'invalid_amount'], // no amount at all, so no suggestion to write it otherwise
    ['1'.repeat(400), 0, 'amount_too_large'],
  ] as const)('%j with %i decimals is refused: %s', (value, exponent, code) => {
    expect(readAmount(value, exponent)).toEqual({ success: false, code });
  });
});

describe('readAmount: the point as a thousands separator (the policy writes "10.000 kr")', () => {
  it.each([
    ['10.000', 2, '10 000,00'],
    ['10.000,00', 2, '10 000,00'],
    ['1.234.567,5', 2, '1 234 567,50'],
    ['10.000', 0, '10 000'],
    ['1.000.000', 3, '1 000 000,000'],
    ['10.000,5', 3, '10 000,500'],
  ] as const)(
    '%j with %i decimals is refused as no amount, to be written %j',
    (value, exponent, suggestion) => {
      expect(readAmount(value, exponent)).toEqual({
        success: false,
        code: 'invalid_amount',
        suggestion,
      });
    },
  );

  it.each([
    ['10.000', 3, 10000],
    ['0.125', 3, 125],
  ] as const)(
    '%j with %i decimals is a decimal point, read as %i minor units',
    (value, exponent, minor) => {
      expect(readAmount(value, exponent)).toEqual({ success: true, minor });
    },
  );

  it('a point after a leading zero is a decimal point, never a thousands separator', () => {
    expect(readAmount('0.125', 2)).toEqual({ success: false, code: 'too_many_decimals' });
  });
});

describe('readMinorUnits: named examples', () => {
  it.each([
    [1250050, 1250050],
    [0, 0],
    [-0, 0],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  ] as const)('%j is %i minor units', (value, minor) => {
    expect(readMinorUnits(value)).toEqual({ success: true, minor });
  });

  it.each([
    [12500.5, 'float_amount'],
    [0.1, 'float_amount'],
    [Number.NaN, 'float_amount'],
    [Number.POSITIVE_INFINITY, 'float_amount'],
    [-1, 'negative_amount'],
    [Number.MAX_SAFE_INTEGER + 1, 'amount_too_large'],
  ] as const)('%j is refused: %s', (value, code) => {
    expect(readMinorUnits(value)).toEqual({ success: false, code });
  });
});

describe('readAmount: properties', () => {
  test.prop([
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    fc.constantFrom(0, 2, 3),
    fc.constantFrom('dot', 'comma', 'grouped'),
  ])(
    'every way of writing an amount reads back to the same minor units',
    (minor, exponent, style) => {
      expect(readAmount(decimalString(minor, exponent, style as 'dot'), exponent)).toEqual({
        success: true,
        minor,
      });
      expect(readMinorUnits(minor)).toEqual({ success: true, minor });
    },
  );

  test.prop([fc.double({ noNaN: true }).filter((x) => !Number.isInteger(x))])(
    'a binary float is always refused',
    (value) => {
      expect(readMinorUnits(value)).toEqual({ success: false, code: 'float_amount' });
    },
  );

  test.prop([fc.integer({ min: 1000, max: 999_999_999_999 }), fc.constantFrom(0, 2), fc.boolean()])(
    'whole kronor grouped by points are refused with the same amount grouped by spaces',
    (whole, exponent, withDecimals) => {
      const grouped = whole.toLocaleString('en-US').replaceAll(',', '.');
      const decimals = exponent > 0 ? `,${'0'.repeat(exponent)}` : '';
      const reading = readAmount(`${grouped}${withDecimals ? decimals : ''}`, exponent);
      const suggestion = `${whole.toLocaleString('en-US').replaceAll(',', ' ')}${decimals}`;
      expect(reading).toEqual({ success: false, code: 'invalid_amount', suggestion });
      expect(readAmount(suggestion, exponent)).toEqual({
        success: true,
        minor: whole * 10 ** exponent,
      });
    },
  );

  test.prop([fc.string(), fc.constantFrom(0, 2, 3)])(
    'any string reads or is refused, never throws',
    (value, exponent) => {
      const reading = readAmount(value, exponent);
      if (reading.success)
        expect(Number.isSafeInteger(reading.minor) && reading.minor >= 0).toBe(true);
    },
  );
});
