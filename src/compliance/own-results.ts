import type { ObligationCompliance } from './types.js';

/**
 * Internal: the compliance results the library made (`complianceOf`), frozen through, so that
 * `explain` words them as they are, without reading a copy and checking its shape first (an audit's
 * text explains a result per finding). A copy of one is not among them, and is checked.
 */
export const OWN_RESULTS: WeakSet<object> = new WeakSet<object>();

/** Internal: whether `result` is a compliance result the library made (not a copy of one). */
export function isOwnResult(result: unknown): result is ObligationCompliance {
  return typeof result === 'object' && result !== null && OWN_RESULTS.has(result);
}
