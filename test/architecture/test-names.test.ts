/**
 * Tests mirror the code: a test of a module of `src/` is named after it — `test/X/Y.test.ts` tests
 * `src/X/Y.ts`, and a second file about one aspect of it is `test/X/Y.ASPECT.test.ts`. Suites that
 * check the library across modules live in folders named for what they check (ARCHITECTURE.md).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Suites that check the library as a whole, named for what they check, not for a module. */
const ACROSS = [
  'architecture', // the import rules and these names
  'docs', // the guides and their examples
  'examples', // the example programs
  'fuzz', // long random runs of the parsers and the command line
  'release', // the release notes
  'support', // that the library loads in a fresh process
  'types', // the public types (vitest's typecheck)
];
/** Root-level suites across modules: every public function's guard. */
const ACROSS_FILES = ['invalid-argument.test.ts'];

function testFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('test files are named after the module they test', () => {
  const root = join(import.meta.dirname, '..');
  const files = testFiles(root).map((file) => relative(root, file));

  it('finds the test files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('each unit test names a module of src/ (Y.test.ts or Y.ASPECT.test.ts)', () => {
    const strays = files.filter((file) => {
      if (ACROSS.includes(file.split('/')[0] as string) || ACROSS_FILES.includes(file))
        return false;
      const module = file.replace(/\.test(-d)?\.ts$/, '').replace(/\.[\w-]+$/, '');
      const exact = file.replace(/\.test(-d)?\.ts$/, '');
      return (
        !existsSync(join(root, '..', 'src', `${exact}.ts`)) &&
        !existsSync(join(root, '..', 'src', `${module}.ts`))
      );
    });
    expect(strays).toEqual([]);
  });
});
