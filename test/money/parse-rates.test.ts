import { describe, expect, it } from 'vitest';
import { parseRates } from '../../src/index.js';

const rate = (changes: Record<string, unknown> = {}) => ({
  currency: 'EUR',
  sekPerUnit: '11.4523',
  date: '2020-03-02',
  source: 'Riksbanken',
  ...changes,
});

function firstIssue(input: unknown) {
  const result = parseRates(input);
  return result.success ? undefined : result.issues[0];
}

describe('parseRates', () => {
  it('accepts rates and keeps the decimal strings exactly', () => {
    const result = parseRates({ rates: [rate(), rate({ currency: 'JPY', sekPerUnit: '0.0725' })] });
    expect(result).toEqual({
      success: true,
      data: { rates: [rate(), rate({ currency: 'JPY', sekPerUnit: '0.0725' })] },
    });
  });

  it.each([
    [
      'invalid_rate',
      rate({ sekPerUnit: '11,45' }),
      'rates[0].sekPerUnit',
      'ingen växelkurs',
      'not an exchange rate',
    ],
    [
      'invalid_rate',
      rate({ sekPerUnit: '0.000' }),
      'rates[0].sekPerUnit',
      'ingen växelkurs',
      'not an exchange rate',
    ],
    [
      'invalid_type',
      rate({ sekPerUnit: 11.45 }),
      'rates[0].sekPerUnit',
      'ska vara text',
      'must be text',
    ],
    [
      'sek_rate',
      rate({ currency: 'SEK', sekPerUnit: '1' }),
      'rates[0].currency',
      'SEK behöver ingen växelkurs',
      'SEK needs no exchange rate',
    ],
    [
      'unknown_currency',
      rate({ currency: 'EURO' }),
      'rates[0].currency',
      'ingen känd valutakod',
      'not a known ISO 4217',
    ],
    [
      'invalid_date',
      rate({ date: '2020-3-2' }),
      'rates[0].date',
      'inget giltigt datum',
      'not a valid date',
    ],
    ['empty_text', rate({ source: '' }), 'rates[0].source', 'är tom', 'is empty'],
  ])('%s: %j', (code, entry, path, sv, en) => {
    const issue = firstIssue({ rates: [entry] });
    expect(issue?.code).toBe(code);
    expect(issue?.messages.sv).toBe(`${path}: ${issue?.messages.sv.slice(path.length + 2)}`);
    expect(issue?.messages.sv).toContain(sv);
    expect(issue?.messages.en).toContain(en);
  });

  it('refuses two rates of one currency for one day, naming the first (note 15)', () => {
    const issue = firstIssue({ rates: [rate(), rate({ sekPerUnit: '11.5' })] });
    expect(issue).toMatchObject({ code: 'duplicate_rate', path: ['rates', 1, 'date'] });
    expect(issue?.messages.en).toContain('already has a rate for 2020-03-02 (rates[0])');
    expect(issue?.messages.sv).toContain('ange en kurs per valuta och dag');
  });

  it('accepts a series of rates per currency: a year of daily rates for several currencies (note 15)', () => {
    const days = Array.from({ length: 366 }, (_, i) =>
      new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
    );
    const rates = ['EUR', 'USD', 'JPY', 'NOK', 'DKK'].flatMap((currency) =>
      days.map((date) => ({ currency, sekPerUnit: '10.5', date, source: 'Riksbanken' })),
    );
    const result = parseRates({ rates });
    expect(result.success && result.data.rates.length).toBe(1_830);
  });
});

describe('parseRates: the issues name the value', () => {
  it('a rate for SEK, and a rate written with a comma', () => {
    const result = parseRates({
      rates: [
        { currency: 'SEK', sekPerUnit: '1', date: '2020-03-02', source: 'RB' },
        { currency: 'EUR', sekPerUnit: '11,45', date: '2020-03-02', source: 'RB' },
      ],
    });
    expect(result.success ? [] : result.issues).toEqual([
      {
        code: 'sek_rate',
        path: ['rates', 0, 'currency'],
        values: { value: 'SEK' },
        messages: {
          sv: 'rates[0].currency: SEK behöver ingen växelkurs; ta bort raden.',
          en: 'rates[0].currency: SEK needs no exchange rate; remove the entry.',
        },
      },
      {
        code: 'invalid_rate',
        path: ['rates', 1, 'sekPerUnit'],
        values: { value: '11,45' },
        messages: {
          sv: 'rates[1].sekPerUnit: "11,45" är ingen växelkurs; skriv kronor per enhet som ett positivt decimaltal med punkt, t.ex. "11.4523".',
          en: 'rates[1].sekPerUnit: "11,45" is not an exchange rate; write kronor per unit as a positive decimal with a point, e.g. "11.4523".',
        },
      },
    ]);
  });

  it('refuses the currencies whose minor unit is not decimal (MGA, MRU)', () => {
    for (const currency of ['MGA', 'MRU']) {
      const result = parseRates({
        rates: [{ currency, sekPerUnit: '0.0023', date: '2020-03-02', source: 'RB' }],
      });
      expect(result.success ? undefined : result.issues[0]?.code, currency).toBe(
        'unknown_currency',
      );
    }
  });
});
