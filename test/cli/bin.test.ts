/** The binary's process: Ctrl-C stops it cleanly (exit 130), leaving no half-written file or copy. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const binary = new URL('dist/cli.js', root).pathname;
const directory = mkdtempSync(join(tmpdir(), 'solleftea-bin-'));
const big = join(directory, 'big.json');

beforeAll(() => {
  // A register long enough to be interrupted: the sample's activities, 1 500 times over.
  const sample = JSON.parse(readFileSync(new URL('examples/sample-register.json', root), 'utf8'));
  const activities = Array.from({ length: 1500 }, (_, round) =>
    sample.activities.map((activity: { id: string }) => ({
      ...activity,
      id: `${activity.id}-${round}`,
    })),
  ).flat();
  writeFileSync(
    big,
    JSON.stringify({ ...sample, activities, approvals: [], reportsBack: [], councilAccounts: [] }),
  );
});

/**
 * Runs the binary and sends `signal` in the middle of its work: once `started` finds the temporary
 * file it works on in `watched` (so its handlers are in place, however slowly a busy machine started
 * it), or once it has written to standard output; resolves with its exit code.
 */
function interrupted(
  args: readonly string[],
  input: string | undefined,
  signal: NodeJS.Signals,
  watched: string,
  temporaries?: string,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binary, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: temporaries === undefined ? process.env : { ...process.env, TMPDIR: temporaries },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    let sent = false;
    const interrupt = () => {
      if (sent) return;
      sent = true;
      clearInterval(watch);
      child.kill(signal);
    };
    const watch = setInterval(() => {
      if (readdirSync(watched).some((name) => name.endsWith('.tmp'))) interrupt();
    }, 10);
    child.stdout.on('data', interrupt);
    // The child may stop reading before the input is all written: that is expected here.
    child.stdin.on('error', () => undefined);
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
    child.on('close', (code) => {
      clearInterval(watch);
      resolve({ code, stderr });
    });
  });
}

describe('Ctrl-C', () => {
  it('stops an audit writing --out with exit 130 and leaves neither the file nor its temporary', async () => {
    const out = join(directory, 'audit.ndjson');
    const { code, stderr } = await interrupted(
      ['audit', big, '--as-of', '2023-03-31', '--format', 'ndjson', '--out', out],
      undefined,
      'SIGINT',
      directory,
    );
    expect(code).toBe(130);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('stops an audit of standard input and removes the copy it was reading from', async () => {
    // A temporary folder of its own: other tests' commands copy standard input at the same time.
    const temporaries = mkdtempSync(join(directory, 'tmp-'));
    const { code } = await interrupted(
      ['audit', '-', '--as-of', '2023-03-31', '--format', 'ndjson'],
      readFileSync(big, 'utf8'),
      'SIGINT',
      temporaries,
      temporaries,
    );
    expect(code).toBe(130);
    expect(readdirSync(temporaries)).toEqual([]);
  });
});

describe('other ends', () => {
  it('SIGTERM stops it like Ctrl-C, with exit 143, leaving no file', async () => {
    const out = join(directory, 'terminated.ndjson');
    const { code } = await interrupted(
      ['audit', big, '--as-of', '2023-03-31', '--format', 'ndjson', '--out', out],
      undefined,
      'SIGTERM',
      directory,
    );
    expect(code).toBe(143);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a temporary folder it cannot write to is said in one line, not as an unexpected error', async () => {
    const child = spawn(process.execPath, [binary, 'check', '-', '--as-of', '2023-03-31'], {
      env: { ...process.env, TMPDIR: join(directory, 'no-such-folder') },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdin.end('{"format": 1, "activities": []}');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('kan inte skrivas (ENOENT)');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
