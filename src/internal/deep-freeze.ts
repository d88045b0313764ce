/**
 * Freezes a value and everything reachable from it through own properties, so that no caller can
 * change shared data (a threshold, a twin-town list) for everyone else.
 *
 * Functions are left alone: the library's data holds none, and freezing a function owned by another
 * package would be a side effect on that package. Only string keys are followed: the library's data
 * (its policy values and what its parsers build) has no symbol keys.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) deepFreeze(item);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return value;
}
