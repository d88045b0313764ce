/**
 * `npm test`: runs the quality stages in order (`npm run <stage>` for each argument), prints how long
 * each took, and stops at the first that fails, with its exit code. Stages joined by `+` run side by
 * side (each mostly on one core, or waiting on the disk); their output is printed whole as each ends.
 */
import { spawn } from 'node:child_process';

const groups = process.argv.slice(2).map((argument) => argument.split('+'));
const times: [stage: string, seconds: number][] = [];
const started = performance.now();

function summary(): void {
  const width = Math.max(...times.map(([stage]) => stage.length), 'total (wall clock)'.length);
  console.log('\nStage times:');
  for (const [stage, seconds] of times)
    console.log(`  ${stage.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s`);
  const wall = (performance.now() - started) / 1000;
  console.log(`  ${'total (wall clock)'.padEnd(width)}  ${wall.toFixed(1).padStart(6)} s`);
}

/** Runs one stage: its output passed through when it runs alone, else kept and printed at its end. */
function run(stage: string, alone: boolean): Promise<number> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', stage], { stdio: alone ? 'inherit' : 'pipe' });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      times.push([stage, (performance.now() - start) / 1000]);
      if (!alone) process.stdout.write(`\n▶ ${stage}\n${Buffer.concat(output).toString('utf8')}`);
      resolve(code ?? 1);
    });
  });
}

for (const group of groups) {
  if (group.length === 1) console.log(`\n▶ ${group[0]}`);
  else console.log(`\n▶ ${group.join(' ∥ ')} (side by side)`);
  const codes = await Promise.all(group.map((stage) => run(stage, group.length === 1)));
  const failed = group.find((_, i) => codes[i] !== 0);
  if (failed !== undefined) {
    summary();
    console.error(`\n✘ ${failed} failed`);
    process.exit(codes[group.indexOf(failed)] || 1);
  }
}
summary();
