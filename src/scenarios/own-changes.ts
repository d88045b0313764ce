import type { ActivityChange } from './types.js';

/**
 * Internal: the changes a comparison made (`compareDraft`, `compareDraftStream`), frozen through, so
 * that the CSV writer writes them as they are, without reading a copy and checking its shape first (a
 * comparison of a large register writes a record per duty changed). A copy of one is not among them,
 * and is checked.
 */
export const OWN_CHANGES: WeakSet<ActivityChange> = new WeakSet<ActivityChange>();
