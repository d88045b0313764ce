/**
 * A register's parts from a hostile caller (issue 28): parts, records or activities that throw when
 * read are refused with `invalid_argument`, in both languages, never a TypeError or the caller's error.
 */
import { describe, expect, it } from 'vitest';
import SAMPLE from '../../examples/sample-register.json' with { type: 'json' };
import { auditStream, PolicyError } from '../../src/index.js';

const { activities, ...rest } = SAMPLE;
const records = { ...rest, activities: [] };
const OPTIONS = { asOf: '2023-03-31' } as const;

async function refusal(parts: unknown): Promise<PolicyError> {
  const thrown = await auditStream(parts as never, OPTIONS).catch((error: unknown) => error);
  expect(thrown).toBeInstanceOf(PolicyError);
  expect((thrown as PolicyError).code).toBe('invalid_argument');
  return thrown as PolicyError;
}

describe('parts that throw when read', () => {
  it('parts whose fields throw', async () => {
    const parts = {
      get records(): unknown {
        throw new Error('no records for you');
      },
      activities,
    };
    const error = await refusal(parts);
    expect(error.messages.en).toContain('parts cannot be read');
    expect(error.messages.sv).toContain('parts går inte att läsa');
  });

  it('records with a field that throws', async () => {
    const hostile = {
      ...records,
      get approvals(): unknown {
        throw new Error('no approvals for you');
      },
    };
    const error = await refusal({ records: hostile, activities });
    expect(error.messages.en).toContain('parts.records cannot be read');
  });

  it('activities whose iterator cannot be asked for', async () => {
    const hostile = {
      get [Symbol.iterator](): unknown {
        throw new Error('no iterator for you');
      },
    };
    const error = await refusal({ records, activities: hostile });
    expect(error.messages.en).toContain('parts.activities must be iterable');
  });
});
