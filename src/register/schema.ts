import * as z from 'zod/mini';
import { activitySchemaFor } from '../activities/schema.js';
import { LIMITS } from '../input/fields.js';
import { rateListSchema } from '../money/rates-schema.js';
import { perPolicies } from '../policy/per-policies.js';
import type { PolicyVersion } from '../policy/types.js';
import { orNone, recordsSchemaFor } from '../records/schema.js';
import type { RegisterInput } from './types.js';

/** The register schema whose goal and twin-town ids are those of `policies`. */
export const registerSchemaFor: (
  policies: readonly PolicyVersion[],
) => z.ZodMiniType<RegisterInput> = perPolicies(
  (policies) =>
    z.extend(recordsSchemaFor(policies) as unknown as z.ZodMiniObject, {
      format: z.literal(1),
      activities: z.array(activitySchemaFor(policies)).check(z.maxLength(LIMITS.records)),
      rates: orNone(rateListSchema),
    }) as unknown as z.ZodMiniType<RegisterInput>,
);
