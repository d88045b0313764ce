/**
 * Issue 28, item 2: every option of every public function is checked — whole days in range, the
 * right types, no option the function does not read — and refused with `invalid_argument` naming
 * the option, never used as given (`reportBackDays: '60'` once computed a deadline in the year
 * 5019844951) and never ignored (a misspelt `asof`).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  assessCompliance,
  audit,
  auditStream,
  councilAccount,
  councilAccountStream,
  evaluate,
  POLICY_2019_2022,
  PolicyError,
  parseActivity,
  parseRecords,
  parseRegister,
  reviewAgreements,
} from '../../src/index.js';
import { parsed } from '../fixtures/build.js';
import { SAMPLE_REGISTER, SAMPLE_TRIP } from '../fixtures/samples.js';
import { thrownBy } from '../support/thrown.js';

const loose = <T>(value: unknown): T => value as T;

function refusal(call: () => unknown): PolicyError {
  const error = thrownBy(call);
  expect(error).toBeInstanceOf(PolicyError);
  expect((error as PolicyError).code).toBe('invalid_argument');
  return error as PolicyError;
}

async function refusalOf(call: () => Promise<unknown>): Promise<PolicyError> {
  const error = await call().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PolicyError);
  expect((error as PolicyError).code).toBe('invalid_argument');
  return error as PolicyError;
}

const register = (() => {
  const result = parseRegister(SAMPLE_REGISTER);
  if (!result.success) throw new Error('sample');
  return result.data;
})();
const trip = parsed(SAMPLE_TRIP);
const NO_RECORDS = {};

describe('deadlines are whole days from 0 to 3 650', () => {
  const withDays = (reportBackDays: unknown) =>
    [
      () => audit(register, loose({ asOf: '2023-03-31', deadlines: { reportBackDays } })),
      () =>
        assessCompliance(
          trip,
          NO_RECORDS,
          loose({ asOf: '2023-03-31', deadlines: { reportBackDays } }),
        ),
    ] as const;

  it('refuses "60", "x", 0.5, null, 10n, −1 and 3 651, naming deadlines.reportBackDays', () => {
    for (const days of ['60', 'x', 0.5, null, 10n, -1, 3651, Number.NaN, Number.POSITIVE_INFINITY])
      for (const call of withDays(days))
        expect(refusal(call).messages.en).toContain(
          'deadlines.reportBackDays must be a whole number of days from 0 to 3650',
        );
    expect(refusal(withDays('60')[0]).messages).toEqual({
      sv: 'audit: deadlines.reportBackDays ska vara ett helt antal dagar från 0 till 3650, inte "60".',
      en: 'audit: deadlines.reportBackDays must be a whole number of days from 0 to 3650, not "60".',
    });
  });

  it('takes 0 and 3 650', () => {
    for (const days of [0, 3650]) for (const call of withDays(days)) expect(call).not.toThrow();
  });

  it('refuses deadlines that are no object, and a deadline it does not know', () => {
    refusal(() => audit(register, loose({ asOf: '2023-03-31', deadlines: 90 })));
    expect(
      refusal(() => audit(register, loose({ asOf: '2023-03-31', deadlines: { reportDays: 90 } })))
        .messages.en,
    ).toBe(
      `audit: there is no option "reportDays"; the options are 'reportBackDays', 'councilAccountDays'.`,
    );
  });

  test.prop([fc.anything()])(
    'any value is a deadline exactly when it is a whole number of days from 0 to 3 650',
    (days) => {
      const valid =
        days === undefined ||
        (Number.isSafeInteger(days) && (days as number) >= 0 && (days as number) <= 3650);
      const call = () =>
        assessCompliance(
          trip,
          NO_RECORDS,
          loose({ asOf: '2023-03-31', deadlines: { councilAccountDays: days } }),
        );
      if (valid) expect(call).not.toThrow();
      else refusal(call);
    },
  );
});

describe('an option a function does not read is refused, not ignored', () => {
  const calls: [string, () => unknown][] = [
    ['evaluate', () => evaluate(trip, loose({ asof: '2020-01-01' }))],
    [
      'assessCompliance',
      () => assessCompliance(trip, NO_RECORDS, loose({ asOf: '2023-03-31', asof: 'x' })),
    ],
    ['audit', () => audit(register, loose({ asOf: '2023-03-31', agreements: [] }))],
    [
      'councilAccount',
      () =>
        councilAccount(register, loose({ period: '2019-2022', asOf: '2023-03-31', deadlines: {} })),
    ],
    [
      'reviewAgreements',
      () =>
        reviewAgreements(register, loose({ period: '2019-2022', asOf: '2023-03-31', perod: 'x' })),
    ],
    ['parseActivity', () => parseActivity(SAMPLE_TRIP, loose({ policy: [] }))],
    ['parseRecords', () => parseRecords({}, loose({ strict: true }))],
    ['parseRegister', () => parseRegister(SAMPLE_REGISTER, loose({ asOf: '2023-03-31' }))],
  ];
  for (const [fn, call] of calls)
    it(`${fn} names the option it does not know`, () => {
      const error = refusal(call);
      expect(error.details).toEqual({ function: fn });
      expect(error.messages.en).toMatch(/there is no option "\w+"; the options are '/);
      expect(error.messages.sv).toMatch(/inställningen "\w+" finns inte; de som finns är '/);
    });

  it('auditStream and councilAccountStream too, before reading anything', async () => {
    const parts = loose<Parameters<typeof auditStream>[0]>({ document: {}, activities: [] });
    expect(
      (await refusalOf(() => auditStream(parts, loose({ asOf: '2023-03-31', asof: 'x' })))).details,
    ).toEqual({
      function: 'auditStream',
    });
    expect(
      (
        await refusalOf(() =>
          councilAccountStream(parts, loose({ period: '2019-2022', asOf: '2023-03-31', x: 1 })),
        )
      ).details,
    ).toEqual({ function: 'councilAccountStream' });
  });
});

describe('options that cannot be read', () => {
  it('a revoked Proxy, or one whose traps throw, as options is refused, not a TypeError', () => {
    const { proxy, revoke } = Proxy.revocable({ asOf: '2023-03-31' }, {});
    revoke();
    const throwing = new Proxy(
      { asOf: '2023-03-31' },
      {
        ownKeys() {
          throw Object.create(null);
        },
      },
    );
    for (const options of [proxy, throwing]) {
      const error = refusal(() => audit(register, loose(options)));
      expect(error.messages.en).toBe(
        'audit: the options cannot be read (a Proxy that throws or has been revoked).',
      );
      refusal(() => evaluate(trip, loose(options)));
    }
  });
});

describe('options are read once, and a getter that throws is refused', () => {
  it('a getter throwing anything (here no Error) while an option is read: invalid_argument naming it', () => {
    const options = {
      get asOf(): string {
        throw Object.create(null);
      },
    };
    const error = refusal(() => audit(register, loose(options)));
    expect(error.messages.en).toBe(
      'audit: the option "asOf" cannot be read (a getter or Proxy that throws).',
    );
    expect(error.messages.sv).toBe(
      'audit: inställningen "asOf" går inte att läsa (en getter eller ett Proxy-objekt som kastar).',
    );
    refusal(() => evaluate(trip, loose(options)));
    refusal(() =>
      parseActivity(
        SAMPLE_TRIP,
        loose({
          get policies() {
            throw 'no';
          },
        }),
      ),
    );
    const deadlines = {
      get reportBackDays(): number {
        throw 1;
      },
    };
    refusal(() => audit(register, loose({ asOf: '2023-03-31', deadlines })));
  });

  it('a getter that answers a valid day first and garbage after is read once: the day checked is the day used', () => {
    let reads = 0;
    const options = {
      get asOf(): string {
        reads += 1;
        return reads === 1 ? '2023-03-31' : 'garbage';
      },
    };
    expect(audit(register, loose(options)).asOf).toBe('2023-03-31');
    reads = 0;
    const deadlines = {
      get reportBackDays(): unknown {
        reads += 1;
        return reads === 1 ? 60 : '60';
      },
    };
    const report = audit(register, loose({ asOf: '2023-03-31', deadlines }));
    expect(report.verdict).toBe(
      audit(register, { asOf: '2023-03-31', deadlines: { reportBackDays: 60 } }).verdict,
    );
  });

  it('rates written by hand are read once: the parsed copy is the one used', () => {
    let reads = 0;
    const eur = { currency: 'EUR', sekPerUnit: '11.0', date: '2020-01-01', source: 'ECB' };
    const rates = {
      get rates(): unknown {
        reads += 1;
        if (reads > 1) throw new Error('read again');
        return [eur];
      },
    };
    expect(() => evaluate(trip, loose({ rates }))).not.toThrow();
    expect(reads).toBe(1);
  });
});

describe('options inherited, and lists read once (review of issue 28)', () => {
  it('an option inherited from a prototype of the caller is refused, not ignored', () => {
    const options = Object.assign(Object.create({ deadlines: { reportBackDays: 1 } }), {
      asOf: '2023-03-31',
    });
    const error = refusal(() => audit(register, options));
    expect(error.messages.en).toBe(
      'audit: the option "deadlines" is inherited from another object, not the options\' own; write it in the object given.',
    );
  });

  it("a parser uses the copy of the policies it checked, not the caller's list read again", () => {
    // A list whose flatMap would add a twin town no version has.
    const real = [POLICY_2019_2022];
    const sly = new Proxy(real, {
      get(target, key, receiver) {
        if (key === 'flatMap') return () => [{ goals: [], twinTowns: [{ id: 'atlantis' }] }];
        return Reflect.get(target, key, receiver);
      },
    });
    const result = parseRecords(
      { agreements: [{ id: 'A', twinTown: 'atlantis' }] },
      { policies: sly },
    );
    expect(result.success).toBe(false);
  });
});
