/**
 * The words a clerk writes beside a town's name (interpretation note 4): generic words for town and
 * municipality, postal codes, and the town's own regions and qualifiers, which are data of the town.
 * `isQualifier` says whether a run of words splits into such phrases; it agrees with a plain
 * recursive split, and it stops reading as soon as no later word can be reached.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/internal/text.js';
import { isQualifier, type Qualifiers, qualifiersOf } from '../../src/policy/qualifiers.js';
import type { TwinTown } from '../../src/policy/types.js';

const town = (regions?: readonly string[], qualifiers?: readonly string[]): TwinTown =>
  ({
    id: 'town',
    name: 'Town',
    country: 'EE',
    ...(regions ? { regions } : {}),
    ...(qualifiers ? { qualifiers } : {}),
  }) as unknown as TwinTown;

const plain = qualifiersOf(town());
const words = (text: string) => wordsOf(text);

describe('qualifiersOf: the phrases beside a town', () => {
  it('a town without regions or qualifiers has the generic words only, the longest of two words', () => {
    expect(plain.longest).toBe(2);
    expect(plain.phrases).toEqual(qualifiersOf(town([], [])).phrases);
    expect(plain.phrases.has('kommun')).toBe(true);
    expect(plain.phrases.has('the city')).toBe(true);
  });

  it("adds the town's regions and qualifiers, folded, and the longest phrase in words", () => {
    const found = qualifiersOf(
      town(['Dane County', 'Jõgeva maakond'], ['Sōya Subprefecture Hokkaido']),
    );
    expect(found.phrases.has('dane county')).toBe(true);
    expect(found.phrases.has('jogeva maakond')).toBe(true);
    expect(found.phrases.has('soya subprefecture hokkaido')).toBe(true);
    expect(found.longest).toBe(3);
    expect(qualifiersOf(town(['A B C D'], ['E'])).longest).toBe(4);
    expect(qualifiersOf(town(['A'], ['B C'])).longest).toBe(2);
  });

  it('is remembered per town object', () => {
    const same = town(['Wisconsin']);
    expect(qualifiersOf(same)).toBe(qualifiersOf(same));
  });
});

describe('isQualifier: named examples', () => {
  const madison = qualifiersOf(town(['Wisconsin', 'WI', 'Dane County']));

  it.each([
    ['', true],
    ['WI 53703', true],
    ['53703 WI', true],
    ['Dane County, Wisconsin', true],
    ['48104', true],
    ['098-5800', true],
    ['kommun', true],
    ['the city', true],
    ['Heights', false],
    ['WI Heights', false],
    ['Heights 53703', false], // a postal code after a word that is no qualifier
    ['12', false], // too short for a postal code
    ['12345678', false], // too long
    ['ab12345', false],
    ['12345ab', false],
    ['Dane', false], // part of a phrase
    ['County', false],
  ])('%j beside Madison: %s', (text, expected) => {
    expect(isQualifier(words(text), madison)).toBe(expected);
  });

  it('reads only the range asked for', () => {
    const all = words('Madison WI 53703 Heights');
    expect(isQualifier(all, madison, 1, 3)).toBe(true);
    expect(isQualifier(all, madison, 1)).toBe(false);
    expect(isQualifier(all, madison, 0, 3)).toBe(false);
  });

  it('stops reading once as many words in a row as the longest phrase are unreached', () => {
    // The longest phrase here has two words, so after "x y" nothing later can be reached.
    const read: number[] = [];
    const list = new Proxy(['x', 'y', 'kommun', 'kommun', 'kommun'], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.push(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    expect(isQualifier(list, plain)).toBe(false);
    expect(Math.max(...read)).toBe(1);
  });
});

/** The plain definition: the words split into phrases and postal codes, tried every way. */
function splits(list: readonly string[], qualifiers: Qualifiers): boolean {
  if (list.length === 0) return true;
  if (/^[0-9]{3,7}$/.test(list[0] as string) && splits(list.slice(1), qualifiers)) return true;
  for (let n = 1; n <= list.length; n++) {
    if (qualifiers.phrases.has(list.slice(0, n).join(' ')) && splits(list.slice(n), qualifiers))
      return true;
  }
  return false;
}

describe('isQualifier: agrees with the plain definition', () => {
  const vocabulary = ['a', 'b', 'c', 'kommun', 'the', 'city', '12345', '12', 'x'];
  const phrase = fc
    .array(fc.constantFrom('a', 'b', 'c', 'x'), { minLength: 1, maxLength: 4 })
    .map((list) => list.join(' '));

  test.prop([
    fc.array(phrase, { maxLength: 4 }),
    fc.array(fc.constantFrom(...vocabulary), { maxLength: 10 }),
  ])('for any regions and any words', (regions, list) => {
    const qualifiers = qualifiersOf(town(regions));
    expect(isQualifier(list, qualifiers)).toBe(splits(list, qualifiers));
  });
});
