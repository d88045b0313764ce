import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICY_2019_2022 } from '../../src/index.js';

const concepts = readFileSync(new URL('../../docs/concepts.md', import.meta.url), 'utf8');

describe('the Concepts guide', () => {
  it('quotes every clause with its id, Swedish text and English rendering', () => {
    for (const clause of POLICY_2019_2022.clauses) {
      const heading = concepts.indexOf(`#### \`${clause.id}\``);
      expect(heading, clause.id).toBeGreaterThan(0);
      const section = concepts.slice(heading, concepts.indexOf('####', heading + 4) >>> 0);
      for (const line of clause.sv.split('\n')) expect(section, clause.id).toContain(`> ${line}`);
      for (const line of clause.en.split('\n')) expect(section, clause.id).toContain(line);
    }
  });

  it('names the rules that implement each obligation, and says which clauses carry none', () => {
    for (const clause of POLICY_2019_2022.clauses) {
      const heading = concepts.indexOf(`#### \`${clause.id}\``);
      const section = concepts.slice(heading, concepts.indexOf('####', heading + 4) >>> 0);
      const rules = POLICY_2019_2022.rules.filter((r) => r.clauseIds.includes(clause.id));
      if (clause.kind === 'obligation') {
        for (const rule of rules) expect(section, clause.id).toContain(`\`${rule.code}\``);
      } else {
        expect(section, clause.id).toContain('Carries no obligation');
      }
    }
  });

  it('states every interpretation note a rule refers to', () => {
    const notes = new Set(POLICY_2019_2022.rules.flatMap((r) => r.interpretationNotes));
    for (const note of notes) expect(concepts).toMatch(new RegExp(`^${note}\\. \\*\\*`, 'm'));
  });
});
