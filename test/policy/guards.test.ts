/**
 * The guards of the functions that take policy versions: a list of versions is read once into a
 * checked copy, and the same list holding the same versions keeps its copy — what is built per list
 * (an activity schema) is built once, not once per call (a stream of a million activities rebuilt it
 * for each, 25 times slower).
 */
import { describe, expect, it } from 'vitest';
import { POLICY_2019_2022 } from '../../src/index.js';
import { checkedList, checkVersionList } from '../../src/policy/guards.js';

describe('checkVersionList', () => {
  it('keeps the checked copy of a list checked again with the same versions', () => {
    const list = [POLICY_2019_2022];
    checkVersionList('f', list);
    const copy = checkedList(list);
    expect(copy).not.toBe(list);
    expect(copy).toEqual(list);
    checkVersionList('f', list);
    expect(checkedList(list)).toBe(copy);
  });

  it('makes a new copy of a list changed since it was checked', () => {
    const list = [POLICY_2019_2022];
    checkVersionList('f', list);
    const copy = checkedList(list);
    list.push(POLICY_2019_2022);
    checkVersionList('f', list);
    expect(checkedList(list)).not.toBe(copy);
    expect(checkedList(list)).toHaveLength(2);
    expect(copy).toHaveLength(1);
  });

  it('makes no copy of a list it refuses', () => {
    const list = [{ id: 'forged' }];
    expect(() => checkVersionList('f', list)).toThrow();
    expect(checkedList(list as never)).toBe(list);
  });
});
