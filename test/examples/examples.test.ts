import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_POLICIES, POLICY_2019_2022 } from '../../src/index.js';

const root = new URL('../../', import.meta.url);

/** Runs an example as `npm run demo` does (through tsx, against the source) and returns its output. */
function run(example: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', `examples/${example}`], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('examples', () => {
  it('the README usage example is examples/usage.ts, and prints what the README shows', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const code = readFileSync(new URL('examples/usage.ts', root), 'utf8');
    const shownOutput = /```text\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf(code)))?.[1];
    expect(readme).toContain(code);
    expect(run('usage.ts')).toBe(shownOutput);
  });

  it('the library tour prints the policy in force and what it requires of each sample trip, with clauses', () => {
    const output = run('library-tour.ts');
    expect(output).toContain(
      'Policy in force on 2020-03-01: Policy för internationella kontakter 2019-2022',
    );
    expect(output).toContain('on 2019-11-25, § 155');
    expect(output).toContain('Põltsamaa (EE), Esashi (JP), Nykarleby (FI), Madison (US)');
    expect(output).toContain('more than 10 000,00 kr');
    // The twin-town trip under the threshold: approval owed, no report-back.
    expect(output).toContain(
      '✔ owed: Approval by the executive board: owed by the organiser to the executive board, on or before 2020-03-10, because Põltsamaa is a twin town under the 2019–2022 policy.',
    );
    expect(output).toContain(
      '– not applicable: Report-back to the executive board: not applicable, because the cost SEK 9,800.00 is not more than SEK 10,000.00',
    );
    // The EU project trip with EUR costs: over the threshold, naming the rate, its date and source.
    expect(output).toContain(
      'kostnaden 12 056,29 kr > 10 000,00 kr (planerade kostnader, preliminärt; 540,00 EUR à 10,6598 kr per EUR, kurs från 2020-03-02 enligt Riksbanken (sample))',
    );
    // The domestic trip and the trip before the policy.
    expect(output).toContain(
      'The policy does not apply: every destination and party is in Sweden.',
    );
    expect(output).toContain('No known version of the policy was in force on 2019-10-01');
    for (const rule of POLICY_2019_2022.rules.filter(
      (r) =>
        r.code !== 'policy_adoption' &&
        !r.code.startsWith('agreement') &&
        r.code !== 'continuation_decision',
    )) {
      for (const id of rule.clauseIds) {
        const clause = POLICY_2019_2022.clauses.find((c) => c.id === id);
        expect(output).toContain(`§ ${id}: "${clause?.sv}"`);
      }
    }
  });

  it('the library tour audits the sample register and writes the council account', () => {
    const output = run('library-tour.ts');
    expect(output).toContain('■ Audit of the sample register on 2023-03-31');
    // The table names each rule by its title, in the words a clerk reads.
    expect(output).toMatch(/Report-back to the executive board {6}\s+4\s+0\s+3\s+0\s+17\n/);
    expect(output).toContain('not fulfilled');
    expect(output).not.toMatch(/board_report_back|violated/);
    expect(output).toContain('Verdict: the register does not comply.');
    expect(output).toContain(
      '✘ 2022-01: Approval by the executive board: not fulfilled — approved on 2022-10-17 (KS § 201), after the departure on 2022-10-03; a retroactive approval does not fulfil the rule.',
    );
    expect(output).toContain(
      'Termination of a twin-town agreement (Madison): pending — the evaluation of 2022-08-29 (KS § 161) found it inactive',
    );
    expect(output).toContain('# Redovisning av internationella utbyten och resor 2019–2022');
    expect(output).toContain('| Esashi | 4 | 76 838,56 kr |');
  });

  it('the hypothetical successor is labelled, not built in, and shows its diff and the past unchanged', () => {
    const source = readFileSync(new URL('examples/hypothetical-successor.ts', root), 'utf8');
    expect(source.startsWith('/**\n * HYPOTHETICAL — NOT A REAL POLICY.')).toBe(true);
    expect(BUILT_IN_POLICIES.map((p) => p.id)).not.toContain('hypothetical-2023-2026');
    const output = run('hypothetical-successor.ts');
    expect(output).toContain('  - Report-back threshold: SEK 10,000.00 → SEK 15,000.00\n');
    expect(output).toContain('  - Twin town removed: Madison (US)\n');
    expect(output).toContain(
      'Trip departing 2022-06-01, judged by solleftea-2019-2022:\n  Approval by the executive board: owed',
    );
    expect(output).toContain(
      'Trip departing 2023-06-01, judged by hypothetical-2023-2026:\n  Approval by the executive board: not applicable, because no destination is a twin town.',
    );
  });
});
