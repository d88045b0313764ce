/**
 * Issue 28, items 4 and 6: the parsers read untrusted input as plain data — own properties only —
 * and never throw, whatever throws inside: a getter or `Proxy` trap throwing a value that is no
 * `Error`, an `Error` whose `message` getter throws, a revoked `Proxy`. Each is `unreadable_input`
 * at the path where it sits (or of its field that could not be read). A property set on `Object.prototype` changes no answer.
 */
import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import {
  assessCompliance,
  evaluate,
  formatMoney,
  type InputIssue,
  type ParseResult,
  POLICY_2019_2022,
  PolicyError,
  parseActivity,
  parsePolicy,
  parseRates,
  parseRecords,
  parseRegister,
  toPolicyDefinition,
  totalInSek,
} from '../../src/index.js';
import { ownData } from '../../src/input/own-data.js';
import { parsed } from '../fixtures/build.js';
import { SAMPLE_RECORDS, SAMPLE_REGISTER, SAMPLE_TRIP } from '../fixtures/samples.js';
import { thrownBy } from '../support/thrown.js';

/** An amount in SEK as a snapshot: `kronor` whole kronor. */
const sek = (kronor: number) => ({
  amount: kronor * 100,
  currency: { code: 'SEK', base: 10, exponent: 2 },
  scale: 2,
});

const RATES = {
  rates: [{ currency: 'EUR', sekPerUnit: '11.0', date: '2020-01-01', source: 'ECB' }],
};

const PARSERS: [string, (input: unknown) => ParseResult<unknown>, unknown][] = [
  ['parseActivity', parseActivity, SAMPLE_TRIP],
  ['parseRecords', parseRecords, SAMPLE_RECORDS],
  ['parseRegister', parseRegister, SAMPLE_REGISTER],
  ['parseRates', parseRates, RATES],
  ['parsePolicy', parsePolicy, JSON.parse(JSON.stringify(toPolicyDefinition(POLICY_2019_2022)))],
];

/** Every path to an object or list inside `value`. */
function containers(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, item]) => containers(item, [...path, key]))];
}

function replaced(root: unknown, path: (string | number)[], make: (value: object) => unknown) {
  const copy = JSON.parse(JSON.stringify(root));
  if (path.length === 0) return make(copy);
  let holder = copy;
  for (const key of path.slice(0, -1)) holder = holder[key];
  holder[path.at(-1) as string | number] = make(holder[path.at(-1) as string | number]);
  return copy;
}

const HOSTILE: [string, (value: object) => unknown, string][] = [
  [
    'a trap throwing a revoked Proxy (asking it anything throws again)',
    (value) =>
      new Proxy(value, {
        get() {
          const { proxy, revoke } = Proxy.revocable({}, {});
          revoke();
          throw proxy;
        },
      }),
    'a thrown object',
  ],
  [
    'a trap throwing a value that is no Error',
    (value) =>
      new Proxy(value, {
        get() {
          throw Object.create(null);
        },
      }),
    'a thrown object',
  ],
  [
    'an Error whose message getter throws',
    (value) => {
      const fail = () => {
        const error = new Error('x');
        Object.defineProperty(error, 'message', {
          get() {
            throw new Error('again');
          },
        });
        throw error;
      };
      return new Proxy(value, { ownKeys: fail, get: fail });
    },
    'a thrown object',
  ],
  [
    'a revoked Proxy',
    (value) => {
      const { proxy, revoke } = Proxy.revocable(value, {});
      revoke();
      return proxy;
    },
    '',
  ],
];

describe('the parsers never throw, and say where they could not read', () => {
  for (const [name, parse, sample] of PARSERS) {
    it(`${name}: a hostile value at any object or list of a valid document is unreadable_input at its path`, () => {
      expect(parse(sample).success).toBe(true);
      const paths = containers(sample);
      for (const path of paths)
        for (const [what, make, reason] of HOSTILE) {
          const result = parse(replaced(sample, path, make));
          expect(result.success, `${name} ${what} at ${path.join('.')}`).toBe(false);
          const [first] = (result as unknown as { issues: InputIssue[] }).issues;
          expect(first?.code, `${what} at ${path.join('.')}`).toBe('unreadable_input');
          // At the hostile value, or at the field of it that could not be read.
          expect(first?.path.slice(0, path.length)).toEqual(path);
          expect(first?.path.length).toBeLessThanOrEqual(path.length + 1);
          if (reason) expect(first?.values).toEqual({ reason });
        }
    });
  }
});

