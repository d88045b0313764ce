/**
 * The same activity rules in Publicodes (1.10), the TypeScript rules engine a policy maintainer might
 * pick instead of this library, handed the same precomputed facts as json-rules-engine
 * (`json-rules.ts`): its cost is the engine's, not the facts'.
 */
import Engine from 'publicodes';
import type { Activity, ExchangeRates } from '../../src/index.js';
import { POLICY_2019_2022 } from '../../src/index.js';
import { codesOnly } from './baselines.js';

/** A day as Publicodes writes dates: `DD/MM/YYYY`. */
const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const FROM = day(POLICY_2019_2022.validity.from);
const TO = day(POLICY_2019_2022.validity.to);
const THRESHOLD_KR = POLICY_2019_2022.reportBackThreshold.amount / 100;

/** The four per-activity rules, and the facts they read, as Publicodes rules. */
const RULES = {
  activité: null,
  'activité . date': { 'par défaut': `'${FROM}'` },
  'activité . voyage': { 'par défaut': 'non' },
  'activité . international': { 'par défaut': 'non' },
  'activité . vänort': { 'par défaut': 'non' },
  'activité . coût': { 'par défaut': '0 kr', unité: 'kr' },
  politique: null,
  'politique . en vigueur': {
    'toutes ces conditions': [`activité . date >= ${FROM}`, `activité . date <= ${TO}`],
  },
  obligation: null,
  'obligation . planning': {
    'toutes ces conditions': ['politique . en vigueur', 'activité . international'],
  },
  'obligation . council account': {
    'toutes ces conditions': ['politique . en vigueur', 'activité . international'],
  },
  'obligation . board approval': {
    'toutes ces conditions': ['politique . en vigueur', 'activité . voyage', 'activité . vänort'],
  },
  'obligation . board report back': {
    'toutes ces conditions': [
      'politique . en vigueur',
      'activité . voyage',
      'activité . international',
      `activité . coût > ${THRESHOLD_KR} kr`,
    ],
  },
};

const OBLIGATIONS = [
  ['planning', 'obligation . planning'],
  ['council_account', 'obligation . council account'],
  ['board_approval', 'obligation . board approval'],
  ['board_report_back', 'obligation . board report back'],
] as const;

/** An engine with the rules parsed once. */
export function publicodesEngine(): Engine {
  return new Engine(RULES as ConstructorParameters<typeof Engine>[0]);
}

/** Runs the engine on one activity, with its facts derived as the minimal baseline does. */
export function runPublicodes(engine: Engine, activity: Activity, rates: ExchangeRates): string[] {
  const codes = codesOnly(activity, rates);
  const first = activity.kind === 'trip' ? activity.departureDate : activity.startDate;
  const yes = (value: boolean) => (value ? 'oui' : 'non');
  engine.setSituation({
    'activité . date': `'${day(first)}'`,
    'activité . voyage': yes(activity.kind === 'trip'),
    'activité . international': yes(codes.length > 0),
    'activité . vänort': yes(codes.includes('board_approval')),
    'activité . coût': codes.includes('board_report_back') ? `${THRESHOLD_KR + 1} kr` : '0 kr',
  });
  return OBLIGATIONS.filter(([, rule]) => engine.evaluate(rule).nodeValue === true).map(
    ([code]) => code,
  );
}
