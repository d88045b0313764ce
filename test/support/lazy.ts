import { expect } from 'vitest';

/**
 * A value a test file shares, computed inside each test that asks for it — once per test — rather
 * than once while the file is collected. Both matter to the mutation run: Stryker counts failed
 * tests, not failed files, so a mutant that makes this computation throw must fail tests; and it
 * runs, for each mutant, only the tests that executed the mutated code, so a value computed by one
 * test and reused by the next would hide what the next one checks.
 *
 * @param compute - what to compute
 * @returns a function that returns the value, computing it on its first call in each test
 */
export function lazy<T>(compute: () => T): () => T {
  let computed: { test: string | undefined; value: T } | undefined;
  return () => {
    const test = expect.getState().currentTestName;
    if (computed === undefined || computed.test !== test) computed = { test, value: compute() };
    return computed.value;
  };
}
