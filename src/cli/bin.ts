/**
 * The `solleftea-policy` binary: runs {@link main} with the process's arguments and streams. A closed
 * pipe (`| head -1`) ends quietly; any other failure to write standard output is said on stderr with
 * exit code 74; Ctrl-C removes a half-written `--out` file and exits with 130.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { TEMPORARIES } from './io.js';
import { main } from './main.js';
import { FILES } from './words.js';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

/** Reads standard input, at most `limit` + 1 bytes. */
async function readProcessStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > limit) break;
  }
  return Buffer.concat(chunks);
}

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
  const lang = process.argv.indexOf('--lang');
  const english = process.argv[lang + 1] === 'en' || process.argv.includes('--lang=en');
  process.stderr.write(`${FILES.stdoutFailed(error.code ?? '?')[english ? 'en' : 'sv']}\n`);
  removeTemporaries();
  process.exit(74);
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: readProcessStdin,
  terminal: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
  env: process.env,
  version,
});
