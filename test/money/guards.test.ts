import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/index.js';
import { checkRates } from '../../src/money/check-rates.js';
import { checkCostItems, checkSnapshot, isSnapshot } from '../../src/money/guards.js';
import { checkContext } from '../../src/obligations/guards.js';
import { thrownBy } from '../support/thrown.js';

const SEK = { code: 'SEK', base: 10, exponent: 2 };
const amount = { amount: 100, currency: SEK, scale: 2 };
const WHAT = { sv: 'beloppet', en: 'the amount' };

describe('the shape of an amount (a dinero.js snapshot of a decimal currency)', () => {
  it('is a snapshot with whole amount and scale, a scale of 0 or more, and a decimal currency', () => {
    expect(isSnapshot(amount)).toBe(true);
    expect(isSnapshot({ ...amount, scale: 0 })).toBe(true);
    // The most decimals an amount may have, and one more: a huge scale would exhaust memory when written.
    expect(isSnapshot({ ...amount, scale: 32 })).toBe(true);
    expect(isSnapshot({ ...amount, scale: 33 })).toBe(false);
    expect(isSnapshot({ ...amount, scale: 536_870_884 })).toBe(false);
    expect(isSnapshot({ ...amount, currency: { ...SEK, exponent: 32 } })).toBe(true);
    expect(isSnapshot({ ...amount, currency: { ...SEK, exponent: 33 } })).toBe(false);
    expect(isSnapshot({ ...amount, currency: { ...SEK, exponent: -1 } })).toBe(false);
  });

  it.each([
    ['no object', null],
    ['a string', '100'],
    ['a fractional amount', { ...amount, amount: 1.5 }],
    ['a fractional scale', { ...amount, scale: 1.5 }],
    ['a negative scale', { ...amount, scale: -1 }],
    ['no currency', { amount: 100, scale: 2 }],
    ['a currency that is null', { ...amount, currency: null }],
    ['a currency code that is no string', { ...amount, currency: { ...SEK, code: 752 } }],
    ['a currency of another base', { ...amount, currency: { ...SEK, base: 5 } }],
    ['a fractional exponent', { ...amount, currency: { ...SEK, exponent: 0.5 } }],
  ])('is refused for %s', (_, value) => {
    expect(isSnapshot(value)).toBe(false);
    const error = thrownBy(() => checkSnapshot('toSek', value, WHAT)) as PolicyError;
    expect(error).toBeInstanceOf(PolicyError);
    expect(error.code).toBe('invalid_argument');
    expect(error.messages.en).toMatch(
      /^toSek: the amount must be a dinero\.js snapshot \(\{ amount, currency, scale \} in minor units\), not /,
    );
    expect(error.messages.sv).toMatch(
      /^toSek: beloppet ska vara en dinero\.js-snapshot \(\{ amount, currency, scale \} i minsta enheter\), inte /,
    );
  });
});

describe('the shape of exchange rates', () => {
  const rate = { currency: 'EUR', sekPerUnit: '11.0', date: '2020-01-01', source: 'test' };

  it('is { rates: [...] }, each with a currency and a rate as text', () => {
    expect(() => checkRates('toSek', { rates: [] })).not.toThrow();
    expect(() => checkRates('toSek', { rates: [rate] })).not.toThrow();
  });

  it.each([
    ['no object', null],
    ['a list alone', [rate]],
    ['rates that are no list', { rates: rate }],
    ['a rate that is null', { rates: [null] }],
    ['a rate that is no object', { rates: ['EUR'] }],
    ['a rate without a currency', { rates: [{ ...rate, currency: undefined }] }],
    ['a rate given as a number', { rates: [{ ...rate, sekPerUnit: 11 }] }],
    ['a rate of -100', { rates: [{ ...rate, sekPerUnit: '-100' }] }],
    ["a rate of '0'", { rates: [{ ...rate, sekPerUnit: '0' }] }],
    ["a rate of '1e3'", { rates: [{ ...rate, sekPerUnit: '1e3' }] }],
    ["a rate of '1.5.7'", { rates: [{ ...rate, sekPerUnit: '1.5.7' }] }],
    ["a date '2019-13-45'", { rates: [{ ...rate, date: '2019-13-45' }] }],
  ])('is refused for %s, as parseRates refuses it', (_, value) => {
    const error = thrownBy(() => checkRates('toSek', value)) as PolicyError;
    expect(error.code).toBe('invalid_argument');
    expect(error.messages.en).toMatch(
      /^toSek: the exchange rates must be \{ rates: \[\.\.\.\] \} as parseRates takes them; /,
    );
    expect(error.messages.sv).toMatch(
      /^toSek: växelkurserna ska vara \{ rates: \[\.\.\.\] \} som parseRates tar emot; /,
    );
  });
});

