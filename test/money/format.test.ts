import { dinero } from 'dinero.js';
import { EUR, JPY, KWD, SEK } from 'dinero.js/currencies';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/index.js';

describe('formatMoney', () => {
  it.each([
    [1_000_000, SEK, '10 000,00 kr', 'SEK 10,000.00'],
    [1_000_001, SEK, '10 000,01 kr', 'SEK 10,000.01'],
    [1_250_000, SEK, '12 500,00 kr', 'SEK 12,500.00'],
    [980_000, SEK, '9 800,00 kr', 'SEK 9,800.00'],
    [5, SEK, '0,05 kr', 'SEK 0.05'],
    [0, SEK, '0,00 kr', 'SEK 0.00'],
    [123_456_789, EUR, '1 234 567,89 EUR', 'EUR 1,234,567.89'],
    [123_456, JPY, '123 456 JPY', 'JPY 123,456'],
    [1_234, KWD, '1,234 KWD', 'KWD 1.234'],
    [-1_050, SEK, '-10,50 kr', 'SEK -10.50'],
  ])('%i minor units of %o: "%s" / "%s"', (amount, currency, sv, en) => {
    const money = dinero({ amount, currency });
    expect(formatMoney(money, 'sv')).toBe(sv);
    expect(formatMoney(money, 'en')).toBe(en);
  });

  it('formats snapshots and dinero objects alike', () => {
    const money = dinero({ amount: 1_000_000, currency: SEK });
    expect(formatMoney(money.toJSON(), 'sv')).toBe(formatMoney(money, 'sv'));
  });
});
