import { describe, expect, it } from 'vitest';
import { notesPage, policyPage } from '../../scripts/generate-docs.js';
import { IMPLEMENTED_BY } from '../../scripts/traceability.js';
import * as library from '../../src/index.js';
import { POLICY_2019_2022 } from '../../src/index.js';

const notes = notesPage(POLICY_2019_2022);
const page = policyPage(POLICY_2019_2022);

const sectionOf = (heading: string): string => {
  const start = page.indexOf(heading);
  const next = page.indexOf('\n#', start + heading.length);
  return page.slice(start, next < 0 ? undefined : next);
};

describe('the generated page “The policy, clause by clause”', () => {
  it('gives every clause an anchor that is its id, and each note links to the clauses its rules rest on', () => {
    for (const clause of POLICY_2019_2022.clauses)
      expect(page).toContain(`<a id="${clause.id}"></a>\n\n#### ${clause.id}\n`);
    expect(notes).toContain('[§ board.approval](policy.md#boardapproval)');
  });

  it('quotes every clause with its id, Swedish text and English rendering', () => {
    for (const clause of POLICY_2019_2022.clauses) {
      const section = sectionOf(`#### ${clause.id}`);
      expect(section, clause.id).not.toBe('');
      for (const line of clause.sv.split('\n')) expect(section, clause.id).toContain(`> ${line}`);
      expect(section, clause.id).toContain(clause.en);
    }
  });

  it('links each obligation clause to the rules implementing it, and says which clauses carry none', () => {
    for (const clause of POLICY_2019_2022.clauses) {
      const section = sectionOf(`#### ${clause.id}`);
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
      for (const id of rule.clauseIds) expect(section).toContain(`[§ ${id}](#${id})`);
      for (const id of rule.interpretationNoteIds) {
        const note = POLICY_2019_2022.interpretationNotes.find((n) => n.id === id);
        expect(section).toContain(`(interpretation-notes.md#note-${note?.number})`);
        expect(notes).toContain(`## Note ${note?.number}\n`);
      }
      for (const name of IMPLEMENTED_BY[rule.kind]) {
        expect(Object.keys(library), name).toContain(name);
        expect(section).toContain(`{@link ${name}}`);
      }
    }
  });
});

describe('the page “Interpretation notes”, generated from the data in Swedish and English', () => {
  it('states every reading of the version, numbered, with its id, in both languages', () => {
    for (const note of POLICY_2019_2022.interpretationNotes) {
      expect(notes).toMatch(new RegExp(`^## Note ${note.number}\\n\\n\\*\\*`, 'm'));
      expect(notes).toContain(`(\`${note.id}\`)`);
      expect(notes).toContain(note.text.sv);
      expect(notes).toContain(`_${note.text.en}_`);
    }
  });

  it('states the reading for “Madison the City, USA”: any Madison in the US', () => {
    expect(notes).toContain('any Madison in the US is the twin town');
    expect(notes).toContain('varje Madison i USA är vänorten');
  });

  it('links each note to the rules that apply it', () => {
    expect(notes).toContain('[`board_approval`](policy.md#rule-board-approval)');
  });
});
