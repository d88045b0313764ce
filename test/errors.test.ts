import { describe, expect, it } from 'vitest';
import { PolicyError } from '../src/index.js';

describe('PolicyError', () => {
  it('carries a stable code, both languages, and frozen details', () => {
    const details = { value: 'x' };
    const error = new PolicyError('invalid_date', { sv: 'Fel', en: 'Wrong' }, details);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PolicyError');
    expect(error.message).toBe('Fel / Wrong');
    expect(error.code).toBe('invalid_date');
    expect(error.messages).toEqual({ sv: 'Fel', en: 'Wrong' });
    expect(error.details).toEqual({ value: 'x' });
    expect(Object.isFrozen(error.details)).toBe(true);
    expect(error.details).not.toBe(details);
  });

  it('has empty details when none are given', () => {
    expect(new PolicyError('x', { sv: 'a', en: 'b' }).details).toEqual({});
  });
});
