import * as z from 'zod';
import { activitySchemaFor } from '../activities/schema.js';
import { LIMITS } from '../input/fields.js';
import { perPolicies } from '../internal/per-policies.js';
import { rateListSchema } from '../money/rates-schema.js';
import type { PolicyVersion } from '../policy/types.js';
import { recordsSchemaFor } from '../records/schema.js';
import type { RegisterInput } from './types.js';

/** The register schema whose goal and twin-town ids are those of `policies`. */
export const registerSchemaFor: (policies: readonly PolicyVersion[]) => z.ZodType<RegisterInput> =
  perPolicies(
    (policies) =>
      (recordsSchemaFor(policies) as unknown as z.ZodObject).extend({
        format: z.literal(1),
        activities: z.array(activitySchemaFor(policies)).max(LIMITS.records),
        rates: rateListSchema.optional().transform((rates) => rates ?? []),
      }) as unknown as z.ZodType<RegisterInput>,
  );
