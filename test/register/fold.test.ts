/**
 * The one fold (issue 30): every reducer of a register — audit, council account, draft comparison,
 * calendar — is driven by `fold`, which takes the activities as a register read whole, or as a list,
 * an iterable or an async iterable read once. Whichever way they come, the reducer is given the same
 * activities in the same order, each once, and finished once with the same records set aside; each
 * judgement goes to `each` as it is made, and an async `each` is awaited before the next activity.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import SAMPLE from '../../examples/sample-register.json' with { type: 'json' };
import type { Activity } from '../../src/activities/types.js';
import { isOwnResult } from '../../src/compliance/own-results.js';
import { auditStream, BUILT_IN_POLICIES, PolicyError } from '../../src/index.js';
import { fold, type RegisterReducer } from '../../src/register/fold.js';
import { type InvalidRecord, parseRegisterLeniently } from '../../src/register/lenient.js';
import { readRecords } from '../../src/register/stream.js';

/** A reducer that records what it is given: the activities' ids, then what it is finished with. */
function recorder(): RegisterReducer<{ ids: string[]; invalid: readonly InvalidRecord[] }, string> {
  const ids: string[] = [];
  let finished = 0;
  return {
    add: (activity: Activity) => {
      ids.push(activity.id);
      return `judged ${activity.id}`;
    },
    finish: (invalid) => {
      finished++;
      expect(finished).toBe(1);
      return { ids, invalid };
    },
  };
}

type Shape = 'list' | 'iterable' | 'async';

/** The activities as a list, a generator, or an async generator. */
function source(
  items: readonly unknown[],
  shape: Shape,
): Iterable<unknown> | AsyncIterable<unknown> {
  if (shape === 'list') return [...items];
  if (shape === 'iterable')
    return (function* () {
      yield* items;
    })();
  return (async function* () {
    for (const item of items) yield await Promise.resolve(item);
  })();
}

// The sample register: 27 activities, with approvals, reports and accounts naming them.
const { activities, ...rest } = SAMPLE;
const records = { ...rest, activities: [] };
const policies = BUILT_IN_POLICIES;

/** The fold over a register read whole, with what `each` saw. */
function whole(items: readonly unknown[]) {
  const seen: string[] = [];
  const read = parseRegisterLeniently({ ...rest, activities: items }, { policies });
  const result = fold(read, recorder(), (judged, activity) => {
    seen.push(`${judged} as ${activity.id}`);
  });
  return { result, seen };
}

/** The fold over the same activities read as a stream of the given shape. */
async function streamed(items: readonly unknown[], shape: Shape) {
  const seen: string[] = [];
  const read = readRecords({ records, activities: source(items, shape) }, 'test', policies);
  const result = await fold(read, recorder(), {
    policies,
    fn: 'test',
    each: async (judged, activity) => {
      await Promise.resolve();
      seen.push(`${judged} as ${activity.id}`);
    },
  });
  return { result, seen };
}

/** A signal that counts the abort listeners added to it and not removed. */
function countedSignal(): { signal: AbortSignal; listening: () => number } {
  const signal = new AbortController().signal;
  let listening = 0;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((...args: Parameters<typeof add>) => {
    if (args[0] === 'abort') listening++;
    add(...args);
  }) as typeof add;
  signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
    if (args[0] === 'abort') listening--;
    remove(...args);
  }) as typeof remove;
  return { signal, listening: () => listening };
}

