import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/internal/compare.js';

describe('compareText', () => {
  it('is negative, positive or 0 as the first string comes before, after or with the second', () => {
    expect(compareText('2020-01-01', '2020-01-02')).toBe(-1);
    expect(compareText('2020-01-02', '2020-01-01')).toBe(1);
    expect(compareText('2020-01-01', '2020-01-01')).toBe(0);
    expect(compareText('B', 'a')).toBe(-1); // code units, not a locale's order
  });

  test.prop([fc.array(fc.string())])('sorts as the < operator orders, on any machine', (list) => {
    const sorted = [...list].sort(compareText);
    for (let i = 1; i < sorted.length; i++)
      expect((sorted[i - 1] as string) <= (sorted[i] as string)).toBe(true);
  });

  test.prop([fc.string(), fc.string()])('is antisymmetric', (a, b) => {
    expect(compareText(a, b) + compareText(b, a)).toBe(0);
  });
});
