/**
 * The bench compares the library with rules engines doing the same work (issue 29: Publicodes beside
 * json-rules-engine). This pins that they do: on the bench's own generated activities, each engine,
 * handed the precomputed facts, names the rule codes the hand-written baseline names.
 */
import { describe, expect, it } from 'vitest';
import { parseActivity } from '../../src/index.js';
import { codesOnly } from '../bench/baselines.js';
import { BENCH_RATES, generateInputs } from '../bench/data.js';
import { rulesEngine, runRules } from '../bench/json-rules.js';
import { publicodesEngine, runPublicodes } from '../bench/publicodes.js';

const activities = generateInputs(120).flatMap((input) => {
  const parsed = parseActivity(input);
  return parsed.success ? [parsed.data] : [];
});

describe("the bench's rules engines do the library's work", () => {
  it('Publicodes and json-rules-engine name the codes the baseline names, for every activity', async () => {
    expect(activities.length).toBeGreaterThan(100);
    const publicodes = publicodesEngine();
    const engine = rulesEngine();
    let owed = 0;
    for (const activity of activities) {
      const expected = [...codesOnly(activity, BENCH_RATES)].sort();
      owed += expected.length;
      expect([...runPublicodes(publicodes, activity, BENCH_RATES)].sort()).toEqual(expected);
      expect([...(await runRules(engine, activity, BENCH_RATES))].sort()).toEqual(expected);
    }
    // The sample holds duties of every kind, so the comparison is not of empty lists.
    expect(owed).toBeGreaterThan(activities.length);
  });
});
