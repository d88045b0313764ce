import { fc, test } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import SAMPLE from '../../examples/sample-register.json' with { type: 'json' };
import {
  type AccountRow,
  accountToCsv,
  accountToMarkdown,
  councilAccount,
  evaluate,
  type Language,
  POLICY_2019_2022,
  parseRegister,
  type Register,
} from '../../src/index.js';
import { csvField } from '../../src/internal/csv.js';
import { activityInput, text } from '../arbitraries/activities.js';
import { SAMPLE_EXCHANGE, SAMPLE_TRIP } from '../fixtures/samples.js';
import { lazy } from '../support/lazy.js';

function parsed(document: unknown): Register {
  const result = parseRegister(document);
  if (!result.success) throw new Error(result.issues.map((i) => i.messages.en).join('\n'));
  return result.data;
}

const RATES = [
  { currency: 'EUR', sekPerUnit: '11.0', date: '2020-01-01', source: 'test' },
  { currency: 'JPY', sekPerUnit: '0.07', date: '2020-01-01', source: 'test' },
];

const sample = lazy(() => parsed(SAMPLE));
const account = lazy(() => councilAccount(sample(), { asOf: '2023-03-31', period: '2019-2022' }));

describe('councilAccount: costs it cannot convert', () => {
  it('names the list each unconvertible cost is in: planned, actual, or an exchange’s costs', () => {
    const eur = [{ label: 'Hotel', category: 'lodging', amount: '100', currency: 'EUR' }];
    const register = parsed({
      format: 1,
      activities: [
        { ...SAMPLE_TRIP, id: 'planned', plannedCosts: eur },
        { ...SAMPLE_TRIP, id: 'actual', actualCosts: eur },
        { ...SAMPLE_EXCHANGE, id: 'exchange', costs: eur },
      ],
    });
    const { rows } = councilAccount(register, { asOf: '2023-03-31', period: '2019-2022' });
    expect(rows.map((row) => [row.id, row.costIssues.map((issue) => issue.path)])).toEqual([
      ['actual', [['actualCosts', 0, 'currency']]], // same day: by id
      ['planned', [['plannedCosts', 0, 'currency']]],
      ['exchange', [['costs', 0, 'currency']]],
    ]);
  });
});

