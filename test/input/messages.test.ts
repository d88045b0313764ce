import { describe, expect, it } from 'vitest';
import {
  ISSUE_CODES,
  type IssueCode,
  type IssueValuesByCode,
  parseRegister,
} from '../../src/index.js';
import {
  DEFINITION_MESSAGES,
  type DefinitionIssueCode,
  definitionIssue,
} from '../../src/input/definition-messages.js';
import type { InputIssue, PathSegment } from '../../src/input/issues.js';
import { issue, type ParserIssueCode } from '../../src/input/messages.js';

const isDefinitionCode = (code: IssueCode): code is DefinitionIssueCode =>
  code in DEFINITION_MESSAGES;
const isParserCode = (code: IssueCode): code is ParserIssueCode => !isDefinitionCode(code);

/** An issue of any code, built as the code that finds it builds it, with {@link VALUES}. */
function build(code: IssueCode, path: PathSegment[]): InputIssue {
  if (isDefinitionCode(code)) return definitionIssue(code, path, valuesOf(code));
  if (isParserCode(code)) return issue(code, path, valuesOf(code));
  throw new Error(`no builder for ${code}`);
}

const valuesOf = <C extends IssueCode>(code: C): IssueValuesByCode[C] => VALUES[code];

/** Values of the kind each code's issues carry, each of its code's type. */
const VALUES: { readonly [C in IssueCode]: IssueValuesByCode[C] } = {
  required: { expected: 'string' },
  invalid_type: { expected: 'object', received: 'array' },
  unknown_key: { key: 'traveller' },
  invalid_value: { value: 'journey', allowed: ['trip', 'exchange'] },
  empty_text: {},
  too_long: { maximum: 200, length: 201 },
  too_few: { minimum: 1, count: 0 },
  too_many: { maximum: 20, count: 21 },
  not_an_integer: { value: 1.5 },
  out_of_range: { value: 0, minimum: 1, maximum: 10_000 },
  unsupported_format: { value: 2, supported: ['1'] },
  unreadable_input: { reason: 'no access' },
  too_many_issues: { listed: 100 },
  invalid_date: { value: '2020-02-30' },
  return_before_departure: { departureDate: '2020-03-10', returnDate: '2020-03-09' },
  end_before_start: { startDate: '2021-09-01', endDate: '2021-08-31' },
  invalid_period: { value: '2019-2023' },
  dated_before_period: { date: '2018-06-01', period: '2019–2022', firstDay: '2019-01-01' },
  unknown_goal: { value: 'tourism', known: ['growth'] },
  unknown_twin_town: { value: 'tallinn', known: ['poltsamaa'] },
  unknown_country: { value: 'ee' },
  unknown_currency: { value: 'XYZ' },
  float_amount: { value: 1.5 },
  negative_amount: { value: -1 },
  invalid_amount: { value: '1,2.3', currency: 'SEK', decimals: 2 },
  too_many_decimals: { value: '1.234', currency: 'EUR', decimals: 2 },
  amount_too_large: { value: 2 ** 53 },
  amount_not_text: {
    value: 12500,
    currency: 'EUR',
    example: '12 500,00',
    plainExample: '12500.00',
  },
  amount_given_twice: { amount: '12500', minorUnits: 1_250_000 },
  invalid_rate: { value: '11,5' },
  duplicate_rate: { currency: 'EUR', date: '2020-03-02', first: 'rates[0]' },
  sek_rate: { value: 'SEK' },
  missing_rate: { currency: 'EUR', item: 'Hotel', value: 12_000 },
  stale_rate: {
    currency: 'EUR',
    item: 'Hotel',
    rateDate: '2021-04-02',
    day: '2021-05-03',
    maxAgeDays: 30,
    earliest: '2021-04-03',
    latest: '2021-06-02',
  },
  duplicate_id: { value: 'A-1', first: 'activities[0]' },
  unknown_activity: { value: 'A-9' },
  unknown_agreement: { value: 'esashi' },
  unknown_clause: { value: 'board.travel' },
  unknown_note: { value: 'nowhere' },
  ambiguous_name: { value: 'Esashi', other: 'esashi' },
  no_letters: { value: '--' },
  namesake_not_distinguished: { value: 'Esashi', town: 'esashi' },
  adopted_after_start: { value: '2023-02-01', startDate: '2023-01-01' },
  not_adopted_by_council: { value: 'board' },
  rule_not_judged: {
    code: 'board_approval',
    kind: 'decision',
    field: 'owedTo',
    value: 'organiser',
    judged: ['board', 'council'],
  },
  unknown_group: { value: 'nordic', known: ['eu'] },
  unused_parameter: { value: 'reportBackThreshold' },
  threshold_missing: { code: 'board_report_back' },
  booked_after_departure: {
    departureDate: '2024-03-01',
    bookingDate: '2024-03-02',
  },
  threshold_not_sek: { value: 'EUR' },
};

