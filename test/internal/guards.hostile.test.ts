/**
 * Issue 28, "done when": every public function, called with hostile values in any argument — Proxies
 * whose traps throw something that is no `Error`, revoked Proxies, objects whose prototype carries the
 * options' and fields' names, `Object.create` of the library's real results, huge strings, and
 * options holding any of these — returns, or throws (rejects) a `PolicyError`. Nothing else escapes:
 * no `TypeError`, no `RangeError`, no value the caller threw.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { PolicyError } from '../../src/index.js';
import { parsed } from '../fixtures/build.js';
import { SAMPLE_REGISTER, SAMPLE_TRIP } from '../fixtures/samples.js';

/** The library's functions, but not its one class (`PolicyError`, made with `new`). */
const FUNCTIONS = (Object.entries(library) as [string, unknown][]).filter(
  (entry): entry is [string, (...args: unknown[]) => unknown] =>
    typeof entry[1] === 'function' && entry[1] !== PolicyError,
);

const register = (() => {
  const result = library.parseRegister(SAMPLE_REGISTER);
  if (!result.success) throw new Error('sample');
  return result.data;
})();
const trip = parsed(SAMPLE_TRIP);
const report = library.audit(register, { asOf: '2023-03-31' });
const evaluation = library.evaluate(trip);

/** A thrown value that is no Error, and one whose `message` getter throws. */
const NOT_ERRORS: unknown[] = [
  Object.create(null),
  'a string',
  42,
  undefined,
  Object.defineProperty(new Error('x'), 'message', {
    get() {
      throw Object.create(null);
    },
  }),
];

/** A Proxy of `target` all of whose traps throw `thrown`. */
function throwing(target: object, thrown: unknown): object {
  const trap = () => {
    throw thrown;
  };
  return new Proxy(target, {
    get: trap,
    has: trap,
    ownKeys: trap,
    getOwnPropertyDescriptor: trap,
    getPrototypeOf: trap,
    apply: trap,
    construct: trap,
    defineProperty: trap,
    set: trap,
    deleteProperty: trap,
    isExtensible: trap,
    preventExtensions: trap,
  });
}

function revoked(target: object): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

const HUGE = 'x'.repeat(1 << 20);

/** A value made afresh for each call, by its name (fast-check shows names, not these values). */
type Maker = readonly [string, () => unknown];

const TARGETS: readonly [string, () => object][] = [
  ['{}', () => ({})],
  ['[]', () => []],
  ['function', () => () => 0],
];

/** Values no careful caller passes. */
const HOSTILE: readonly Maker[] = [
  ...TARGETS.flatMap(([target, make]) =>
    NOT_ERRORS.map(
      (thrown, index): Maker => [
        `Proxy of ${target} throwing no Error #${index}`,
        () => throwing(make(), thrown),
      ],
    ),
  ),
  ...TARGETS.map(([target, make]): Maker => [`revoked Proxy of ${target}`, () => revoked(make())]),
  [
    'an object whose prototype carries the names the library reads',
    () =>
      Object.create({
        asOf: '2023-03-31',
        period: '2019-2022',
        policies: [library.POLICY_2019_2022],
        rates: { rates: [] },
        kind: 'trip',
        id: 'T',
        twinTown: 'esashi',
        format: 1,
        activities: [],
      }),
  ],
  ['Object.create(parsed trip)', () => Object.create(trip)],
  ['Object.create(parsed register)', () => Object.create(register)],
  ['Object.create(POLICY_2019_2022)', () => Object.create(library.POLICY_2019_2022)],
  ['Object.create(audit report)', () => Object.create(report)],
  ['Object.create(evaluation)', () => Object.create(evaluation)],
  ['Object.create(obligation)', () => Object.create(evaluation.obligations[0] ?? {})],
  ['a 1 MiB string', () => HUGE],
  ['a date and 1 MiB', () => `2020-01-01${HUGE}`],
  ['a list of a 1 MiB string', () => [HUGE]],
  ['a 1 MiB key', () => ({ [HUGE]: HUGE })],
];

/** Values a function takes, so that a call gets past its first guard to the next argument. */
const FAIR: readonly Maker[] = [
  ['parsed trip', () => trip],
  ['parsed register', () => register],
  ['POLICY_2019_2022', () => library.POLICY_2019_2022],
  ['[POLICY_2019_2022]', () => [library.POLICY_2019_2022]],
  ['audit report', () => report],
  ['evaluation', () => evaluation],
  ['obligation', () => evaluation.obligations[0]],
  ['sample trip input', () => SAMPLE_TRIP],
  ['sample register input', () => SAMPLE_REGISTER],
  ["'2023-03-31'", () => '2023-03-31'],
  ["'Tallinn'", () => 'Tallinn'],
  ["'EE'", () => 'EE'],
  ["'sv'", () => 'sv'],
  ["'en'", () => 'en'],
  ['{ asOf }', () => ({ asOf: '2023-03-31' })],
  ['{ period, asOf }', () => ({ period: '2019-2022', asOf: '2023-03-31' })],
  ['{}', () => ({})],
  ['undefined', () => undefined],
];

