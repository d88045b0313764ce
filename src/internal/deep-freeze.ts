/**
 * Freezes a value and everything reachable from it through own properties, so that no caller can
 * change shared data (a threshold, a twin-town list) for everyone else.
 *
 * Functions are left alone: the library's data holds none, and freezing a function owned by another
 * package would be a side effect on that package.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) {
    return value;
  }
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
