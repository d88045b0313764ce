import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dutyPeriod, type GoverningBody, mandatePeriodOf, PolicyError } from '../../src/index.js';
import { isoDateBetween, nextDay, previousDay } from '../arbitraries/dates.js';
import { BOUNDARY } from '../support/runs.js';
import { thrownBy } from '../support/thrown.js';

const councilDays = isoDateBetween('1994-11-01', '2054-10-14');
const boardDays = isoDateBetween('1995-01-01', '2054-12-31');

const yearOf = (date: string): number => Number(date.slice(0, 4));
const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('mandatePeriodOf: named examples', () => {
  it.each([
    // Terms elected up to 2010 began on 1 November (KL 1991:900 5 kap. 5 §, SFS 2005:842).
    ['1994-11-01', 'council', '1994–1998', '1994-11-01', '1998-10-31', '1994-09-18'],
    ['1998-10-31', 'council', '1994–1998', '1994-11-01', '1998-10-31', '1994-09-18'],
    ['2010-10-20', 'council', '2006–2010', '2006-11-01', '2010-10-31', '2006-09-17'],
    ['2010-11-01', 'council', '2010–2014', '2010-11-01', '2014-10-14', '2010-09-19'],
    // From the 2014 election on 15 October (prop. 2013/14:5, in force 2014-02-01): 2010–2014 ended early.
    ['2014-10-14', 'council', '2010–2014', '2010-11-01', '2014-10-14', '2010-09-19'],
    ['2014-10-15', 'council', '2014–2018', '2014-10-15', '2018-10-14', '2014-09-14'],
    ['2018-10-14', 'council', '2014–2018', '2014-10-15', '2018-10-14', '2014-09-14'],
    ['2018-10-15', 'council', '2018–2022', '2018-10-15', '2022-10-14', '2018-09-09'],
    ['2018-12-31', 'council', '2018–2022', '2018-10-15', '2022-10-14', '2018-09-09'],
    ['2019-01-01', 'council', '2018–2022', '2018-10-15', '2022-10-14', '2018-09-09'],
    ['2022-10-14', 'council', '2018–2022', '2018-10-15', '2022-10-14', '2018-09-09'],
    ['2022-10-15', 'council', '2022–2026', '2022-10-15', '2026-10-14', '2022-09-11'],
    ['2022-12-31', 'council', '2022–2026', '2022-10-15', '2026-10-14', '2022-09-11'],
    ['2018-10-14', 'board', '2015–2018', '2015-01-01', '2018-12-31', '2014-09-14'],
    ['2018-10-15', 'board', '2015–2018', '2015-01-01', '2018-12-31', '2014-09-14'],
    ['2018-12-31', 'board', '2015–2018', '2015-01-01', '2018-12-31', '2014-09-14'],
    ['2019-01-01', 'board', '2019–2022', '2019-01-01', '2022-12-31', '2018-09-09'],
    ['2022-10-14', 'board', '2019–2022', '2019-01-01', '2022-12-31', '2018-09-09'],
    ['2022-10-15', 'board', '2019–2022', '2019-01-01', '2022-12-31', '2018-09-09'],
    ['2022-12-31', 'board', '2019–2022', '2019-01-01', '2022-12-31', '2018-09-09'],
    ['2023-01-01', 'board', '2023–2026', '2023-01-01', '2026-12-31', '2022-09-11'],
  ] as const)('%s, %s → %s', (date, body, label, firstDay, lastDay, electionDate) => {
    expect(mandatePeriodOf(date, body)).toEqual({ body, label, firstDay, lastDay, electionDate });
  });

  it('the policy adoption day falls in the board term 2019–2022 the title names', () => {
    expect(mandatePeriodOf('2019-11-25', 'board').label).toBe('2019–2022');
  });

  it.each([
    ['1994-11-01', '1994-09-18'],
    ['1998-11-01', '1998-09-20'],
    ['2002-11-01', '2002-09-15'],
    ['2006-11-01', '2006-09-17'],
    ['2010-11-01', '2010-09-19'],
    ['2014-10-15', '2014-09-14'],
    ['2018-10-15', '2018-09-09'],
    ['2022-10-15', '2022-09-11'],
    ['2026-10-15', '2026-09-13'],
  ])('the council elected in the term starting %s was elected on %s', (day, election) => {
    expect(mandatePeriodOf(day, 'council').electionDate).toBe(election);
  });

  it.each([
    ['1994-10-14', 'council'],
    ['1994-10-31', 'council'],
    ['1994-12-31', 'board'],
    ['2054-10-15', 'council'],
    ['2055-01-01', 'board'],
    ['1900-01-01', 'board'],
  ] as const)('%s is outside the %s calendar: a clear, bilingual error', (date, body) => {
    const error = thrownBy(() => mandatePeriodOf(date, body));
    expect(error).toBeInstanceOf(PolicyError);
    expect(error).toMatchObject({
      code: 'date_out_of_range',
      details: { date, body },
      messages: {
        sv: expect.stringContaining('utanför'),
        en: expect.stringContaining('outside'),
      },
    });
  });

  it('an impossible date is invalid_date, not out of range', () => {
    expect(() => mandatePeriodOf('2019-02-29', 'board')).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });

  it('the first and last days of the calendar are answered', () => {
    expect(mandatePeriodOf('1994-11-01', 'council').label).toBe('1994–1998');
    expect(mandatePeriodOf('1995-01-01', 'board').label).toBe('1995–1998');
    expect(mandatePeriodOf('2050-12-31', 'council').label).toBe('2050–2054');
    expect(mandatePeriodOf('2050-12-31', 'board').label).toBe('2047–2050');
    expect(mandatePeriodOf('2054-10-14', 'council').label).toBe('2050–2054');
    expect(mandatePeriodOf('2054-12-31', 'board').label).toBe('2051–2054');
  });
});

