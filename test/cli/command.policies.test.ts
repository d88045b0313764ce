/**
 * `--policy FILE` (repeatable) and `--no-builtin-policy` (issue 29): `check`, `audit` and `account`
 * judge by the built-in version and each version a file gives, each in force by its own dates, or
 * by the files' versions alone. Versions that do not fit together, a file that is no definition and
 * no version left at all are refused with exit code 2, saying why.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommandLine } from '../../src/cli/options.js';
import { inProcess } from '../support/cli.js';

const example = (name: string) => new URL(`../../examples/${name}`, import.meta.url).pathname;
const SUCCESSOR = example('policies/solleftea-2023-2026.json');
const REGISTER = example('sample-register.json');
const directory = mkdtempSync(join(tmpdir(), 'solleftea-policies-'));

/** A trip to Madison in June 2023, after the built-in version, costing 12 000 kr. */
const TRIP_2023 = join(directory, 'trip-2023.json');
writeFileSync(
  TRIP_2023,
  JSON.stringify({
    kind: 'trip',
    id: 'T-2023',
    title: 'Study visit',
    organiser: 'Kultur',
    purpose: 'Learn',
    goal: 'Growth',
    travellers: { count: 1 },
    destinations: [{ place: 'Madison', country: 'US' }],
    departureDate: '2023-06-01',
    returnDate: '2023-06-05',
    plannedCosts: [{ label: 'Flights', category: 'travel', amount: '12 000,00', currency: 'SEK' }],
  }),
);

describe('--policy FILE', () => {
  it('judges a 2023 trip by the version the file gives, which the built-in one does not cover', async () => {
    const without = await inProcess(['check', TRIP_2023, '--lang', 'en']);
    expect(without.status).toBe(0);
    expect(without.stdout).toContain('No known version of the policy was in force on 2023-06-01');
    const withFile = await inProcess(['check', TRIP_2023, '--lang', 'en', '--policy', SUCCESSOR]);
    expect(withFile.status).toBe(0);
    expect(withFile.stdout).toContain(
      'Policy för internationella kontakter 2023-2026 (HYPOTETISK)',
    );
    // Its rules, not the built-in one's: Madison is no twin town of it, and its report-back is due
    // within 30 days of the return (2023-06-05).
    expect(withFile.stdout).toContain(
      'Approval by the executive board: not applicable, because no destination is a twin town.',
    );
    expect(withFile.stdout).toContain('after the return, by 2023-07-05');
  });

  it('audit and account apply it too, and say so in what they write', async () => {
    const audited = await inProcess([
      'audit',
      REGISTER,
      '--as-of',
      '2023-12-31',
      '--format',
      'json',
      '--policy',
      SUCCESSOR,
    ]);
    const report = JSON.parse(audited.stdout) as { policies: { id: string }[] };
    expect(report.policies.map((policy) => policy.id)).toContain('solleftea-2019-2022');
    const account = await inProcess([
      'account',
      REGISTER,
      '--period',
      '2023-2026',
      '--as-of',
      '2023-12-31',
      '--format',
      'json',
      '--policy',
      SUCCESSOR,
    ]);
    expect(account.status).toBe(0);
    const broken = join(directory, 'not-a-policy.json');
    writeFileSync(broken, '{"id": "x"}');
    const refused = await inProcess([
      'account',
      REGISTER,
      '--period',
      '2019-2022',
      '--as-of',
      '2023-03-31',
      '--policy',
      broken,
    ]);
    expect(refused.status).toBe(2);
  });

  it('--no-builtin-policy leaves the built-in version out: a 2020 trip is then outside the policy', async () => {
    // Alone, the successor supersedes nothing: a version it names must be there.
    const alone = join(directory, 'alone.json');
    const definition = JSON.parse(readFileSync(SUCCESSOR, 'utf8'));
    const { supersedes: _, ...validity } = definition.validity;
    writeFileSync(alone, JSON.stringify({ ...definition, validity }));
    const args = ['--lang', 'en', '--no-builtin-policy', '--policy', alone];
    const only = await inProcess(['check', example('sample-trip.json'), ...args]);
    expect(only.status).toBe(0);
    expect(only.stdout).toContain('No known version of the policy was in force on');
    expect((await inProcess(['check', TRIP_2023, ...args])).stdout).toContain('HYPOTETISK');
    // Still superseding the built-in version, left out: refused, saying so.
    const superseding = await inProcess([
      'check',
      TRIP_2023,
      '--lang',
      'en',
      '--no-builtin-policy',
      '--policy',
      SUCCESSOR,
    ]);
    expect(superseding.status).toBe(2);
    expect(superseding.stderr).toContain('supersedes "solleftea-2019-2022"');
  });
});

