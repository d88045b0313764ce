/** The guards of the functions that take policy versions (see `internal/guards.ts`). */
import { invalidArgument, isList, isVouched } from '../internal/guards.js';
import * as MUST from './must-words.js';
import type { PolicyVersion } from './types.js';

/**
 * Internal: throws `invalid_argument` unless `policies` is left out, or is a version, a list of
 * versions or a registry the library made (`BUILT_IN_POLICIES`, `parsePolicy`, `definePolicy`,
 * `policyRegistry`).
 */
export function checkPolicySource(fn: string, policies: unknown): void {
  if (policies !== undefined && !isVouched(policies, 'version') && !isVouched(policies, 'registry'))
    checkVersionList(fn, policies, true);
}

/**
 * The lists of versions checked, each with the copy that was checked: a list read again could
 * answer differently (a `Proxy`), so the functions use the copy ({@link checkedList}).
 */
const CHECKED = new WeakMap<object, readonly PolicyVersion[]>();

/** A list's items, read once; `undefined` for no list or one that cannot be read. */
function copyOf(list: unknown): unknown[] | undefined {
  try {
    return isList(list) ? Array.from(list) : undefined;
  } catch {
    return undefined;
  }
}

/** Internal: the copy of `versions` that {@link checkVersionList} checked (else the list itself). */
export function checkedList(versions: readonly PolicyVersion[]): readonly PolicyVersion[] {
  return CHECKED.get(versions) ?? versions;
}

/**
 * Internal: throws `invalid_argument`, naming `fn`, unless `versions` is a list of versions the
 * library made; `orRegistry` says that one version or a registry would do too.
 */
export function checkVersionList(fn: string, versions: unknown, orRegistry = false): void {
  const read = copyOf(versions);
  if (read?.every((version) => isVouched(version, 'version'))) {
    // The same copy while the list holds the same versions: what is built per list (the activity
    // schema) is built once, not once per call.
    const before = CHECKED.get(versions as object);
    if (before?.length !== read.length || before.some((version, i) => version !== read[i]))
      CHECKED.set(versions as object, Object.freeze(read as PolicyVersion[]));
    return;
  }
  throw invalidArgument(fn, MUST.beVersions(versions, orRegistry));
}
