import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/deep-freeze.js';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, and leaves functions alone', () => {
    const fn = () => 1;
    const value = deepFreeze({ list: [{ a: 1 }], fn });
    expect(Object.isFrozen(value.list[0])).toBe(true);
    expect(Object.isFrozen(fn)).toBe(false);
  });
});
