import { describe, expect, it } from 'vitest';
import { evaluate, PolicyError } from '../../src/index.js';
import { trip } from '../fixtures/build.js';

/** The English message of what `evaluate` throws for these meeting days. */
function refusal(meetingDays: unknown): string {
  try {
    evaluate(trip(), { meetingDays } as never);
  } catch (error) {
    if (error instanceof PolicyError && error.code === 'invalid_argument') return error.messages.en;
    throw error;
  }
  return 'taken';
}

describe('meetingDays: the bodies’ meeting days, checked as evaluate reads them', () => {
  it('takes lists of real days for the board and the council, and refuses anything else, saying what', () => {
    expect(refusal({ board: ['2024-03-19'], council: [] })).toBe('taken');
    expect(refusal(null)).toMatch(/meetingDays must be \{ board\?, council\? \}/);
    expect(refusal(['2024-03-19'])).toMatch(/meetingDays must be/);
    expect(refusal({ mayor: [] })).toMatch(/meetingDays\.mayor is no body the policy names/);
    expect(refusal({ board: '2024-03-19' })).toMatch(/meetingDays\.board /);
    expect(refusal({ board: ['2024-02-30'] })).toMatch(/meetingDays\.board\[0\] is no day/);
  });
});
