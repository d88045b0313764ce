/**
 * The getting-started guide lists every code a `PolicyError` can carry: each code thrown in `src/`
 * has a row, and no row names a code nothing throws.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url);
const guide = readFileSync(new URL('../../docs/getting-started.md', import.meta.url), 'utf8');

function thrownCodes(): string[] {
  const codes = new Set<string>();
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  for (const file of files) {
    const text = readFileSync(new URL(file, SRC), 'utf8');
    // `new PolicyError('code', …)`, and the registry's `fail('code', …)` helper.
    for (const match of text.matchAll(/(?:new PolicyError|\bfail)\(\s*'([a-z_]+)'/g))
      codes.add(match[1] as string);
  }
  return [...codes].sort();
}

function listedCodes(): string[] {
  const section = guide.slice(guide.indexOf('## Errors'), guide.indexOf('## Run the demo'));
  const rows = section.split('\n').filter((line) => /^\| `/.test(line));
  return rows
    .flatMap((row) =>
      [...(row.split(' | ')[0] ?? '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1] as string),
    )
    .sort();
}

describe("the guide's table of PolicyError codes", () => {
  it('finds the codes the library throws', () => {
    expect(thrownCodes()).toContain('unknown_twin_town');
    expect(thrownCodes().length).toBeGreaterThanOrEqual(9);
  });

  it('lists exactly the codes the library throws', () => {
    expect(listedCodes()).toEqual(thrownCodes());
  });
});
