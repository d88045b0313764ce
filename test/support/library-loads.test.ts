import { expect, it } from 'vitest';

// Imported inside a test, so that a library that fails while loading (its data checked at load, a
// lookup table built wrong) fails a test: the mutation run counts failed tests, and a test file that
// cannot even be imported would otherwise go unnoticed by it. Runs first in that run.
it('loads: the library and its command line evaluate without throwing', async () => {
  const library = await import('../../src/index.js');
  expect(library.POLICY_2019_2022.id).toBe('solleftea-2019-2022');
  const cli = await import('../../src/cli/main.js');
  expect(typeof cli.main).toBe('function');
});
