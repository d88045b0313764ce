/**
 * STYLE 3: a function called with a value no parser returns — a plain JSON object in place of a
 * parsed one, options left out, an unknown language — is a programmer error, and the library throws
 * its one named error class for it: `PolicyError` `invalid_argument`, naming the function and what it
 * takes, never a bare `TypeError` from deep inside.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import {
  accountToCsv,
  accountToMarkdown,
  assessCompliance,
  audit,
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

/** Each function, a call a JavaScript program could make by mistake, and what it says it takes. */
const CASES: readonly [string, () => unknown, string, string][] = [
  [
    'evaluate',
    () => evaluate(loose(SAMPLE_TRIP)),
    'an activity from parseActivity or parseRegister',
    'en aktivitet från parseActivity eller parseRegister',
  ],
  [
    'toActivityInput',
    () => toActivityInput(loose(null)),
    'an activity from parseActivity or parseRegister',
    'en aktivitet från parseActivity eller parseRegister',
  ],
  [
    'assessCompliance',
    () => assessCompliance(loose(undefined), loose(undefined), loose(undefined)),
    'an evaluation from evaluate, records from parseRecords or parseRegister, and options with asOf',
    'en bedömning från evaluate, beslut från parseRecords eller parseRegister och inställningar med asOf',
  ],
  [
    'audit',
    () => audit({ format: 1, activities: [] }, loose(undefined)),
    'a register (parsed, or a document to parse) and options with asOf',
    'ett register (tolkat, eller ett dokument att tolka) och inställningar med asOf',
  ],
  [
    'councilAccount',
    () => councilAccount(loose({}), loose(undefined)),
    'a register from parseRegister and options with period',
    'ett register från parseRegister och inställningar med period',
  ],
  [
    'reviewAgreements',
    () => reviewAgreements(loose({}), loose(undefined)),
    'a register from parseRegister and options with period and asOf',
    'ett register från parseRegister och inställningar med period och asOf',
  ],
  [
    'toRegisterInput',
    () => toRegisterInput(loose({})),
    'a register from parseRegister',
    'ett register från parseRegister',
  ],
  [
    'accountToCsv',
    () => accountToCsv(loose({})),
    'an account from councilAccount and a language',
    'en redovisning från councilAccount och ett språk',
  ],
  [
    'accountToMarkdown',
    () => accountToMarkdown(loose({})),
    'an account from councilAccount and a language',
    'en redovisning från councilAccount och ett språk',
  ],
  [
    'describeFact',
    () => describeFact(loose(null), 'en'),
    'a fact from an obligation evaluate gave and a language',
    'ett faktum från en skyldighet som evaluate gett och ett språk',
  ],
  [
    'diffPolicies',
    () => diffPolicies(POLICY_2019_2022, loose({})),
    'two policy versions (from parsePolicy, definePolicy or BUILT_IN_POLICIES)',
    'två policyversioner (från parsePolicy, definePolicy eller BUILT_IN_POLICIES)',
  ],
  [
    'findClause',
    () => findClause(loose({}), 'board.approval'),
    'a policy version and a clause id',
    'en policyversion och ett paragraf-id',
  ],
  [
    'findTwinTown',
    () => findTwinTown(POLICY_2019_2022, loose(undefined)),
    'a policy version, a place name and optionally a country code',
    'en policyversion, ett ortnamn och eventuellt en landskod',
  ],
  [
    'policyRegistry',
    () => policyRegistry(loose(undefined)),
    'a list of policy versions (from parsePolicy or definePolicy)',
    'en lista med policyversioner (från parsePolicy eller definePolicy)',
  ],
  [
    'toPolicyDefinition',
    () => toPolicyDefinition(loose({})),
    'a policy version',
    'en policyversion',
  ],
  [
    'formatMoney',
    () => formatMoney(loose(null), 'sv'),
    'an amount (a dinero.js object or its snapshot) and a language',
    'ett belopp (ett dinero.js-objekt eller dess snapshot) och ett språk',
  ],
  [
    'isMoreThan',
    () => isMoreThan(loose('12 500,00'), THRESHOLD),
    'two amounts (dinero.js snapshots)',
    'två belopp (dinero.js-snapshots)',
  ],
  [
    'totalInSek',
    () => totalInSek(loose([{ amount: '100', currency: 'EUR' }]), { rates: [] }),
    'cost items from a parsed activity and exchange rates from parseRates',
    'kostnadsposter från en tolkad aktivitet och växelkurser från parseRates',
  ],
  [
    'toSek',
    () => toSek(loose({ amount: 100, currency: 'EUR', scale: 2 }), loose(undefined)),
    'an amount (a dinero.js snapshot) and exchange rates from parseRates',
    'ett belopp (en dinero.js-snapshot) och växelkurser från parseRates',
  ],
];