describe('the shape of cost items', () => {
  it('is a list of items, each with an amount snapshot', () => {
    expect(() => checkCostItems('totalInSek', [])).not.toThrow();
    expect(() => checkCostItems('totalInSek', [{ label: 'x', amount }])).not.toThrow();
  });

  it.each([
    ['no list', { amount }],
    ['an item that is null', [null]],
    ['an item that is no object', ['100']],
    ['an item whose amount is no snapshot', [{ amount: '100' }]],
  ])('is refused for %s', (_, value) => {
    const error = thrownBy(() => checkCostItems('totalInSek', value)) as PolicyError;
    expect(error.code).toBe('invalid_argument');
    expect(error.messages.en).toMatch(
      /^totalInSek: the cost items must be a list of items from a parsed activity, not /,
    );
    expect(error.messages.sv).toMatch(
      /^totalInSek: kostnadsposterna ska vara en lista med poster från en tolkad aktivitet, inte /,
    );
  });
});

describe('the options of an evaluation', () => {
  it('take what the library made and the shapes it reads, each left out or given', () => {
    expect(() => checkContext('evaluate', {})).not.toThrow();
    expect(() =>
      checkContext('evaluate', {
        rates: { rates: [] },
        agreements: [{ id: 'A', twinTown: 'esashi' }],
        maxRateAgeDays: 0,
      }),
    ).not.toThrow();
  });

  it.each([
    ['options that are no object', null, 'the options must be an object, not null.'],
    ['options that are a string', 'sv', 'the options must be an object, not "sv".'],
    [
      'rates of another shape',
      { rates: [] },
      'the exchange rates must be { rates: [...] } as parseRates takes them; the document: must be an object, but is a list.',
    ],
    [
      'agreements that are no list',
      { agreements: {} },
      'agreements must be a list of twin-town agreements from parseRecords or parseRegister, not this object.',
    ],
    [
      'an agreement that is null',
      { agreements: [null] },
      'agreements must be twin-town agreements as parseRecords takes them; agreements[0]: must be an object, but is null.',
    ],
    [
      'an agreement that is no object',
      { agreements: ['esashi'] },
      'agreements must be twin-town agreements as parseRecords takes them; agreements[0]: must be an object, but is text.',
    ],
    [
      'an agreement without a town',
      { agreements: [{ id: 'A' }] },
      'agreements must be twin-town agreements as parseRecords takes them; agreements[0].twinTown: is missing; give text.',
    ],
    [
      "an agreement ending on '2019-13-45'",
      { agreements: [{ id: 'A', twinTown: 'esashi', terminatedOn: '2019-13-45' }] },
      'agreements must be twin-town agreements as parseRecords takes them; agreements[0].terminatedOn: "2019-13-45" is not a valid date; write a real calendar date as YYYY-MM-DD, e.g. 2020-03-01.',
    ],
    [
      'a rate age that is no whole number',
      { maxRateAgeDays: 1.5 },
      'maxRateAgeDays must be a whole number of days, 0 or more, not 1.5.',
    ],
  ])('refuse %s, saying what they must be', (_, context, en) => {
    const error = thrownBy(() => checkContext('evaluate', context)) as PolicyError;
    expect(error.code).toBe('invalid_argument');
    expect(error.messages.en).toBe(`evaluate: ${en}`);
    expect(error.messages.sv.startsWith('evaluate: ')).toBe(true);
    expect(error.messages.sv).not.toBe(error.messages.en);
  });
});
