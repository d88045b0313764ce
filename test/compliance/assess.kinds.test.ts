import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_2019_2022 } from '../../src/index.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(directory, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(directory, entry.name)]
        : [],
  );
}

describe('one home per rule kind: no logic keyed by a rule’s code', () => {
  it('no module but the built-in version’s data names a rule code, outside type unions and comments', () => {
    const codes = POLICY_2019_2022.rules.map((rule) => rule.code);
    const found: string[] = [];
    for (const file of sources(SRC)) {
      const name = relative(SRC, file);
      if (name === 'policy/solleftea-2019-2022.ts') continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.trim();
          // Comments and the members of a type union (`| 'planning'`) name codes for readers and the compiler.
          if (code.startsWith('*') || code.startsWith('//') || code.startsWith('/*')) return;
          if (/^\| '[a-z_]+'$|^\| '[a-z_]+';$/.test(code)) return;
          for (const rule of codes)
            if (line.includes(`'${rule}'`) || line.includes(`"${rule}"`))
              found.push(`${name}:${i + 1}: ${code}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('each kind about activities is judged by its own module, registered in one line', () => {
    const registry = readFileSync(join(SRC, 'compliance/kinds/judges.ts'), 'utf8');
    for (const kind of ['plan', 'decision', 'report', 'account'])
      expect(registry).toMatch(new RegExp(`^  ${kind}: judge\\w+,$`, 'm'));
    const modules = readdirSync(join(SRC, 'compliance/kinds')).sort();
    expect(modules).toEqual(['decision.ts', 'judgement.ts', 'judges.ts', 'plan.ts', 'report.ts']);
  });
});
