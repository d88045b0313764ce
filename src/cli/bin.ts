/**
 * The `solleftea-policy` binary: runs {@link main} with the process's arguments and streams.
 */
import { readFileSync } from 'node:fs';
import { main } from './main.js';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

/** Reads all of standard input. */
async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: readProcessStdin,
  colour: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
  version,
});