describe('fold', () => {
  it('hands each activity of a register read whole to the reducer once, in order, and each judgement to each', () => {
    const { result, seen } = whole(activities);
    expect(result.ids).toEqual(activities.map((activity) => activity.id));
    expect(seen).toEqual(result.ids.map((id) => `judged ${id} as ${id}`));
    expect(result.invalid).toEqual([]);
  });

  it('awaits an async each before the next activity: a writer keeps up', async () => {
    const order: string[] = [];
    const read = readRecords(
      { records, activities: source(activities, 'async') },
      'test',
      policies,
    );
    await fold(
      read,
      {
        add: (activity: Activity) => void order.push(`add ${activity.id}`),
        finish: () => order.push('finish'),
      },
      {
        policies,
        fn: 'test',
        each: async (_, activity) => {
          await new Promise((resolve) => setTimeout(resolve, 0));
          order.push(`wrote ${activity.id}`);
        },
      },
    );
    expect(order).toEqual([
      ...activities.flatMap((activity) => [`add ${activity.id}`, `wrote ${activity.id}`]),
      'finish',
    ]);
  });

  test.prop(
    [
      fc.shuffledSubarray([...activities] as unknown[], { minLength: 0 }),
      fc.array(fc.oneof(fc.constant(null), fc.constant({ kind: 'trip' }), fc.nat(3)), {
        maxLength: 3,
      }),
      fc.constantFrom<Shape>('list', 'iterable', 'async'),
    ],
    { numRuns: 60 },
  )(
    'gives the reducer the same activities, judgements and records set aside as a list, an iterable or an async iterable as a register read whole',
    async (chosen, bad, shape) => {
      // Bad activities among the good ones, and one repeated: each is set aside, the rest folded.
      const items = [...bad, ...chosen, ...chosen.slice(0, 1)];
      const expected = whole(items);
      const actual = await streamed(items, shape);
      expect(actual.result.ids).toEqual(expected.result.ids);
      expect(actual.seen).toEqual(expected.seen);
      expect(actual.result.invalid).toEqual(expected.result.invalid);
    },
  );

  it('awaits a promise in a list, as for await does, and sets aside one that is rejected', async () => {
    const [first, second] = activities;
    const items = [Promise.resolve(first), Promise.reject(new Error('unreadable')), second];
    const { result } = await streamed(items, 'list');
    expect(result.ids).toEqual([first?.id, second?.id]);
    const setAside = result.invalid.filter((record) => record.list === 'activities');
    expect(setAside.map((record) => record.index)).toEqual([1]);
  });

  it('does not await a promise an async iterator yields as its value: that is no activity, and is set aside', async () => {
    const [first] = activities;
    let index = 0;
    const source: AsyncIterable<unknown> = {
      [Symbol.asyncIterator]: () => ({
        next: async () =>
          index++ === 0
            ? { done: false, value: Promise.resolve(first) }
            : { done: true, value: undefined },
      }),
    };
    const read = readRecords({ records, activities: source }, 'test', policies);
    const result = await fold(read, recorder(), { policies, fn: 'test' });
    expect(result.ids).toEqual([]);
    expect(result.invalid.map((record) => [record.list, record.index])).toContainEqual([
      'activities',
      0,
    ]);
  });

  it('closes the source when a judgement cannot be handed on, and ends even if closing never settles', async () => {
    const closed: string[] = [];
    const hanging: AsyncIterable<unknown> = {
      [Symbol.asyncIterator]: () => ({
        next: async () => ({ done: false, value: activities[0] }),
        return: () => {
          closed.push('asked');
          return new Promise<IteratorResult<unknown>>(() => undefined);
        },
      }),
    };
    const read = readRecords({ records, activities: hanging }, 'test', policies);
    const failing = fold(read, recorder(), {
      policies,
      fn: 'test',
      each: () => {
        throw new Error('the writer failed');
      },
    });
    await expect(failing).rejects.toThrow('the writer failed');
    expect(closed).toEqual(['asked']);
  });

  it('lets a source be read again once a reading of it has ended', async () => {
    // An async iterable that is its own iterator, restarted by each reading.
    let index = 0;
    const source = {
      [Symbol.asyncIterator]() {
        index = 0;
        return this;
      },
      next: async () =>
        index < 2 ? { done: false, value: activities[index++] } : { done: true, value: undefined },
    };
    for (let reading = 0; reading < 2; reading++) {
      const read = readRecords({ records, activities: source }, 'test', policies);
      const result = await fold(read, recorder(), { policies, fn: 'test' });
      expect(result.ids).toEqual(activities.slice(0, 2).map((activity) => activity.id));
    }
  });

  it('refuses, with invalid_argument, a source iterable when checked and not when read', async () => {
    let asked = 0;
    const fickle = {
      get [Symbol.iterator]() {
        asked++;
        return asked === 1 ? () => [][Symbol.iterator]() : undefined;
      },
    };
    const read = readRecords({ records, activities: fickle as never }, 'test', policies);
    const error = await fold(read, recorder(), { policies, fn: 'test' }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).code).toBe('invalid_argument');
  });

  it('removes every listener it adds to the signal', async () => {
    const { signal, listening } = countedSignal();
    const read = readRecords(
      { records, activities: source(activities, 'async') },
      'test',
      policies,
    );
    const result = await fold(read, recorder(), { policies, fn: 'test', signal });
    expect(result.ids).toHaveLength(activities.length);
    expect(listening()).toBe(0);
  });

  it("hands auditStream's onActivity results that are the library's own, as audit's explain takes them", async () => {
    const own: boolean[] = [];
    await auditStream(
      { records, activities },
      {
        asOf: '2023-03-31',
        onActivity: (_, compliance) => {
          for (const result of compliance.results) own.push(isOwnResult(result));
        },
      },
    );
    expect(own.length).toBeGreaterThan(0);
    expect(own.every(Boolean)).toBe(true);
  });

  it('with a signal, rejects with what the source throws, at once or later, and leaves no listener', async () => {
    const { signal, listening } = countedSignal();
    const throwing = (how: 'at once' | 'later'): Iterable<unknown> & AsyncIterable<unknown> =>
      ({
        [Symbol.asyncIterator]: () => ({
          next: () => {
            if (how === 'at once') throw new Error(`the source failed ${how}`);
            return Promise.reject(new Error(`the source failed ${how}`));
          },
        }),
      }) as never;
    for (const how of ['at once', 'later'] as const) {
      const read = readRecords({ records, activities: throwing(how) }, 'test', policies);
      await expect(fold(read, recorder(), { policies, fn: 'test', signal })).rejects.toThrow(
        `the source failed ${how}`,
      );
      expect(listening()).toBe(0);
    }
  });

  it('refuses, with invalid_argument, a source whose iterator method throws when read the second time', async () => {
    let asked = 0;
    const fickle = {
      get [Symbol.iterator]() {
        asked++;
        if (asked > 1) throw new Error('asked twice');
        return () => [][Symbol.iterator]();
      },
    };
    const read = readRecords({ records, activities: fickle as never }, 'test', policies);
    const error = await fold(read, recorder(), { policies, fn: 'test' }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).messages.en).toContain('cannot be iterated');
  });
});
