/** The mark of a value {@link deepFreeze} froze through and through: it need not be walked again. */
const DEEP: unique symbol = Symbol('solleftea-international-policy: deep-frozen');

/**
 * Freezes a value and everything reachable from it through own properties, so that no caller can
 * change shared data (a threshold, a twin-town list) for everyone else, nor a result.
 *
 * An object frozen here is marked, and not walked again; one frozen elsewhere (`Object.freeze`, one
 * level deep) is walked, so that a frozen wrapper never hides a writable value inside it. Functions
 * are left alone: the library's data holds none, and freezing a function owned by another package
 * would be a side effect on that package. Only own string keys are followed: a property set on
 * `Object.prototype` is never reached.
 */
export function deepFreeze<T>(value: T, seen: Set<object> = new Set()): T {
  if (typeof value !== 'object' || value === null) return value;
  // Marked: frozen through already, or being frozen in this walk (a cycle, or a shared value).
  if (Object.hasOwn(value, DEEP)) return value;
  if (Object.isFrozen(value)) {
    // Frozen elsewhere, so it cannot be marked: remembered for this walk instead.
    if (seen.has(value)) return value;
    seen.add(value);
  } else {
    Object.defineProperty(value, DEEP, { value: true });
    Object.freeze(value);
  }
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) deepFreeze(item, seen);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const child = record[key];
    if (typeof child === 'object' && child !== null) deepFreeze(child, seen);
  }
  return value;
}
