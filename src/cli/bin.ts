/**
 * The `solleftea-policy` binary: runs {@link main} with the process's arguments and streams. A closed
 * pipe (`| head -1`) ends quietly; any other failure to write standard output is said on stderr with
 * exit code 74; Ctrl-C removes a half-written `--out` file and exits with 130.
 *
 * A command that reads a register runs in a child process with a heap of {@link HEAP_MIB} MiB:
 * left to itself the engine lets its heap grow to a quarter of the machine's memory before it
 * collects in earnest, so a million-activity audit that needs ~700 MiB would hold twice that.
 * `NODE_OPTIONS=--max-old-space-size=N` (or the flag given to node) sets another limit.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { packageVersion, removeTemporaries } from './io.js';
import { earlyChoices } from './options.js';
import { shown } from './terminal.js';
import { FILES } from './words.js';

const version = packageVersion();

/** The heap of a command that reads a register, in MiB. */
const HEAP_MIB = 900;
const READS_A_REGISTER = new Set(['check', 'audit', 'account', 'compare', 'calendar']);
/** The signals that stop the command line cleanly (its temporary files removed). */
const STOPS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const LIMITED = 'SOLLEFTEA_POLICY_HEAP';

const argv = process.argv.slice(2);
const limitGiven = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((option) =>
  option.includes('--max-old-space-size'),
);
if (
  !limitGiven &&
  process.env[LIMITED] === undefined &&
  argv.some((word) => READS_A_REGISTER.has(word))
) {
  // The same command again, in a child with the heap limited; this process only waits for it.
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${HEAP_MIB}`, ...process.execArgv, process.argv[1] as string, ...argv],
    { stdio: 'inherit', env: { ...process.env, [LIMITED]: String(HEAP_MIB) } },
  );
  // Ctrl-C reaches the child from the terminal; a signal sent to this process alone is passed on.
  for (const signal of STOPS) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    const { language } = earlyChoices(argv);
    process.stderr.write(`${FILES.notStarted(shown(error.message))[language]}\n`);
    process.exit(70);
  });
  child.on('exit', (code, signal) => {
    if (code === null && !(STOPS as readonly string[]).includes(signal ?? '')) {
      // The engine stopped the child: out of memory, most likely.
      const { language } = earlyChoices(argv);
      process.stderr.write(`${FILES.outOfMemory(String(HEAP_MIB), signal ?? '?')[language]}\n`);
      process.exit(70);
    }
    // Stopped by a signal: 128 and its number, as a shell says it.
    process.exit(code ?? 128 + (constants.signals[signal as NodeJS.Signals] ?? 2));
  });
} else await run();

async function run(): Promise<void> {
  for (const signal of STOPS)
    process.on(signal, () => {
      removeTemporaries();
      process.exit(128 + constants.signals[signal]);
    });

  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`| head -1`): what is left to say has no one to read it.
    if (error.code === 'EPIPE') {
      removeTemporaries();
      process.exit();
    }
    const { language } = earlyChoices(argv);
    process.stderr.write(`${FILES.stdoutFailed(error.code ?? '?')[language]}\n`);
    removeTemporaries();
    process.exit(74);
  });

  // Imported here, not at the top: a process that only starts the child never loads the library.
  const { main } = await import('./main.js');
  process.exitCode = await main(argv, {
    // A write the stream cannot take at once waits for it to drain, so that output is not held.
    stdout: (text) =>
      process.stdout.write(text)
        ? undefined
        : new Promise<void>((resolve) => process.stdout.once('drain', resolve)),
    stderr: (text) => process.stderr.write(text),
    stdin: () => process.stdin,
    terminal: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
    env: process.env,
    version,
  });
}
