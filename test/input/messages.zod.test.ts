import { describe, expect, it } from 'vitest';

describe('zod issues the schemas do not produce today are still translated', async () => {
  const { fromZod } = await import('../../src/input/parse.js');
  const { issue } = await import('../../src/input/messages.js');
  const base = { path: ['title'], message: '' };

  it('a too long or empty string from a zod length check', () => {
    expect(
      fromZod({ ...base, code: 'too_big', origin: 'string', maximum: 3, input: 'abcd' })[0],
    ).toMatchObject({
      code: 'too_long',
      values: { maximum: 3, length: 4 },
    });
    expect(
      fromZod({ ...base, code: 'too_small', origin: 'string', minimum: 1, input: '' })[0]?.code,
    ).toBe('empty_text');
  });

  it('any other zod issue as an invalid value', () => {
    expect(
      fromZod({ ...base, code: 'invalid_format', format: 'email', input: 'x' })[0],
    ).toMatchObject({
      code: 'invalid_value',
      values: { value: 'x', allowed: [] },
    });
  });

  it('a message with a value missing quotes nothing rather than "undefined"', () => {
    // @ts-expect-error: a value left out, as only a bug would leave it
    expect(issue('invalid_value', ['x'], { allowed: ['a'] }).messages.en).toBe(
      'x:  is not allowed; allowed values are: a.',
    );
  });
});
