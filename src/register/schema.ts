import * as z from 'zod/mini';
import { activitySchemaFor } from '../activities/schema.js';
import { LIMITS } from '../input/fields.js';
import { rateListSchema } from '../money/rates-schema.js';
import { perPolicies } from '../policy/per-policies.js';
import type { PolicyVersion } from '../policy/types.js';
import { orNone, recordsSchemaFor } from '../records/schema.js';
import type { RegisterInput } from './types.js';

/** A new register schema whose goal and twin-town ids are those of `policies`. */
export function buildRegisterSchema(
  policies: readonly PolicyVersion[],
  records: z.ZodMiniType = recordsSchemaFor(policies),
  activity: z.ZodMiniType = activitySchemaFor(policies),
): z.ZodMiniType<RegisterInput> {
  return z.extend(records as unknown as z.ZodMiniObject, {
    format: z.literal(1),
    activities: z.array(activity).check(z.maxLength(LIMITS.records)),
    rates: orNone(rateListSchema),
  }) as unknown as z.ZodMiniType<RegisterInput>;
}

/** The register schema whose goal and twin-town ids are those of `policies` (built once each). */
export const registerSchemaFor: (
  policies: readonly PolicyVersion[],
) => z.ZodMiniType<RegisterInput> = perPolicies((policies) => buildRegisterSchema(policies));
