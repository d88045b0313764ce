import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type Evaluation,
  evaluate,
  explain,
  POLICY_2019_2022,
  type TwinTown,
} from '../../src/index.js';
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
    ['Esashi', 'JP', 'esashi'],
    ['Esashi kommun', 'JP', 'esashi'],
    ['Esashi-gun', 'JP', 'esashi'],
    ['Esashi, Sōya', 'JP', 'esashi'],
    ['枝幸町', 'JP', 'esashi'],
    ['Esashi-chō, Sōya', 'JP', 'esashi'],
    ['48104 Põltsamaa', 'EE', 'poltsamaa'],
    ['66900 Nykarleby', 'FI', 'nykarleby'],
    ['Madison WI 53703', 'US', 'madison'],
    ['ＭＡＤＩＳＯＮ', 'US', 'madison'],
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
          writeAs: expect.any(Array),
        },
      ]);
    },
  );

  it('a possible twin town says in plain words how to settle it, in both languages', () => {
    const approval = approvalFor('Madison Heights', 'US');
    expect(explain(approval).en).toBe(
      'Approval by the executive board: cannot be determined, because Madison Heights may be the twin town Madison under the 2019–2022 policy, but is not written as it is; if the destination is the twin town, write it as "Madison"; if it is another place, the executive board\'s approval on or before departure fulfils the rule either way.',
    );
    expect(explain(approval).sv).toBe(
      'Godkännande av kommunstyrelsen: kan inte avgöras, eftersom Madison Heights kan vara vänorten Madison enligt policyn för 2019–2022, men skrivs inte som den; är resmålet vänorten, skriv det som "Madison"; är det en annan ort, uppfyller kommunstyrelsens godkännande senast avresedagen regeln i båda fallen.',
    );
  });

  it.each([['Esashi, Hokkaido'], ['Esashi-chō, Hokkaido'], ['Esashi Hokkaido']])(
    '"%s" (JP) names two towns: approval is undetermined, naming both',
    (place) => {
      const approval = approvalFor(place, 'JP');
      expect(approval.status).toBe('undetermined');
      expect(approval.facts).toEqual([
        {
          kind: 'possible_twin_town',
          place,
          town: 'esashi',
          name: 'Esashi',
          policyPeriod: '2019–2022',
          writeAs: ['Esashi, Sōya', '枝幸町'],
          namesakes: ['Esashi (江差町, Hiyama, Hokkaido)'],
        },
      ]);
    },
  );

  it('a place that names two towns says which two and how to settle it, in both languages', () => {
    const approval = approvalFor('Esashi, Hokkaido', 'JP');
    expect(explain(approval).en).toBe(
      'Approval by the executive board: cannot be determined, because Esashi, Hokkaido may be the twin town Esashi under the 2019–2022 policy, but also Esashi (江差町, Hiyama, Hokkaido), of the same name; if the destination is the twin town, write it as "Esashi, Sōya" or "枝幸町"; if it is the other town, write its region after the name; the executive board\'s approval on or before departure fulfils the rule either way.',
    );
    expect(explain(approval).sv).toBe(
      'Godkännande av kommunstyrelsen: kan inte avgöras, eftersom Esashi, Hokkaido kan vara vänorten Esashi enligt policyn för 2019–2022, men också Esashi (江差町, Hiyama, Hokkaido), som har samma namn; är resmålet vänorten, skriv det som "Esashi, Sōya" eller "枝幸町"; är det den andra orten, skriv dess region efter namnet; kommunstyrelsens godkännande senast avresedagen uppfyller regeln i båda fallen.',
    );
    // What a clerk is told to write settles it.
    expect(approvalFor('Esashi, Sōya', 'JP').status).toBe('owed');
    expect(approvalFor('枝幸町', 'JP').status).toBe('owed');
    expect(approvalFor('Esashi, Hiyama', 'JP').status).toBe('not_applicable');
  });

  it.each([
    ['Esashi, Iwate'],
    ['Esashi (Iwate)'],
    ['Esashi, Hiyama'],
    ['Esashi Hiyama-gun'],
    ['Esashi-ku, Ōshū'],
    ['江差町'],
  ])('"%s" (JP) names a region or a name only another Esashi has: not the twin town', (place) => {
    const approval = approvalFor(place, 'JP');
    expect(approval.status).toBe('not_applicable');
    expect(approval.facts).toEqual([{ kind: 'no_twin_town' }]);
  });

  it('"Karleby", the Swedish name of Kokkola, is not a possible Nykarleby', () => {
    expect(approvalFor('Karleby', 'FI').status).toBe('not_applicable');
    expect(approvalFor('Karleby, Mellersta Österbotten', 'FI').status).toBe('not_applicable');
    expect(approvalFor('Nykarleby', 'FI').status).toBe('owed');
  });

  it('an answer cites the notes on a twin town only when it concerns that town (notes 12 and 14)', () => {
    const notesOn = (place: string, country: string) =>
      approvalFor(place, country).interpretationNotes.map((note) => note.number);
    expect(notesOn('Esashi', 'JP')).toContain(14);
    expect(notesOn('Esashi', 'JP')).not.toContain(12);
    expect(notesOn('Esashi, Hokkaido', 'JP')).toContain(14);
    expect(notesOn('Madison', 'US')).toContain(12);
    expect(notesOn('Madison', 'US')).not.toContain(14);
    expect(notesOn('48104 Põltsamaa', 'EE')).not.toContain(12);
    expect(notesOn('48104 Põltsamaa', 'EE')).not.toContain(14);
    expect(notesOn('48104 Põltsamaa', 'EE')).toContain(4);
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
  JP: [
    ', Hokkaido',
    ' Hokkaidō',
    '-cho',
    '-machi',
    ', Sōya',
    ', Esashi-gun, Hokkaido',
    ' town',
    ', Japan',
  ],
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
    ['Esashi Sōya', 'JP'],
    ['Esashi Sōya subprefecture', 'JP'],
    ['Esashi Esashi-gun Hokkai-do', 'JP'],
    ['Esashi 宗谷', 'JP'],
    ['Esashi Japan', 'JP'],
    ['Esashi Nippon', 'JP'],
    ['Esashi Nihon', 'JP'],
    ['Esashi JP', 'JP'],
    ['Esashi-machi', 'JP'],
    ['Esashi-cho Sōya Hokkaido prefecture', 'JP'],
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
    ['Esashi Hokkaido', 'JP'],
    ['Esashi Hokkai-do', 'JP'],
    ['Nykarleby Lappi', 'FI'],
    ['Põltsamaa Harjumaa', 'EE'],
    ['Madison County', 'US'],
  ])('"%s" (%s) names a region that is not only the town’s: undetermined', (place, country) => {
    expect(approvalFor(place, country).status).toBe('undetermined');
  });
});