/** Values an issue carries for programs but its message does not quote. */
const UNQUOTED: {
  readonly [C in IssueCode]?: readonly (keyof IssueValuesByCode[C] & string)[];
} = {
  invalid_amount: ['currency', 'decimals'],
  missing_rate: ['value'],
};

describe('issue messages', () => {
  it.each(ISSUE_CODES)(
    '%s has a message in Swedish and English, starting with the path, quoting its values',
    (code) => {
      const built = build(code, ['activities', 3, 'x']);
      const unquoted: readonly string[] = UNQUOTED[code] ?? [];
      expect(built).toMatchObject({ code, path: ['activities', 3, 'x'], values: VALUES[code] });
      for (const language of ['sv', 'en'] as const) {
        const message = built.messages[language];
        expect(message.startsWith('activities[3].x: ')).toBe(true);
        expect(message).not.toMatch(/undefined|\[object|NaN/);
        expect(message.length).toBeGreaterThan('activities[3].x: '.length + 8);
        for (const [key, value] of Object.entries(VALUES[code])) {
          // Type names are translated ("object" → "ett objekt"); every other value is quoted as is.
          if (key === 'expected' || key === 'received') continue;
          if (unquoted.includes(key)) continue;
          if (typeof value === 'string' || typeof value === 'number') {
            expect(message).toContain(String(value));
          }
        }
      }
      expect(built.messages.sv).not.toBe(built.messages.en);
    },
  );

  it('agrees with its counts in English: one item, one is; two items, two are', () => {
    expect(issue('too_few', ['destinations'], { minimum: 1, count: 0 }).messages.en).toBe(
      'destinations: has 0 items; at least 1 is required.',
    );
    expect(issue('too_few', ['destinations'], { minimum: 2, count: 1 }).messages.en).toBe(
      'destinations: has 1 item; at least 2 are required.',
    );
    expect(issue('too_many', ['goals'], { maximum: 1, count: 2 }).messages.en).toBe(
      'goals: has 2 items; at most 1 is allowed.',
    );
    expect(issue('too_many', ['goals'], { maximum: 20, count: 21 }).messages.en).toBe(
      'goals: has 21 items; at most 20 are allowed.',
    );
  });

  it('says a policy with no twin towns has none, instead of an empty list of known ones', () => {
    const none = issue('unknown_twin_town', ['destinations', 0, 'twinTown'], {
      value: 'madison',
      known: [],
    });
    expect(none.messages).toEqual({
      sv: 'destinations[0].twinTown: vänorten "madison" finns inte i policyn, som inte har några vänorter.',
      en: 'destinations[0].twinTown: the twin town "madison" is not in the policy, which has no twin towns.',
    });
  });

  it('names the whole document when the path is empty', () => {
    expect(issue('empty_text', []).messages).toEqual({
      sv: 'dokumentet: är tom; skriv en text.',
      en: 'the document: is empty; write a text.',
    });
  });
});

describe('ISSUE_CODES', () => {
  it('is frozen: no caller can empty or change it for the whole process', () => {
    expect(Object.isFrozen(ISSUE_CODES)).toBe(true);
    expect(() => {
      (ISSUE_CODES as unknown as string[]).length = 0;
    }).toThrow(TypeError);
    expect(ISSUE_CODES).toContain('required');
  });
});

describe('unknown_key: a key named like an object built-in', () => {
  it.each(['__proto__', 'toString', 'constructor'])('%s is an unknown field, in words', (key) => {
    const found = parseRegister(
      JSON.parse(`{"format": 1, "activities": [], ${JSON.stringify(key)}: 1}`),
    );
    expect(found.success).toBe(false);
    if (!found.success)
      expect(found.issues[0]?.messages.en).toBe(
        `${key}: the field "${key}" is unknown; remove it or correct its spelling.`,
      );
  });
});
