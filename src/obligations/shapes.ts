/**
 * Internal: the shapes of the facts an evaluation holds, as the words read them (see
 * `internal/shape.ts`): `explain` and `describeFact` check a fact passed back to them with it.
 */
import {
  byField,
  type Check,
  count,
  flag,
  keyOf,
  list,
  object,
  optional,
  refuse,
  text,
  WORDS,
} from '../internal/shape.js';
import { isSnapshot } from '../money/guards.js';
import { BASIS, FORM } from './words.js';

const money: Check = (value, path, checked) => {
  if (!isSnapshot(value)) refuse(checked, path, value);
};

/** A fact of an evaluation, by its kind. */
export const FACT: Check = byField('kind', {
  abroad: { place: text, country: text },
  all_in_sweden: {},
  twin_town: { name: text, policyPeriod: text },
  possible_twin_town: {
    place: text,
    name: text,
    policyPeriod: text,
    town: text,
    writeAs: optional(list(text)),
    namesakes: optional(list(text)),
  },
  no_twin_town: {},
  agreement_terminated: { name: text, terminatedOn: text },
  total_cost: {
    total: money,
    threshold: money,
    above: flag,
    basis: keyOf(BASIS),
    provisional: optional(flag),
    plannedInstead: optional(money),
    beside: optional(object({ basis: keyOf(BASIS), total: money })),
    unconverted: optional(list(object({ messages: WORDS }))),
    compare: optional(keyOf({ at_least: 1 })),
    perTraveller: optional(object({ amount: money, travellers: count })),
    conversions: list(
      object({
        from: money,
        rate: optional(object({ currency: text, sekPerUnit: text, date: text, source: text })),
      }),
    ),
  },
  costs_missing: {},
  costs_not_convertible: { issues: list(object({ messages: WORDS })) },
  not_a_trip: { form: keyOf(FORM) },
});
