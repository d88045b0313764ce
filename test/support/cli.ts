/** Running the command line's `main` in this process, as the tests and the fuzz suite do. */
import { expect } from 'vitest';
import { jsonErrorOffset } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/** What a run of the command line gave: its exit code and everything it wrote. */
export interface Outcome {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `main` with `args`, `input` on standard input, and the output collected; `terminal` says
 * whether both streams are terminals, `env` is the environment (empty by default).
 */
export async function inProcess(
  args: readonly string[],
  input?: string | Uint8Array,
  terminal = false,
  env: Readonly<Record<string, string | undefined>> = {},
  now?: () => Date,
): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: async function* () {
      yield typeof input === 'string'
        ? new TextEncoder().encode(input)
        : (input ?? new Uint8Array());
    },
    terminal: { stdout: terminal, stderr: terminal },
    env,
    version: '0.0.0',
    ...(now ? { now } : {}),
  });
  return { status, stdout, stderr };
}

/**
 * Checks the JSON error locator against `JSON.parse` on one text: -1 exactly when the text is JSON,
 * else an offset inside the text (or just past its end).
 */
export function expectLocatorAgreesWithJsonParse(text: string): void {
  let valid = true;
  try {
    JSON.parse(text);
  } catch {
    valid = false;
  }
  const offset = jsonErrorOffset(text);
  if (valid) expect(offset).toBe(-1);
  else {
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThanOrEqual(text.length);
  }
}
