/**
 * The matching behind interpretation note 4, without the places an index keeps: each case here
 * matches afresh, so that the rule, not a remembered answer, is what the test states.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { POLICY_2019_2022 } from '../../src/index.js';
import {
  buildTwinTownIndex,
  certainSpellings,
  editDistance,
  matchAfresh,
  matchPlace,
  twinTownMatch,
  twinTownOf,
} from '../../src/policy/twin-town-index.js';
import type { TwinTown } from '../../src/policy/types.js';

// Built afresh for each case, so that each case exercises the index's building too (the one a
// version keeps is built once, by whichever case comes first).
const index = () => buildTwinTownIndex(POLICY_2019_2022);
const match = (name: string, country?: string) => {
  const found = matchAfresh(name, country, index());
  return found ? [found.match, found.town.id] : undefined;
};

/** The textbook optimal-string-alignment distance, with no limit. */
function reference(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

describe('editDistance', () => {
  it.each([
    ['madison', 'madison', 0],
    ['madison', 'madisen', 1],
    ['madison', 'amdison', 1],
    ['esashi', 'esahsi', 1],
    ['esashi', 'esash', 1],
    ['esashi', 'xesashi', 1],
    ['nykarleby', 'nykarlby', 1],
    ['nykarleby', 'nyakrelby', 2],
    ['nykarleby', 'nyxxxleby', 3],
    ['ab', 'ba', 1],
    ['abc', 'ca', 3],
    ['', 'abc', 3],
  ])('%s ~ %s: %i edits', (a, b, edits) => {
    expect(editDistance(a, b, 5)).toBe(edits);
  });

  it('stops at limit + 1 as soon as the distance is known to exceed it', () => {
    expect(editDistance('esashi', 'esash', 1)).toBe(1);
    expect(editDistance('madison', 'tallinn', 2)).toBe(3);
    expect(editDistance('abcdef', 'a', 2)).toBe(3);
    expect(editDistance('abcd', 'wxyz', 1)).toBe(2);
    expect(editDistance('abc', 'abd', 1)).toBe(1);
    expect(editDistance('abcd', 'abdc', 1)).toBe(1);
  });

  test.prop([
    fc.string({ maxLength: 8, unit: fc.constantFrom('a', 'b', 'c') }),
    fc.string({ maxLength: 8, unit: fc.constantFrom('a', 'b', 'c') }),
    fc.integer({ min: 0, max: 4 }),
  ])(
    'is the optimal-string-alignment distance, or limit + 1 when that is more than the limit',
    (a, b, limit) => {
      const distance = reference(a, b);
      expect(editDistance(a, b, limit)).toBe(distance <= limit ? distance : limit + 1);
    },
  );
});

describe('matching a place afresh (interpretation note 4)', () => {
  it.each([
    ['Madison', 'US', ['is', 'madison']],
    ['Madison', undefined, ['is', 'madison']],
    ['Madison', 'CA', undefined],
    ['MADISON-the-city', 'US', ['is', 'madison']],
    ['Madison, anything at all', 'US', ['is', 'madison']],
    ['Madison (Dane County)', 'US', ['is', 'madison']],
    ['Madison WI', 'US', ['is', 'madison']],
    ['Madison WI', 'CA', undefined],
    ['Madison Heights', 'US', ['may_be', 'madison']],
    ['North Madison Heights', 'US', ['may_be', 'madison']],
    ['Madisen', 'US', ['may_be', 'madison']],
    ['Madisen WI', 'US', ['may_be', 'madison']],
    ['Madisson', 'US', ['may_be', 'madison']],
    ['Mdsn', 'US', undefined],
    ['Esash', 'JP', ['may_be', 'esashi']],
    ['Esasi', 'JP', ['may_be', 'esashi']],
    ['Esa', 'JP', undefined],
    ['Nykarlby', 'FI', ['may_be', 'nykarleby']],
    ['Nyakrelby', 'FI', ['may_be', 'nykarleby']],
    ['Nyxxxleby', 'FI', undefined],
    ['Nykarleby stad', 'FI', ['is', 'nykarleby']],
    ['Stad Nykarleby', 'FI', ['is', 'nykarleby']],
    ['48104 Põltsamaa', 'EE', ['is', 'poltsamaa']],
    ['66900 Nykarleby', 'FI', ['is', 'nykarleby']],
    ['Madison WI 53703', 'US', ['is', 'madison']],
    ['Madison, WI 53703-1234', 'US', ['is', 'madison']],
    ['Madison 12', 'US', ['may_be', 'madison']],
    ['ＭＡＤＩＳＯＮ', 'US', ['is', 'madison']],
    ['Ｍａｄｉｓｏｎ，Ｄａｎｅ Ｃｏｕｎｔｙ', 'US', ['is', 'madison']],
    ['Esashi', 'JP', ['is', 'esashi']],
    ['Esashi kommun', 'JP', ['is', 'esashi']],
    ['Esashi-gun', 'JP', ['is', 'esashi']],
    ['Esashi, Sōya', 'JP', ['is', 'esashi']],
    ['Esashi-chō, Sōya, Hokkaido', 'JP', ['is', 'esashi']],
    ['枝幸町', 'JP', ['is', 'esashi']],
    ['枝幸町, 北海道', 'JP', ['is', 'esashi']],
    ['098-5800 Esashi', 'JP', ['is', 'esashi']],
    ['Esashi, Hokkaido', 'JP', ['may_be', 'esashi']],
    ['Esashi-chō, Hokkaido', 'JP', ['may_be', 'esashi']],
    ['Esashi Hokkaido', 'JP', ['may_be', 'esashi']],
    ['Esashi, Iwate', 'JP', undefined],
    ['Esashi (Iwate)', 'JP', undefined],
    ['Esashi, Hiyama', 'JP', undefined],
    ['Esashi Hiyama-gun, Hokkaido', 'JP', undefined],
    ['Esashi-ku, Ōshū', 'JP', undefined],
    ['Esashi-shi', 'JP', undefined],
    ['江差町', 'JP', undefined],
    ['Esashi, Sōya, Hiyama', 'JP', ['may_be', 'esashi']],
    ['Karleby', 'FI', undefined],
    ['Karleby, Mellersta Österbotten', 'FI', undefined],
    ['Kokkola', 'FI', undefined],
    ['City of Madison', 'US', ['is', 'madison']],
    ['Old City of Madison', 'US', ['may_be', 'madison']],
    ['Tallinn', 'EE', undefined],
    ['Tokyo', 'JP', undefined],
    ['', 'US', undefined],
    ['Madison!', 'US', ['is', 'madison']],
    ['Madxsxn', 'US', undefined],
    ['Port Cityofmadison', 'US', undefined],
  ])('"%s" in %s: %j', (name, country, expected) => {
    expect(match(name, country)).toEqual(expected);
  });

  it('of possible towns the first in the policy’s order is named; a certain one decides', () => {
    // With no country given, every town is a candidate, in the order of the policy's list.
    expect(match('Madisen Esashi')).toEqual(['may_be', 'esashi']);
    expect(match('Madisen, Esashi')).toEqual(['may_be', 'esashi']);
    expect(match('Esashi, Madisen')).toEqual(['is', 'esashi']);
    expect(match('Madisen, Madison')).toEqual(['may_be', 'madison']);
  });

  it('a one-word spelling is also near one word of a longer place', () => {
    expect(match('Port Madisen', 'US')).toEqual(['may_be', 'madison']);
    // A spelling followed by words that qualify nothing is only close.
    expect(match('Madison the Cty', 'US')).toEqual(['may_be', 'madison']);
  });

  it('a region the twin town shares with a namesake names both; one only the namesake has names neither', () => {
    expect(matchAfresh('Esashi, Hokkaido', 'JP', index())).toEqual({
      match: 'may_be',
      town: POLICY_2019_2022.twinTowns[1],
      namesakes: ['Esashi (江差町, Hiyama, Hokkaido)'],
    });
    expect(matchAfresh('Esashi, Sōya, Iwate', 'JP', index())).toEqual({
      match: 'may_be',
      town: POLICY_2019_2022.twinTowns[1],
      namesakes: ['Esashi (江刺, Ōshū, Iwate)'],
    });
  });

  it('the twin town is written certainly with a region no namesake shares, or in its own script', () => {
    const [poltsamaa, esashi] = POLICY_2019_2022.twinTowns;
    expect(certainSpellings(esashi as TwinTown)).toEqual(['Esashi, Sōya', '枝幸町']);
    expect(certainSpellings(poltsamaa as TwinTown)).toEqual(['Põltsamaa']);
    for (const spelling of certainSpellings(esashi as TwinTown))
      expect(match(spelling, 'JP')).toEqual(['is', 'esashi']);
  });

  describe('namesakes are data of the town: a town of the same name elsewhere in its country', () => {
    // Springfield, Illinois, as a twin town: namesakes in Illinois itself, in Ohio and in Maine.
    const springfield = {
      id: 'springfield',
      name: 'Springfield',
      country: 'US',
      aliases: ['Springfield'],
      regions: ['Illinois', 'Sangamon County', 'IL'],
      namesakes: [
        { name: 'Springfield', regions: ['Illinois', 'Sangamon County', 'Menard County'] },
        { name: 'Springfield', localNames: ['Sprfld', 'Springfield Township'], regions: ['Ohio'] },
        { name: 'Springfield', regions: ['Maine'] },
      ],
    } as unknown as TwinTown;
    const built = () =>
      buildTwinTownIndex({ twinTowns: [springfield] } as unknown as typeof POLICY_2019_2022);
    const said = (place: string) => {
      const found = matchAfresh(place, 'US', built());
      return found && { match: found.match, namesakes: found.namesakes };
    };

    it.each([
      ['Springfield', { match: 'is', namesakes: undefined }],
      ['Springfield IL', { match: 'is', namesakes: undefined }],
      // A region shared with a namesake: either; the namesake shown by its first two regions.
      [
        'Springfield, Illinois',
        { match: 'may_be', namesakes: ['Springfield (Illinois, Sangamon County)'] },
      ],
      // Both the town's own region and a namesake's: either; shown by its first local name.
      ['Springfield, IL, Ohio', { match: 'may_be', namesakes: ['Springfield (Sprfld, Ohio)'] }],
      // Only a namesake's own region, or only a namesake's name: not the twin town.
      ['Springfield, Ohio', undefined],
      // Regions of two words compare word by word.
      [
        'Springfield, Sangamon County',
        { match: 'may_be', namesakes: ['Springfield (Illinois, Sangamon County)'] },
      ],
      // A region shared with one namesake and another's own: still either of the two.
      [
        'Springfield, Illinois, Ohio',
        { match: 'may_be', namesakes: ['Springfield (Illinois, Sangamon County)'] },
      ],
      ['Springfield, Menard County', undefined],
      ['Sprfld', undefined],
    ])('%j', (place, expected) => {
      expect(said(place)).toEqual(expected);
    });

    it('is written certainly with its first region no namesake shares; with none, by its name', () => {
      expect(certainSpellings(springfield)).toEqual(['Springfield, IL']);
      expect(certainSpellings({ ...springfield, regions: ['Illinois'] })).toEqual(['Springfield']);
      expect(certainSpellings({ ...springfield, regions: undefined } as never)).toEqual([
        'Springfield',
      ]);
    });

    it('a destination or partner is the town only when certainly so, by its place or else its name', () => {
      expect(twinTownOf({ place: 'Springfield IL', country: 'US' }, built())).toBe(springfield);
      expect(
        twinTownOf({ place: 'Springfield, Illinois', country: 'US' }, built()),
      ).toBeUndefined();
      expect(twinTownOf({ place: 'Springfield, Ohio', country: 'US' }, built())).toBeUndefined();
      expect(twinTownOf({ name: 'Springfield IL', country: 'US' }, built())).toBe(springfield);
      expect(
        twinTownOf({ name: 'Sister Cities', place: 'Springfield IL', country: 'US' }, built()),
      ).toBe(springfield);
      expect(twinTownOf({ place: 'Springfield IL', country: 'CA' }, built())).toBeUndefined();
      expect(twinTownMatch({ name: 'Springfield, Illinois', country: 'US' }, built())?.match).toBe(
        'may_be',
      );
      expect(twinTownOf({ twinTown: 'springfield' }, built())).toBe(springfield);
    });
  });

  it('a spelling of several words is near a place written within its edits; one of under five letters is near nothing', () => {
    const town = {
      id: 'sun-prairie',
      name: 'Sun Prairie',
      country: 'US',
      aliases: ['Sun Prairie'],
      localNames: ['Sun', '—'],
      regions: ['Wisconsin', '…'],
    } as unknown as TwinTown;
    const built = buildTwinTownIndex({ twinTowns: [town] } as unknown as typeof POLICY_2019_2022);
    const said = (place: string) => matchAfresh(place, 'US', built)?.match;
    expect(said('Sun Prairie, Wisconsin')).toBe('is');
    expect(said('Sun Prairy')).toBe('may_be'); // two edits, eleven letters
    expect(said('Sun Prairy, Wisconsin')).toBe('may_be');
    expect(said('Sun Prarie')).toBe('may_be'); // two neighbours swapped: one edit
    expect(said('Sam Prairy')).toBeUndefined(); // three edits
    expect(said('Sunn')).toBeUndefined(); // "Sun" has under five letters: no edit allowed
    // A name or region that folds to no words is no spelling: a region alone is no town.
    expect(said('Wisconsin')).toBeUndefined();
  });

  it('a place named by twin-town id is that town, certainly; an unknown id is none', () => {
    expect(twinTownMatch({ twinTown: 'esashi' }, index())).toEqual({
      match: 'is',
      town: POLICY_2019_2022.twinTowns[1],
    });
    expect(twinTownMatch({ twinTown: 'esashi-cho' }, index())).toBeUndefined();
    // An alias is no id.
    expect(twinTownMatch({ twinTown: 'uusikaarlepyy' }, index())).toBeUndefined();
    expect(twinTownMatch({ twinTown: 'tallinn' }, index())).toBeUndefined();
  });

  it('the kept answers are the answers matched afresh, for a place met again', () => {
    for (const [name, country] of [
      ['Madison Heights', 'US'],
      ['Madison', 'US'],
      ['Tallinn', 'EE'],
      ['Madison', 'CA'],
    ] as const) {
      const first = matchPlace(name, country, index());
      expect(matchPlace(name, country, index())).toEqual(first);
      expect(first).toEqual(matchAfresh(name, country, index()));
    }
  });
});

describe('how far a place may be from a spelling, by the spelling’s length', () => {
  // Towns of a made-up version, in countries without a list of regions: spellings of 4, 5 and 8 letters.
  const made = buildTwinTownIndex({
    ...POLICY_2019_2022,
    twinTowns: [
      { id: 'bern', name: 'Bern', asWritten: 'Bern', country: 'CH', aliases: ['Bern'] },
      { id: 'essen', name: 'Essen', asWritten: 'Essen', country: 'DE', aliases: ['Essen'] },
      {
        id: 'salzburg',
        name: 'Salzburg',
        asWritten: 'Salzburg',
        country: 'AT',
        aliases: ['Salzburg'],
      },
    ],
  });
  const near = (name: string, country: string) => matchAfresh(name, country, made)?.match;

  it.each([
    ['Bem', 'CH', undefined],
    ['Bern stad', 'CH', 'is'],
    ['Bern Kanton', 'CH', 'may_be'],
    ['Esen', 'DE', 'may_be'],
    ['Esxen', 'DE', 'may_be'],
    ['Exxen', 'DE', undefined],
    ['Salzbxrx', 'AT', 'may_be'],
    ['Sxlzbxrx', 'AT', undefined],
    ['Salzburg, Österreich', 'AT', 'is'],
  ])('"%s" (%s): %s', (name, country, expected) => {
    expect(near(name, country)).toBe(expected);
  });
});
