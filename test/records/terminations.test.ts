import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/calendar/iso-date.js';
import { firstTerminations } from '../../src/records/terminations.js';
import type { TwinTownAgreement } from '../../src/records/types.js';

const agreement = (id: string, twinTown: string, terminatedOn?: string): TwinTownAgreement => ({
  id,
  twinTown,
  ...(terminatedOn ? { terminatedOn: toIsoDate(terminatedOn) } : {}),
});

describe('the first day an agreement with each twin town ended (interpretation note 4)', () => {
  it('is the earliest termination of the town’s agreements; a town never terminated has none', () => {
    const ended = firstTerminations([
      agreement('A-1', 'madison', '2021-06-30'),
      agreement('A-2', 'madison', '2020-12-31'),
      agreement('A-3', 'madison'),
      agreement('A-4', 'esashi'),
    ]);
    expect(ended.get('madison')).toBe('2020-12-31');
    expect(ended.has('esashi')).toBe(false);
    expect(ended.has('poltsamaa')).toBe(false);
  });

  it('is the same whichever order the agreements come in', () => {
    const list = [
      agreement('A-1', 'madison', '2020-12-31'),
      agreement('A-2', 'madison', '2021-06-30'),
    ];
    expect(firstTerminations([...list].reverse()).get('madison')).toBe('2020-12-31');
    expect(firstTerminations(list).get('madison')).toBe('2020-12-31');
  });

  it('is indexed once per list', () => {
    const list = [agreement('A-1', 'madison', '2020-12-31')];
    expect(firstTerminations(list)).toBe(firstTerminations(list));
  });
});
