/**
 * The walk of one activity through `audit`: which of the library's modules its judgement calls into,
 * and how often, measured with V8's precise coverage (call counts per function) on the built
 * package, whose modules are the files of `src/` one for one. The walk is what one more activity
 * adds: a parsed register of one twin-town trip with a budget and an approval, and the same register
 * with a second such trip, are each audited (once to warm up, once measured), and the calls of the
 * first are taken from those of the second — the report's own work (the agreements' review, its
 * freezing) is the same in both and falls out.
 *
 * Run by `npm run bench:walk` (after `npm run build`); prints each module with the calls into it.
 */
import { Session } from 'node:inspector/promises';

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });

// WALK_DIST: another build to measure (an older commit's, for the figure before a change).
const dist = process.env['WALK_DIST'] ?? new URL('../../dist/', import.meta.url).href;
const { audit, parseRegister } = (await import(
  `${dist}index.js`
)) as typeof import('../../src/index.js');
const trip = (id: string) => ({
  kind: 'trip',
  id,
  title: 'Visit to Põltsamaa',
  organiser: 'Kommunledningskontoret',
  travellers: { count: 2 },
  destinations: [{ twinTown: 'poltsamaa' }],
  departureDate: '2021-05-03',
  returnDate: '2021-05-06',
  purpose: 'Exchange',
  goal: 'Contacts',
  result: 'Agreed a project',
  plannedCosts: [{ label: 'Travel', category: 'travel', amount: '12 000,00', currency: 'SEK' }],
});
const approval = (id: string) => ({
  activity: id,
  decidedOn: '2021-04-20',
  reference: 'KS § 40',
  decision: 'approved',
});
const registerOf = (ids: string[]) => {
  const parsed = parseRegister({
    format: 1,
    activities: ids.map(trip),
    approvals: ids.map(approval),
  });
  if (!parsed.success) throw new Error(parsed.issues[0].messages.en);
  return parsed.data;
};

type Coverage = {
  result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[];
};
/** The calls into each of the library's modules while `run` runs, by file. */
async function callsDuring(run: () => unknown): Promise<Map<string, number>> {
  run();
  await session.post('Profiler.takePreciseCoverage');
  run();
  const { result } = (await session.post('Profiler.takePreciseCoverage')) as Coverage;
  const counted = new Map<string, number>();
  for (const script of result) {
    if (!script.url.startsWith(dist)) continue;
    // A function's first range counts its calls; a module's own top level (no name) is no call.
    let count = 0;
    for (const fn of script.functions)
      if (fn.functionName !== '') count += fn.ranges[0]?.count ?? 0;
    counted.set(script.url.slice(dist.length), count);
  }
  return counted;
}

const one = registerOf(['T-1']);
const two = registerOf(['T-1', 'T-2']);
const options = { asOf: '2021-12-31', period: '2019-2022' };
const before = await callsDuring(() => audit(one, options));
const after = await callsDuring(() => audit(two, options));
await session.post('Profiler.stopPreciseCoverage');

const calls = new Map<string, number>();
for (const [file, count] of after) {
  const added = count - (before.get(file) ?? 0);
  if (added > 0) calls.set(file, added);
}
const files = [...calls.keys()].sort();
const folders = new Set(files.map((file) => file.split('/')[0]));
for (const file of files) console.log(`${String(calls.get(file)).padStart(6)}  ${file}`);
console.log(
  `\n${files.length} modules in ${folders.size} folders, ${[...calls.values()].reduce((a, b) => a + b, 0)} calls into them for one more activity in an audit.`,
);
