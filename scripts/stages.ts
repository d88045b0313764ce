/**
 * `npm test`: runs the quality stages in order (`npm run <stage>` for each argument), prints how long
 * each took, and stops at the first that fails, with its exit code.
 */
import { spawnSync } from 'node:child_process';

const stages = process.argv.slice(2);
const times: [stage: string, seconds: number][] = [];

function summary(): void {
  const width = Math.max(...times.map(([stage]) => stage.length));
  console.log('\nStage times:');
  for (const [stage, seconds] of times)
    console.log(`  ${stage.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s`);
  const total = times.reduce((sum, [, seconds]) => sum + seconds, 0);
  console.log(`  ${'total'.padEnd(width)}  ${total.toFixed(1).padStart(6)} s`);
}

for (const stage of stages) {
  console.log(`\n▶ ${stage}`);
  const start = performance.now();
  const result = spawnSync('npm', ['run', stage], { stdio: 'inherit' });
  times.push([stage, (performance.now() - start) / 1000]);
  if (result.status !== 0) {
    summary();
    console.error(`\n✘ ${stage} failed`);
    process.exit(result.status ?? 1);
  }
}
summary();
