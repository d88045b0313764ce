/** The documentation's pictures carry the dates and amounts the library computes, none typed by hand. */
import { describe, expect, it } from 'vitest';
import { HYPOTHETICAL_2023_2026 } from '../../examples/hypothetical-successor.js';
import { lifecycleSvg, pathSvg, pictures, timelineSvg } from '../../scripts/pictures.js';
import type { PolicyVersion } from '../../src/index.js';
import { dutyPeriod, formatMoney, POLICY_2019_2022 } from '../../src/index.js';

describe('the timeline', () => {
  it.each([POLICY_2019_2022, HYPOTHETICAL_2023_2026])(
    'draws the terms, the validity and the due day of $mandatePeriod from the data',
    (policy) => {
      const svg = timelineSvg(policy);
      const period = dutyPeriod(policy.mandatePeriod);
      expect(svg).toContain(
        `data-from="${period.council.firstDay}" data-to="${period.council.lastDay}"`,
      );
      expect(svg).toContain(
        `data-from="${period.board.firstDay}" data-to="${period.board.lastDay}"`,
      );
      expect(svg).toContain(`data-from="${policy.validity.from}" data-to="${policy.validity.to}"`);
      expect(svg).toContain(`data-due="${period.dueBy}"`);
    },
  );

  it('places the due day where the council term ends, inside the board term', () => {
    const svg = timelineSvg(POLICY_2019_2022);
    const due = /<line x1="([\d.]+)"[^>]*data-due/.exec(svg)?.[1];
    const council = /<rect x="([\d.]+)" y="\d+" width="([\d.]+)"[^>]*data-from="2018-10-15"/.exec(
      svg,
    );
    expect(Number(due)).toBeCloseTo(Number(council?.[1]) + Number(council?.[2]), 0);
  });
});

describe('the path of an activity and the life of a status', () => {
  it("names each duty's clause and the version's threshold, in both languages", () => {
    for (const policy of [POLICY_2019_2022, HYPOTHETICAL_2023_2026]) {
      const svg = pathSvg(policy);
      for (const code of ['planning', 'board_approval', 'board_report_back', 'council_account']) {
        const rule = policy.rules.find((candidate) => candidate.code === code);
        expect(svg).toContain(`data-clauses="${rule?.clauseIds.join(' ')}"`);
      }
      const threshold = policy.reportBackThreshold as NonNullable<
        PolicyVersion['reportBackThreshold']
      >;
      expect(svg).toContain(formatMoney(threshold, 'sv').replace(/\u00a0/g, '\u00a0'));
      expect(svg).toContain(formatMoney(threshold, 'en'));
    }
  });

  it('draws every status a duty can have', () => {
    const svg = lifecycleSvg();
    for (const status of [
      'pending',
      'fulfilled',
      'overdue',
      'violated',
      'not_applicable',
      'undetermined',
    ])
      expect(svg).toContain(`data-status="${status}"`);
  });

  it('writes well-formed SVG: an accessible title, no unescaped text', () => {
    for (const [name, svg] of Object.entries(pictures(POLICY_2019_2022))) {
      expect(svg, name).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-labelledby="title">/,
      );
      expect(svg, name).toContain('<title id="title">');
      // No element names an attribute twice (a browser refuses such an SVG whole).
      for (const tag of svg.match(/<[a-z][^>]*>/g) ?? []) {
        const names = [...tag.matchAll(/\s([a-z-]+)="/g)].map((match) => match[1]);
        expect(new Set(names).size, `${name}: ${tag}`).toBe(names.length);
      }
      expect(svg.replace(/<[^>]*>/g, ''), name).not.toMatch(/[<>]|&(?!#\d+;|amp;|lt;|gt;)/);
    }
  });
});
