import * as z from 'zod/mini';
import { listOf } from '../input/budget.js';
import {
  identifier,
  isoDate,
  knownId,
  LIMITS,
  periodLabel,
  report,
  strictObject,
  text,
} from '../input/fields.js';
import { perPolicies, vocabularyOf } from '../policy/per-policies.js';
import type { PolicyVersion } from '../policy/types.js';
import type {
  ActivityReport,
  AgreementEvaluation,
  BoardApproval,
  ContinuationDecision,
  Records,
  TwinTownAgreement,
} from './types.js';

/** A list that may be left out, read as none. */
export const orNone = <T>(list: z.ZodMiniType<readonly T[]>): z.ZodMiniType<readonly T[]> =>
  z.pipe(
    z.optional(list),
    z.transform((given: readonly T[] | undefined) => given ?? []),
  ) as unknown as z.ZodMiniType<readonly T[]>;

/**
 * A new records schema whose twin-town ids are those of `policies`; with `budget`, its lists' records
 * count against the parse's issue budget (the parsers' own schemas; see `listOf`).
 */
export function buildRecordsSchema(
  policies: readonly PolicyVersion[],
  budget = false,
): z.ZodMiniType<Records> {
  const optionalList = <T>(item: z.ZodMiniType<T>): z.ZodMiniType<readonly T[]> =>
    orNone(listOf(item, LIMITS.records, budget));
  const { twinTowns: towns } = vocabularyOf(policies);
  const approval: z.ZodMiniType<BoardApproval> = strictObject({
    activity: identifier,
    decidedOn: isoDate,
    reference: identifier,
    decision: z.enum(['approved', 'rejected']),
    decidedBy: z.exactOptional(z.enum(['council', 'board', 'committee', 'delegate'])),
  });
  const activityReport: z.ZodMiniType<ActivityReport> = strictObject({
    activity: identifier,
    submittedOn: isoDate,
    reference: z.exactOptional(identifier),
    purpose: z.exactOptional(text(LIMITS.purpose)),
    goal: z.exactOptional(text(LIMITS.purpose)),
    result: z.exactOptional(text(LIMITS.result)),
  });
  const agreement: z.ZodMiniType<TwinTownAgreement> = strictObject({
    id: identifier,
    twinTown: knownId(towns, 'unknown_twin_town'),
    signedOn: z.exactOptional(isoDate),
    terminatedOn: z.exactOptional(isoDate),
  }).check(
    z.superRefine((value, ctx) => {
      if (value.signedOn && value.terminatedOn && value.terminatedOn < value.signedOn) {
        report(
          ctx,
          'end_before_start',
          { startDate: value.signedOn, endDate: value.terminatedOn },
          ['terminatedOn'],
        );
      }
    }),
  );
  const evaluation: z.ZodMiniType<AgreementEvaluation> = strictObject({
    agreement: identifier,
    mandatePeriod: periodLabel,
    evaluatedOn: isoDate,
    active: z.boolean(),
    benefit: strictObject({
      municipality: z.boolean(),
      associations: z.boolean(),
      businesses: z.boolean(),
    }),
    reference: z.exactOptional(identifier),
  });
  const continuation: z.ZodMiniType<ContinuationDecision> = strictObject({
    mandatePeriod: periodLabel,
    decidedOn: isoDate,
    reference: identifier,
    continuing: z.array(identifier).check(z.maxLength(100)),
  });
  return strictObject({
    approvals: optionalList(approval),
    reportsBack: optionalList(activityReport),
    councilAccounts: optionalList(activityReport),
    agreements: optionalList(agreement),
    evaluations: optionalList(evaluation),
    continuationDecisions: optionalList(continuation),
  }) as unknown as z.ZodMiniType<Records>;
}

/** The records schema whose goal and twin-town ids are those of `policies`. */
export const recordsSchemaFor: (policies: readonly PolicyVersion[]) => z.ZodMiniType<Records> =
  perPolicies((policies) => buildRecordsSchema(policies, true));