describe('a value no parser returns', () => {
  it.each(CASES)('%s throws invalid_argument, saying what it takes', (name, call, en, sv) => {
    const error = thrownBy(call);
    expect(error).toBeInstanceOf(PolicyError);
    const failure = error as PolicyError;
    expect(failure.code).toBe('invalid_argument');
    expect(failure.details).toEqual({ function: name });
    expect(failure.cause).toBeInstanceOf(TypeError);
    const reason = `${(failure.cause as Error).name}: ${(failure.cause as Error).message}`;
    expect(failure.messages).toEqual({
      sv: `${name}: fick ett värde som ingen parser ger; den tar ${sv} (${reason}).`,
      en: `${name}: was given a value no parser returns; it takes ${en} (${reason}).`,
    });
  });

  it('names a thrown value that is no Error by its type', () => {
    const activity = {
      get kind(): string {
        throw 'not an Error';
      },
    };
    const error = thrownBy(() => evaluate(loose(activity))) as PolicyError;
    expect(error.code).toBe('invalid_argument');
    expect(error.cause).toBe('not an Error');
    expect(error.messages.en).toMatch(/ \(string\)\.$/);
  });

  it('evaluate refuses an activity without its first day instead of finding no policy in force', () => {
    const error = thrownBy(() => evaluate(loose({ kind: 'trip' }))) as PolicyError;
    expect(error.code).toBe('invalid_argument');
    expect(error.messages.en).toContain('(TypeError: no departureDate or startDate)');
    const exchange = thrownBy(() => evaluate(loose({ kind: 'exchange' }))) as PolicyError;
    expect(exchange.code).toBe('invalid_argument');
  });

  it('lets a PolicyError the function means to throw pass as it is', () => {
    const error = thrownBy(() => mandatePeriodOf('2019-02-29', 'board')) as PolicyError;
    expect(error.code).toBe('invalid_date');
    const late = thrownBy(() =>
      councilAccount(loose({ activities: [] }), { period: '2019-2023' }),
    ) as PolicyError;
    expect(late.code).toBe('invalid_period');
  });
});

describe('an argument outside its few values', () => {
  it.each([
    ['formatMoney', () => formatMoney(THRESHOLD, loose('de'))],
    ['describeFact', () => describeFact({ kind: 'all_in_sweden' }, loose('de'))],
    ['accountToCsv', () => accountToCsv(loose({}), loose('de'))],
    ['accountToMarkdown', () => accountToMarkdown(loose({}), loose('de'))],
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

describe('any value at all', () => {
  it('covers every exported function', () => {
    expect(FUNCTIONS.length).toBeGreaterThanOrEqual(30);
  });

  test.prop([fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 })], { numRuns: 100 })(
    'every exported function returns, or throws a PolicyError — never another error',
    (args) => {
      for (const [name, fn] of FUNCTIONS) {
        try {
          fn(...args);
        } catch (error) {
          expect(error, name).toBeInstanceOf(PolicyError);
        }
      }
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
    councilAccount(register.data, { period: '2019-2022' }),
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
  )('so does every one given parsed values with one field spoiled', (args) => {
    for (const [name, fn] of FUNCTIONS) {
      try {
        fn(...args);
      } catch (error) {
        expect(error, name).toBeInstanceOf(PolicyError);
      }
    }
  });
});
