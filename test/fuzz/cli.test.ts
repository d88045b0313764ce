/**
 * The command line's input handling never crashes: whatever bytes arrive on standard input and
 * whatever arguments are given, `main` answers with exit code 0, 1 or 2 and, on 2, a message with no
 * stack trace — never 70 (an unexpected error), never a rejected promise. `npm test` runs each
 * property 1 000 times; `npm run fuzz` 100 000 times.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import sampleRegister from '../../examples/sample-register.json' with { type: 'json' };
import sampleTrip from '../../examples/sample-trip.json' with { type: 'json' };
import { POLICY_2019_2022, toPolicyDefinition } from '../../src/index.js';
import {
  expectLocatorAgreesWithJsonParse,
  type Outcome,
  inProcess as run,
} from '../support/cli.js';
import { corrupted, type Json } from './corrupt.js';

/** What every run must show: a defined exit code, and a located message without a stack trace. */
function expectHandled(outcome: Outcome, what: string): void {
  expect([0, 1, 2], `${what}\n${outcome.stderr}`).toContain(outcome.status);
  expect(outcome.stderr, what).not.toMatch(/\n\s+at /);
  // Exit code 2 always says why: on standard error, or (no command at all) the usage on standard output.
  if (outcome.status === 2) expect(`${outcome.stderr}${outcome.stdout}`.trim(), what).not.toBe('');
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The commands that read a document from standard input, and what each expects there. */
const READERS: readonly (readonly [args: readonly string[], valid: Json, share: number])[] = [
  [['check', '-'], sampleTrip, 1],
  [['policy', 'validate', '-'], toPolicyDefinition(POLICY_2019_2022), 1],
  [
    ['policy', 'diff', 'solleftea-2019-2022', '-', '--json'],
    toPolicyDefinition(POLICY_2019_2022),
    1,
  ],
  [
    ['check', 'examples/sample-trip.json', '--rates', '-'],
    { rates: [{ currency: 'EUR', sekPerUnit: '11.4523', date: '2020-03-02', source: 'RB' }] },
    1,
  ],
  // A whole register (28 activities) per case: a tenth of the runs.
  [['check', '-', '--as-of', '2023-03-31', '--json'], sampleRegister, 0.1],
  [['audit', '-', '--as-of', '2023-03-31', '--period', '2019-2022'], sampleRegister, 0.1],
  [['account', '-', '--period', '2019-2022', '--format', 'csv'], sampleRegister, 0.1],
];

/** Text that is almost the valid document: cut short, or one character changed. */
const damagedText = (valid: Json): fc.Arbitrary<string> => {
  const text = JSON.stringify(valid, null, 2);
  return fc.oneof(
    fc.nat({ max: text.length }).map((end) => text.slice(0, end)),
    fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 0, maxLength: 2 }))
      .map(([at, char]) => text.slice(0, at) + char + text.slice(at + 1)),
  );
};

/** Bytes for standard input: anything, or text close to what the command expects. */
const inputFor = (valid: Json): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    fc.uint8Array({ maxLength: 64 }),
    fc.string({ unit: 'binary', maxLength: 64 }).map(encode),
    fc.jsonValue({ maxDepth: 3 }).map((value) => encode(JSON.stringify(value))),
    corrupted(fc.constant(valid)).map((value) => encode(JSON.stringify(value) ?? '')),
    damagedText(valid).map(encode),
    damagedText(valid).map((text) => new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)])),
  );

const RUNS = fc.readConfigureGlobal().numRuns ?? 1000;

describe.each(READERS)('solleftea-policy %j on standard input', (args, valid, share) => {
  const runs = Math.ceil(RUNS * share);
  test.prop([inputFor(valid)], { numRuns: runs })(
    'answers with exit code 0, 1 or 2',
    async (input) => {
      expectHandled(await run(args, input), `${args.join(' ')} < ${JSON.stringify([...input])}`);
    },
    // Generous: a whole register takes a few milliseconds, more on a busy machine.
    Math.max(60_000, runs * 100),
  );
});

/** Words the CLI knows, values of each kind, and arbitrary strings — never --out (it writes a file). */
const argument: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'check',
    'audit',
    'account',
    'policy',
    'show',
    'validate',
    'diff',
    'schema',
    'help',
    'activity',
    'register',
    'examples/sample-register.json',
    'examples/sample-trip.json',
    'examples',
    'no-such-file.json',
    '2019-2022',
    'solleftea-2019-2022',
    '--lang',
    'sv',
    'en',
    '--json',
    '--rates',
    '--as-of',
    '--date',
    '2023-03-31',
    '2020-02-30',
    '--period',
    '--format',
    'md',
    'csv',
    '--force',
    '--report-back-days',
    '--account-days',
    '90',
    '-1',
    '--help',
    '--version',
    '-',
    '--',
  ),
  fc.string({ maxLength: 12 }).filter((text) => !text.startsWith('--out')),
);

describe('solleftea-policy with arbitrary arguments', () => {
  test.prop([fc.array(argument, { maxLength: 7 }), fc.string({ maxLength: 16 }).map(encode)])(
    'answers with exit code 0, 1 or 2',
    async (args, input) => {
      expectHandled(await run(args, input), JSON.stringify(args));
    },
  );
});

describe('the JSON error locator', () => {
  const nearJson = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 24 }),
    fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
    damagedText(sampleTrip),
  );

  test.prop([nearJson])(
    'agrees with JSON.parse: -1 exactly for JSON, else an offset inside the text',
    expectLocatorAgreesWithJsonParse,
  );
});
