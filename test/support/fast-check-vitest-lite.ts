/**
 * The part of `@fast-check/vitest` these tests use (`fc`, and `test.prop([...arbitraries], { numRuns })(
 * name, property)`), for the mutation run only: `vitest.mutation.config.ts` aliases the package to this file.
 *
 * Why: importing `@fast-check/vitest` 0.5.0 under vitest 4.1 costs about 2.7 s per test file and run
 * (at import it wraps every chain of vitest's test modifiers, measured with `node --cpu-prof`), and
 * Stryker starts a run for every mutant. `npm test` keeps the real package.
 */
import fc from 'fast-check';
import { test as vitestTest } from 'vitest';

type Property<Values extends unknown[]> = (
  ...values: Values
) => boolean | undefined | Promise<boolean | undefined>;

function prop<Values extends unknown[]>(
  arbitraries: { [K in keyof Values]: fc.Arbitrary<Values[K]> },
  params?: Pick<fc.Parameters<Values>, 'numRuns' | 'seed'>,
): (name: string, property: Property<Values>, timeout?: number) => void {
  const values = fc.tuple(...(arbitraries as readonly fc.Arbitrary<unknown>[]));
  return (name, property, timeout) => {
    vitestTest(
      name,
      async () => {
        await fc.assert(
          fc.asyncProperty(values, async (tuple) => property(...(tuple as Values))),
          params,
        );
      },
      timeout,
    );
  };
}

/** vitest's `test`, with `.prop`. */
export const test: typeof vitestTest & { prop: typeof prop } = Object.assign(
  (...args: Parameters<typeof vitestTest>) => vitestTest(...args),
  vitestTest,
  { prop },
);

export { fc };
