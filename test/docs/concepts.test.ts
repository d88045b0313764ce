import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPLEMENTED_BY, policyPage } from '../../scripts/generate-docs.js';
import * as library from '../../src/index.js';
import { POLICY_2019_2022 } from '../../src/index.js';

const notes = readFileSync(new URL('../../docs/interpretation-notes.md', import.meta.url), 'utf8');
const page = policyPage(POLICY_2019_2022);

const sectionOf = (heading: string): string => {
  const start = page.indexOf(heading);
  const next = page.indexOf('\n#', start + heading.length);
  return page.slice(start, next < 0 ? undefined : next);
};

describe('the generated page “The policy, clause by clause”', () => {
  it('quotes every clause with its id, Swedish text and English rendering', () => {
    for (const clause of POLICY_2019_2022.clauses) {
      const section = sectionOf(`#### \`${clause.id}\``);
      expect(section, clause.id).not.toBe('');
      for (const line of clause.sv.split('\n')) expect(section, clause.id).toContain(`> ${line}`);
      expect(section, clause.id).toContain(clause.en);
    }
  });

  it('links each obligation clause to the rules implementing it, and says which clauses carry none', () => {
    for (const clause of POLICY_2019_2022.clauses) {
      const section = sectionOf(`#### \`${clause.id}\``);
      const rules = POLICY_2019_2022.rules.filter((r) => r.clauseIds.includes(clause.id));
      if (rules.length > 0) {
        for (const rule of rules)
          expect(section, clause.id).toContain(`(#rule-${rule.code.replaceAll('_', '-')})`);
      } else expect(section, clause.id).toContain('Carries no obligation');
    }
  });

  it('links each rule to its clauses, its interpretation notes and the exported functions computing it', () => {
    for (const rule of POLICY_2019_2022.rules) {
      const section = sectionOf(`### Rule ${rule.code.replaceAll('_', '-')}`);
      for (const id of rule.clauseIds)
        expect(section).toContain(`[\`${id}\`](#${id.toLowerCase().replaceAll('.', '')})`);
      for (const note of rule.interpretationNotes) {
        expect(section).toContain(`(../interpretation-notes.md#note-${note})`);
        expect(notes).toContain(`## Note ${note}\n`);
      }
      for (const name of IMPLEMENTED_BY[rule.code]) {
        expect(Object.keys(library), name).toContain(name);
        expect(section).toContain(`{@link ${name}}`);
      }
    }
  });
});

describe('the page “Interpretation notes”', () => {
  it('states every reading of the domain brief, numbered 1 to 10', () => {
    for (let note = 1; note <= 10; note++)
      expect(notes).toMatch(new RegExp(`^## Note ${note}\\n\\n\\*\\*`, 'm'));
  });
});