describe('refused, with exit code 2', () => {
  it('no version left', async () => {
    const outcome = await inProcess(['check', TRIP_2023, '--lang', 'en', '--no-builtin-policy']);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain(
      '--no-builtin-policy leaves no policy version; give at least one with --policy FILE.',
    );
  });

  it('versions that do not fit together: one given twice', async () => {
    const outcome = await inProcess([
      'check',
      TRIP_2023,
      '--lang',
      'en',
      '--policy',
      SUCCESSOR,
      '--policy',
      SUCCESSOR,
    ]);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain(
      'The policy versions do not fit together: The version "hypothetical-solleftea-2023-2026" is there twice.',
    );
  });

  it('a file that is no policy definition, with its issues located', async () => {
    const broken = join(directory, 'broken.json');
    const definition = JSON.parse(readFileSync(SUCCESSOR, 'utf8'));
    writeFileSync(broken, JSON.stringify({ ...definition, mandatePeriod: '2023' }));
    const outcome = await inProcess(['check', TRIP_2023, '--lang', 'en', '--policy', broken]);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain('mandatePeriod');
  });

  it('a command that judges nothing does not take it', async () => {
    const outcome = await inProcess(['policy', 'show', '--policy', SUCCESSOR, '--lang', 'en']);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain('does not take the option --policy');
  });
});

describe('reading the options', () => {
  it('--policy may be given more than once, each adding a file; other options may not', () => {
    expect(
      readCommandLine(['check', 'x', '--policy', 'a.json', '--policy=b.json']).options,
    ).toEqual({
      policy: ['a.json', 'b.json'],
    });
    expect(() =>
      readCommandLine(['check', '--as-of', '2020-01-01', '--as-of', '2020-01-02']),
    ).toThrow();
    expect(() => readCommandLine(['check', '--policy'])).toThrow();
  });
});

describe('standard input is read once', () => {
  it('--policy - beside a document or rates from standard input, or twice, is refused', async () => {
    for (const args of [
      ['audit', '-', '--as-of', '2023-03-31', '--policy', '-'],
      ['check', TRIP_2023, '--rates', '-', '--policy', '-'],
      ['check', TRIP_2023, '--policy', '-', '--policy', '-'],
    ]) {
      const outcome = await inProcess([...args, '--lang', 'en']);
      expect(outcome.status).toBe(2);
      expect(outcome.stderr).toContain('Standard input can be read once');
    }
  });
});

describe('a policy file in YAML', () => {
  const YAML_FILE = example('policies/decision-before-booking.yaml');

  it('is read as its JSON twin would be: validated, shown and judged by', async () => {
    const validated = await inProcess(['policy', 'validate', YAML_FILE, '--lang', 'en']);
    expect(validated.status).toBe(0);
    // The same fingerprint as the definition had when written in JSON.
    expect(validated.stdout).toContain(
      'sha256:c8cbdce86078dbd37d824bb053bf6a67738682a98e836b9662abdd1e10fa93ed',
    );
    const checked = await inProcess(['check', TRIP_2023, '--lang', 'en', '--policy', YAML_FILE]);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('Decision before booking');
  });

  it('a syntax error, or a key written twice, is located by line and column, in both languages', async () => {
    const broken = join(directory, 'broken.yaml');
    writeFileSync(broken, 'id: x\ntitle: [unclosed\n');
    const outcome = await inProcess(['policy', 'validate', broken, '--lang', 'sv']);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toMatch(/broken\.yaml:\d+:\d+: ogiltig YAML\./);
    const twice = join(directory, 'twice.yml');
    writeFileSync(twice, 'id: x\nid: y\n');
    const again = await inProcess(['policy', 'validate', twice, '--lang', 'en']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('twice.yml:2:1: invalid YAML.');
  });
});