describe('own properties only', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)['twinTown'];
    delete (Object.prototype as Record<string, unknown>)['purpose'];
  });

  it('a twinTown set on Object.prototype does not make a clean trip refused or a place a twin town', () => {
    const clean = parseActivity({
      ...SAMPLE_TRIP,
      destinations: [{ place: 'Tallinn', country: 'EE' }],
    });
    (Object.prototype as Record<string, unknown>)['twinTown'] = 'madison';
    const polluted = parseActivity({
      ...SAMPLE_TRIP,
      destinations: [{ place: 'Tallinn', country: 'EE' }],
    });
    expect(polluted.success).toBe(true);
    expect(JSON.stringify(polluted)).toBe(JSON.stringify(clean));
    // Judged, the trip to Tallinn is no twin-town trip, polluted or not.
    const approval = (result: typeof clean) =>
      result.success
        ? evaluate(result.data).obligations.find((o) => o.code === 'board_approval')?.status
        : undefined;
    expect(approval(polluted)).toBe('not_applicable');
    expect(approval(clean)).toBe('not_applicable');
  });

  it('an inherited field is not read: Object.create of a trip owns nothing', () => {
    const result = parseActivity(Object.create(SAMPLE_TRIP));
    expect(result.success).toBe(false);
    expect(
      (result as unknown as { issues: InputIssue[] }).issues.map((issue) => issue.code),
    ).toContain('required');
  });

  test.prop([fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 4 })])(
    'ownData copies JSON data as it is',
    (value) => {
      const read = ownData(value);
      expect(read.readable).toBe(true);
      expect(JSON.stringify((read as { value: unknown }).value)).toBe(JSON.stringify(value));
    },
  );
});

describe('shared and cyclic input is read once', () => {
  it('a value shared 2^30 ways, and an object that holds itself, are read in linear time', () => {
    let shared: unknown = 0;
    for (let i = 0; i < 30; i++) shared = [shared, shared];
    const cyclic: Record<string, unknown> = {};
    for (const key of 'abcdefghij') cyclic[key] = cyclic;
    const started = performance.now();
    expect(parseActivity({ ...SAMPLE_TRIP, extra: shared }).success).toBe(false);
    expect(parseActivity({ ...SAMPLE_TRIP, extra: cyclic }).success).toBe(false);
    expect(ownData(cyclic).readable).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('arguments read once as plain data (review of issue 28)', () => {
  const throwing = () =>
    new Proxy(
      {},
      {
        get() {
          throw 42;
        },
        ownKeys() {
          throw 42;
        },
        getOwnPropertyDescriptor() {
          throw 42;
        },
      },
    );

  it('assessCompliance, formatMoney and totalInSek refuse what cannot be read with invalid_argument', () => {
    const trip = parsed(SAMPLE_TRIP);
    for (const call of [
      () => assessCompliance(trip, throwing() as never, { asOf: '2021-01-01' }),
      () => formatMoney(throwing() as never, 'sv'),
      () => totalInSek([], { rates: [] } as never, [], throwing() as never),
    ]) {
      const error = thrownBy(call);
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).code).toBe('invalid_argument');
    }
  });

  it('a rate day read twice would answer differently: the day checked is the day used', () => {
    let reads = 0;
    const rateDay = {
      get day(): string {
        reads += 1;
        return reads === 1 ? '2020-01-01' : 'not-a-day';
      },
    };
    const item = { label: 'x', category: 'other', amount: sek(100) };
    expect(() =>
      totalInSek([item] as never, { rates: [] } as never, [], rateDay as never),
    ).not.toThrow();
    expect(reads).toBe(1);
  });

  it('a list longer than any the library reads is refused, not cut (which would change the total)', () => {
    const item = { label: 'x', category: 'other', amount: sek(100) };
    const error = thrownBy(() =>
      totalInSek(Array(1_000_005).fill(item) as never, { rates: [] } as never),
    );
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).messages.en).toBe(
      'totalInSek: the cost items cannot be read (longer than 1000001 items).',
    );
  });
});

