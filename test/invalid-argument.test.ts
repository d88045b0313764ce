/**
 * STYLE 3: a function called with a value no parser returns — a plain JSON object in place of a
 * parsed one, a copy of a parsed one, options left out, an unknown language — is a programmer error,
 * and the guard at the top of the function throws the library's one named error class for it:
 * `PolicyError` `invalid_argument`, naming the function and what it takes, never a bare `TypeError`
 * from deep inside. There is no catch-all behind the guards.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import {
  accountToCsv,
  accountToMarkdown,
  assessCompliance,
  audit,
  auditCsvWriter,
  councilAccount,
  describeFact,
  diffPolicies,
  evaluate,
  findClause,
  findTwinTown,
  formatMoney,
  isMoreThan,
  mandatePeriodOf,
  POLICY_2019_2022,
  PolicyError,
  policyRegistry,
  reviewAgreements,
  toActivityInput,
  toPolicyDefinition,
  toRegisterInput,
  toSek,
  totalInSek,
} from '../src/index.js';
import { parsed } from './fixtures/build.js';
import { SAMPLE_REGISTER, SAMPLE_TRIP } from './fixtures/samples.js';
import { thrownBy } from './support/thrown.js';

/** Loose, so that the calls below can pass what the types forbid, as a JavaScript caller can. */
const loose = (value: unknown) => value as never;
const THRESHOLD = POLICY_2019_2022.reportBackThreshold;