describe('councilAccount: the sample register (council.reporting)', () => {
  it('has one row per international activity of the period, by date, and none domestic', () => {
    expect(account().rows.map((r) => r.id)).not.toContain('2020-05'); // Stockholm
    expect(account().rows.map((r) => r.id)).not.toContain('2021-07'); // Umeå
    const days = account().rows.map((r) => r.firstDay);
    expect(days).toEqual([...days].sort());
    expect(account().outsidePolicy).toEqual(['2019-07']);
  });

  it('states dates, places, purpose, goals, result, travellers, cost and the board’s part', () => {
    const row = account().rows.find((r) => r.id === '2022-01') as AccountRow;
    expect(row).toEqual({
      id: '2022-01',
      caseNumber: 'KS 2022/5',
      kind: 'trip',
      title: 'Twin-town visit to Esashi',
      organiser: 'Kommunledningskontoret',
      firstDay: '2022-10-03',
      lastDay: '2022-10-12',
      places: ['Esashi (JP)', 'Tokyo (JP)'],
      twinTowns: ['esashi'],
      purpose: 'Renew the twin-town contact after the pandemic',
      goal: 'A school exchange from 2023',
      policyGoals: [
        POLICY_2019_2022.goals.find((g) => g.id === 'nordic'),
        POLICY_2019_2022.goals.find((g) => g.id === 'growth'),
      ],
      result: 'School exchange agreed for 2023',
      travellers: 3,
      cost: { amount: 5_913_856, currency: { code: 'SEK', base: 10, exponent: 2 }, scale: 2 },
      costBasis: 'actual',
      costIssues: [],
      approval: 'violated',
      reportBack: 'pending',
      accounted: 'pending',
      missing: [],
      verdict: 'not_compliant',
      attention: [],
    });
    // The goals it links to are the policy's own objects, named in words, not by id.
    expect(row.policyGoals[0]).toBe(POLICY_2019_2022.goals.find((g) => g.id === 'nordic'));
  });

  it('names the policy goals a row links to by their Swedish or English text, never by id', () => {
    const markdown = accountToMarkdown(account(), 'sv');
    const line = markdown.split('\n').find((l) => l.startsWith('| 2022-01 '));
    expect(line).toContain(
      'Samarbete med städer i nordiska länder ska bidra till konkreta kunskaper',
    );
    expect(line).toContain('Stärka tillväxten i Sollefteå kommun');
    expect(line).not.toMatch(/\bnordic\b|\bgrowth\b/);
    expect(accountToMarkdown(account(), 'en')).toContain(
      'Strengthen growth in Sollefteå municipality',
    );
  });

  it('flags rows that do not state purpose, goals or result', () => {
    expect(account().flagged).toEqual(['2021-06', '2022-07', '2022-12']);
    expect(account().rows.find((r) => r.id === '2022-07')?.missing).toEqual(['result']);
  });

  it('totals per goal and per twin town', () => {
    expect(account().byTwinTown.map((t) => [t.label.en, t.count, t.cost.amount])).toEqual([
      ['Põltsamaa', 5, 5_005_000],
      ['Esashi', 4, 7_683_856],
      ['Nykarleby', 3, 1_837_713],
      ['Madison', 1, 0],
    ]);
    const nordic = account().byGoal.find((g) => g.key === 'nordic');
    expect(nordic?.count).toBe(
      account().rows.filter((r) => r.policyGoals.some((g) => g.id === 'nordic')).length,
    );
    expect(account().total.cost.amount).toBe(
      account().rows.reduce((sum, row) => sum + (row.cost?.amount ?? 0), 0),
    );
  });

  it('judges approval and report-back with the records up to asOf', () => {
    const early = councilAccount(sample(), { period: '2019-2022', asOf: '2022-06-01' });
    expect(early.rows.find((r) => r.id === '2022-04')?.reportBack).toBe('pending');
    expect(account().rows.find((r) => r.id === '2022-04')?.reportBack).toBe('fulfilled');
  });

  it('is made on a day (note 17): a twin-town trip departing 2022-11-20 with no approval yet is pending on 2022-11-01, not “inte uppfyllt”', () => {
    const register = parsed({
      format: 1,
      rates: RATES,
      activities: [
        { ...SAMPLE_TRIP, id: 'T', departureDate: '2022-11-20', returnDate: '2022-11-23' },
      ],
    });
    const row = (asOf: string) =>
      councilAccount(register, { asOf, period: '2019-2022' }).rows.find((r) => r.id === 'T');
    expect([row('2022-11-01')?.approval, row('2022-11-01')?.verdict]).toEqual([
      'pending',
      'compliant',
    ]);
    // The day after departure the approval was not given in time.
    expect([row('2022-11-21')?.approval, row('2022-11-21')?.verdict]).toEqual([
      'violated',
      'not_compliant',
    ]);
  });

  it('requires the day (a breaking change): without asOf, or with an impossible one, it throws invalid_date', () => {
    for (const options of [{ period: '2019-2022' }, { period: '2019-2022', asOf: '2022-02-30' }]) {
      expect(() => councilAccount(sample(), options as never)).toThrow(
        expect.objectContaining({ code: 'invalid_date' }),
      );
    }
  });

  it('renders Markdown in Swedish and English', () => {
    const sv = accountToMarkdown(account());
    expect(sv.split('\n').slice(0, 3)).toEqual([
      '# Redovisning av internationella utbyten och resor 2019–2022',
      '',
      'Till kommunfullmäktige enligt Policy för internationella kontakter 2019-2022: samtliga internationella utbyten och resor, med syfte, mål och resultat.',
    ]);
    expect(sv).toContain(
      '| 2022-01 | 2022-10-03–2022-10-12 | Esashi (JP); Tokyo (JP) | Renew the twin-town contact after the pandemic | A school exchange from 2023 | Samarbete med städer i nordiska länder ska bidra till konkreta kunskaper och erfarenheter som kan användas i organisationen och vara till nytta för medborgarna.; Stärka tillväxten i Sollefteå kommun | School exchange agreed for 2023 | 3 | 59 138,56 kr |  | inte uppfyllt | väntar | väntar |',
    );
    expect(sv).toContain('- 2021-06 Study trip on skills supply in Trondheim: resultat');
    expect(sv).toContain('Ingen version av policyn gällde för: 2019-07.');
    const en = accountToMarkdown(account(), 'en');
    expect(en).toContain('| Esashi | 4 | SEK 76,838.56 |');
    expect(en).toContain('In all 24 exchanges and trips, SEK 299,679.95.');
  });

  it('says so when the period has no international activity', () => {
    const empty = councilAccount(sample(), { asOf: '2023-03-31', period: '2023-2026' });
    expect(empty.rows).toEqual([]);
    expect(empty.policies).toEqual([]);
    // With no version in force, the introduction says so instead of naming one.
    expect(accountToMarkdown(empty, 'en')).toContain(
      'To the municipal council: every international exchange and trip, with its purpose, goal and result. No known version of the policy was in force in the period.',
    );
    expect(accountToMarkdown(empty, 'sv')).toContain(
      'Till kommunfullmäktige: samtliga internationella utbyten och resor, med syfte, mål och resultat. Ingen känd version av policyn gällde under perioden.',
    );
    expect(accountToMarkdown(empty, 'en')).toContain(
      'No international exchanges or trips in the period.',
    );
  });

  it('escapes what would break a Markdown table', () => {
    const register = parsed({
      format: 1,
      activities: [
        {
          kind: 'exchange',
          id: 'x|1',
          title: 'T',
          organiser: 'O',
          form: 'other',
          partners: [{ name: 'A|B', country: 'DE' }],
          startDate: '2020-06-01',
          endDate: '2020-06-01',
          purpose: 'line one\nline two \\ end',
          goal: 'Agree on two school visits',
          policyGoals: ['growth'],
          result: 'R',
          costs: [{ label: 'Fee', category: 'fees', amount: '5.00', currency: 'USD' }],
        },
      ],
    });
    const markdown = accountToMarkdown(
      councilAccount(register, { asOf: '2023-03-31', period: '2019-2022' }),
      'en',
    );
    expect(markdown).toContain(
      '| x\\|1 | 2020-06-01–2020-06-01 | A\\|B (DE) | line one<br>line two \\\\ end |',
    );
    expect(markdown).toContain('1 cost could not be converted to SEK and is not in the totals.');
    expect(markdown).toContain('In all 1 exchange or trip, SEK 0.00.');
    const swedish = accountToMarkdown(
      councilAccount(register, { asOf: '2023-03-31', period: '2019-2022' }),
      'sv',
    );
    expect(swedish).toContain(
      '1 kostnad kunde inte räknas om till kronor och ingår inte i summorna.',
    );
    expect(swedish).toContain('Totalt 1 utbyte eller resa, 0,00 kr.');
  });
});

