/** The members of the union `T` that declare the key `K` (required or optional). */
type Declaring<T, K extends PropertyKey> = T extends unknown
  ? K extends keyof T
    ? T
    : never
  : never;

/**
 * Whether `value` has `key` as its own property: `in`, but blind to the prototype chain, so that a
 * property set on `Object.prototype` never changes an answer (issue 28). Narrows a union to the
 * members that declare the key, as `in` does.
 */
export function hasOwn<T extends object, K extends string>(
  value: T,
  key: K,
): value is Declaring<T, K> & T {
  return Object.hasOwn(value, key);
}