/** Each function, a call a JavaScript program could make by mistake, and its message (English, Swedish). */
const CASES: readonly [string, () => unknown, string, string][] = [
  [
    'evaluate',
    () => evaluate(loose(SAMPLE_TRIP)),
    'evaluate: takes an activity from parseActivity or parseRegister, not this object; a copy or an object written by hand is not taken.',
    'evaluate: tar en aktivitet från parseActivity eller parseRegister, inte det här objektet; en kopia eller ett objekt skrivet för hand tas inte emot.',
  ],
  [
    'toActivityInput',
    () => toActivityInput(loose(null)),
    'toActivityInput: takes an activity from parseActivity or parseRegister, not null; a copy or an object written by hand is not taken.',
    'toActivityInput: tar en aktivitet från parseActivity eller parseRegister, inte null; en kopia eller ett objekt skrivet för hand tas inte emot.',
  ],
  [
    'assessCompliance',
    () => assessCompliance(loose(undefined), loose(undefined), loose(undefined)),
    'assessCompliance: takes an activity from parseActivity or parseRegister, not undefined; a copy or an object written by hand is not taken.',
    'assessCompliance: tar en aktivitet från parseActivity eller parseRegister, inte undefined; en kopia eller ett objekt skrivet för hand tas inte emot.',
  ],
  [
    'audit',
    () => audit({ format: 1, activities: [] }, loose(undefined)),
    'audit: the options must be an object, not undefined.',
    'audit: inställningarna ska vara ett objekt, inte undefined.',
  ],
  [
    'councilAccount',
    () => councilAccount(loose({ asOf: '2023-03-31' }), loose(undefined)),
    'councilAccount: takes a register from parseRegister, not this object; a copy or an object written by hand is not taken.',
    'councilAccount: tar ett register från parseRegister, inte det här objektet; en kopia eller ett objekt skrivet för hand tas inte emot.',
  ],
  [
    'reviewAgreements',
    () => reviewAgreements(loose({}), loose(undefined)),
    'reviewAgreements: takes a register from parseRegister, not this object; a copy or an object written by hand is not taken.',
    'reviewAgreements: tar ett register från parseRegister, inte det här objektet; en kopia eller ett objekt skrivet för hand tas inte emot.',
  ],
  [
    'toRegisterInput',
    () => toRegisterInput(loose({})),
    'toRegisterInput: takes a register from parseRegister, not this object; a copy or an object written by hand is not taken.',
    'toRegisterInput: tar ett register från parseRegister, inte det här objektet; en kopia eller ett objekt skrivet för hand tas inte emot.',
  ],
  [
    'accountToCsv',
    () => accountToCsv(loose({})),
    'accountToCsv: takes an account from councilAccount, not this object; a copy or an object written by hand is not taken.',
    'accountToCsv: tar en redovisning från councilAccount, inte det här objektet; en kopia eller ett objekt skrivet för hand tas inte emot.',
  ],
  [
    'accountToMarkdown',
    () => accountToMarkdown(loose({})),
    'accountToMarkdown: takes an account from councilAccount, not this object; a copy or an object written by hand is not taken.',
    'accountToMarkdown: tar en redovisning från councilAccount, inte det här objektet; en kopia eller ett objekt skrivet för hand tas inte emot.',
  ],
  [
    'describeFact',
    () => describeFact(loose(null), 'en'),
    'describeFact: takes a fact from an evaluation evaluate gave, not null.',
    'describeFact: tar ett faktum från en bedömning som evaluate gett, inte null.',
  ],
  [
    'diffPolicies',
    () => diffPolicies(POLICY_2019_2022, loose({})),
    'diffPolicies: takes a policy version from BUILT_IN_POLICIES, parsePolicy or definePolicy, not this object; a copy or an object written by hand is not taken.',
    'diffPolicies: tar en policyversion från BUILT_IN_POLICIES, parsePolicy eller definePolicy, inte det här objektet; en kopia eller ett objekt skrivet för hand tas inte emot.',
  ],
  [
    'findClause',
    () => findClause(loose({}), 'board.approval'),
    'findClause: takes a policy version from BUILT_IN_POLICIES, parsePolicy or definePolicy, not this object; a copy or an object written by hand is not taken.',
    'findClause: tar en policyversion från BUILT_IN_POLICIES, parsePolicy eller definePolicy, inte det här objektet; en kopia eller ett objekt skrivet för hand tas inte emot.',
  ],
  [
    'findTwinTown',
    () => findTwinTown(POLICY_2019_2022, loose(undefined)),
    'findTwinTown: the place must be a string, not undefined.',
    'findTwinTown: ortnamnet ska vara en text, inte undefined.',
  ],
  [
    'findTwinTown',
    () => findTwinTown(loose({}), 'Madison'),
    'findTwinTown: takes a policy version from BUILT_IN_POLICIES, parsePolicy or definePolicy, not this object; a copy or an object written by hand is not taken.',
    'findTwinTown: tar en policyversion från BUILT_IN_POLICIES, parsePolicy eller definePolicy, inte det här objektet; en kopia eller ett objekt skrivet för hand tas inte emot.',
  ],
  [
    'findTwinTown',
    () => findTwinTown(POLICY_2019_2022, 'Madison', loose(1)),
    'findTwinTown: the country code must be a string, not 1.',
    'findTwinTown: landskoden ska vara en text, inte 1.',
  ],
  [
    'policyRegistry',
    () => policyRegistry(loose(undefined)),
    'policyRegistry: the policy versions must be a list of versions from BUILT_IN_POLICIES, parsePolicy or definePolicy, not undefined.',
    'policyRegistry: policyversionerna ska vara en lista med versioner från BUILT_IN_POLICIES, parsePolicy eller definePolicy, inte undefined.',
  ],
  [
    'toPolicyDefinition',
    () => toPolicyDefinition(loose({})),
    'toPolicyDefinition: takes a policy version from BUILT_IN_POLICIES, parsePolicy or definePolicy, not this object; a copy or an object written by hand is not taken.',
    'toPolicyDefinition: tar en policyversion från BUILT_IN_POLICIES, parsePolicy eller definePolicy, inte det här objektet; en kopia eller ett objekt skrivet för hand tas inte emot.',
  ],
  [
    'formatMoney',
    () => formatMoney(loose(null), 'sv'),
    'formatMoney: the amount must be a dinero.js snapshot ({ amount, currency, scale } in minor units), not null.',
    'formatMoney: beloppet ska vara en dinero.js-snapshot ({ amount, currency, scale } i minsta enheter), inte null.',
  ],
  [
    'isMoreThan',
    () => isMoreThan(loose('12 500,00'), THRESHOLD),
    'isMoreThan: the amount must be a dinero.js snapshot ({ amount, currency, scale } in minor units), not "12 500,00".',
    'isMoreThan: beloppet ska vara en dinero.js-snapshot ({ amount, currency, scale } i minsta enheter), inte "12 500,00".',
  ],
  [
    'totalInSek',
    () => totalInSek(loose([{ amount: '100', currency: 'EUR' }]), { rates: [] }),
    'totalInSek: the cost items must be a list of items from a parsed activity, not this list.',
    'totalInSek: kostnadsposterna ska vara en lista med poster från en tolkad aktivitet, inte den här listan.',
  ],
  [
    'auditCsvWriter',
    () => auditCsvWriter(loose('de')),
    "auditCsvWriter: the language must be 'sv' or 'en', not \"de\".",
    "auditCsvWriter: språket ska vara 'sv' eller 'en', inte \"de\".",
  ],
  [
    'toSek',
    () => toSek(loose({ amount: 100, currency: 'EUR', scale: 2 }), loose(undefined)),
    'toSek: the amount must be a dinero.js snapshot ({ amount, currency, scale } in minor units), not this object.',
    'toSek: beloppet ska vara en dinero.js-snapshot ({ amount, currency, scale } i minsta enheter), inte det här objektet.',
  ],
  [
    'toSek',
    () => toSek(THRESHOLD, { rates: [] }, loose('2020-02-30')),
    'toSek: the day must be a date YYYY-MM-DD, not "2020-02-30".',
    'toSek: dagen ska vara ett datum ÅÅÅÅ-MM-DD, inte "2020-02-30".',
  ],
  [
    'toSek',
    () => toSek(THRESHOLD, loose({ rates: [null] })),
    'toSek: the exchange rates must be { rates: [...] } as parseRates takes them; rates[0]: must be an object, but is null.',
    'toSek: växelkurserna ska vara { rates: [...] } som parseRates tar emot; rates[0]: ska vara ett objekt, men är null.',
  ],
  [
    'totalInSek',
    () => totalInSek([], { rates: [] }, loose(['plannedCosts', -1])),
    "totalInSek: the path must be a list of keys and indexes, e.g. ['plannedCosts'], not this list.",
    "totalInSek: sökvägen ska vara en lista med nycklar och index, t.ex. ['plannedCosts'], inte den här listan.",
  ],
  [
    'totalInSek',
    () => totalInSek([], { rates: [] }, loose('plannedCosts')),
    'totalInSek: the path must be a list of keys and indexes, e.g. [\'plannedCosts\'], not "plannedCosts".',
    'totalInSek: sökvägen ska vara en lista med nycklar och index, t.ex. [\'plannedCosts\'], inte "plannedCosts".',
  ],
];

