/**
 * What the library is measured against: the same duties computed by hand, with plain `if`s on
 * integer öre, returning plain objects — the practical limit for this information — and a minimal
 * version that returns only the rule codes, for scale.
 */
import type { Activity, ExchangeRates } from '../../src/index.js';
import { POLICY_2019_2022 } from '../../src/index.js';

const FROM = POLICY_2019_2022.validity.from;
const TO = POLICY_2019_2022.validity.to;
const THRESHOLD = POLICY_2019_2022.reportBackThreshold.amount;
const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
const TOWNS = new Map<string, { id: string; country: string }>();
for (const town of POLICY_2019_2022.twinTowns) {
  for (const name of [town.id, ...town.aliases]) TOWNS.set(fold(name), town);
}
const CLAUSES: Record<string, readonly string[]> = Object.fromEntries(
  POLICY_2019_2022.rules.map((r) => [r.code, r.clauseIds]),
);

/** Integer öre for `amount` minor units at a decimal rate, rounded half to even. */
function toOre(amount: number, exponent: number, rate: string): number {
  const [whole = '', fraction = ''] = rate.split('.');
  const product = amount * Number(whole + fraction);
  const shift = exponent + fraction.length - 2;
  if (shift <= 0) return product * 10 ** -shift;
  const divisor = 10 ** shift;
  const quotient = Math.floor(product / divisor);
  const rest = product - quotient * divisor;
  const half = divisor / 2;
  return rest > half || (rest === half && quotient % 2 === 1) ? quotient + 1 : quotient;
}

/** A trip's total in öre, by hand: its actual costs, else its budget; unknown without a rate. */
function tripTotal(
  trip: Extract<Activity, { kind: 'trip' }>,
  rates: ExchangeRates,
): { total: number; known: boolean } {
  const items = trip.actualCosts ?? trip.plannedCosts;
  let total = 0;
  let known = items !== undefined;
  for (const item of items ?? []) {
    const { amount, currency } = item.amount;
    if (currency.code === 'SEK') total += amount;
    else {
      const rate = rates.rates.find((r) => r.currency === currency.code);
      if (!rate) known = false;
      else total += toOre(amount, currency.exponent, rate.sekPerUnit);
    }
  }
  return { total, known };
}

type Plain = { code: string; status: string; facts: object[]; clauseIds: readonly string[] };

/** The same information as the library, by hand. */
export function sameInformation(activity: Activity, rates: ExchangeRates): object {
  const trip = activity.kind === 'trip' ? activity : undefined;
  const date = trip ? trip.departureDate : activity.kind === 'exchange' ? activity.startDate : '';
  if (date < FROM || date > TO) return { outcome: 'no_policy_in_force', date };
  const abroad: object[] = [];
  const twins: object[] = [];
  const places = trip ? trip.destinations : activity.kind === 'exchange' ? activity.partners : [];
  for (const place of places) {
    const town =
      'twinTown' in place ? TOWNS.get(place.twinTown) : TOWNS.get(fold(place.place ?? ''));
    const country = 'twinTown' in place ? town?.country : place.country;
    if (country && country !== 'SE') abroad.push({ kind: 'abroad', country });
    if (town && ('twinTown' in place || town.country === place.country))
      twins.push({ kind: 'twin_town', town: town.id });
  }
  if (abroad.length === 0) return { outcome: 'not_international' };
  const obligations: Plain[] = [
    { code: 'planning', status: 'owed', facts: abroad, clauseIds: CLAUSES['planning'] as string[] },
  ];
  if (!trip) {
    obligations.push({
      code: 'board_approval',
      status: 'not_applicable',
      facts: [{ kind: 'not_a_trip' }],
      clauseIds: CLAUSES['board_approval'] as string[],
    });
    obligations.push({
      code: 'board_report_back',
      status: 'not_applicable',
      facts: [{ kind: 'not_a_trip' }],
      clauseIds: CLAUSES['board_report_back'] as string[],
    });
  } else {
    obligations.push(
      twins.length > 0
        ? {
            code: 'board_approval',
            status: 'owed',
            facts: twins,
            clauseIds: CLAUSES['board_approval'] as string[],
          }
        : {
            code: 'board_approval',
            status: 'not_applicable',
            facts: [{ kind: 'no_twin_town' }],
            clauseIds: CLAUSES['board_approval'] as string[],
          },
    );
    const { total, known } = tripTotal(trip, rates);
    const basis = trip.actualCosts ? 'actual' : 'planned';
    obligations.push({
      code: 'board_report_back',
      status: !known ? 'undetermined' : total > THRESHOLD ? 'owed' : 'not_applicable',
      facts: [{ kind: 'total_cost', total, threshold: THRESHOLD, above: total > THRESHOLD, basis }],
      clauseIds: CLAUSES['board_report_back'] as string[],
    });
  }
  obligations.push({
    code: 'council_account',
    status: 'owed',
    facts: abroad,
    clauseIds: CLAUSES['council_account'] as string[],
  });
  return { outcome: 'evaluated', international: true, obligations };
}

