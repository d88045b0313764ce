import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Evaluation, evaluate, POLICY_2019_2022 } from '../../src/index.js';
import { trip } from '../fixtures/build.js';

const approvalOf = (evaluation: Evaluation) => {
  const found = evaluation.obligations.find((o) => o.code === 'board_approval');
  if (!found) throw new Error('no board_approval');
  return found;
};
const approvalFor = (place: string, country: string) =>
  approvalOf(evaluate(trip({ destinations: [{ place, country }] })));

describe('evaluate: a twin town written as a clerk writes it (interpretation note 4)', () => {
  it.each([
    ['Madison, Wisconsin', 'US', 'madison'],
    ['Madison WI', 'US', 'madison'],
    ['Madison, Alabama', 'US', 'madison'],
    ['Madison the City, USA', 'US', 'madison'],
    ['Esashi, Hokkaido', 'JP', 'esashi'],
    ['Esashi-cho, Hokkaido', 'JP', 'esashi'],
    ['Esashi-shi', 'JP', 'esashi'],
    ['Nykarleby stad', 'FI', 'nykarleby'],
    ['Nykarleby, Österbotten', 'FI', 'nykarleby'],
    ['Pöltsamaa vald', 'EE', 'poltsamaa'],
  ])('"%s" (%s) is the twin town %s: approval is owed', (place, country, town) => {
    const approval = approvalFor(place, country);
    expect(approval.status).toBe('owed');
    expect(approval.facts).toMatchObject([{ kind: 'twin_town', place, town }]);
  });

  it.each([
    ['Madison Heights', 'US', 'madison'],
    ['New Madison', 'US', 'madison'],
    ['Madisen', 'US', 'madison'],
    ['Esashy', 'JP', 'esashi'],
    ['Nykarlby', 'FI', 'nykarleby'],
    ['Põltsamaa-Tallinn', 'EE', 'poltsamaa'],
    ['Esashi Iwate', 'JP', 'esashi'],
  ])(
    '"%s" (%s) is only close to %s: approval is undetermined, never not applicable',
    (place, country, town) => {
      const approval = approvalFor(place, country);
      expect(approval.status).toBe('undetermined');
      expect(approval.facts).toEqual([
        {
          kind: 'possible_twin_town',
          place,
          town,
          name: expect.any(String),
          policyPeriod: '2019–2022',
        },
      ]);
    },
  );

  it('a possible twin town says how to settle it, in both languages', () => {
    const approval = approvalFor('Madison Heights', 'US');
    expect(approval.messages.en).toBe(
      'Approval by the executive board: cannot be determined, because Madison Heights may be the twin town Madison under the 2019–2022 policy, but is not written as it is; name the destination as { twinTown: "madison" } if it is the twin town, or write the place as the town is written (Madison) or by its own name.',
    );
    expect(approval.messages.sv).toBe(
      'Godkännande av kommunstyrelsen: kan inte avgöras, eftersom Madison Heights kan vara vänorten Madison enligt policyn för 2019–2022, men stavas inte som den; ange resmålet som { twinTown: "madison" } om det är vänorten, eller skriv orten som den skrivs (Madison) eller med sitt eget namn.',
    );
  });

  it('a certain twin town among the destinations decides over a possible one', () => {
    const evaluation = evaluate(
      trip({
        destinations: [
          { place: 'Madison Heights', country: 'US' },
          { place: 'Madison, Wisconsin', country: 'US' },
        ],
      }),
    );
    expect(approvalOf(evaluation).status).toBe('owed');
    expect(evaluation.facts.map((f) => f.kind)).toContain('possible_twin_town');
  });

  it.each([
    ['Madison, Wisconsin', 'CA'],
    ['Esashi', 'FI'],
    ['Tallinn', 'EE'],
    ['Helsinki', 'FI'],
    ['Chicago, Illinois', 'US'],
  ])('"%s" (%s) is no twin town: approval is not applicable', (place, country) => {
    expect(approvalFor(place, country).status).toBe('not_applicable');
  });
});

const towns = POLICY_2019_2022.twinTowns;
/** Qualifiers a clerk adds after a town's name, by the town's country. */
const QUALIFIERS: Readonly<Record<string, readonly string[]>> = {
  US: [', Wisconsin', ' WI', ', USA', ' (WI)', ', Dane County, WI', ' city', ' Alabama', ' US'],
  JP: [', Hokkaido', ' Hokkaidō', '-cho', '-shi', ', Hiyama-gun, Hokkaido', ' town', ', Japan'],
  EE: [' vald', ', Jõgevamaa', ' linn', ', Estonia', ' kommun', ' Jõgeva maakond'],
  FI: [' stad', ', Österbotten', ' kaupunki', ', Finland', ' (Pohjanmaa)', ' town'],
};

describe('evaluate: twin towns are never missed silently (property)', () => {
  test.prop([
    fc
      .constantFrom(...towns)
      .chain((town) =>
        fc.tuple(
          fc.constant(town),
          fc.constantFrom(...town.aliases),
          fc.constantFrom('', ...(QUALIFIERS[town.country] ?? [])),
        ),
      ),
  ])(
    'every spelling of a twin town, with any qualifier, in its country owes approval or leaves it undetermined — never not applicable',
    ([town, spelling, qualifier]) => {
      const approval = approvalFor(`${spelling}${qualifier}`, town.country);
      expect(['owed', 'undetermined']).toContain(approval.status);
    },
  );

  // Letters that no spelling of a twin town holds, so a name made of them shares no word with one
  // and is at least four edits from each.
  const FOREIGN = fc
    .array(fc.constantFrom(...'gjqvxz'), { minLength: 3, maxLength: 12 })
    .map((letters) => letters.join(''));
  test.prop([
    fc.array(FOREIGN, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
    fc.constantFrom(...towns.map((town) => town.country), 'DE'),
  ])(
    'a place that shares no word with a twin town and is not near one owes no approval',
    (place, country) => {
      fc.pre(
        towns.every((town) =>
          town.aliases.every((alias) => ![...alias.toLowerCase()].some((c) => place.includes(c))),
        ),
      );
      expect(approvalFor(place, country).status).toBe('not_applicable');
    },
  );
});
