/**
 * `npm run bench`: the library's evaluation of 100 000 generated, already-parsed activities against
 * hand-written baselines, json-rules-engine and Publicodes, measured in the same run and interleaved round by
 * round (so that a noisy machine slows all of them alike), plus the parse cost.
 */
import type { Activity } from '../../src/index.js';
import { evaluate, parseActivity } from '../../src/index.js';
import { SAMPLE_TRIP } from '../fixtures/samples.js';
import { codesOnly, sameInformation, sameInformationWithTrace } from './baselines.js';
import { BENCH_RATES, generateInputs } from './data.js';
import { rulesEngine, runRules } from './json-rules.js';
import { publicodesEngine, runPublicodes } from './publicodes.js';

const COUNT = Number(process.env['BENCH_COUNT'] ?? 100_000);
const ENGINE_COUNT = Math.min(COUNT, 20_000);
/** Publicodes takes about a millisecond an activity: a smaller subset. */
const PUBLICODES_COUNT = Math.min(COUNT, 2_000);
const ROUNDS = 7;
let sinkParse = 0;

function ms(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function msAsync(run: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const perActivity = (totalMs: number, count: number) => (totalMs * 1000) / count;
const row = (label: string, micros: number) =>
  console.log(
    `${label.padEnd(48)} ${micros.toFixed(3).padStart(9)} µs/activity (median of ${ROUNDS})`,
  );

console.log(`Generating ${COUNT} activities (seed 42)…`);
const inputs = generateInputs(COUNT);
const items = inputs.reduce<number>((sum, input) => {
  const record = input as Record<string, unknown[] | undefined>;
  return (
    sum +
    (record['plannedCosts']?.length ?? 0) +
    (record['actualCosts']?.length ?? 0) +
    (record['costs']?.length ?? 0)
  );
}, 0);

// Parsing: streaming (each result used and dropped, as when validating a file), against copying the
// same data and against small trips; then loading all of them, as the evaluation below needs.
const stream: number[] = [];
const copy: number[] = [];
const small: number[] = [];
{
  const smallInputs = inputs.slice(0, 20_000).map((_, i) => ({ ...SAMPLE_TRIP, id: `S-${i}` }));
  for (let round = 0; round <= ROUNDS; round++) {
    const p = ms(() => {
      for (const input of inputs) sinkParse += parseActivity(input).success ? 1 : 0;
    });
    const c = ms(() => {
      for (const input of inputs) structuredClone(input);
    });
    const t = ms(() => {
      for (const input of smallInputs) sinkParse += parseActivity(input).success ? 1 : 0;
    });
    if (round === 0) continue;
    stream.push(p);
    copy.push(c);
    small.push(t);
  }
}
let activities: Activity[] = [];
const load = ms(() => {
  activities = [];
  for (const input of inputs) {
    const result = parseActivity(input);
    if (result.success) activities.push(result.data);
  }
});
if (activities.length !== COUNT) throw new Error(`only ${activities.length} of ${COUNT} parsed`);
const parseMicros = perActivity(median(stream), COUNT);
row(
  `parseActivity × ${COUNT}, streaming (${(items / COUNT).toFixed(1)} cost items each)`,
  parseMicros,
);
row(`structuredClone of the same inputs (a floor)`, perActivity(median(copy), COUNT));
row('parseActivity × 20 000 small trips (2 items)', perActivity(median(small), 20_000));
console.log(
  `${`parseActivity × ${COUNT}, keeping every result`.padEnd(48)} ${perActivity(load, COUNT).toFixed(3).padStart(9)} µs/activity (one run)`,
);

// Evaluation: library and baselines, interleaved; ratios per round.
let sink = 0;
const library: number[] = [];
const same: number[] = [];
const sameOld: number[] = [];
const codes: number[] = [];
for (let round = 0; round <= ROUNDS; round++) {
  const l = ms(() => {
    for (const activity of activities)
      sink += evaluate(activity, { rates: BENCH_RATES }).obligations.length;
  });
  const s = ms(() => {
    for (const activity of activities)
      sink += Object.keys(sameInformationWithTrace(activity, BENCH_RATES)).length;
  });
  const o = ms(() => {
    for (const activity of activities)
      sink += Object.keys(sameInformation(activity, BENCH_RATES)).length;
  });
  const c = ms(() => {
    for (const activity of activities) sink += codesOnly(activity, BENCH_RATES).length;
  });
  if (round === 0) continue; // warm-up
  library.push(l);
  same.push(s);
  sameOld.push(o);
  codes.push(c);
}
row(`evaluate (library) × ${COUNT}`, perActivity(median(library), COUNT));
row(`same information by hand, with the trace × ${COUNT}`, perActivity(median(same), COUNT));
row(`same information by hand, no trace × ${COUNT}`, perActivity(median(sameOld), COUNT));
row(`rule codes only × ${COUNT}`, perActivity(median(codes), COUNT));

/**
 * A rules engine against the library on the first `count` activities, interleaved round by round:
 * its times, the library's and (with `withBaseline`) the same-information baseline's, and its line
 * of the table. The library and the baseline go over a small subset (Publicodes' 2 000 activities)
 * several times a round, as many as make 20 000 evaluations, and their time is divided back to one
 * pass: one pass over 2 000 takes them about 12 ms, too short to time on a noisy machine.
 */
async function versusLibrary(
  name: string,
  count: number,
  runOne: (activity: Activity) => Promise<number> | number,
  withBaseline = false,
): Promise<{ engine: number[]; library: number[]; baseline: number[] }> {
  const subset = activities.slice(0, count);
  const engine: number[] = [];
  const library: number[] = [];
  const baseline: number[] = [];
  const passes = Math.max(1, Math.round(ENGINE_COUNT / count));
  /** The time of one pass of `each` over the subset, timed over `passes` of them. */
  const onePass = (each: (activity: Activity) => number) =>
    ms(() => {
      for (let pass = 0; pass < passes; pass++)
        for (const activity of subset) sink += each(activity);
    }) / passes;
  for (let round = 0; round <= 3; round++) {
    const e = await msAsync(async () => {
      for (const activity of subset) sink += await runOne(activity);
    });
    const l = onePass((activity) => evaluate(activity, { rates: BENCH_RATES }).obligations.length);
    const b = withBaseline
      ? onePass((activity) => Object.keys(sameInformationWithTrace(activity, BENCH_RATES)).length)
      : undefined;
    if (round === 0) continue;
    engine.push(e);
    library.push(l);
    if (b !== undefined) baseline.push(b);
  }
  console.log(
    `${`${name} × ${count}`.padEnd(48)} ${perActivity(median(engine), count).toFixed(3).padStart(9)} µs/activity (median of 3)`,
  );
  return { engine, library, baseline };
}

const rules = rulesEngine();
const {
  engine: engineRuns,
  library: libraryOnSubset,
  baseline: baselineOnSubset,
} = await versusLibrary(
  'json-rules-engine',
  ENGINE_COUNT,
  async (activity) => (await runRules(rules, activity, BENCH_RATES)).length,
  true,
);
const publicodes = publicodesEngine();
const { engine: publicodesRuns, library: libraryOnPublicodes } = await versusLibrary(
  'Publicodes',
  PUBLICODES_COUNT,
  (activity) => runPublicodes(publicodes, activity, BENCH_RATES).length,
);

const ratio = (a: number[], b: number[]) => median(a.map((value, i) => value / (b[i] as number)));
console.log('');
console.log(
  `parse: ${(1e6 / parseMicros).toFixed(0)} activities/s streaming (target ≥ 100 000); ${(1e6 / perActivity(load, COUNT)).toFixed(0)}/s keeping all`,
);
console.log(
  `library / same-information baseline: ${ratio(library, same).toFixed(2)}× (target ≤ 1.5; against the baseline without the trace, as before: ${ratio(library, sameOld).toFixed(2)}×)`,
);
console.log(`library / codes-only baseline:        ${ratio(library, codes).toFixed(2)}×`);
console.log(
  `json-rules-engine / library:          ${ratio(engineRuns, libraryOnSubset).toFixed(1)}× (target ≥ 25)`,
);
// The bound the target meets: an evaluator giving the same information can hardly beat the
// hand-written baseline that gives it, so json-rules-engine / baseline is roughly the most any could
// reach.
console.log(
  `json-rules-engine / same-information baseline: ${ratio(engineRuns, baselineOnSubset).toFixed(1)}× (roughly the most an evaluator giving the trace could reach)`,
);
console.log(
  `Publicodes / library:                 ${ratio(publicodesRuns, libraryOnPublicodes).toFixed(0)}× (target ≥ 100)`,
);
if (sink === 0 || sinkParse === 0) console.log('');
