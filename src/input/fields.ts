/**
 * The building blocks of the input schemas: bounded texts, dates, codes, counts and money.
 */
import * as z from 'zod/mini';
import { $constructor, $ZodObjectJIT } from 'zod/v4/core';
import { type IsoDate, isIsoDate } from '../calendar/iso-date.js';
import { dutyPeriod } from '../calendar/mandate-period.js';
import { PolicyError } from '../errors.js';
import { isCountryCode } from '../internal/countries.js';
import type { IssueCode, IssueValue } from './issues.js';

/** What a refinement reports its issues to. */
export type Ctx = { addIssue(arg: z.core.$ZodSuperRefineIssue): void };

/** Reports one of the library's issue codes from inside a schema. */
export function report(
  ctx: Ctx,
  code: IssueCode,
  values: Record<string, IssueValue>,
  path?: (string | number)[],
): void {
  ctx.addIssue({
    code: 'custom',
    params: { code, ...values },
    ...(path ? { path } : {}),
    input: values['value'],
  });
}

/**
 * The constructor of {@link strictObject}'s schemas: zod/mini's object, parsed by the compiled fast
 * path ($ZodObjectJIT) that classic zod's objects use. zod/mini's own objects check key by key, which
 * makes an activity 1.7 times slower to parse; where a page forbids `new Function`, zod falls back to
 * that path by itself.
 */
type Init = (inst: z.ZodMiniObject, def: z.core.$ZodObjectDef) => void;
const CompiledObject = /* @__PURE__ */ $constructor(
  'CompiledStrictObject',
  (inst: z.ZodMiniObject, def: z.core.$ZodObjectDef) => {
    const compiled: Init = $ZodObjectJIT.init;
    const mini: Init = z.ZodMiniObject.init;
    compiled(inst, def);
    mini(inst, def);
  },
) as unknown as new (
  def: z.core.$ZodObjectDef,
) => z.ZodMiniObject;

/** An object with exactly the keys of `shape`: an unknown key is an issue (`unknown_key`). */
export function strictObject<T extends z.core.$ZodLooseShape>(
  shape: T,
): z.ZodMiniObject<T, z.core.$strict> {
  return new CompiledObject({
    type: 'object',
    shape,
    catchall: z.never(),
  }) as unknown as z.ZodMiniObject<T, z.core.$strict>;
}

/** A text that is not empty after trimming and at most `max` characters long; stored trimmed. */
export function text(max: number): z.ZodMiniString {
  // One check for both bounds (zod's min and max would be two, on every text of every document).
  return described(
    z.string().check(
      z.trim(),
      z.superRefine((value, ctx) => {
        if (value.length === 0) report(ctx, 'empty_text', {});
        else if (value.length > max)
          report(ctx, 'too_long', { maximum: max, length: value.length });
      }),
    ),
    { minLength: 1, maxLength: max, pattern: '\\S' },
  );
}

/**
 * `schema`, with what its JSON Schema says beyond zod's own reading of it (a pattern, a format, a
 * description). Only the JSON Schemas use it; parsing never reads it.
 */
export function described<S extends z.ZodMiniType>(schema: S, meta: z.core.GlobalMeta): S {
  z.globalRegistry.add(schema, meta);
  return schema;
}

/**
 * The longest texts accepted, in characters: names and titles, purposes and expected benefits,
 * results; and how many roles and cost items a list may hold.
 */
export const LIMITS = {
  name: 200,
  purpose: 2000,
  result: 4000,
  roles: 50,
  items: 500,
  /** Records in one list of a register: activities, approvals, reports and so on. */
  records: 1_000_000,
} as const;

/** A short identifier, e.g. an activity id or case number. */
export const identifier: z.ZodMiniString = text(100);

/** A calendar day as `YYYY-MM-DD`. */
export const isoDate: z.ZodMiniType<IsoDate, string> = described(
  z.string().check(
    z.superRefine((value, ctx) => {
      if (!isIsoDate(value)) report(ctx, 'invalid_date', { value });
    }),
  ),
  { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
) as unknown as z.ZodMiniType<IsoDate, string>;

/** An ISO 3166-1 alpha-2 country code in capitals. */
export const countryCode: z.ZodMiniString = described(
  z.string().check(
    z.superRefine((value, ctx) => {
      if (!isCountryCode(value)) report(ctx, 'unknown_country', { value });
    }),
  ),
  { pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code' },
);

/** A whole number from `min` to `max`. */
export function count(min: number, max: number): z.ZodMiniNumber {
  return described(
    z.number().check(
      z.superRefine((value, ctx) => {
        if (!Number.isInteger(value)) report(ctx, 'not_an_integer', { value });
        else if (value < min || value > max) {
          report(ctx, 'out_of_range', { value, minimum: min, maximum: max });
        }
      }),
    ),
    { type: 'integer', minimum: min, maximum: max },
  );
}

/** One of a fixed set of ids (goals, twin towns), reported with `code` and the known ids. */
export function knownId(known: readonly string[], code: IssueCode): z.ZodMiniString {
  const set = new Set(known);
  return described(
    z.string().check(
      z.superRefine((value, ctx) => {
        if (!set.has(value)) report(ctx, code, { value, known });
      }),
    ),
    { enum: [...known] },
  );
}

/**
 * A board-term label such as "2019–2022" (an en dash or a hyphen), for a term the calendar knows:
 * it starts the year after an election (1995, 1999, …) and ends three years later. Stored with an
 * en dash.
 */
export const periodLabel: z.ZodMiniType<string> = described(
  z.pipe(
    z.string().check(
      z.superRefine((value, ctx) => {
        if (!isDutyPeriod(value)) report(ctx, 'invalid_period', { value });
      }),
    ),
    z.transform((value: string) => dutyPeriod(value).label),
  ),
  { pattern: '^\\d{4}[–-]\\d{4}$', description: "the executive board's term, e.g. 2019–2022" },
);

/** Whether `value` names a board term the calendar knows (`dutyPeriod` refuses it otherwise). */
function isDutyPeriod(value: string): boolean {
  try {
    dutyPeriod(value);
    return true;
  } catch (error) {
    if (error instanceof PolicyError) return false;
    throw error;
  }
}
