/**
 * Issue 28, item 9: streams that can be stopped and say what they keep. `auditStream` and
 * `councilAccountStream` take an `AbortSignal` that stops them even while the source waits for its
 * next activity (rejecting with the signal's reason, as `fetch` does, and closing the source); one
 * source read by two calls at once is refused instead of giving each a part of the register.
 */
import { describe, expect, it } from 'vitest';
import SAMPLE from '../../examples/sample-register.json' with { type: 'json' };
import { auditStream, councilAccountStream, PolicyError } from '../../src/index.js';

const { activities, ...rest } = SAMPLE;
const records = { ...rest, activities: [] };

/** A source that yields `first` activities and then waits for ever; says whether it was closed. */
function stalling(first: number) {
  const state = { closed: false };
  const source: AsyncIterable<unknown> = {
    [Symbol.asyncIterator]() {
      let index = 0;
      return {
        next: () =>
          index < first
            ? Promise.resolve({ done: false, value: activities[index++] })
            : new Promise<IteratorResult<unknown>>(() => undefined),
        return: () => {
          state.closed = true;
          return Promise.resolve({ done: true, value: undefined });
        },
      };
    },
  };
  return { source, state };
}

describe('an AbortSignal stops a stream, even one that stalls', () => {
  it('auditStream rejects with the signal’s reason while the source waits, and closes the source', async () => {
    const { source, state } = stalling(3);
    const controller = new AbortController();
    let rows = 0;
    const audited = auditStream(
      { records, activities: source },
      {
        asOf: '2023-03-31',
        signal: controller.signal,
        onActivity: () => {
          rows++;
          if (rows === 3) setTimeout(() => controller.abort(new Error('stopped by the clerk')), 10);
        },
      },
    );
    await expect(audited).rejects.toThrow('stopped by the clerk');
    expect(rows).toBe(3);
    expect(state.closed).toBe(true);
  });

  it('councilAccountStream too, and a signal aborted before it starts reads nothing', async () => {
    const { source } = stalling(2);
    const account = councilAccountStream(
      { records, activities: source },
      { period: '2019-2022', asOf: '2023-03-31', signal: AbortSignal.timeout(50) },
    );
    await expect(account).rejects.toMatchObject({ name: 'TimeoutError' });
    const aborted = AbortSignal.abort(new Error('never started'));
    await expect(
      auditStream({ records, activities }, { asOf: '2023-03-31', signal: aborted }),
    ).rejects.toThrow('never started');
  });

  it('a signal that is no AbortSignal is refused, naming it', async () => {
    await expect(
      auditStream({ records, activities }, { asOf: '2023-03-31', signal: 'stop' as never }),
    ).rejects.toMatchObject({
      code: 'invalid_argument',
      messages: {
        en: 'auditStream: signal must be an AbortSignal (from an AbortController), not "stop".',
      },
    });
  });

  it('without a signal, the answer is unchanged', async () => {
    const report = await auditStream({ records, activities }, { asOf: '2023-03-31' });
    expect(report.verdicts).toBeDefined();
  });
});

describe('one source, one reader', () => {
  it('a generator read by two calls at once: the second is refused, the first reads it all', async () => {
    async function* one() {
      for (const activity of activities) yield activity;
    }
    const source = one();
    const rows: string[] = [];
    const first = auditStream(
      { records, activities: source },
      { asOf: '2023-03-31', onActivity: (row) => void rows.push(row.id) },
    );
    const second = auditStream({ records, activities: source }, { asOf: '2023-03-31' });
    await expect(second).rejects.toBeInstanceOf(PolicyError);
    await expect(second).rejects.toMatchObject({
      messages: {
        en: 'auditStream: parts.activities is already being read by another call; a stream can be read only once.',
      },
    });
    await first;
    expect(rows).toHaveLength(activities.length);
  });
});

describe('the streams after review', () => {
  it('councilAccountStream with a signal gives the account', async () => {
    const result = await councilAccountStream(
      { records, activities },
      { period: '2019-2022', asOf: '2023-03-31', signal: new AbortController().signal },
    );
    expect(result.success).toBe(true);
  });

  it('one list read by two calls at once serves both', async () => {
    const [a, b] = await Promise.all([
      auditStream({ records, activities }, { asOf: '2023-03-31' }),
      auditStream({ records, activities }, { asOf: '2023-03-31' }),
    ]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('a source whose iterator cannot be made is not left marked as being read', async () => {
    let calls = 0;
    const source = {
      [Symbol.asyncIterator]() {
        calls++;
        if (calls === 1) throw new Error('not yet');
        return (async function* () {})();
      },
    };
    await expect(
      auditStream({ records, activities: source }, { asOf: '2023-03-31' }),
    ).rejects.toThrow('not yet');
    await expect(
      auditStream({ records, activities: source }, { asOf: '2023-03-31' }),
    ).resolves.toBeDefined();
  });

  it('an activity that cannot be read is set aside, never a TypeError', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const report = await auditStream(
      { records, activities: [proxy, ...activities] },
      { asOf: '2023-03-31' },
    );
    expect(report.invalid.some((entry) => entry.list === 'activities' && entry.index === 0)).toBe(
      true,
    );
  });
});