describe('a value no parser returns', () => {
  it.each(CASES)(
    '%s throws invalid_argument from its guard, saying what it takes',
    (name, call, en, sv) => {
      const error = thrownBy(call);
      expect(error).toBeInstanceOf(PolicyError);
      const failure = error as PolicyError;
      expect(failure.code).toBe('invalid_argument');
      expect(failure.details).toEqual({ function: name });
      // A guard refuses the argument before anything reads it: there is nothing it tripped over.
      expect(failure.cause).toBeUndefined();
      expect(failure.messages).toEqual({ sv, en });
    },
  );

  it('refuses a parsed value that was copied: spread, structured clone, JSON round trip', () => {
    const activity = parsed(SAMPLE_TRIP);
    expect(evaluate(activity).outcome).toBe('evaluated');
    for (const copy of [
      { ...activity },
      structuredClone(activity),
      JSON.parse(JSON.stringify(activity)),
    ]) {
      const error = thrownBy(() => evaluate(copy)) as PolicyError;
      expect(error.code).toBe('invalid_argument');
      expect(error.messages.en).toBe(
        'evaluate: takes an activity from parseActivity or parseRegister, not this object; a copy or an object written by hand is not taken.',
      );
    }
  });

  it('refuses a hand-written object before reading it: a getter that throws is never called', () => {
    let read = false;
    const activity = {
      get kind(): string {
        read = true;
        throw 'not an Error';
      },
    };
    const error = thrownBy(() => evaluate(loose(activity))) as PolicyError;
    expect(error.code).toBe('invalid_argument');
    expect(read).toBe(false);
  });

  it('refuses a registry that is not one the library made, instead of a bare TypeError', () => {
    const error = thrownBy(() =>
      library.policyInForce('2020-03-01', loose('solleftea-2019-2022')),
    ) as PolicyError;
    expect(error.code).toBe('invalid_argument');
    expect(error.messages.en).toBe(
      'policyInForce: the policy versions must be a version, a list of versions or a registry from BUILT_IN_POLICIES, parsePolicy, definePolicy or policyRegistry, not "solleftea-2019-2022".',
    );
  });

  it('lets a PolicyError the function means to throw pass as it is', () => {
    const error = thrownBy(() => mandatePeriodOf('2019-02-29', 'board')) as PolicyError;
    expect(error.code).toBe('invalid_date');
    const register = library.parseRegister(SAMPLE_REGISTER);
    if (!register.success) throw new Error('the sample register is valid');
    const late = thrownBy(() =>
      councilAccount(register.data, { asOf: '2023-03-31', period: '2019-2023' }),
    ) as PolicyError;
    expect(late.code).toBe('invalid_period');
  });
});

