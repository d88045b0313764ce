/**
 * The `solleftea-policy` binary: runs {@link main} with the process's arguments and streams. A closed
 * pipe (`| head -1`) ends quietly; any other failure to write standard output is said on stderr with
 * exit code 74; Ctrl-C removes a half-written `--out` file and exits with 130.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { TEMPORARIES } from './io.js';
import { main } from './main.js';
import { earlyChoices } from './options.js';
import { FILES } from './words.js';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

function removeTemporaries(): void {
  for (const path of TEMPORARIES) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing is left to remove.
    }
  }
}

process.on('SIGINT', () => {
  removeTemporaries();
  process.exit(130);
});

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (`| head -1`): what is left to say has no one to read it.
  if (error.code === 'EPIPE') process.exit();
  const { language } = earlyChoices(process.argv.slice(2));
  process.stderr.write(`${FILES.stdoutFailed(error.code ?? '?')[language]}\n`);
  removeTemporaries();
  process.exit(74);
});

process.exitCode = await main(process.argv.slice(2), {
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
