/**
 * The policy's Swedish text against the statute itself: `test/fixtures/source-document.txt` is a
 * verbatim copy of the policy as published in Sollefteå kommun's statute book (författningssamling),
 * page breaks, bullets and line wrapping included. Every clause the library quotes must stand in it
 * word for word, so that a clerk can trust a quotation without checking it by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICY_2019_2022 } from '../../src/index.js';

const STATUTE = readFileSync(new URL('../fixtures/source-document.txt', import.meta.url), 'utf8');

/** Text with every run of white space (line breaks and page layout included) as one space. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The statute's running text: white space folded, list bullets kept as they stand. */
const statute = flat(STATUTE);

/** A clause as the statute prints it: a list clause's items each after a bullet. */
const asPrinted = (sv: string): string[] =>
  sv.split('\n').map((line) => flat(line.replace(/^• /, '')));

describe('every clause quotes the statute word for word', () => {
  it.each(POLICY_2019_2022.clauses.map((clause) => [clause.id, clause.sv] as const))(
    '%s stands verbatim in the published text',
    (_, sv) => {
      for (const part of asPrinted(sv)) expect(statute).toContain(part);
    },
  );

  it('the statute is the one the version names: its title, adoption and paragraph', () => {
    expect(statute).toContain(POLICY_2019_2022.shortTitle);
    expect(statute).toContain(POLICY_2019_2022.title);
    expect(statute).toContain(
      `Beslut i kommunfullmäktige ${POLICY_2019_2022.adoption.date} ${POLICY_2019_2022.adoption.paragraph}`,
    );
  });

  it('every sentence of the statute after its title is quoted by some clause', () => {
    const body = statute.slice(
      statute.indexOf(POLICY_2019_2022.title) + POLICY_2019_2022.title.length,
    );
    const quoted = POLICY_2019_2022.clauses.flatMap((clause) => asPrinted(clause.sv));
    // Section headings are not clauses; they are the clauses' sections.
    const headings = [
      'Syfte och mål',
      'Vänorter',
      'Ansvarsfördelning',
      'Kommunfullmäktige',
      'Kommunstyrelsen',
    ];
    let rest = body;
    for (const part of [...quoted, ...headings]) rest = rest.replace(part, ' ');
    expect(flat(rest.replaceAll('•', ' '))).toBe('');
  });

  it('a change to a quoted clause is caught: one letter off is not in the statute', () => {
    const clause = POLICY_2019_2022.clauses.find((c) => c.id === 'board.reporting');
    const altered = (clause?.sv ?? '').replace('10.000', '10 000');
    expect(statute).not.toContain(flat(altered));
  });
});

describe('the English renderings keep the meaning of the Swedish', () => {
  const en = (id: string) => POLICY_2019_2022.clauses.find((c) => c.id === id)?.en ?? '';

  it('"förutsättningar" is prerequisites, not strengths', () => {
    expect(en('goal.projects')).toContain('needs and prerequisites');
    expect(en('goal.projects')).not.toContain('strengths');
  });

  it('"bidra till" is contribute to, not help or yield', () => {
    expect(en('goal.business')).toMatch(/^Contribute to /);
    expect(en('goal.nordic')).toContain('shall contribute');
    expect(en('goal.nordic')).not.toContain('yield');
  });
});
