/** activityParser: parseActivity for versions already checked, for a register read one activity at a time. */
import { describe, expect, it } from 'vitest';
import { activityParser, parseActivity } from '../../src/activities/parse-activity.js';
import { POLICY_2019_2022 } from '../../src/index.js';

const TRIP = {
  kind: 'trip',
  id: 'T-1',
  title: 'Besök i Põltsamaa',
  organiser: 'Kommunledningskontoret',
  travellers: { count: 2 },
  destinations: [{ twinTown: 'poltsamaa' }],
  departureDate: '2021-05-03',
  returnDate: '2021-05-06',
};

describe('activityParser', () => {
  it('parses as parseActivity does, with its schema looked up once', () => {
    const parse = activityParser([POLICY_2019_2022]);
    expect(parse(TRIP)).toEqual(parseActivity(TRIP, { policies: [POLICY_2019_2022] }));
    const bad = { ...TRIP, returnDate: '2021-05-01' };
    expect(parse(bad)).toEqual(parseActivity(bad, { policies: [POLICY_2019_2022] }));
  });
});
