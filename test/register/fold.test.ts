/**
 * The one fold (issue 30): every reducer of a register — audit, council account, draft comparison,
 * calendar — is driven by `fold`, which takes the activities as a register read whole, or as a list,
 * an iterable or an async iterable read once. Whichever way they come, the reducer is given the same
 * activities in the same order, each once, and finished once with the same records set aside; each
 * judgement goes to `each` as it is made, and an async `each` is awaited before the next activity.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/activities/types.js';
import { BUILT_IN_POLICIES } from '../../src/index.js';
import { fold, type RegisterReducer } from '../../src/register/fold.js';
import { type InvalidRecord, parseRegisterLeniently } from '../../src/register/lenient.js';
import { readRecords } from '../../src/register/stream.js';
import { SAMPLE_REGISTER } from '../fixtures/samples.js';

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

const { activities, ...rest } = SAMPLE_REGISTER;
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
});
