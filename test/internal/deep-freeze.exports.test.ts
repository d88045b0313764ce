/**
 * Issue 28, item 4: nothing shared can be changed by a caller. Every value the library exports is
 * frozen, through and through, except the zod schemas, which are copies: the parsers use their own.
 */
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { parseActivity, parseRates, parseRecords, parseRegister } from '../../src/index.js';
import { SAMPLE_REGISTER, SAMPLE_TRIP } from '../fixtures/samples.js';

const SCHEMAS = new Set(['activitySchema', 'recordsSchema', 'registerSchema', 'ratesSchema']);

function unfrozen(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return [];
  if (seen.has(value)) return [];
  seen.add(value);
  const own = Object.isFrozen(value) ? [] : [path];
  if (typeof value === 'function') return own;
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, item]) => unfrozen(item, `${path}.${key}`, seen)),
  ];
}

describe('the exports cannot be changed', () => {
  it('every exported value that is not a function or a schema is deeply frozen', () => {
    const values = Object.entries(library).filter(
      ([name, value]) => typeof value === 'object' && value !== null && !SCHEMAS.has(name),
    );
    expect(values.map(([name]) => name)).toContain('REGISTER_LISTS');
    expect(values.flatMap(([name, value]) => unfrozen(value, name))).toEqual([]);
  });

  it('REGISTER_LISTS cannot be emptied: later audits are unchanged', () => {
    expect(() => {
      (library.REGISTER_LISTS as string[]).length = 0;
    }).toThrow(TypeError);
    expect(library.REGISTER_LISTS).toHaveLength(8);
  });

  it('replacing an exported schema’s safeParse changes no parser', () => {
    const accepts = () => ({ success: true, data: {} });
    const exported = [
      library.activitySchema,
      library.recordsSchema,
      library.registerSchema,
      library.ratesSchema,
    ];
    const saved = exported.map((found) => {
      const schema = found as { safeParse: unknown };
      const before = schema.safeParse;
      schema.safeParse = accepts;
      return () => {
        schema.safeParse = before;
      };
    });
    try {
      expect(parseActivity({ kind: 'garbage' }).success).toBe(false);
      expect(parseRecords({ approvals: 'garbage' }).success).toBe(false);
      expect(parseRegister({ format: 2 }).success).toBe(false);
      expect(parseRates({ rates: 'garbage' }).success).toBe(false);
      expect(parseActivity(SAMPLE_TRIP).success).toBe(true);
      expect(parseRegister(SAMPLE_REGISTER).success).toBe(true);
    } finally {
      for (const restore of saved) restore();
    }
  });
});
