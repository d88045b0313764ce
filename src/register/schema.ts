import * as z from 'zod/mini';
import { activitySchemaFor } from '../activities/schema.js';
import { listOf } from '../input/budget.js';
import { LIMITS } from '../input/fields.js';
import { rateListSchema } from '../money/rates-schema.js';
import { perPolicies } from '../policy/per-policies.js';
import type { PolicyVersion } from '../policy/types.js';
import { buildRecordsSchema, orNone, recordsSchemaFor } from '../records/schema.js';
import type { RegisterInput } from './types.js';

/**
 * A new register schema of `records` and `activity`; with `budget`, its lists' records count against
 * the parse's issue budget (the parsers' own schemas; see `listOf`).
 */
export function buildRegisterSchema(
  records: z.ZodMiniType,
  activity: z.ZodMiniType,
  budget: boolean,
): z.ZodMiniType<RegisterInput> {
  return z.extend(records as unknown as z.ZodMiniObject, {
    format: z.literal(1),
    activities: listOf(activity, LIMITS.records, budget),
    rates: orNone(rateListSchema),
  }) as unknown as z.ZodMiniType<RegisterInput>;
}

/** The register schema whose goal and twin-town ids are those of `policies` (built once each). */
const budgetedFor = perPolicies((policies) =>
  buildRegisterSchema(recordsSchemaFor(policies), activitySchemaFor(policies), true),
);
const plainFor = perPolicies((policies) =>
  buildRegisterSchema(buildRecordsSchema(policies, false), activitySchemaFor(policies), false),
);

/**
 * The parsers' register schema whose goal and twin-town ids are those of `policies` (built once
 * each): with `budget`, checking stops after the parse's issue budget (`parseRegister`); without,
 * every record is checked, with less work per record (the lenient reader, which needs every issue).
 */
export const registerSchemaFor = (
  policies: readonly PolicyVersion[],
  budget: boolean,
): z.ZodMiniType<RegisterInput> => (budget ? budgetedFor : plainFor)(policies);
