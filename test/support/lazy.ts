/**
 * A value a test file shares, computed the first time a test asks for it rather than while the
 * file is collected. Stryker counts failed tests, not failed files: a mutant that makes this
 * computation throw must fail tests to be counted as killed.
 *
 * @param compute - what to compute, once
 * @returns a function that returns the value, computing it on the first call
 */
export function lazy<T>(compute: () => T): () => T {
  let computed: { value: T } | undefined;
  return () => {
    computed ??= { value: compute() };
    return computed.value;
  };
}
