/**
 * Issue 29, "honoured or refused, never ignored": every field of a policy definition, spoiled one at
 * a time, is either refused by `parsePolicy` or changes an answer — here `diffPolicies`, the answer a
 * maintainer reads to see what a version changes. A field no answer read (the short title, the
 * municipality and the statute book were such) fails this test.
 */
import { describe, expect, it } from 'vitest';
import {
  diffPolicies,
  POLICY_2019_2022,
  parsePolicy,
  toPolicyDefinition,
} from '../../src/index.js';

type Path = readonly (string | number)[];

const DEFINITION = JSON.parse(JSON.stringify(toPolicyDefinition(POLICY_2019_2022))) as unknown;

/** The path of every text, number and flag in `value`. */
function leaves(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [path];
}

function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((inner, key) => (inner as Record<string, unknown>)[key], value);
}

function withValue(value: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1) as string | number] = replacement;
  return copy;
}

/** Another value of the same kind: a day before, one more, the text with a letter added. */
function spoiled(value: unknown): unknown {
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? '2019-11-24' : `${text}x`;
}

describe('every field of a definition is honoured or refused', () => {
  const paths = leaves(DEFINITION);

  it('the built-in definition has hundreds of fields to spoil', () => {
    expect(paths.length).toBeGreaterThan(500);
  });

  it('each, spoiled, is refused or changes what diffPolicies reports', () => {
    const ignored = paths.filter((path) => {
      const result = parsePolicy(withValue(DEFINITION, path, spoiled(at(DEFINITION, path))));
      return result.success && diffPolicies(POLICY_2019_2022, result.data).changes.length === 0;
    });
    expect(ignored.map((path) => path.join('.'))).toEqual([]);
  });
});
