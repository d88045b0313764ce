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

  it('refuses two rates for one currency, naming the first', () => {
    const issue = firstIssue({ rates: [rate(), rate({ sekPerUnit: '11.5' })] });
    expect(issue).toMatchObject({ code: 'duplicate_rate', path: ['rates', 1, 'currency'] });
    expect(issue?.messages.en).toContain('already has a rate (rates[0])');
  });
});
