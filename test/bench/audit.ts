/**
 * The audit at scale: a register of 1 000 000 generated activities and 100 agreements, audited once,
 * with its time and the memory it adds; and the same register cut to 100 000 activities, audited in
 * the same run, for the ratio (linear cost means at most 12× for 10× the activities).
 *
 * Run by `npm run bench` in a process of its own, with `--expose-gc`, so that the heap figures are
 * the audit's and not the rest of the benchmark's; twice, with a young generation of 32 MiB (the
 * figures measured since issue 30 began) and of 128 MiB. Beside a parsed register of 2.5 GB, each of
 * V8's minor collections costs about 25 ms whatever it frees, against a few milliseconds beside a
 * small heap (a plain-JS loop without the library shows the cost growing with the old generation
 * too), so the audit's time depends on how often they come: a young generation four times larger
 * makes them about four times rarer.
 */
import { audit, parseRegister, type Register } from '../../src/index.js';
import { registerDocument } from './data.js';

const LARGE = Number(process.env['BENCH_AUDIT_COUNT'] ?? 1_000_000);
const SMALL = LARGE / 10;
const MiB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

function parsed(document: unknown): Register {
  const result = parseRegister(document);
  if (!result.success) throw new Error(result.issues[0].messages.en);
  return result.data;
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

const semiSpace =
  process.execArgv.find((flag) => flag.startsWith('--max-semi-space-size='))?.split('=')[1] ??
  'the default';
console.log(
  `Generating and parsing a register of ${LARGE} activities and 100 agreements (seed 42); young generation: --max-semi-space-size=${semiSpace}…`,
);
let largeRegister: Register | undefined = parsed(registerDocument(LARGE));
const smallRegister = parsed({
  ...registerDocument(SMALL),
});
const options = { asOf: '2023-12-31', deadlines: { reportBackDays: 90 } } as const;

// The small register three times (the first warms up), the large one once.
const smallTimes: number[] = [];
for (let round = 0; round < 3; round++) {
  const [report, time] = timed(() => audit(smallRegister, options));
  if (report.activities.length !== SMALL) throw new Error('small audit incomplete');
  smallTimes.push(time);
}
const smallMs = [...smallTimes.slice(1)].sort((a, b) => a - b)[0] as number;

const before = heap();
const [report, largeMs] = timed(() => audit(largeRegister as Register, options));
const after = heap();
const peakRss = process.resourceUsage().maxRSS * 1024;
if (report.activities.length !== LARGE) throw new Error('large audit incomplete');
const violations = report.activities.filter((a) => a.violations > 0).length;
largeRegister = undefined;

const row = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
row(`audit × ${SMALL} activities (best of 2, after a warm-up)`, `${(smallMs / 1000).toFixed(2)} s`);
row(`audit × ${LARGE} activities, 100 agreements`, `${(largeMs / 1000).toFixed(2)} s`);
row(`  ratio (target ≤ 12× for 10× the activities)`, `${(largeMs / smallMs).toFixed(2)}×`);
row(
  `  heap the audit adds beyond the parsed register (target < 1 GiB)`,
  `${((after - before) / MiB).toFixed(0)} MiB`,
);
row(`  heap of the parsed registers before the audit`, `${(before / MiB).toFixed(0)} MiB`);
row(`  peak resident set size of the process`, `${(peakRss / MiB).toFixed(0)} MiB`);
row(
  `  found`,
  `${violations} activities with violations; ${report.agreements[0]?.agreements.length} agreements reviewed`,
);
