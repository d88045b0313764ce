/**
 * The streams read what the caller passes once (review of issue 28): `parts.activities` is read when
 * the parts are checked and iterated from that value, never read again; a signal is a signal by its
 * brand, not by its prototype.
 */
import { describe, expect, it } from 'vitest';
import { auditStream, councilAccountStream, PolicyError } from '../../src/index.js';
import { SAMPLE_REGISTER } from '../fixtures/samples.js';

const records = { ...SAMPLE_REGISTER, activities: [] };

/** Parts whose `activities` answers a list the first time, and throws after. */
function changing() {
  let reads = 0;
  return {
    records,
    get activities(): unknown[] {
      reads += 1;
      if (reads > 1) throw new Error('read again');
      return [...SAMPLE_REGISTER.activities];
    },
  };
}

describe('parts.activities is read once', () => {
  it('auditStream and councilAccountStream iterate the list they read, not a second reading', async () => {
    let rows = 0;
    await auditStream(changing() as never, {
      asOf: '2023-03-31',
      onActivity: () => {
        rows += 1;
      },
    });
    expect(rows).toBe(SAMPLE_REGISTER.activities.length);
    const account = await councilAccountStream(changing() as never, {
      period: '2019-2022',
      asOf: '2023-03-31',
    });
    expect(account.success).toBe(true);
  });
});

describe('a signal by its brand', () => {
  it('an object made from AbortSignal.prototype is refused with invalid_argument, not a TypeError', async () => {
    const fake = Object.create(AbortSignal.prototype) as AbortSignal;
    const parts = { records, activities: SAMPLE_REGISTER.activities };
    const error = await auditStream(parts, { asOf: '2023-03-31', signal: fake }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).code).toBe('invalid_argument');
  });
});