/** The account of the sample register, for the renderers. */
function account(): library.CouncilAccount {
  const register = library.parseRegister(SAMPLE_REGISTER);
  if (!register.success) throw new Error('the sample register is valid');
  return councilAccount(register.data, { asOf: '2023-03-31', period: '2019-2022' });
}

describe('an argument outside its few values', () => {
  it.each([
    ['formatMoney', () => formatMoney(THRESHOLD, loose('de'))],
    ['describeFact', () => describeFact({ kind: 'all_in_sweden' }, loose('de'))],
    ['accountToCsv', () => accountToCsv(account(), loose('de'))],
    ['accountToMarkdown', () => accountToMarkdown(account(), loose('de'))],
  ])("%s refuses a language other than 'sv' or 'en'", (name, call) => {
    const error = thrownBy(call) as PolicyError;
    expect(error.code).toBe('invalid_argument');
    expect(error.messages).toEqual({
      sv: `${name}: språket ska vara 'sv' eller 'en', inte "de".`,
      en: `${name}: the language must be 'sv' or 'en', not "de".`,
    });
    expect(error.cause).toBeUndefined();
  });

  it("mandatePeriodOf refuses a body other than 'council' or 'board' instead of taking the board's", () => {
    expect(
      (thrownBy(() => mandatePeriodOf('2020-01-01', loose('mayor'))) as PolicyError).messages,
    ).toEqual({
      sv: `mandatePeriodOf: organet ska vara 'council' eller 'board', inte "mayor".`,
      en: `mandatePeriodOf: the body must be 'council' or 'board', not "mayor".`,
    });
    expect(
      (thrownBy(() => mandatePeriodOf('2020-01-01', loose(undefined))) as PolicyError).messages.en,
    ).toBe(`mandatePeriodOf: the body must be 'council' or 'board', not undefined.`);
  });
});

describe('a value whose own toString is missing or throws', () => {
  const odd = { toString: 0 };
  it.each([
    [
      'toIsoDate',
      () => library.toIsoDate(loose(odd)),
      'invalid_date',
      'object is not a valid date',
    ],
    [
      'policyInForce',
      () => library.policyInForce(loose(odd)),
      'invalid_date',
      'object is not a valid date',
    ],
    [
      'dutyPeriod',
      () => library.dutyPeriod(loose(odd)),
      'invalid_period',
      'object is not a mandate period',
    ],
  ])(
    '%s reports it by its type, as for any value that is no date or period',
    (_, call, code, text) => {
      const error = thrownBy(call) as PolicyError;
      expect(error.code).toBe(code);
      expect(error.messages.en).toContain(text);
    },
  );
});

/** Every function the package exports (the class and the data left out). */
const FUNCTIONS = Object.entries(library as Record<string, unknown>).flatMap(([name, value]) =>
  typeof value === 'function' && name !== 'PolicyError'
    ? [[name, value as (...args: unknown[]) => unknown] as const]
    : [],
);

/** Calls `call`: it returns, or throws a PolicyError; an async function's promise, awaited, alike. */
async function expectOnlyPolicyErrors(name: string, call: () => unknown): Promise<void> {
  try {
    await call();
  } catch (error) {
    expect(error, name).toBeInstanceOf(PolicyError);
  }
}

