import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import SAMPLE from '../../examples/sample-register.json' with { type: 'json' };
import { accountToMarkdown, councilAccount, parseRegister } from '../../src/index.js';

const guide = readFileSync(
  new URL('../../docs/auditing-and-accounting.md', import.meta.url),
  'utf8',
);

describe('the guide “Auditing a register and accounting to the council”', () => {
  it('shows the sample account exactly as accountToMarkdown writes it', () => {
    const register = parseRegister(SAMPLE);
    if (!register.success) throw new Error('sample register');
    const shown = /````markdown\n([\s\S]*?)````/.exec(guide)?.[1];
    expect(shown).toBe(
      accountToMarkdown(
        councilAccount(register.data, { asOf: '2023-03-31', period: '2019-2022' }),
        'en',
      ),
    );
  });

  it('cites each agreement rule’s clause verbatim and the readings it takes', () => {
    expect(guide).toContain('Dessa ska utvärderas varje mandatperiod.');
    expect(guide).toContain(
      'Om ett vänortsavtal är inaktivt och inte anses vara till nytta för kommunen, förenings- och näringslivet ska avtalet sägas upp.',
    );
    expect(guide).toContain('Beslutar varje mandatperiod om vilka vänortsavtal');
    for (const note of ['note 6', 'note 7', 'note 9']) expect(guide).toContain(note);
  });
});
