import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ISSUE_CODES,
  parseActivity,
  parseRates,
  parseRecords,
  parseRegister,
} from '../../src/index.js';

const guide = readFileSync(new URL('../../docs/describing-activities.md', import.meta.url), 'utf8');
const PARSERS = {
  activity: parseActivity,
  rates: parseRates,
  records: parseRecords,
  register: parseRegister,
};

describe('the "Describing activities" guide', () => {
  const blocks = [...guide.matchAll(/<!-- parse: (\w+) -->\n```json\n([\s\S]*?)```/g)];

  it('shows a complete example of every kind of document', () => {
    expect(blocks.map((block) => block[1]).sort()).toEqual([
      'activity',
      'activity',
      'rates',
      'records',
      'register',
    ]);
  });

  it.each(blocks.map((block) => [block[1] as keyof typeof PARSERS, block[2] as string]))(
    'its %s example parses',
    (kind, json) => {
      const result = PARSERS[kind](JSON.parse(json));
      expect(result.success ? [] : result.issues.map((issue) => issue.messages.en)).toEqual([]);
    },
  );

  it('lists every issue code with its meaning', () => {
    for (const code of ISSUE_CODES)
      expect(guide).toMatch(new RegExp(`^\\| \`${code}\` +\\| \\w`, 'm'));
  });
});
