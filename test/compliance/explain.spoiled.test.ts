/**
 * `explain` and `explainDuty` check every field their words read: spoil any one field of a real
 * result (a text made a number, a flag made a text, a list made an object) and either the words do
 * not change — the field is not read — or the call is refused with `invalid_argument` naming that
 * field's path. Never a bare `TypeError`, never words from a spoiled value.
 */
import { describe, expect, it } from 'vitest';
import {
  type AgreementDuty,
  audit,
  type Bilingual,
  type Explainable,
  explain,
  explainDuty,
  PolicyError,
} from '../../src/index.js';
import { SAMPLE_REGISTER } from '../fixtures/samples.js';

/** Every path to a value inside `value`, and the value there. */
function leaves(value: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return [[path, value], ...entries.flatMap(([key, item]) => leaves(item, [...path, key]))];
}

/** A value of another kind than `value`. */
function spoiled(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number' || typeof value === 'boolean') return 'spoiled';
  if (Array.isArray(value)) return { spoiled: true };
  return 'spoiled';
}

function set(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(root));
  let holder = copy;
  for (const key of path.slice(0, -1)) holder = holder[key];
  holder[path.at(-1) as string | number] = value;
  return copy;
}

const written = (path: (string | number)[], root: string) =>
  path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${key}`),
    root,
  );

function holds(result: object, words: (value: unknown) => Bilingual, root: string): number {
  const original = words(result);
  let refused = 0;
  for (const [path, value] of leaves(JSON.parse(JSON.stringify(result)))) {
    if (path.length === 0) continue;
    const copy = set(result, path, spoiled(value));
    let said: Bilingual | undefined;
    try {
      said = words(copy);
    } catch (error) {
      expect(error, written(path, root)).toBeInstanceOf(PolicyError);
      const failure = error as PolicyError;
      expect(failure.code).toBe('invalid_argument');
      // The path named is the spoiled field, or an object that holds it (an amount, a record).
      const named = /; (\S+) is not what/.exec(failure.messages.en)?.[1] ?? '';
      expect(written(path, root).startsWith(named), `${named} for ${written(path, root)}`).toBe(
        true,
      );
      expect(named.startsWith(root)).toBe(true);
      refused++;
      continue;
    }
    expect(said, `${written(path, root)} was spoiled, yet the words were made`).toEqual(original);
  }
  return refused;
}

describe('every field the words read is checked', () => {
  const report = audit(SAMPLE_REGISTER, { asOf: '2023-03-31', deadlines: { reportBackDays: 90 } });
  const rows = report.activities.filter((row) => row.outcome === 'evaluated').slice(0, 6);

  it('explain: evaluations, obligations and compliance results of the sample register', () => {
    let refused = 0;
    for (const row of rows) {
      const { evaluation, results } = row.compliance;
      const explainOne = (value: unknown) => explain(value as Explainable);
      refused += holds(evaluation.obligations[1] as object, explainOne, 'result');
      for (const result of results) refused += holds(result, explainOne, 'result');
    }
    expect(refused).toBeGreaterThan(100);
  });

  it('explainDuty: every duty of the sample register', () => {
    let refused = 0;
    for (const review of report.agreements) {
      const duties: AgreementDuty[] = [
        review.continuation,
        ...review.agreements.flatMap((a) => [a.evaluation, a.termination]),
      ];
      for (const duty of duties)
        refused += holds(duty, (value) => explainDuty(value as AgreementDuty), 'duty');
    }
    expect(refused).toBeGreaterThan(20);
  });
});
