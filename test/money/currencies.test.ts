import * as dineroCurrencies from 'dinero.js/currencies';
import { describe, expect, it } from 'vitest';
import { currencyOf, SEK } from '../../src/money/currencies.js';

const shipped = Object.values(dineroCurrencies);

describe('the currencies the library knows', () => {
  it('are exactly those dinero.js ships with a decimal minor unit, with its exponents', () => {
    for (const currency of shipped) {
      if (currency.base === 10) expect(currencyOf(currency.code)).toEqual(currency);
      else expect(currencyOf(currency.code)).toBeUndefined();
    }
    expect(shipped.filter((currency) => currency.base !== 10).map((c) => c.code)).toEqual([
      'MGA',
      'MRU',
    ]);
  });

  it('are not found by anything but a whole code: no part, no lower case, no padding', () => {
    for (const code of ['', 'SE', 'EK', 'SEK ', ' SEK', 'sek', 'AED AFN', 'D A', 'XYZ', 'SEKK']) {
      expect(currencyOf(code)).toBeUndefined();
    }
  });

  it('are frozen and the same object on every lookup', () => {
    const eur = currencyOf('EUR');
    expect(Object.isFrozen(eur)).toBe(true);
    expect(currencyOf('EUR')).toBe(eur);
  });

  it('name the Swedish krona as dinero.js does', () => {
    expect(SEK).toEqual({ code: 'SEK', base: 10, exponent: 2 });
    expect(currencyOf('SEK')).toEqual(SEK);
  });
});
