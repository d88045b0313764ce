/**
 * `npm run bench`: the library's evaluation of 100 000 generated, already-parsed activities against
 * hand-written baselines and json-rules-engine, measured in the same run, plus the parse cost.
 */

import type { Activity } from '../../src/index.js';
import { evaluate, parseActivity } from '../../src/index.js';
import { codesOnly, sameInformation } from './baselines.js';
import { BENCH_RATES, generateInputs } from './data.js';
import { rulesEngine, runRules } from './json-rules.js';

const COUNT = Number(process.env['BENCH_COUNT'] ?? 100_000);
const ENGINE_COUNT = Math.min(COUNT, 20_000);

function time(label: string, count: number, run: () => void, repeat = 5): number {
  run(); // warm up
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  const perItem = (best * 1000) / count;
  console.log(
    `${label.padEnd(46)} ${best.toFixed(1).padStart(9)} ms  ${perItem.toFixed(3).padStart(8)} µs/activity`,
  );
  return perItem;
}

async function timeAsync(label: string, count: number, run: () => Promise<void>): Promise<number> {
  await run();
  const start = process.hrtime.bigint();
  await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const perItem = (ms * 1000) / count;
  console.log(
    `${label.padEnd(46)} ${ms.toFixed(1).padStart(9)} ms  ${perItem.toFixed(3).padStart(8)} µs/activity`,
  );
  return perItem;
}

console.log(`Generating ${COUNT} activities (seed 42)…`);
const inputs = generateInputs(COUNT);
const activities: Activity[] = [];
const parseTime = time(`parseActivity × ${COUNT}`, COUNT, () => {
  activities.length = 0;
  for (const input of inputs) {
    const result = parseActivity(input);
    if (result.success) activities.push(result.data);
  }
});
if (activities.length !== COUNT) throw new Error(`only ${activities.length} of ${COUNT} parsed`);

let sink = 0;
const library = time(`evaluate (library) × ${COUNT}`, COUNT, () => {
  for (const activity of activities)
    sink += evaluate(activity, { rates: BENCH_RATES }).obligations.length;
});
const same = time(`same information by hand × ${COUNT}`, COUNT, () => {
  for (const activity of activities)
    sink += Object.keys(sameInformation(activity, BENCH_RATES)).length;
});
const codes = time(`rule codes only × ${COUNT}`, COUNT, () => {
  for (const activity of activities) sink += codesOnly(activity, BENCH_RATES).length;
});
const engine = rulesEngine();
const subset = activities.slice(0, ENGINE_COUNT);
const rules = await timeAsync(`json-rules-engine × ${ENGINE_COUNT}`, ENGINE_COUNT, async () => {
  for (const activity of subset) sink += (await runRules(engine, activity, BENCH_RATES)).length;
});

console.log('');
console.log(`parse: ${(1e6 / parseTime).toFixed(0)} activities/s (target ≥ 100 000)`);
console.log(`library / same-information baseline: ${(library / same).toFixed(2)}× (target ≤ 2)`);
console.log(`library / codes-only baseline:        ${(library / codes).toFixed(2)}×`);
console.log(`json-rules-engine / library:          ${(rules / library).toFixed(1)}× (target ≥ 20)`);
if (sink === 0) console.log('');
