import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unreleasedPage } from '../../scripts/generate-docs.js';

const made: string[] = [];
function changesets(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'changesets-'));
  made.push(directory);
  mkdirSync(directory, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}
afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('the page of unreleased changes, from the pending changesets', () => {
  it('gives each note under its name and bump, without its front matter, in file order', () => {
    const page = unreleasedPage(
      changesets({
        'README.md': '# Changesets\n',
        'b-second.md': '---\n"solleftea-international-policy": patch\n---\n\nA fix.\n',
        'a-first.md':
          '---\n"solleftea-international-policy": minor\n---\n\n- **Breaking:** a change.\n',
      }),
    );
    expect(page).toContain('## a-first (minor)\n\n- **Breaking:** a change.\n');
    expect(page).toContain('## b-second (patch)\n\nA fix.\n');
    expect(page.indexOf('a-first')).toBeLessThan(page.indexOf('b-second'));
    expect(page).not.toContain('"solleftea-international-policy"');
    expect(page).not.toContain('# Changesets');
  });

  it('says so when nothing is pending', () => {
    expect(unreleasedPage(changesets({ 'README.md': '# Changesets\n' }))).toContain(
      'Nothing: every change has been released.',
    );
  });
});
