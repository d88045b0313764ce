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

  it('has empty details when a JavaScript caller gives none', () => {
    // @ts-expect-error: every code has its details
    expect(new PolicyError('invalid_date', { sv: 'a', en: 'b' }).details).toEqual({});
  });

  it('narrows its details by its code after instanceof', () => {
    const thrown: unknown = new PolicyError(
      'invalid_argument',
      { sv: 'f: nej', en: 'f: no' },
      { function: 'f' },
    );
    expect(thrown instanceof PolicyError && thrown.code === 'invalid_argument').toBe(true);
    if (thrown instanceof PolicyError && thrown.code === 'invalid_argument')
      expect(thrown.details.function).toBe('f');
  });
});