describe('any value at all', () => {
  it('covers every exported function', () => {
    expect(FUNCTIONS.length).toBeGreaterThanOrEqual(30);
  });

  test.prop([fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 })], { numRuns: 100 })(
    'every exported function returns, or throws a PolicyError — never another error',
    async (args) => {
      for (const [name, fn] of FUNCTIONS) await expectOnlyPolicyErrors(name, () => fn(...args));
    },
  );

  /** Values a parser or a function returns, to be spoiled one field at a time. */
  const register = library.parseRegister(SAMPLE_REGISTER);
  if (!register.success) throw new Error('the sample register is valid');
  const activity = parsed(SAMPLE_TRIP);
  const VALID: readonly object[] = [
    activity,
    register.data,
    POLICY_2019_2022,
    evaluate(activity),
    councilAccount(register.data, { asOf: '2023-03-31', period: '2019-2022' }),
    THRESHOLD,
    { asOf: '2023-03-31', period: '2019-2022' },
  ];
  /** A valid value with one of its own fields, or one field of a list in it, replaced. */
  const spoiled = fc
    .tuple(fc.constantFrom(...VALID), fc.nat(), fc.nat(), fc.anything({ maxDepth: 1 }))
    .map(([value, at, inner, replacement]) => {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      const key = keys[at % keys.length] as string;
      const field = record[key];
      if (Array.isArray(field) && field.length > 0 && typeof field[0] === 'object') {
        const items = [...field];
        const item = items[inner % items.length] as Record<string, unknown>;
        const itemKeys = Object.keys(item);
        items[inner % items.length] = {
          ...item,
          [itemKeys[at % itemKeys.length] as string]: replacement,
        };
        return { ...record, [key]: items };
      }
      return { ...record, [key]: replacement };
    });

  test.prop(
    [
      fc.array(fc.oneof(spoiled, fc.constantFrom(...VALID), fc.constantFrom('sv', 'en')), {
        minLength: 1,
        maxLength: 3,
      }),
    ],
    {
      numRuns: 300,
    },
  )('so does every one given parsed values with one field spoiled', async (args) => {
    for (const [name, fn] of FUNCTIONS) await expectOnlyPolicyErrors(name, () => fn(...args));
  });
});

describe('the guards take every value they promise to', () => {
  it('totalInSek takes a path of keys and whole indexes from 0, and toSek a real day or none', () => {
    expect(totalInSek([], { rates: [] }, ['activities', 0, 'plannedCosts']).success).toBe(true);
    expect(() => totalInSek([], { rates: [] }, loose(['plannedCosts', 1.5]))).toThrow(PolicyError);
    expect(toSek(THRESHOLD, { rates: [] }, loose('2020-02-29')).success).toBe(true);
    expect(toSek(THRESHOLD, { rates: [] }).success).toBe(true);
  });
});

describe('only PolicyError escapes (issue 28, item 7)', () => {
  const refusedBy = (call: () => unknown, fn: string) => {
    const error = thrownBy(call);
    expect(error, fn).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).code).toBe('invalid_argument');
    expect((error as PolicyError).details).toEqual({ function: fn });
    return error as PolicyError;
  };

  it('isMoreThan of amounts in two currencies is refused, not dinero.js’s Error', () => {
    const eur = { amount: 100, currency: { code: 'EUR', base: 10, exponent: 2 }, scale: 2 };
    expect(refusedBy(() => isMoreThan(eur, THRESHOLD), 'isMoreThan').messages.en).toBe(
      'isMoreThan: the amount and the threshold must be in one currency, not "EUR" and "SEK"; convert the amount with toSek first.',
    );
  });

  it('describeFact of a fact written by hand without its fields is refused, never "undefined (undefined)"', () => {
    expect(
      refusedBy(() => describeFact(loose({ kind: 'abroad' }), 'sv'), 'describeFact').messages.en,
    ).toBe(
      'describeFact: takes a fact from an evaluation evaluate gave (or a copy of one); fact.place is not what one holds: not undefined.',
    );
    refusedBy(() => describeFact(loose({ kind: 'total_cost' }), 'en'), 'describeFact');
  });

  it('the writer auditCsvWriter returns refuses a row that no audit made', () => {
    const writer = auditCsvWriter('en');
    refusedBy(() => writer.activity(loose(null)), 'auditCsvWriter');
    refusedBy(
      () => writer.activity(loose({ id: 'x', verdict: 'not_compliant' })),
      'auditCsvWriter',
    );
    refusedBy(() => writer.activity(loose({ id: 7, verdict: 'compliant' })), 'auditCsvWriter');
    expect(writer.activity(loose({ id: 'x', verdict: 'compliant' }))).toBe('');
  });
});
