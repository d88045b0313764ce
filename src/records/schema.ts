import * as z from 'zod';
import { dutyPeriod } from '../calendar/mandate-period.js';
import { identifier, isoDate, knownId, LIMITS, report, text } from '../input/fields.js';
import { perPolicies, vocabularyOf } from '../internal/per-policies.js';
import type { PolicyVersion } from '../policy/types.js';
import type {
  ActivityReport,
  AgreementEvaluation,
  BoardApproval,
  ContinuationDecision,
  Records,
  TwinTownAgreement,
} from './types.js';

/**
 * A board-term label such as "2019–2022" (an en dash or a hyphen), for a term the calendar knows:
 * it starts the year after an election (1995, 1999, …) and ends three years later. Stored with an
 * en dash.
 */
export const periodLabel: z.ZodType<string> = z
  .string()
  .transform((value, ctx) => {
    try {
      return dutyPeriod(value).label;
    } catch {
      report(ctx, 'invalid_period', { value });
      return z.NEVER;
    }
  })
  .meta({
    pattern: '^\\d{4}[–-]\\d{4}$',
    description: "the executive board's term, e.g. 2019–2022",
  });

const optionalList = <T>(item: z.ZodType<T>): z.ZodType<T[]> =>
  z
    .array(item)
    .max(LIMITS.records)
    .optional()
    .transform((list) => list ?? []) as unknown as z.ZodType<T[]>;

function buildRecordsSchema(policies: readonly PolicyVersion[]): z.ZodType<Records> {
  const { twinTowns: towns } = vocabularyOf(policies);
  const approval: z.ZodType<BoardApproval> = z.strictObject({
    activity: identifier,
    decidedOn: isoDate,
    reference: identifier,
    decision: z.enum(['approved', 'rejected']),
  });
  const activityReport: z.ZodType<ActivityReport> = z.strictObject({
    activity: identifier,
    submittedOn: isoDate,
    reference: identifier.exactOptional(),
    purpose: text(LIMITS.purpose).exactOptional(),
    goal: text(LIMITS.purpose).exactOptional(),
    result: text(LIMITS.result).exactOptional(),
  });
  const agreement: z.ZodType<TwinTownAgreement> = z
    .strictObject({
      id: identifier,
      twinTown: knownId(towns, 'unknown_twin_town'),
      signedOn: isoDate.exactOptional(),
      terminatedOn: isoDate.exactOptional(),
    })
    .superRefine((value, ctx) => {
      if (value.signedOn && value.terminatedOn && value.terminatedOn < value.signedOn) {
        report(
          ctx,
          'end_before_start',
          { startDate: value.signedOn, endDate: value.terminatedOn },
          ['terminatedOn'],
        );
      }
    });
  const evaluation: z.ZodType<AgreementEvaluation> = z.strictObject({
    agreement: identifier,
    mandatePeriod: periodLabel,
    evaluatedOn: isoDate,
    active: z.boolean(),
    benefit: z.strictObject({
      municipality: z.boolean(),
      associations: z.boolean(),
      businesses: z.boolean(),
    }),
    reference: identifier.exactOptional(),
  });
  const continuation: z.ZodType<ContinuationDecision> = z.strictObject({
    mandatePeriod: periodLabel,
    decidedOn: isoDate,
    reference: identifier,
    continuing: z.array(identifier).max(100),
  });
  return z.strictObject({
    approvals: optionalList(approval),
    reportsBack: optionalList(activityReport),
    councilAccounts: optionalList(activityReport),
    agreements: optionalList(agreement),
    evaluations: optionalList(evaluation),
    continuationDecisions: optionalList(continuation),
  }) as unknown as z.ZodType<Records>;
}

/** The records schema whose goal and twin-town ids are those of `policies`. */
export const recordsSchemaFor: (policies: readonly PolicyVersion[]) => z.ZodType<Records> =
  perPolicies(buildRecordsSchema);
