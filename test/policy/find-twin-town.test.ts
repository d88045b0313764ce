import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findTwinTown, POLICY_2019_2022 } from '../../src/index.js';

const towns = POLICY_2019_2022.twinTowns;

/** Re-spells a name as users and systems do: random case, diacritics dropped or changed. */
const respelling = (name: string): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom('upper', 'lower', 'strip', 'keep'), {
      minLength: name.length,
      maxLength: name.length,
    })
    .map((choices) =>
      [...name]
        .map((char, i) => {
          const choice = choices[i];
          if (choice === 'upper') return char.toUpperCase();
          if (choice === 'lower') return char.toLowerCase();
          if (choice === 'strip') return char.normalize('NFD').replace(/\p{M}/gu, '');
          return char;
        })
        .join(''),
    );

describe('findTwinTown', () => {
  it.each([
    ['Põltsamaa', 'poltsamaa'],
    ['Pöltsamaa', 'poltsamaa'],
    ['Poltsamaa', 'poltsamaa'],
    ['  PÕLTSAMAA ', 'poltsamaa'],
    ['Pöltsamaa kommun', 'poltsamaa'],
    ['poltsamaa', 'poltsamaa'],
    ['Esashi', 'esashi'],
    ['Esashi-cho', 'esashi'],
    ['Nykarleby Stad', 'nykarleby'],
    ['Uusikaarlepyy', 'nykarleby'],
    ['Madison the City', 'madison'],
    ['madison', 'madison'],
  ])('"%s" names %s', (place, id) => {
    expect(findTwinTown(POLICY_2019_2022, place)?.id).toBe(id);
  });

  it.each([
    ['Madison, Wisconsin', 'madison'],
    ['Madison WI', 'madison'],
    ['Madison (WI), USA', 'madison'],
    ['Esashi, Sōya', 'esashi'],
    ['Esashi-chō, Sōya, Hokkaidō', 'esashi'],
    ['Esashi-gun', 'esashi'],
    ['枝幸町', 'esashi'],
    ['北海道 枝幸町', 'esashi'],
    ['48104 Põltsamaa', 'poltsamaa'],
    ['66900 Nykarleby', 'nykarleby'],
    ['Madison WI 53703', 'madison'],
    ['ＭＡＤＩＳＯＮ', 'madison'],
    ['Ｍａｄｉｓｏｎ，ＷＩ', 'madison'],
    ['Nykarleby stad', 'nykarleby'],
    ['Põltsamaa vald, Jõgevamaa', 'poltsamaa'],
  ])('"%s" (a spelling with a qualifier) names %s', (place, id) => {
    expect(findTwinTown(POLICY_2019_2022, place)?.id).toBe(id);
  });

  it.each([
    ['Tallinn'],
    ['Põltsamaa-Tallinn'],
    ['Sollefteå'],
    [''],
    ['Madison Heights'],
    ['Madisen'],
    ['Esashi, Hokkaido'],
    ['Esashi-chō, Hokkaido'],
    ['Esashi, Iwate'],
    ['Esashi (Iwate)'],
    ['Esashi-shi'],
    ['江差町'],
    ['Karleby'],
  ])('"%s" is not certainly a twin town', (place) => {
    expect(findTwinTown(POLICY_2019_2022, place)).toBeUndefined();
  });

  it('checks the country when one is given, in any case', () => {
    expect(findTwinTown(POLICY_2019_2022, 'Madison', 'US')?.id).toBe('madison');
    expect(findTwinTown(POLICY_2019_2022, 'Madison', ' us ')?.id).toBe('madison');
    expect(findTwinTown(POLICY_2019_2022, 'Madison', 'CA')).toBeUndefined();
    expect(findTwinTown(POLICY_2019_2022, 'Põltsamaa', 'EE')?.id).toBe('poltsamaa');
    expect(findTwinTown(POLICY_2019_2022, 'Põltsamaa', 'FI')).toBeUndefined();
  });

  test.prop([
    fc
      .constantFrom(...towns)
      .chain((town) =>
        fc.tuple(fc.constant(town), fc.constantFrom(...town.aliases).chain(respelling)),
      ),
  ])(
    'a spelling variant of a twin town (case, diacritics) names the same town',
    ([town, spelling]) => {
      expect(findTwinTown(POLICY_2019_2022, spelling, town.country)?.id).toBe(town.id);
    },
  );

  test.prop([fc.string()])('any other text names a twin town only through an alias', (text) => {
    const town = findTwinTown(POLICY_2019_2022, text);
    if (town) {
      const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      expect([town.id, ...town.aliases, ...(town.localNames ?? [])].map(fold)).toContain(
        fold(text)
          .replace(/[\s-]+/g, ' ')
          .trim(),
      );
    }
  });
});
