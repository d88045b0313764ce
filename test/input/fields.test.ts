import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { activitySchemaFor } from '../../src/activities/schema.js';
import { strictObject } from '../../src/input/fields.js';
import { BUILT_IN_POLICIES } from '../../src/policy/policy-in-force.js';
import { recordsSchemaFor } from '../../src/records/schema.js';
import { registerSchemaFor } from '../../src/register/schema.js';

const traits = (schema: unknown): Set<string> =>
  (schema as { _zod: { traits: Set<string> } })._zod.traits;

describe('the objects of the input schemas', () => {
  it('are zod/mini objects that zod parses by its compiled fast path, also once refined or extended', () => {
    const plain = strictObject({ a: z.string() });
    const refined = plain.check(z.superRefine(() => undefined));
    const extended = z.extend(plain, { b: z.number() });
    for (const schema of [plain, refined, extended]) {
      expect(schema).toBeInstanceOf(z.ZodMiniObject);
      expect(traits(schema).has('$ZodObjectJIT')).toBe(true);
    }
    const activity = activitySchemaFor(BUILT_IN_POLICIES) as unknown as {
      _zod: { def: { options: unknown[] } };
    };
    for (const option of activity._zod.def.options)
      expect(traits(option).has('$ZodObjectJIT')).toBe(true);
    expect(traits(recordsSchemaFor(BUILT_IN_POLICIES)).has('$ZodObjectJIT')).toBe(true);
    expect(traits(registerSchemaFor(BUILT_IN_POLICIES, true)).has('$ZodObjectJIT')).toBe(true);
  });

  it('refuse a key they do not name and a value that is not an object, and keep only their keys', () => {
    const schema = strictObject({ a: z.string() });
    expect(schema.safeParse({ a: 'x' })).toEqual({ success: true, data: { a: 'x' } });
    const extra = schema.safeParse({ a: 'x', b: 1 });
    expect(extra.success ? [] : extra.error.issues.map((issue) => issue.code)).toEqual([
      'unrecognized_keys',
    ]);
    for (const value of [null, [], 'a', 1]) expect(schema.safeParse(value).success).toBe(false);
  });
});
