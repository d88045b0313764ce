/**
 * Issue 28, item 1: the answers a version keeps for places met again are bounded in bytes, keyed by
 * exactly what decides them (the country, with "none given" distinct from `''`, and the name as
 * written), and never change an answer. `findTwinTown` takes what an activity can hold: a place of
 * at most 200 characters and an ISO country code.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findTwinTown, POLICY_2019_2022, PolicyError } from '../../src/index.js';
import {
  buildTwinTownIndex,
  KEPT_BYTES,
  matchAfresh,
  matchPlace,
} from '../../src/policy/twin-town-index.js';
import { thrownBy } from '../support/thrown.js';

const fresh = () => buildTwinTownIndex(POLICY_2019_2022);

describe('an empty country is a question of its own, not "no country"', () => {
  it('matching "Madison" in the country "" first leaves "Madison" with no country the twin town', () => {
    const index = fresh();
    expect(matchPlace('Madison', '', index)).toBeUndefined();
    expect(matchPlace('Madison', undefined, index)?.town.id).toBe('madison');
    expect(matchPlace('Madison', '', index)).toBeUndefined();
  });

  it('findTwinTown refuses the country "" (and "USA"), and a later call without one still finds Madison', () => {
    for (const country of ['', 'USA', ' ']) {
      const error = thrownBy(() => findTwinTown(POLICY_2019_2022, 'Madison', country));
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).code).toBe('invalid_argument');
    }
    expect(
      (thrownBy(() => findTwinTown(POLICY_2019_2022, 'Madison', 'USA')) as PolicyError).messages,
    ).toEqual({
      sv: `findTwinTown: landskoden ska vara en kod enligt ISO 3166-1 alpha-2, t.ex. 'US', inte "USA".`,
      en: `findTwinTown: the country code must be an ISO 3166-1 alpha-2 code such as 'US', not "USA".`,
    });
    expect(findTwinTown(POLICY_2019_2022, 'Madison')?.id).toBe('madison');
    expect(findTwinTown(POLICY_2019_2022, 'Madison', ' us ')?.id).toBe('madison');
  });

  it('findTwinTown refuses a place longer than an activity may name (200 characters), quoting its beginning only', () => {
    expect(findTwinTown(POLICY_2019_2022, `Madison, ${'W'.repeat(191)}`)?.id).toBe('madison');
    const error = thrownBy(() => findTwinTown(POLICY_2019_2022, `Madison, ${'W'.repeat(192)}`));
    expect((error as PolicyError).messages).toEqual({
      sv: 'findTwinTown: ortnamnet får vara högst 200 tecken, inte 201.',
      en: 'findTwinTown: the place may be at most 200 characters, not 201.',
    });
  });
});

describe('the kept answers are the answers matched afresh', () => {
  const places = fc.constantFrom(
    'Madison',
    'Madison, Wisconsin',
    'madison',
    'Madisn',
    'Esashi',
    'Esashi, Hokkaido',
    'Esashi, Iwate',
    'Põltsamaa',
    'Nykarleby',
    'Karleby',
    'Tallinn',
    '',
  );
  const countries = fc.constantFrom(undefined, '', 'US', 'EE', 'JP', 'FI', 'CA');

  test.prop([fc.array(fc.tuple(places, countries), { maxLength: 40 })])(
    'in any order of calls, with any countries, each answer is the one matched afresh',
    (calls) => {
      const index = fresh();
      const afresh = fresh();
      for (const [place, country] of calls)
        expect(matchPlace(place, country, index)).toEqual(matchAfresh(place, country, afresh));
    },
  );

  it('12 000 distinct names of 200 characters keep at most 4 MiB, and the answers stay right', () => {
    const index = fresh();
    let most = 0;
    for (let i = 0; i < 12_000; i++) {
      matchPlace(`${i}${'x'.repeat(200)}`.slice(0, 200), 'FI', index);
      most = Math.max(most, index.kept.bytes);
    }
    // Each costs about 500 bytes: the bound is reached, and the answers kept are let go.
    expect(most).toBeLessThanOrEqual(KEPT_BYTES);
    expect(most).toBeGreaterThan(KEPT_BYTES - 1000);
    expect(index.kept.bytes).toBeLessThan(most);
    expect(matchPlace('Madison, Wisconsin', 'US', index)?.town.id).toBe('madison');
  });
});

describe('what a kept answer costs, as the index counts it', () => {
  // Each name costs an entry (96 bytes) and two bytes a character; a country met for the first time
  // costs another entry and its code.
  it('a name in a new country, another name there, and the same name again', () => {
    const index = fresh();
    matchPlace('Madison', 'US', index);
    expect(index.kept.bytes).toBe(96 + 2 * 7 + 96 + 2 * 2);
    matchPlace('Madison WI', 'US', index);
    expect(index.kept.bytes).toBe(210 + 96 + 2 * 10);
    expect(index.kept.byCountry.get('US')?.size).toBe(2);
    matchPlace('Madison WI', 'US', index);
    expect(index.kept.bytes).toBe(326);
    matchPlace('Tallinn', undefined, index);
    expect(index.kept.bytes).toBe(326 + 96 + 2 * 7 + 96);
  });

  it('a name or a country longer than 256 characters is matched afresh, never kept', () => {
    const index = fresh();
    expect(matchPlace(`Madison${' '.repeat(249)}`, 'US', index)?.town.id).toBe('madison');
    expect(matchPlace(`Madison${' '.repeat(260)}`, 'US', index)?.town.id).toBe('madison');
    expect(matchPlace('Madison', 'U'.repeat(257), index)).toBeUndefined();
    expect(index.kept.byCountry.get('U'.repeat(257))).toBeUndefined();
    expect([...(index.kept.byCountry.get('US')?.keys() ?? [])]).toEqual([
      `Madison${' '.repeat(249)}`,
    ]);
  });
});

describe('bounded memory for any caller', () => {
  it('in a process with a 256 MiB heap, 1 000 distinct 1 MiB names and 100 000 distinct short ones leave it up', () => {
    const library = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
    const script = `
      import { findTwinTown, POLICY_2019_2022, PolicyError } from ${JSON.stringify(library)};
      let refused = 0, found = 0;
      for (let i = 0; i < 1000; i++) {
        const name = String(i).padStart(4, '0') + 'x'.repeat(1024 * 1024 - 4);
        try { findTwinTown(POLICY_2019_2022, name); }
        catch (e) { if (e instanceof PolicyError && e.messages.en.length < 400) refused++; else throw e; }
      }
      for (let i = 0; i < 100000; i++) if (findTwinTown(POLICY_2019_2022, 'Madison, ' + i, 'US')) found++;
      console.log(JSON.stringify({ refused, found }));
    `;
    const output = execFileSync(
      process.execPath,
      ['--max-old-space-size=256', '--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(JSON.parse(output)).toEqual({ refused: 1000, found: 100_000 });
  });
});
