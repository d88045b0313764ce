import { describe, expect, it } from 'vitest';
import SAMPLE from '../../examples/sample-register.json' with { type: 'json' };
import { accountPeriod, councilAccount, parseRegister } from '../../src/index.js';

const register = () => {
  const result = parseRegister(SAMPLE);
  if (!result.success) throw new Error('the sample register is valid');
  return result.data;
};

describe('an account for a calendar year, for a policy that asks for a yearly account', () => {
  it('accounts for the activities whose first day falls in the year, and only those', () => {
    const term = councilAccount(register(), { period: '2019-2022', asOf: '2023-03-31' });
    const years = ['2019', '2020', '2021', '2022'].map((year) =>
      councilAccount(register(), { period: year, asOf: '2023-03-31' }),
    );
    for (const [i, account] of years.entries()) {
      expect(account.period.label).toBe(`${2019 + i}`);
      for (const row of account.rows) expect(row.firstDay.slice(0, 4)).toBe(`${2019 + i}`);
    }
    // The years together are the term: every row once.
    expect(years.flatMap((account) => account.rows.map((row) => row.id)).sort()).toEqual(
      term.rows.map((row) => row.id).sort(),
    );
  });

  it('a year runs 1 January to 31 December and is due on its last day; a term is read as before', () => {
    expect(accountPeriod('2024')).toMatchObject({
      label: '2024',
      firstDay: '2024-01-01',
      lastDay: '2024-12-31',
      dueBy: '2024-12-31',
    });
    expect(accountPeriod('2024').council.label).toBe('2022–2026');
    expect(accountPeriod('2019-2022').dueBy).toBe('2022-10-14');
  });

  it('a year outside the terms the library knows, or no year, is refused in both languages', () => {
    expect(() => accountPeriod('1066')).toThrow(/outside the terms the library knows/);
    expect(() => accountPeriod('24')).toThrow(/is not a mandate period/);
  });
});
