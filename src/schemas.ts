import type { z } from 'zod';
import { activitySchemaFor } from './activities/schema.js';
import type { Activity } from './activities/types.js';
import { BUILT_IN_POLICIES } from './policy/policy-in-force.js';
import { recordsSchemaFor } from './records/schema.js';
import type { Records } from './records/types.js';
import { registerSchemaFor } from './register/schema.js';
import type { Register } from './register/types.js';

/**
 * The zod schema of an activity, with the goal and twin-town ids of the built-in policies. Use it to
 * compose your own schemas; to parse, prefer {@link parseActivity}, which also deep-freezes the value
 * and reports issues with stable codes in Swedish and English.
 *
 * @example
 * ```ts
 * activitySchema.safeParse({ kind: 'trip' }).success; // => false
 * ```
 */
export const activitySchema: z.ZodType<Activity> =
  /* @__PURE__ */ activitySchemaFor(BUILT_IN_POLICIES);

/**
 * The zod schema of a governance-records document (see {@link parseRecords}).
 *
 * @example
 * ```ts
 * recordsSchema.safeParse({}).success; // => true
 * ```
 */
export const recordsSchema: z.ZodType<Records> =
  /* @__PURE__ */ recordsSchemaFor(BUILT_IN_POLICIES);

/**
 * The zod schema of a register (see {@link parseRegister}). Cross-record checks (unique ids,
 * references) are made by the parser, not the schema.
 *
 * @example
 * ```ts
 * registerSchema.safeParse({ format: 1, activities: [] }).success; // => true
 * ```
 */
export const registerSchema: z.ZodType<Register> =
  /* @__PURE__ */ registerSchemaFor(BUILT_IN_POLICIES);
