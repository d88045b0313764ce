import type * as z from 'zod/mini';
import { buildActivitySchema } from './activities/schema.js';
import type { ActivityInput } from './activities/types.js';
import { BUILT_IN_POLICIES } from './policy/policy-in-force.js';
import { buildRecordsSchema } from './records/schema.js';
import type { Records } from './records/types.js';
import { buildRegisterSchema } from './register/schema.js';
import type { RegisterInput } from './register/types.js';

/**
 * The zod schema of an activity, with the goal and twin-town ids of the built-in policies. Use it to
 * compose your own schemas: it checks everything {@link parseActivity} checks, and leaves amounts as
 * written. It is a copy: changing it changes no parser (they use their own). To get the domain value — amounts as exact snapshots, deep-frozen, issues with stable codes
 * in Swedish and English — use {@link parseActivity}.
 *
 * @example
 * ```ts
 * activitySchema.safeParse({ kind: 'trip' }).success; // => false
 * ```
 * @category Parsing
 */
export const activitySchema: z.ZodMiniType<ActivityInput> =
  /* @__PURE__ */ buildActivitySchema(BUILT_IN_POLICIES);

/**
 * The zod schema of a governance-records document (see {@link parseRecords}).
 *
 * @example
 * ```ts
 * recordsSchema.safeParse({}).success; // => true
 * ```
 * @category Parsing
 */
export const recordsSchema: z.ZodMiniType<Records> =
  /* @__PURE__ */ buildRecordsSchema(BUILT_IN_POLICIES);

/**
 * The zod schema of a register (see {@link parseRegister}). Amounts stay as written; cross-record
 * checks (unique ids, references) are made by the parser, not the schema.
 *
 * @example
 * ```ts
 * registerSchema.safeParse({ format: 1, activities: [] }).success; // => true
 * ```
 * @category Parsing
 */
export const registerSchema: z.ZodMiniType<RegisterInput> = /* @__PURE__ */ buildRegisterSchema(
  recordsSchema,
  activitySchema,
  false,
);
