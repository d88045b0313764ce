import * as z from 'zod/mini';
import { isIsoDate } from '../calendar/iso-date.js';
import {
  count,
  countryCode,
  described,
  identifier,
  isoDate,
  knownId,
  LIMITS,
  report,
  strictObject,
  text,
} from '../input/fields.js';
import type { CostItem, CostItemInput } from '../money/cost-item.js';
import {
  amountFields,
  checkAmount,
  currencyCode,
  ONE_AMOUNT,
  toMoneySnapshot,
} from '../money/fields.js';
import { perPolicies, vocabularyOf } from '../policy/per-policies.js';
import type { PolicyVersion } from '../policy/types.js';
import type { Activity, ActivityInput } from './types.js';

const costCategory = z.enum(['travel', 'lodging', 'fees', 'allowances', 'other']);

/**
 * A cost item as written: its amount — text in major units, or whole minor units under
 * `minorUnits` — is checked against its currency here, alongside any other issue of the item, and
 * becomes an exact snapshot in {@link toActivity}, after the schema (a zod transform per item would
 * cost several times the whole validation).
 */
export const costItemSchema: z.ZodMiniType<CostItemInput> = described(
  strictObject({
    label: text(LIMITS.name),
    category: costCategory,
    ...amountFields,
    currency: currencyCode,
  }).check(
    z.superRefine((item, ctx) => checkAmount(item, item.currency, ctx, []), {
      when: ({ value }) => typeof value === 'object' && value !== null && !Array.isArray(value),
    }),
  ),
  ONE_AMOUNT,
);

const costs = z.exactOptional(z.array(costItemSchema).check(z.maxLength(LIMITS.items)));

/** The fields a trip and an exchange share, with goal ids checked against `known`. */
function commonFields(known: { goals: readonly string[] }) {
  return {
    id: identifier,
    caseNumber: z.exactOptional(identifier),
    title: text(LIMITS.name),
    organiser: text(LIMITS.name),
    purpose: z.exactOptional(text(LIMITS.purpose)),
    goal: z.exactOptional(text(LIMITS.purpose)),
    policyGoals: z.exactOptional(
      z.array(knownId(known.goals, 'unknown_goal')).check(z.maxLength(20)),
    ),
    expectedBenefit: z.exactOptional(text(LIMITS.purpose)),
    result: z.exactOptional(text(LIMITS.result)),
  };
}

/** The shared fields of an activity (see {@link commonFields}). */
type CommonFields = ReturnType<typeof commonFields>;

/** The schema of a trip: its travellers, destinations, dates and costs, with the dates in order. */
function tripSchema(common: CommonFields, twinTown: z.ZodMiniString) {
  return strictObject({
    kind: z.literal('trip'),
    ...common,
    travellers: strictObject({
      count: count(1, 10_000),
      roles: z.exactOptional(z.array(text(LIMITS.name)).check(z.maxLength(LIMITS.roles))),
    }),
    destinations: z
      .array(
        z.union([
          strictObject({ place: text(LIMITS.name), country: countryCode }),
          strictObject({ twinTown }),
        ]),
      )
      .check(z.minLength(1), z.maxLength(50)),
    departureDate: isoDate,
    returnDate: isoDate,
    bookingDate: z.exactOptional(isoDate),
    plannedCosts: costs,
    actualCosts: costs,
  }).check(
    z.superRefine(
      (value, ctx) => {
        if (value.returnDate < value.departureDate) {
          report(
            ctx,
            'return_before_departure',
            { departureDate: value.departureDate, returnDate: value.returnDate },
            ['returnDate'],
          );
        }
      },
      bothDates('departureDate', 'returnDate'),
    ),
    z.superRefine(
      (value, ctx) => {
        if (value.bookingDate !== undefined && value.bookingDate > value.departureDate)
          report(
            ctx,
            'booked_after_departure',
            {
              departureDate: value.departureDate,
              bookingDate: value.bookingDate,
            },
            ['bookingDate'],
          );
      },
      bothDates('departureDate', 'bookingDate'),
    ),
  );
}

/** The schema of an exchange: its form, partners, dates and costs, with the dates in order. */
function exchangeSchema(common: CommonFields, twinTown: z.ZodMiniString) {
  return strictObject({
    kind: z.literal('exchange'),
    ...common,
    form: z.enum(['incoming_visit', 'project', 'digital', 'other']),
    partners: z
      .array(
        z.union([
          strictObject({
            name: text(LIMITS.name),
            place: z.exactOptional(text(LIMITS.name)),
            country: countryCode,
          }),
          strictObject({ twinTown, name: z.exactOptional(text(LIMITS.name)) }),
        ]),
      )
      .check(z.minLength(1), z.maxLength(50)),
    startDate: isoDate,
    endDate: isoDate,
    costs,
  }).check(
    z.superRefine(
      (value, ctx) => {
        if (value.endDate < value.startDate)
          report(ctx, 'end_before_start', { startDate: value.startDate, endDate: value.endDate }, [
            'endDate',
          ]);
      },
      bothDates('startDate', 'endDate'),
    ),
  );
}

/** The activity schema (a trip or an exchange) whose goal and twin-town ids are those of `policies`. */
export function buildActivitySchema(
  policies: readonly PolicyVersion[],
): z.ZodMiniType<ActivityInput> {
  const known = vocabularyOf(policies);
  const twinTown = knownId(known.twinTowns, 'unknown_twin_town');
  const common = commonFields(known);
  const trip = tripSchema(common, twinTown);
  const exchange = exchangeSchema(common, twinTown);
  return z.discriminatedUnion('kind', [trip, exchange]) as unknown as z.ZodMiniType<ActivityInput>;
}

/** Runs a date-order check whenever both dates are real, even if other fields have issues. */
function bothDates(
  first: string,
  second: string,
): { when: (payload: z.core.ParsePayload) => boolean } {
  return {
    when: ({ value }) => {
      const record = value as Record<string, unknown> | null;
      return (
        typeof record === 'object' &&
        record !== null &&
        isIsoDate(record[first]) &&
        isIsoDate(record[second])
      );
    },
  };
}

/** The activity schema whose goal and twin-town ids are those of `policies` (built once each). */
export const activitySchemaFor: (
  policies: readonly PolicyVersion[],
) => z.ZodMiniType<ActivityInput> = perPolicies(buildActivitySchema);

function toCostItem(item: CostItemInput): CostItem {
  return {
    label: item.label,
    category: item.category,
    amount: toMoneySnapshot(item, item.currency),
  };
}

/**
 * The domain value of an activity the schema accepted: every amount as an exact snapshot. It
 * replaces the cost lists of the schema's own output, a fresh object no caller has seen.
 */
export function toActivity(input: ActivityInput): Activity {
  const output = input as unknown as Record<string, unknown>;
  for (const list of ['plannedCosts', 'actualCosts', 'costs']) {
    const items = output[list] as readonly CostItemInput[] | undefined;
    if (items) output[list] = items.map(toCostItem);
  }
  return output as unknown as Activity;
}