describe('ownData: what it says of what it could not read', () => {
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };

  /** An object whose field `x` throws `thrown` when read. */
  const throwing = (thrown: unknown) =>
    Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw thrown;
      },
    });

  it('names the path of the read that threw, and what was thrown, in at most 200 characters', () => {
    const long = 'é'.repeat(300);
    const cases: [unknown, string][] = [
      [new Error('the disk is gone'), 'the disk is gone'],
      [new RangeError(long), long.slice(0, 200)],
      ['a string', 'a string'],
      [long, long.slice(0, 200)],
      [null, 'null'],
      [undefined, 'a thrown undefined'],
      [42, 'a thrown number'],
      [{ message: 'not an Error' }, 'a thrown object'],
      // A list can be cut too, but is no text.
      [['a', 'list'], 'a thrown object'],
      [Object.assign(new Error(), { message: ['a', 'list'] }), 'a thrown object'],
      // A thrown Proxy is asked nothing that could throw again: revoked, or with traps that throw.
      [revoked(), 'a thrown object'],
      [
        new Proxy(
          {},
          {
            getPrototypeOf() {
              throw new Error('no prototype');
            },
            get() {
              throw new Error('nothing to read');
            },
          },
        ),
        'a thrown object',
      ],
      [
        Object.defineProperty(new Error('hidden'), 'message', {
          get() {
            throw new Error('again');
          },
        }),
        'a thrown object',
      ],
    ];
    for (const [thrown, reason] of cases)
      expect(ownData({ a: [0, throwing(thrown)] })).toEqual({
        readable: false,
        path: ['a', 1, 'x'],
        reason,
      });
  });

  it('a list whose length throws, and keys that throw, are unreadable at the list or object', () => {
    const list = new Proxy([], {
      get(target, key) {
        if (key === 'length') throw new Error('no length');
        return Reflect.get(target, key);
      },
    });
    expect(ownData({ a: { b: list } })).toEqual({
      readable: false,
      path: ['a', 'b'],
      reason: 'no length',
    });
    const keys = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(ownData([keys])).toEqual({ readable: false, path: [0], reason: 'no keys' });
    // A length no list can have is said at the list, not at the top.
    const impossible = new Proxy([], {
      get: (target, key) => (key === 'length' ? -1 : Reflect.get(target, key)),
    });
    expect(ownData({ a: [impossible] })).toEqual({
      readable: false,
      path: ['a', 0],
      reason: 'Invalid array length',
    });
  });

  /** A value nested `depth` objects deep, with 'end' at the bottom. */
  const nested = (depth: number): unknown => {
    let value: unknown = 'end';
    for (let level = 0; level < depth; level++) value = { next: value };
    return value;
  };

  it("a function is read as one stand-in that does nothing, never the caller's own", () => {
    let called = 0;
    const own = ownData({ f: () => called++, g: [() => called++] });
    const value = (own as { value: { f: () => unknown; g: [() => unknown] } }).value;
    expect(value.f).toBe(value.g[0]);
    expect(value.f()).toBeUndefined();
    expect(called).toBe(0);
  });

  it('lists count as levels too: 34 lists deep is cut, or refused as an argument', () => {
    const lists = (depth: number): unknown => {
      let value: unknown = 'end';
      for (let level = 0; level < depth; level++) value = [value];
      return value;
    };
    expect(ownData(lists(33), true)).toEqual({ readable: true, value: lists(33) });
    let cut = (ownData(lists(34)) as { value: unknown }).value;
    for (let level = 0; level < 33; level++) cut = (cut as unknown[])[0];
    expect(cut).toBeNull();
    const value = lists(34);
    expect(ownData(value, true)).toEqual({
      readable: false,
      path: Array(33).fill(0),
      reason: 'deeper than 32 levels',
    });
  });

  it('reads 32 levels below the top; below them a document is cut and an argument is refused', () => {
    expect(ownData(nested(33))).toEqual({ readable: true, value: nested(33) });
    expect(ownData(nested(33), true)).toEqual({ readable: true, value: nested(33) });
    const cut = ownData(nested(34));
    expect(cut.readable).toBe(true);
    // The 34th object down, at depth 33, is read as null.
    let value = (cut as { value: unknown }).value;
    for (let level = 0; level < 33; level++) value = (value as { next: unknown }).next;
    expect(value).toBeNull();
    expect(ownData(nested(34), true)).toEqual({
      readable: false,
      path: Array(33).fill('next'),
      reason: 'deeper than 32 levels',
    });
  });

  it('an argument list of 1 000 001 items is read; one more is refused at its path', () => {
    const longest = Array(1_000_001);
    expect(ownData({ items: longest }, true).readable).toBe(true);
    expect(ownData({ items: [...longest, 0] }, true)).toEqual({
      readable: false,
      path: ['items'],
      reason: 'longer than 1000001 items',
    });
    // A document's list is cut there instead, and its schema refuses it.
    const cut = ownData({ items: [...longest, 0] });
    expect((cut as { value: { items: unknown[] } }).value.items).toHaveLength(1_000_001);
  });
});