describe('accountToMarkdown: text from the data is inert (issue 28, item 10)', () => {
  it('a link, an image, emphasis and code in the data are shown as written, never rendered', () => {
    const register = parsed({
      format: 1,
      activities: [
        {
          ...SAMPLE_TRIP,
          id: 'T-1',
          title: '[click](javascript:alert(1))',
          purpose: '![x](https://example.com/pixel.png) and *bold* _it_ `code` ~~gone~~',
        },
      ],
    });
    const markdown = accountToMarkdown(
      councilAccount(register, { asOf: '2023-03-31', period: '2019-2022' }),
      'en',
    );
    expect(markdown).toContain('\\[click\\](javascript:alert(1))');
    expect(markdown).toContain(
      '!\\[x\\](https://example.com/pixel.png) and \\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~',
    );
    // No unescaped "[" or "](" is left from the data anywhere in the document.
    expect(markdown).not.toMatch(/(^|[^\\])\[click/);
    expect(markdown).not.toMatch(/(^|[^\\])\]\(/);
  });
});

describe('accountToMarkdown: the account says what it shows (issue 27 item 11)', () => {
  const lineOf = (markdown: string, id: string) =>
    markdown.split('\n').find((line) => line.startsWith(`| ${id} `)) as string;

  it('labels a budget as the planned cost (budget), in a column of its own, in both languages', () => {
    const register = parsed({
      format: 1,
      activities: [
        {
          ...SAMPLE_TRIP,
          id: 'budget',
          plannedCosts: [
            { label: 'Trip', category: 'travel', amount: '12 500,00', currency: 'SEK' },
          ],
        },
      ],
    });
    const result = councilAccount(register, { asOf: '2023-03-31', period: '2019-2022' });
    const sv = accountToMarkdown(result, 'sv');
    expect(sv).toContain('| Faktisk kostnad | Planerad kostnad (budget) |');
    expect(lineOf(sv, 'budget')).toContain('|  | 12 500,00 kr |');
    expect(sv).toContain(
      'Summorna räknar de faktiska kostnaderna och, för en aktivitet utan sådana, den planerade kostnaden (budget).',
    );
    const en = accountToMarkdown(result, 'en');
    expect(en).toContain('| Actual cost | Planned cost (budget) |');
    expect(lineOf(en, 'budget')).toContain('|  | SEK 12,500.00 |');
  });

  it('shows per activity whether it has already been accounted to the council', () => {
    const sv = accountToMarkdown(account(), 'sv');
    expect(sv).toContain('| Redovisad till KF |');
    const accounted = account().rows.filter((row) => row.accounted === 'fulfilled');
    expect(accounted.length).toBeGreaterThan(0);
    for (const row of accounted) expect(lineOf(sv, row.id).endsWith('| uppfyllt |')).toBe(true);
    expect(lineOf(sv, '2022-01').endsWith('| väntar |')).toBe(true);
    expect(accountToMarkdown(account(), 'en')).toContain('| Accounted to the council |');
  });

  it('takes “already accounted” from the records of council accounts up to the day the account is made', () => {
    const accounted = account().rows.find((row) => row.accounted === 'fulfilled') as AccountRow;
    const record = sample().councilAccounts.find((r) => r.activity === accounted.id);
    expect(record).toBeDefined();
    const dayBefore = new Date(Date.parse(record?.submittedOn as string) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const before = councilAccount(sample(), { asOf: dayBefore, period: '2019-2022' });
    expect(before.rows.find((row) => row.id === accounted.id)?.accounted).not.toBe('fulfilled');
  });
});

describe('accountToMarkdown: properties', () => {
  test.prop([fc.uniqueArray(activityInput, { selector: (a) => a.id, maxLength: 8 })])(
    'a row shows its cost under the actual cost or under the planned cost (budget), never both, as its basis says',
    (activities) => {
      const register = parsed({ format: 1, activities, rates: RATES });
      const result = councilAccount(register, { asOf: '2023-03-31', period: '2019-2022' });
      const markdown = accountToMarkdown(result, 'en');
      const lines = markdown.split('\n');
      const headerAt = lines.findIndex((line) => line.startsWith('| Id |'));
      const header = lines[headerAt] ?? '';
      // The body starts after the header and its separator line: an activity may be called "Id" too.
      const body = lines.slice(headerAt + 2);
      const columns = header.split(' | ');
      const actual = columns.indexOf('Actual cost');
      const planned = columns.indexOf('Planned cost (budget)');
      if (result.rows.length === 0) return;
      expect(actual).toBeGreaterThan(0);
      for (const row of result.rows) {
        const line = body.find((l) => l.startsWith(`| ${row.id.replaceAll('|', '\\|')} | `));
        if (line === undefined || row.id.includes('\\')) continue;
        const cells = line.split(' | ');
        expect(cells[actual] !== '').toBe(row.costBasis === 'actual' && row.cost !== undefined);
        expect(cells[planned] !== '').toBe(row.costBasis === 'planned' && row.cost !== undefined);
      }
    },
  );
});

describe('accountToCsv', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = accountToCsv(account(), 'en');
    expect(csv.startsWith('\uFEFFId,Case number,Kind,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(account().rows.length + 2);
  });

  it('writes Swedish amounts with a decimal comma, separated by semicolons', () => {
    const [header, first] = parse(accountToCsv(account(), 'sv'), {
      bom: true,
      delimiter: ';',
      record_delimiter: '\r\n',
    }) as string[][];
    expect(header?.[14]).toBe('Kostnad (kr)');
    expect(first?.[14]).toBe('9500,00');
    expect(first?.[2]).toBe('inkommande besök');
  });

  const parseCsv = (csv: string, language: Language): string[][] =>
    parse(csv, { bom: true, delimiter: language === 'sv' ? ';' : ',', record_delimiter: '\r\n' });

  // OWASP's CSV injection rule: a spreadsheet runs a cell that starts with one of these as a formula.
  const FORMULA_START = ['=', '+', '-', '@', '\t', '\r'];
  const asText = (value: string) =>
    FORMULA_START.some((start) => value.startsWith(start)) ? `'${value}` : value;

  it('writes a cell a spreadsheet would run as a formula as text, with a leading apostrophe', () => {
    const titles = [
      '=HYPERLINK("http://example.com","Klicka")',
      '+46 resa',
      '-studiebesök',
      '@SUM(A1:A2)',
      'a=b',
      "'citerad",
    ];
    const register = parsed({
      format: 1,
      activities: titles.map((title, index) => ({ ...SAMPLE_TRIP, id: `T-${index}`, title })),
      rates: RATES,
    });
    const result = councilAccount(register, { asOf: '2023-03-31', period: '2019-2022' });
    for (const language of ['sv', 'en'] as const) {
      const [, ...records] = parseCsv(accountToCsv(result, language), language);
      expect(records.map((cells) => cells[3])).toEqual([
        `'=HYPERLINK("http://example.com","Klicka")`,
        "'+46 resa",
        "'-studiebesök",
        "'@SUM(A1:A2)",
        'a=b',
        "'citerad",
      ]);
      expect(records.map((cells) => cells[0])).toEqual(titles.map((_, index) => `T-${index}`));
    }
    // Quoted as well, so that the apostrophe and the text stay one cell.
    expect(accountToCsv(result, 'en')).toContain(
      `,"'=HYPERLINK(""http://example.com"",""Klicka"")",`,
    );
    expect(accountToCsv(result, 'sv')).toContain(`;"'+46 resa";`);
  });

  it('does the same for a tab or a carriage return first, which the parsers trim away before it gets here', () => {
    expect(csvField('\tindrag', ',')).toBe(`"'\tindrag"`);
    expect(csvField('\rrad', ';')).toBe(`"'\rrad"`);
    expect(csvField(' =mellanslag', ',')).toBe(' =mellanslag');
    expect(csvField('a=b', ',')).toBe('a=b');
  });

  const awkward = fc.oneof(
    text(40),
    fc.constantFrom(
      'a, b',
      'a; b',
      'say "hi"',
      'two\nlines',
      'cr\r\nlf',
      '"',
      ';',
      ',',
      '=1+1',
      '-x',
      '@a',
      '+',
    ),
  );
  const activityArb = fc
    .tuple(activityInput, awkward, awkward, awkward)
    .map(([activity, title, purpose, result]) => ({ ...activity, title, purpose, result }));

  test.prop([
    fc.uniqueArray(activityArb, { selector: (a) => a.id, maxLength: 8 }),
    fc.constantFrom<Language>('sv', 'en'),
  ])('rendering then parsing gives back the same rows', (activities, language) => {
    const register = parsed({ format: 1, activities, rates: RATES });
    const result = councilAccount(register, { asOf: '2023-03-31', period: '2019-2022' });
    const [header, ...records] = parseCsv(accountToCsv(result, language), language);
    expect(header).toHaveLength(21);
    expect(records).toHaveLength(result.rows.length);
    result.rows.forEach((row, i) => {
      const cells = records[i] as string[];
      expect(cells[0]).toBe(asText(row.id));
      expect(cells[3]).toBe(asText(row.title));
      expect(cells[5]).toBe(row.firstDay);
      expect(cells[9]).toBe(asText(row.purpose ?? ''));
      expect(cells[10]).toBe(asText(row.goal ?? ''));
      expect(cells[11]).toBe(row.policyGoals.map((goal) => goal.text[language]).join('; '));
      expect(cells[12]).toBe(asText(row.result ?? ''));
      const amount =
        cells[14] === '' ? undefined : Number((cells[14] as string).replace(/[,.]/, ''));
      expect(amount).toBe(row.cost?.amount);
    });
  });

  test.prop([fc.uniqueArray(activityInput, { selector: (a) => a.id, maxLength: 12 })])(
    'the account lists every international activity of the period exactly once, and no other',
    (activities) => {
      const register = parsed({ format: 1, activities, rates: RATES });
      const result = councilAccount(register, { asOf: '2023-03-31', period: '2019-2022' });
      const expected = register.activities
        .filter((activity) => {
          const first = activity.kind === 'trip' ? activity.departureDate : activity.startDate;
          return first >= '2019-01-01' && first <= '2022-12-31';
        })
        .filter(
          (activity) => evaluate(activity, { rates: { rates: register.rates } }).international,
        )
        .map((activity) => activity.id);
      expect(result.rows.map((row) => row.id).sort()).toEqual([...expected].sort());
      expect(new Set(result.rows.map((row) => row.id)).size).toBe(result.rows.length);
    },
  );
});

describe('councilAccount: how old a rate may be (maxRateAgeDays, interpretation note 2)', () => {
  it('leaves a cost converted with a rate older than the bound out of the totals, as a stale_rate issue', () => {
    // The sample's rates: EUR of 2020-03-02, NOK of 2021-11-08; these activities end over 30 days from
    // them, before (2020-01) or after.
    const stale = ['2020-01', '2020-07', '2021-02', '2021-04', '2022-07', '2022-08', '2022-12'];
    const strict = councilAccount(sample(), {
      asOf: '2023-03-31',
      period: '2019-2022',
      maxRateAgeDays: 30,
    });
    const staleRows = strict.rows.filter((row) =>
      row.costIssues.some((issue) => issue.code === 'stale_rate'),
    );
    expect(staleRows.map((row) => row.id).sort()).toEqual(stale);
    expect(staleRows.every((row) => row.cost === undefined)).toBe(true);
    expect(strict.total.unconverted).toBe(account().total.unconverted + stale.length);
    const dropped = account()
      .rows.filter((row) => stale.includes(row.id))
      .reduce((sum, row) => sum + (row.cost?.amount ?? 0), 0);
    expect(strict.total.cost.amount).toBe(account().total.cost.amount - dropped);
  });

  it('refuses a maxRateAgeDays that is not a whole number of days, 0 or more', () => {
    expect(() =>
      councilAccount(sample(), { asOf: '2023-03-31', period: '2019-2022', maxRateAgeDays: -3 }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid_argument',
        details: { function: 'councilAccount' },
      }),
    );
  });
});
