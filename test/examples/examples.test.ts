import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICY_2019_2022 } from '../../src/index.js';

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

  it('the demo prints the policy in force and every rule with its clauses in Swedish and English', () => {
    const output = run('demo.ts');
    expect(output).toContain(
      'Policy in force on 2020-03-01: Policy för internationella kontakter 2019-2022',
    );
    expect(output).toContain('on 2019-11-25, § 155');
    expect(output).toContain('Põltsamaa (EE), Esashi (JP), Nykarleby (FI), Madison (US)');
    expect(output).toContain('more than 10 000,00 kr');
    for (const rule of POLICY_2019_2022.rules) {
      expect(output).toContain(`[${rule.code}]`);
      for (const id of rule.clauseIds) {
        const clause = POLICY_2019_2022.clauses.find((c) => c.id === id);
        expect(output).toContain(`§ ${id}`);
        expect(output).toContain(`sv: ${clause?.sv.split('\n')[0]}`);
        expect(output).toContain(`en: ${clause?.en.split('\n')[0]}`);
      }
    }
  });
});
