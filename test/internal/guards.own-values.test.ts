/**
 * Issue 28, item 3: a guard accepts only the very objects the library made — by their own identity,
 * not through the prototype chain. An object made with `Object.create` of a real value, a `Proxy` of
 * one (with or without traps, revoked or not) is refused with `invalid_argument` naming the
 * function, whatever it claims to hold.
 */
import { describe, expect, it } from 'vitest';
import {
  accountToMarkdown,
  audit,
  auditToCsv,
  councilAccount,
  evaluate,
  findTwinTown,
  POLICY_2019_2022,
  PolicyError,
  parseRegister,
  policyRegistry,
  reviewAgreements,
} from '../../src/index.js';
import { parsed } from '../fixtures/build.js';
import { SAMPLE_REGISTER, SAMPLE_TRIP } from '../fixtures/samples.js';
import { thrownBy } from '../support/thrown.js';

const loose = <T>(value: unknown): T => value as T;

function refused(call: () => unknown, fn: string): void {
  const error = thrownBy(call);
  expect(error, fn).toBeInstanceOf(PolicyError);
  expect((error as PolicyError).code).toBe('invalid_argument');
  expect((error as PolicyError).details).toEqual({ function: fn });
}

/** Every stand-in for `value` that is not the value itself. */
function standIns(value: object): [string, unknown][] {
  const revocable = Proxy.revocable(value, {});
  revocable.revoke();
  return [
    ['Object.create of it', Object.create(value)],
    ['a Proxy of it', new Proxy(value, {})],
    ['a revoked Proxy of it', revocable.proxy],
    [
      'a Proxy whose traps throw',
      new Proxy(value, {
        getOwnPropertyDescriptor() {
          throw Object.create(null);
        },
        get() {
          throw Object.create(null);
        },
      }),
    ],
  ];
}

describe('a forged policy version is refused', () => {
  it('Object.create(POLICY_2019_2022) with a threshold of 0 kr: evaluate refuses it rather than answer with the official id', () => {
    const forged = Object.create(POLICY_2019_2022, {
      reportBackThreshold: { value: { ...POLICY_2019_2022.reportBackThreshold, amount: 0 } },
    });
    refused(() => evaluate(parsed(SAMPLE_TRIP), loose({ policies: forged })), 'evaluate');
    refused(() => evaluate(parsed(SAMPLE_TRIP), loose({ policies: [forged] })), 'evaluate');
  });

  it('a Proxy of the policy is refused, as a version and inside a list', () => {
    refused(() => findTwinTown(loose(new Proxy(POLICY_2019_2022, {})), 'Madison'), 'findTwinTown');
    refused(
      () => evaluate(parsed(SAMPLE_TRIP), loose({ policies: [new Proxy(POLICY_2019_2022, {})] })),
      'evaluate',
    );
  });
});

describe('a forged activity is refused', () => {
  it('Object.create(parsedTrip) with a cost of −50 000 kr is not judged', () => {
    const trip = parsed(SAMPLE_TRIP);
    const [item] = (trip as unknown as { plannedCosts: { amount: object }[] }).plannedCosts;
    const forged = Object.create(trip, {
      plannedCosts: { value: [{ ...item, amount: { ...item?.amount, amount: -5_000_000 } }] },
    });
    refused(() => evaluate(forged), 'evaluate');
  });
});

describe('every stand-in for every kind of value the library makes is refused', () => {
  const register = (() => {
    const result = parseRegister(SAMPLE_REGISTER);
    if (!result.success) throw new Error('sample');
    return result.data;
  })();
  const report = audit(register, { asOf: '2023-03-31' });
  const account = councilAccount(register, { period: '2019-2022', asOf: '2023-03-31' });
  const cases: [string, object, (value: unknown) => unknown][] = [
    ['evaluate', parsed(SAMPLE_TRIP), (value) => evaluate(loose(value))],
    [
      'evaluate',
      policyRegistry([POLICY_2019_2022]),
      (value) => evaluate(parsed(SAMPLE_TRIP), loose({ policies: value })),
    ],
    ['findTwinTown', POLICY_2019_2022, (value) => findTwinTown(loose(value), 'Madison')],
    [
      'reviewAgreements',
      register,
      (value) => reviewAgreements(loose(value), { period: '2019-2022', asOf: '2023-03-31' }),
    ],
    ['auditToCsv', report, (value) => auditToCsv(loose(value), 'sv')],
    ['accountToMarkdown', account, (value) => accountToMarkdown(loose(value), 'sv')],
  ];
  for (const [fn, value, call] of cases) {
    it(`${fn}: the value itself is taken; Object.create of it, Proxies of it and revoked Proxies are not`, () => {
      expect(() => call(value)).not.toThrow();
      for (const [name, standIn] of standIns(value)) {
        const error = thrownBy(() => call(standIn));
        expect(error, `${fn}: ${name}`).toBeInstanceOf(PolicyError);
        expect((error as PolicyError).code, `${fn}: ${name}`).toBe('invalid_argument');
      }
    });
  }
});

describe('what is read as a document or a list is read once', () => {
  it('a Proxy of a list of the library’s versions is read once: a later read that answers a forged version is never used', () => {
    const forged = Object.create(POLICY_2019_2022, {
      reportBackThreshold: { value: { ...POLICY_2019_2022.reportBackThreshold, amount: 0 } },
    });
    let reads = 0;
    const list = new Proxy([POLICY_2019_2022], {
      get(target, key, receiver) {
        if (key === '0' && ++reads > 1) return forged;
        return Reflect.get(target, key, receiver);
      },
    });
    const trip = parsed({ ...SAMPLE_TRIP, plannedCosts: [] });
    const reportBack = evaluate(trip, loose({ policies: list })).obligations.find(
      (o) => o.code === 'board_report_back',
    );
    expect(reportBack?.status).toBe('not_applicable');
    expect(reads).toBe(1);
  });

  it('audit reads a stand-in for a register as a document: Object.create of one owns nothing and is no register', () => {
    const result = parseRegister(SAMPLE_REGISTER);
    if (!result.success) throw new Error('sample');
    const report = audit(loose(Object.create(result.data)), { asOf: '2023-03-31' });
    expect(report.activities).toEqual([]);
    expect(report.invalid.map((entry) => entry.list)).toEqual(['register']);
  });

  it('audit does not take a Proxy of a parsed register as one: read as a document, it is not a register document', () => {
    const result = parseRegister(SAMPLE_REGISTER);
    if (!result.success) throw new Error('sample');
    const report = audit(loose(new Proxy(result.data, {})), { asOf: '2023-03-31' });
    expect(report.activities).toEqual([]);
    expect(report.invalid.length).toBeGreaterThan(0);
  });
});