/** A text in full-width forms, as some Japanese and Chinese input methods write Latin letters. */
const fullWidth = (text: string) =>
  [...text]
    .map((char) => {
      const code = char.codePointAt(0) as number;
      return code > 0x20 && code < 0x7f ? String.fromCodePoint(code + 0xfee0) : char;
    })
    .join('');

describe('evaluate: places as clerks write them (interpretation note 4, properties)', () => {
  const spelled = fc
    .constantFrom(...towns)
    .chain((town) => fc.tuple(fc.constant(town), fc.constantFrom(...town.aliases)));

  test.prop([
    spelled,
    fc.stringMatching(/^[0-9]{5}$/),
    fc.constantFrom('before', 'after', 'after a comma'),
  ])(
    'a twin town’s spelling with a postal code before or after it, in its country, is the twin town',
    ([town, spelling], code, where) => {
      const place =
        where === 'before'
          ? `${code} ${spelling}`
          : where === 'after'
            ? `${spelling} ${code}`
            : `${spelling}, ${code}`;
      expect(approvalFor(place, town.country).status).toBe('owed');
    },
  );

  test.prop([
    spelled.chain(([town, spelling]) =>
      fc.tuple(
        fc.constant(town),
        fc.constantFrom(spelling, `${spelling}${QUALIFIERS[town.country]?.[0] ?? ''}`),
      ),
    ),
  ])('a place in full-width letters gets the answer its plain letters get', ([town, place]) => {
    expect(approvalFor(fullWidth(place), town.country).status).toBe(
      approvalFor(place, town.country).status,
    );
  });

  // Towns with namesakes of the same name (Esashi), and their namesakes' regions.
  const sameName = (town: TwinTown) =>
    (town.namesakes ?? []).filter((namesake) => namesake.name === town.name);
  const withNamesakes = towns.filter((town) => sameName(town).length > 0);
  const theirRegions = (town: TwinTown, shared: boolean) =>
    sameName(town).flatMap((namesake) =>
      namesake.regions.filter((region) => (town.regions ?? []).includes(region) === shared),
    );

  test.prop([
    fc
      .constantFrom(...withNamesakes)
      .chain((town) =>
        fc.tuple(
          fc.constant(town),
          fc.constantFrom(...town.aliases.filter((alias) => alias.startsWith(town.name))),
          fc.constantFrom(...theirRegions(town, false)),
          fc.constantFrom(', ', ' (', ' '),
        ),
      ),
  ])(
    'a twin town’s name with a region only one of its namesakes has is not the twin town',
    ([town, spelling, region, separator]) => {
      const approval = approvalFor(`${spelling}${separator}${region}`, town.country);
      expect(approval.status).toBe('not_applicable');
    },
  );

  test.prop([
    fc
      .constantFrom(...withNamesakes)
      .filter((town) => theirRegions(town, true).length > 0)
      .chain((town) =>
        fc.tuple(
          fc.constant(town),
          fc.constantFrom(...theirRegions(town, true)),
          fc.constantFrom(', ', ' '),
        ),
      ),
  ])(
    'a twin town’s name with only a region it shares with a namesake is undetermined, naming the namesake',
    ([town, region, separator]) => {
      const approval = approvalFor(`${town.name}${separator}${region}`, town.country);
      expect(approval.status).toBe('undetermined');
      const fact = approval.facts[0];
      expect(fact?.kind === 'possible_twin_town' && fact.namesakes?.length).toBeGreaterThan(0);
      for (const language of ['sv', 'en'] as const) {
        expect(explain(approval)[language]).not.toMatch(/[{}]|twinTown/);
      }
    },
  );
});
