import { type Activity, evaluate, parseActivity } from '../../src/index.js';
import { BENCH_RATES, generateInputs } from './data.js';

const inputs = generateInputs(50_000);
const acts: Activity[] = [];
for (const i of inputs) {
  const p = parseActivity(i);
  if (p.success) acts.push(p.data);
}
let sink = 0;
const t0 = performance.now();
for (let r = 0; r < 40; r++)
  for (const a of acts) sink += evaluate(a, { rates: BENCH_RATES }).obligations.length;
console.log((((performance.now() - t0) * 1000) / (40 * acts.length)).toFixed(2), 'µs', sink);