const OPTION_NAMES = [
  'asOf',
  'period',
  'policies',
  'rates',
  'agreements',
  'deadlines',
  'maxRateAgeDays',
  'signal',
  'onActivity',
  'language',
] as const;

/** One argument: hostile, fair, or options holding a hostile value under a name the library reads. */
const argument: fc.Arbitrary<Maker> = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...FAIR),
  fc
    .tuple(fc.constantFrom(...OPTION_NAMES), fc.constantFrom(...HOSTILE))
    .map(
      ([name, [label, make]]): Maker => [
        `{ asOf, period, ${name}: ${label} }`,
        () => ({ asOf: '2023-03-31', period: '2019-2022', [name]: make() }),
      ],
    ),
);

/** What a call did: returned, or threw (or rejected) this. */
async function outcome(call: () => unknown): Promise<{ thrown: unknown } | undefined> {
  let result: unknown;
  try {
    result = call();
  } catch (thrown) {
    return { thrown };
  }
  if (result instanceof Promise) {
    try {
      await result;
    } catch (thrown) {
      return { thrown };
    }
  }
  // A writer: its methods are public functions too.
  if (typeof result === 'object' && result !== null) {
    for (const method of Object.values(result))
      if (typeof method === 'function') {
        try {
          method(HUGE);
          method(throwing({}, Object.create(null)));
        } catch (thrown) {
          return { thrown };
        }
      }
  }
  return undefined;
}

/** What escaped, in words, or nothing when only a PolicyError (or nothing) did. */
function escaped(name: string, labels: readonly string[], done: { thrown: unknown } | undefined) {
  if (done === undefined || done.thrown instanceof PolicyError) return undefined;
  const { thrown } = done;
  let what: string = typeof thrown;
  try {
    if (thrown instanceof Error) what = `${thrown.name}: ${thrown.message}`;
  } catch {
    what = 'an Error whose message cannot be read';
  }
  return `${name}(${labels.join(', ')}) threw ${what}`;
}

const call = (name: string, args: readonly unknown[]) => () =>
  (library as unknown as Record<string, (...args: unknown[]) => unknown>)[name]?.(...args);

describe('hostile callers', () => {
  it('the property below covers every function the library exports', () => {
    expect(FUNCTIONS.length).toBeGreaterThanOrEqual(36);
  });

  test.prop(
    [
      fc.constantFrom(...FUNCTIONS.map(([name]) => name)),
      fc.array(argument, { minLength: 1, maxLength: 3 }).map((makers) => makers),
    ],
    { numRuns: 600 },
  )(
    'every public function returns or throws a PolicyError, whatever it is given',
    async (name, makers) => {
      const labels = makers.map(([label]) => label);
      const done = await outcome(
        call(
          name,
          makers.map(([, make]) => make()),
        ),
      );
      expect(escaped(name, labels, done)).toBeUndefined();
    },
  );

  it('the writers auditCsvWriter returns take any hostile value and only return or throw a PolicyError', async () => {
    for (const language of ['sv', 'en'] as const) {
      const writer = library.auditCsvWriter(language);
      for (const [method, write] of [
        ['activity', writer.activity],
        ['agreements', writer.agreements],
      ] as const)
        for (const [label, make] of HOSTILE) {
          const done = await outcome(() => write(make() as never));
          expect(escaped(`auditCsvWriter('${language}').${method}`, [label], done)).toBeUndefined();
        }
    }
  });

  it('with names the library reads set on Object.prototype, every function still only returns or throws a PolicyError', async () => {
    const names = ['asOf', 'policies', 'twinTown', 'kind', 'rates', 'format'];
    const calls: [string, unknown[]][] = [
      ['trip', [trip]],
      ['register, {}', [register, {}]],
      ['trip input', [SAMPLE_TRIP]],
      ['register input, {}', [SAMPLE_REGISTER, {}]],
    ];
    for (const [name] of FUNCTIONS) {
      for (const [label, args] of calls) {
        let done: { thrown: unknown } | undefined;
        try {
          for (const key of names)
            Object.defineProperty(Object.prototype, key, {
              value: 'polluted',
              configurable: true,
              writable: true,
            });
          done = await outcome(call(name, args));
        } finally {
          for (const key of names) delete (Object.prototype as Record<string, unknown>)[key];
        }
        expect(escaped(name, [label], done)).toBeUndefined();
      }
    }
  });
});