describe.each([
  ['council', councilDays],
  ['board', boardDays],
] as const)('mandatePeriodOf(%s): properties', (body: GoverningBody, days) => {
  test.prop([days])('every day lies within the period returned for it', (day) => {
    const period = mandatePeriodOf(day, body);
    expect(period.firstDay <= day && day <= period.lastDay).toBe(true);
    expect(period.body).toBe(body);
  });

  test.prop([days], BOUNDARY)(
    'every day belongs to exactly one period: all days of a period map back to it',
    (day) => {
      const period = mandatePeriodOf(day, body);
      expect(mandatePeriodOf(period.firstDay, body)).toEqual(period);
      expect(mandatePeriodOf(period.lastDay, body)).toEqual(period);
    },
  );

  test.prop([days])('periods are contiguous: the next one starts the day after', (day) => {
    const period = mandatePeriodOf(day, body);
    const after = nextDay(period.lastDay);
    if (after <= (body === 'council' ? '2054-10-14' : '2054-12-31')) {
      const next = mandatePeriodOf(after, body);
      expect(next.firstDay).toBe(after);
      expect(previousDay(next.firstDay)).toBe(period.lastDay);
    }
  });

  test.prop([days])(
    'every period is four years long and labelled by its years, but the council term 2010–2014, which the change to 15 October cut short',
    (day) => {
      const { firstDay, lastDay, label } = mandatePeriodOf(day, body);
      expect(yearOf(nextDay(lastDay)) - yearOf(firstDay)).toBe(4);
      if (body === 'council' && label === '2010–2014')
        expect([firstDay, lastDay]).toEqual(['2010-11-01', '2014-10-14']);
      else expect(nextDay(lastDay).slice(5)).toBe(firstDay.slice(5));
      expect(label).toBe(`${yearOf(firstDay)}–${yearOf(lastDay)}`);
    },
  );

  test.prop([days])('every period follows a September election on a Sunday', (day) => {
    const { firstDay, electionDate } = mandatePeriodOf(day, body);
    expect(weekdayOf(electionDate)).toBe(0);
    expect(electionDate.slice(5, 7)).toBe('09');
    expect((yearOf(electionDate) - 1994) % 4).toBe(0);
    expect(electionDate < firstDay).toBe(true);
  });
});

