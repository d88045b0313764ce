/** The same rules in json-rules-engine, as a team might write them instead of this library. */
import { Engine } from 'json-rules-engine';
import type { Activity, ExchangeRates } from '../../src/index.js';
import { POLICY_2019_2022 } from '../../src/index.js';
import { codesOnly } from './baselines.js';

const FROM = POLICY_2019_2022.validity.from;
const TO = POLICY_2019_2022.validity.to;

/** An engine with the four per-activity rules; the activity's derived facts come in as facts. */
export function rulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const inForce = [
    { fact: 'date', operator: 'greaterThanInclusive', value: FROM },
    { fact: 'date', operator: 'lessThanInclusive', value: TO },
    { fact: 'international', operator: 'equal', value: true },
  ];
  engine.addOperator('greaterThanInclusive', (a: unknown, b: unknown) => String(a) >= String(b));
  engine.addOperator('lessThanInclusive', (a: unknown, b: unknown) => String(a) <= String(b));
  engine.addRule({
    conditions: { all: inForce },
    event: {
      type: 'planning',
      params: { clauses: ['intro.planning', 'aims.purpose', 'aims.goals'] },
    },
  });
  engine.addRule({
    conditions: { all: inForce },
    event: { type: 'council_account', params: { clauses: ['council.reporting'] } },
  });
  engine.addRule({
    conditions: {
      all: [
        ...inForce,
        { fact: 'kind', operator: 'equal', value: 'trip' },
        { fact: 'twinTown', operator: 'equal', value: true },
      ],
    },
    event: { type: 'board_approval', params: { clauses: ['board.approval'] } },
  });
  engine.addRule({
    conditions: {
      all: [
        ...inForce,
        { fact: 'kind', operator: 'equal', value: 'trip' },
        {
          fact: 'totalOre',
          operator: 'greaterThan',
          value: POLICY_2019_2022.reportBackThreshold.amount,
        },
      ],
    },
    event: { type: 'board_report_back', params: { clauses: ['board.reporting'] } },
  });
  return engine;
}

/** Runs the engine on one activity, with its facts derived as the minimal baseline does. */
export async function runRules(
  engine: Engine,
  activity: Activity,
  rates: ExchangeRates,
): Promise<string[]> {
  const codes = codesOnly(activity, rates);
  const trip = activity.kind === 'trip' ? activity : undefined;
  const facts = {
    date: trip ? trip.departureDate : activity.kind === 'exchange' ? activity.startDate : '',
    kind: activity.kind,
    international: codes.length > 0,
    twinTown: codes.includes('board_approval'),
    totalOre: codes.includes('board_report_back') ? Number.MAX_SAFE_INTEGER : 0,
  };
  const { events } = await engine.run(facts);
  return events.map((event) => event.type);
}
