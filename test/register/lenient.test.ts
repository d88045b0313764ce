/**
 * The register read record by record (issue 28, item 12: tests that catch the bugs in the reader
 * under `audit`). A record with an issue is set aside with its issues, named by its id as its list
 * names it, at its index in the document as given — also when an earlier round of reading set other
 * records aside — and the rest is audited; a document that is no register is one `register` entry.
 */
import { describe, expect, it } from 'vitest';
import { audit, type InvalidRecord } from '../../src/index.js';
import { byPlace } from '../../src/register/lenient.js';
import { SAMPLE_TRIP } from '../fixtures/samples.js';

const asOf = '2023-03-31';

/** The records set aside, each with its issues as [code, path, values]. */
function setAside(document: unknown): unknown[] {
  return audit(document, { asOf }).invalid.map((record: InvalidRecord) => ({
    ...record,
    issues: record.issues.map((found) => [found.code, found.path, found.values]),
  }));
}

const trip = (id: string) => ({ ...SAMPLE_TRIP, id });

describe('a document that is no register is one entry for the register', () => {
  it('an unsupported format', () => {
    expect(setAside({ format: 2, activities: [] })).toEqual([
      {
        list: 'register',
        issues: [['unsupported_format', ['format'], { value: 2, supported: ['1'] }]],
      },
    ]);
  });

  it('a list that is not a list', () => {
    expect(setAside({ format: 1, activities: 5 })).toEqual([
      {
        list: 'register',
        issues: [['invalid_type', ['activities'], { expected: 'array', received: 'number' }]],
      },
    ]);
  });

  it('a document that cannot be read (a revoked Proxy)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const [entry] = audit(proxy, { asOf }).invalid;
    expect(entry?.list).toBe('register');
    expect(entry?.issues.map((found) => [found.code, found.path])).toEqual([
      ['unreadable_input', []],
    ]);
  });
});

describe('a record set aside', () => {
  it('is named by what its list names it by: id, activity, agreement, currency, mandate period', () => {
    const invalid = setAside({
      format: 1,
      activities: [],
      rates: [{ currency: 'EUR', sekPerUnit: '-1', date: '2020-01-01', source: 'x' }],
      approvals: [{ activity: 'T', decidedOn: 'x', reference: 'r', decision: 'approved' }],
      agreements: [{ id: 'A', twinTown: 'nowhere' }],
      evaluations: [
        {
          agreement: 'madison',
          mandatePeriod: '2019-2022',
          evaluatedOn: 'bad',
          active: true,
          benefit: { municipality: true, associations: true, businesses: true },
        },
      ],
      continuationDecisions: [
        { mandatePeriod: '2019-2022', decidedOn: 'bad', reference: 'r', continuing: [] },
      ],
    }) as { list: string; id?: string }[];
    expect(invalid.map(({ list, id }) => [list, id])).toEqual([
      ['rates', 'EUR'],
      ['approvals', 'T'],
      ['agreements', 'A'],
      ['evaluations', 'madison'],
      ['continuationDecisions', '2019-2022'],
    ]);
  });

  it('without an id as a string has no id at all (not an id of undefined)', () => {
    const [record] = audit({ format: 1, activities: [0] }, { asOf }).invalid;
    expect(record && Object.hasOwn(record, 'id')).toBe(false);
    expect(Object.keys(record ?? {})).toEqual(['list', 'index', 'issues']);
  });

  it('keeps its index in the document when an earlier round set others aside, and so does the `first` it names', () => {
    // Round one sets activities[0] aside; round two finds the duplicate, at indexes of the shorter
    // list (11 and 12), which are reported as the document's (12 and 13): two digits and more.
    const activities = [
      0,
      ...Array.from({ length: 11 }, (_, i) => trip(`A${i}`)),
      trip('X'),
      trip('X'),
    ];
    expect(setAside({ format: 1, activities })).toEqual([
      {
        list: 'activities',
        index: 0,
        issues: [['invalid_type', ['activities', 0], { expected: 'object', received: 'number' }]],
      },
      {
        list: 'activities',
        index: 13,
        id: 'X',
        issues: [
          ['duplicate_id', ['activities', 13, 'id'], { value: 'X', first: 'activities[12]' }],
        ],
      },
    ]);
  });

  it('the rest of the register is audited', () => {
    const report = audit({ format: 1, activities: [0, trip('kept'), null] }, { asOf });
    expect(report.activities.map((row) => row.id)).toEqual(['kept']);
    expect(report.invalid.map((record) => record.index)).toEqual([0, 2]);
  });
});

describe('the order a report lists records set aside in', () => {
  it('by list, as REGISTER_LISTS orders them, then by index', () => {
    const at = (list: InvalidRecord['list'], index: number): InvalidRecord => ({
      list,
      index,
      issues: [],
    });
    const records = [
      at('approvals', 3),
      at('activities', 10),
      at('approvals', 1),
      at('activities', 2),
      at('rates', 0),
      at('activities', 7),
    ];
    expect(records.sort(byPlace).map(({ list, index }) => `${list}[${index}]`)).toEqual([
      'activities[2]',
      'activities[7]',
      'activities[10]',
      'rates[0]',
      'approvals[1]',
      'approvals[3]',
    ]);
  });
});