/** Only the codes of the rules owed. */
export function codesOnly(activity: Activity, rates: ExchangeRates): string[] {
  const trip = activity.kind === 'trip' ? activity : undefined;
  const date = trip ? trip.departureDate : activity.kind === 'exchange' ? activity.startDate : '';
  if (date < FROM || date > TO) return [];
  const places = trip ? trip.destinations : activity.kind === 'exchange' ? activity.partners : [];
  if (!places.some((p) => 'twinTown' in p || p.country !== 'SE')) return [];
  const codes = ['planning', 'council_account'];
  if (!trip) return codes;
  if (
    places.some((p) =>
      'twinTown' in p
        ? true
        : TOWNS.get(fold((p as { place?: string }).place ?? ''))?.country === p.country,
    )
  )
    codes.push('board_approval');
  let total = 0;
  for (const item of trip.actualCosts ?? trip.plannedCosts ?? []) {
    const { amount, currency } = item.amount;
    const rate = rates.rates.find((r) => r.currency === currency.code);
    total +=
      currency.code === 'SEK'
        ? amount
        : rate
          ? toOre(amount, currency.exponent, rate.sekPerUnit)
          : 0;
  }
  if (total > THRESHOLD) codes.push('board_report_back');
  return codes;
}

const INTERNATIONAL = { fact: 'international' } as const;
const IS_TRIP = { fact: 'kind', kinds: ['trip'] } as const;
const TWIN_TOWN = { fact: 'twin_town' } as const;
const COST = { fact: 'cost', compare: 'more', per: 'activity' } as const;
const COST_PATHS = ['plannedCosts', 'actualCosts'];
const KIND = ['kind'];
const PARAMETER = {
  name: 'reportBackThreshold',
  version: POLICY_2019_2022.id,
  minorUnits: THRESHOLD,
};

/**
 * The same information as the library now gives, by hand: {@link sameInformation}'s and, for each
 * obligation, the evaluated condition — each fact's value and the input paths it was read from,
 * the threshold with the version it came from — as the library's trace holds it, built in the
 * same pass.
 */
export function sameInformationWithTrace(activity: Activity, rates: ExchangeRates): object {
  const trip = activity.kind === 'trip' ? activity : undefined;
  const date = trip ? trip.departureDate : activity.kind === 'exchange' ? activity.startDate : '';
  if (date < FROM || date > TO) return { outcome: 'no_policy_in_force', date };
  const abroad: object[] = [];
  const twins: object[] = [];
  const abroadPaths: string[] = [];
  const twinPaths: string[] = [];
  const allPaths: string[] = [];
  const places = trip ? trip.destinations : activity.kind === 'exchange' ? activity.partners : [];
  for (let i = 0; i < places.length; i++) {
    const place = places[i] as (typeof places)[number];
    const path = `${trip ? 'destinations' : 'partners'}[${i}]`;
    allPaths.push(path);
    const town =
      'twinTown' in place ? TOWNS.get(place.twinTown) : TOWNS.get(fold(place.place ?? ''));
    const country = 'twinTown' in place ? town?.country : place.country;
    if (country && country !== 'SE') {
      abroad.push({ kind: 'abroad', country });
      abroadPaths.push(path);
    }
    if (town && ('twinTown' in place || town.country === place.country)) {
      twins.push({ kind: 'twin_town', town: town.id });
      twinPaths.push(path);
    }
  }
  if (abroad.length === 0) return { outcome: 'not_international' };
  const international = {
    condition: INTERNATIONAL,
    value: 'true',
    answer: { value: 'true', paths: abroadPaths },
  };
  const kind = {
    condition: IS_TRIP,
    value: trip ? 'true' : 'false',
    answer: { value: trip ? 'true' : 'false', paths: KIND },
  };
  const obligations: object[] = [
    {
      code: 'planning',
      status: 'owed',
      facts: abroad,
      clauseIds: CLAUSES['planning'],
      condition: international,
    },
  ];
  if (!trip) {
    const notATrip = [{ kind: 'not_a_trip' }];
    obligations.push({
      code: 'board_approval',
      status: 'not_applicable',
      facts: notATrip,
      clauseIds: CLAUSES['board_approval'],
      condition: { combine: 'all', value: 'false', parts: [kind] },
    });
    obligations.push({
      code: 'board_report_back',
      status: 'not_applicable',
      facts: notATrip,
      clauseIds: CLAUSES['board_report_back'],
      condition: { combine: 'all', value: 'false', parts: [kind] },
    });
  } else {
    const isTwin = twins.length > 0 ? 'true' : 'false';
    obligations.push({
      code: 'board_approval',
      status: twins.length > 0 ? 'owed' : 'not_applicable',
      facts: twins.length > 0 ? twins : [{ kind: 'no_twin_town' }],
      clauseIds: CLAUSES['board_approval'],
      condition: {
        combine: 'all',
        value: isTwin,
        parts: [
          kind,
          {
            condition: TWIN_TOWN,
            value: isTwin,
            answer: { value: isTwin, paths: twins.length > 0 ? twinPaths : allPaths },
          },
        ],
      },
    });
    const { total, known } = tripTotal(trip, rates);
    const basis = trip.actualCosts ? 'actual' : 'planned';
    const value = !known ? 'unknown' : total > THRESHOLD ? 'true' : 'false';
    obligations.push({
      code: 'board_report_back',
      status: !known ? 'undetermined' : total > THRESHOLD ? 'owed' : 'not_applicable',
      facts: [{ kind: 'total_cost', total, threshold: THRESHOLD, above: total > THRESHOLD, basis }],
      clauseIds: CLAUSES['board_report_back'],
      condition: {
        combine: 'all',
        value,
        parts: [
          kind,
          {
            condition: COST,
            value,
            answer: known
              ? { value, paths: COST_PATHS, parameter: PARAMETER }
              : { value, paths: COST_PATHS, missing: COST_PATHS, parameter: PARAMETER },
          },
        ],
      },
    });
  }
  obligations.push({
    code: 'council_account',
    status: 'owed',
    facts: abroad,
    clauseIds: CLAUSES['council_account'],
    condition: international,
  });
  return { outcome: 'evaluated', international: true, obligations };
}
