import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Evaluation, evaluate, explain, POLICY_2019_2022 } from '../../src/index.js';
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
    expect(explain(approval).en).toBe(
      'Approval by the executive board: cannot be determined, because Madison Heights may be the twin town Madison under the 2019–2022 policy, but is not written as it is; name the destination as { twinTown: "madison" } if it is the twin town, or write the place as the town is written (Madison) or by its own name.',
    );
    expect(explain(approval).sv).toBe(
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

describe('evaluate: every qualifier the reading names (interpretation notes 4 and 12)', () => {
  // The policy names no state for Madison: any Madison in the US is the twin town.
  const STATES =
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
      ' ',
    );
  const STATE_NAMES = [
    'Alabama',
    'Alaska',
    'Arizona',
    'Arkansas',
    'California',
    'Colorado',
    'Connecticut',
    'Delaware',
    'District of Columbia',
    'Florida',
    'Georgia',
    'Hawaii',
    'Idaho',
    'Illinois',
    'Indiana',
    'Iowa',
    'Kansas',
    'Kentucky',
    'Louisiana',
    'Maine',
    'Maryland',
    'Massachusetts',
    'Michigan',
    'Minnesota',
    'Mississippi',
    'Missouri',
    'Montana',
    'Nebraska',
    'Nevada',
    'New Hampshire',
    'New Jersey',
    'New Mexico',
    'New York',
    'North Carolina',
    'North Dakota',
    'Ohio',
    'Oklahoma',
    'Oregon',
    'Pennsylvania',
    'Rhode Island',
    'South Carolina',
    'South Dakota',
    'Tennessee',
    'Texas',
    'Utah',
    'Vermont',
    'Virginia',
    'Washington',
    'West Virginia',
    'Wisconsin',
    'Wyoming',
  ];
  it.each([...STATES, ...STATE_NAMES, 'USA', 'US', 'U.S.A.', 'United States', 'America'])(
    '"Madison %s" (US) is the twin town Madison, without a comma',
    (state) => {
      expect(approvalFor(`Madison ${state}`, 'US').status).toBe('owed');
    },
  );

  it.each([
    ['Esashi Hokkaido', 'JP'],
    ['Esashi Hokkai-do', 'JP'],
    ['Esashi Hiyama-gun', 'JP'],
    ['Esashi Hiyama subprefecture', 'JP'],
    ['Esashi Japan', 'JP'],
    ['Esashi Nippon', 'JP'],
    ['Esashi Nihon', 'JP'],
    ['Esashi JP', 'JP'],
    ['Esashi-machi', 'JP'],
    ['Esashi-cho Hokkaido prefecture', 'JP'],
    ['Esashi-mura', 'JP'],
    ['Esashi son', 'JP'],
    ['Esashi-do', 'JP'],
    ['Põltsamaa Jõgeva maakond', 'EE'],
    ['Põltsamaa Jõgeva county', 'EE'],
    ['Põltsamaa Jõgeva', 'EE'],
    ['Põltsamaa maakond', 'EE'],
    ['Põltsamaa county', 'EE'],
    ['Põltsamaa Eesti', 'EE'],
    ['Põltsamaa Estland', 'EE'],
    ['Põltsamaa Estonia', 'EE'],
    ['Põltsamaa EE', 'EE'],
    ['Põltsamaa vallavalitsus', 'EE'],
    ['Põltsamaa kommune', 'EE'],
    ['Nykarleby Österbotten', 'FI'],
    ['Nykarleby Pohjanmaa', 'FI'],
    ['Nykarleby Ostrobothnia', 'FI'],
    ['Nykarleby landskap', 'FI'],
    ['Nykarleby maakunta', 'FI'],
    ['Nykarleby Suomi', 'FI'],
    ['Nykarleby Finland', 'FI'],
    ['Nykarleby FI', 'FI'],
    ['Nykarleby kunta', 'FI'],
    ['Nykarleby staden', 'FI'],
    ['Nykarleby municipality', 'FI'],
    ['Madison the city', 'US'],
    ['Madison town', 'US'],
  ])('"%s" (%s) is the twin town, without a comma', (place, country) => {
    expect(approvalFor(place, country).status).toBe('owed');
  });

  it.each([
    ['Esashi Iwate', 'JP'],
    ['Nykarleby Lappi', 'FI'],
    ['Põltsamaa Harjumaa', 'EE'],
    ['Madison County', 'US'],
  ])('"%s" (%s) names a region that is not the town’s: undetermined', (place, country) => {
    expect(approvalFor(place, country).status).toBe('undetermined');
  });
});
