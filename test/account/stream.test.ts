import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import SAMPLE from '../../examples/sample-register.json' with { type: 'json' };
import {
  councilAccount,
  councilAccountStream,
  PolicyError,
  parseRegister,
} from '../../src/index.js';
import { corrupted } from '../fuzz/corrupt.js';

/** A register document in the two parts the stream takes, its activities yielded one by one. */
function parts(document: unknown) {
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return { records: document, activities: [] };
  const { activities, ...rest } = document as { activities?: unknown };
  if (!Array.isArray(activities)) return { records: document, activities: [] };
  return {
    records: { ...rest, activities: [] },
    activities: (async function* () {
      yield* activities;
    })(),
  };
}

/** The account of the whole document, or its issues, as JSON. */
function expected(document: unknown, period: string): string {
  const register = parseRegister(document);
  return JSON.stringify(
    register.success
      ? councilAccount(register.data, { asOf: '2023-03-31', period })
      : { success: false },
  );
}

async function streamed(document: unknown, period: string): Promise<string> {
  const result = await councilAccountStream(parts(document), { asOf: '2023-03-31', period });
  return JSON.stringify(result.success ? result.data : { success: false });
}

describe('councilAccountStream: the account of a register read as a stream', () => {
  it("is councilAccount's account of the sample register, for each period", async () => {
    for (const period of ['2019-2022', '2023-2026']) {
      expect(await streamed(SAMPLE, period)).toBe(expected(SAMPLE, period));
    }
  });

  it('gives every issue with its path in the document, and no account, when a record cannot be read', async () => {
    const document = {
      ...SAMPLE,
      approvals: [
        { activity: 'nowhere', decidedOn: '2020-01-01', reference: 'KS', decision: 'approved' },
      ],
    };
    const result = await councilAccountStream(parts(document), {
      asOf: '2023-03-31',
      period: '2019-2022',
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues.map((found) => found.path)).toEqual([['approvals', 0, 'activity']]);
  });

  test.prop([corrupted(fc.constant(SAMPLE as unknown))], { numRuns: 100 })(
    'on a register with any one value corrupted or removed: an account exactly when parseRegister reads it, and the same one',
    async (document) => {
      let refused: unknown;
      let whole = '';
      try {
        whole = expected(document, '2019-2022');
      } catch (error) {
        refused = error;
      }
      if (refused) {
        await expect(
          councilAccountStream(parts(document), { asOf: '2023-03-31', period: '2019-2022' }),
        ).rejects.toThrow((refused as Error).message);
        return;
      }
      expect(await streamed(document, '2019-2022')).toBe(whole);
    },
  );

  it('names itself when it refuses its arguments', async () => {
    await expect(
      councilAccountStream(
        { records: SAMPLE, activities: [] },
        { asOf: '2023-03-31', period: '2019-2022' },
      ),
    ).rejects.toMatchObject({
      details: { function: 'councilAccountStream' },
    });
  });

  it('refuses a period that is not a board term, as councilAccount does', async () => {
    await expect(
      councilAccountStream(parts(SAMPLE), { asOf: '2023-03-31', period: '2020-2023' }),
    ).rejects.toThrow(PolicyError);
  });
});

describe('a failed account is listed as a parse is (review of issue 28)', () => {
  it('at most 100 issues and a too_many_issues, deep-frozen', async () => {
    const result = await councilAccountStream(
      { records: { format: 1, activities: [], approvals: Array(150).fill(0) }, activities: [] },
      { period: '2019-2022', asOf: '2023-03-31' },
    );
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.issues;
    expect(issues).toHaveLength(101);
    expect(issues.at(-1)?.code).toBe('too_many_issues');
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(issues[0]?.path)).toBe(true);
  });
});