test.prop([councilDays])(
  'a council term starts on 1 November of its election year up to 2010, and on 15 October from 2014',
  (day) => {
    const { firstDay, electionDate } = mandatePeriodOf(day, 'council');
    const year = yearOf(electionDate);
    expect(firstDay).toBe(year >= 2014 ? `${year}-10-15` : `${year}-11-01`);
  },
);

test.prop([boardDays])('a board term starts on 1 January after its election year', (day) => {
  const { firstDay, electionDate } = mandatePeriodOf(day, 'board');
  expect(firstDay).toBe(`${yearOf(electionDate) + 1}-01-01`);
});

describe('dutyPeriod: the period the per-period duties run in (note 7)', () => {
  it('is the board term, due at the end of the council term inside it', () => {
    const period = dutyPeriod('2019-2022');
    expect(period).toMatchObject({
      label: '2019–2022',
      firstDay: '2019-01-01',
      lastDay: '2022-12-31',
      dueBy: '2022-10-14',
    });
    expect(period.board.label).toBe('2019–2022');
    expect(period.council.label).toBe('2018–2022');
    expect(Object.isFrozen(period)).toBe(true);
  });

  it('knows the first and last terms of the calendar, and nothing outside them', () => {
    expect(dutyPeriod('1995–1998').dueBy).toBe('1998-10-31');
    expect(dutyPeriod('2011–2014').dueBy).toBe('2014-10-14');
    expect(dutyPeriod('2051–2054').lastDay).toBe('2054-12-31');
    for (const label of [
      '1991-1994',
      '2055-2058',
      '2018-2022',
      '2019-2023',
      '2020-2023',
      'x',
      '',
      'x2019-2022',
      '2019-2022x',
      '2019–2022 ',
    ]) {
      expect(() => dutyPeriod(label), label).toThrow(
        expect.objectContaining({ code: 'invalid_period' }),
      );
    }
  });

  test.prop([fc.integer({ min: 1994, max: 2050 })])(
    'agrees with mandatePeriodOf for every term it knows',
    (year) => {
      const electionYear = year - ((year - 1994) % 4);
      const label = `${electionYear + 1}-${electionYear + 4}`;
      const period = dutyPeriod(label);
      expect(period.board).toEqual(mandatePeriodOf(period.firstDay, 'board'));
      expect(period.council).toEqual(mandatePeriodOf(period.dueBy, 'council'));
    },
  );
});

describe('the calendar errors, word for word', () => {
  it.each([
    ['1994-10-14', 'council', 'kommunfullmäktige', 'municipal council', '1994-11-01', '2054-10-14'],
    ['2054-10-15', 'council', 'kommunfullmäktige', 'municipal council', '1994-11-01', '2054-10-14'],
    ['1994-12-31', 'board', 'kommunstyrelsen', 'executive board', '1995-01-01', '2054-12-31'],
    ['2055-01-01', 'board', 'kommunstyrelsen', 'executive board', '1995-01-01', '2054-12-31'],
  ] as const)(
    'date_out_of_range: %s for the %s names the body and the calendar',
    (date, body, sv, en, firstDay, lastDay) => {
      expect(thrownBy(() => mandatePeriodOf(date, body))).toMatchObject({
        code: 'date_out_of_range',
        messages: {
          sv: `${date} ligger utanför mandatperiodskalendern för ${sv}, som gäller ${firstDay}–${lastDay}.`,
          en: `${date} is outside the mandate-period calendar for the ${en}, which covers ${firstDay} to ${lastDay}.`,
        },
        details: { date, body, firstDay, lastDay },
      });
    },
  );

  it('invalid_period: says how to write a mandate period, and which exist', () => {
    expect(thrownBy(() => dutyPeriod('2019-2021'))).toMatchObject({
      code: 'invalid_period',
      messages: {
        sv: '"2019-2021" är ingen mandatperiod; skriv kommunstyrelsens mandatperiod som ÅÅÅÅ–ÅÅÅÅ, t.ex. 2019–2022 (1995–2054).',
        en: '"2019-2021" is not a mandate period; write the executive board\'s term as YYYY–YYYY, e.g. 2019–2022 (1995 to 2054).',
      },
      details: { label: '2019-2021' },
    });
  });
});
