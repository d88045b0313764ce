/**
 * Global setup of the `cli` project: the tests that run the built binary or import the package by
 * its name never run against a stale build. When `dist/` is missing, or older than a file of `src/`
 * (or the build's own configuration), the library is built first; `npm test` builds before it tests,
 * so there this costs a look at the files' times.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** The newest modification time of the files under `directory`, in milliseconds. */
function newest(directory: string): number {
  let time = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

/** Whether the build is missing or older than what it is built from. */
export function buildIsStale(): boolean {
  const built = join(root, 'dist', 'cli.js');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newest(join(root, 'src')),
    statSync(join(root, 'tsup.config.ts')).mtimeMs,
    statSync(join(root, 'package.json')).mtimeMs,
  );
  return statSync(built).mtimeMs < sources;
}

export default function setup(): void {
  if (!buildIsStale()) return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(
      `The build the command-line tests need failed:\n${result.stdout}${result.stderr}`,
    );
}
