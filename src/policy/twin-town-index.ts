import { foldName } from '../internal/text.js';
import type { PolicyVersion, TwinTown } from './types.js';

const indexes = new WeakMap<PolicyVersion, ReadonlyMap<string, TwinTown>>();

/** Every folded name (aliases and id) of a policy's twin towns, built once per policy version. */
export function twinTownIndex(policy: PolicyVersion): ReadonlyMap<string, TwinTown> {
  let index = indexes.get(policy);
  if (!index) {
    const names = new Map<string, TwinTown>();
    for (const town of policy.twinTowns) {
      for (const name of [town.id, ...town.aliases]) names.set(foldName(name), town);
    }
    index = names;
    indexes.set(policy, index);
  }
  return index;
}
