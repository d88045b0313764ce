import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/index.js';
import { invalidArgument, misuse, shown } from '../../src/internal/misuse.js';

const TAKES = { sv: 'ett register', en: 'a register' };

describe('misuse', () => {
  it('passes a PolicyError of another code, or of the same function, as it is', () => {
    const date = new PolicyError('invalid_date', { sv: 'a', en: 'b' });
    expect(misuse('audit', TAKES, date)).toBe(date);
    const own = invalidArgument('audit', { sv: 'a', en: 'b' });
    expect(misuse('audit', TAKES, own)).toBe(own);
  });

  it("tells an inner public function's invalid_argument as the outer one's, keeping its cause", () => {
    const tripped = new TypeError('x is undefined');
    const inner = misuse('toSek', { sv: 'ett belopp', en: 'an amount' }, tripped);
    const outer = misuse('evaluate', TAKES, inner);
    expect(outer.details).toEqual({ function: 'evaluate' });
    expect(outer.cause).toBe(tripped);
    expect(outer.messages.en).toBe(
      'evaluate: was given a value no parser returns; it takes a register (TypeError: x is undefined).',
    );
  });

  it('an inner invalid_argument without a cause becomes the cause, once', () => {
    const inner = invalidArgument('formatMoney', { sv: 'fel språk', en: 'wrong language' });
    const outer = misuse('accountToMarkdown', TAKES, inner);
    expect(outer.cause).toBe(inner);
    expect(outer.messages.en).toBe(
      'accountToMarkdown: was given a value no parser returns; it takes a register (PolicyError: formatMoney: fel språk / formatMoney: wrong language).',
    );
  });
});

describe('shown', () => {
  it.each([
    ['de', '"de"'],
    ['a"b', '"a\\"b"'],
    [20200101, '20200101'],
    [10n, '10'],
    [true, 'true'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{ toString: 0 }, 'object'],
    [[], 'object'],
    [() => 1, 'function'],
    [Symbol('s'), 'symbol'],
  ])('shows %s as %s, never through its own toString', (value, text) => {
    expect(shown(value)).toBe(text);
  });
});
