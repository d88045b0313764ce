/**
 * Packs the package as `npm pack` makes it on a fresh clone: copies the source tree (the files git
 * tracks, and new ones it does not ignore — never `dist/`) to a temporary directory, links the
 * installed `node_modules` beside it, and packs there, so the tarball's `dist/` is the one the
 * `prepack` script builds. Used by `npm run test:package`, `npm run size` and `npm run test:pack`.
 *
 * A tree packed once is not packed again: the tarball is kept under `node_modules/.cache/packed/`,
 * named by a hash of every file copied (paths and contents, the lockfile among them), so the stages
 * of `npm test` share one clean build, and any change to the tree packs afresh.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

/** The packed tarball: where it is, and what `npm pack` reported. */
export interface Packed {
  /** The directory the tarball was written to (remove it when done). */
  readonly work: string;
  /** The tarball's absolute path. */
  readonly tarball: string;
  /** The files in the tarball, sorted. */
  readonly files: readonly string[];
  /** The tarball's size and its unpacked size, in bytes. */
  readonly size: number;
  readonly unpackedSize: number;
}

/** Packs the package from a clean copy of the source tree into a new temporary directory. */
export function packFromCleanTree(prefix: string): Packed {
  const root = resolve('.');
  const work = mkdtempSync(join(tmpdir(), prefix));
  const tree = join(work, 'tree');
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
    .split('\0')
    .filter(
      (file) => file !== '' && existsSync(join(root, file)) && lstatSync(join(root, file)).isFile(),
    );
  const hash = createHash('sha256');
  for (const file of listed.sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const cached = join(root, 'node_modules/.cache/packed', hash.digest('hex').slice(0, 32));
  const tarball = join(work, `${name}-${version}.tgz`);
  if (existsSync(join(cached, 'packed.tgz'))) cpSync(join(cached, 'packed.tgz'), tarball);
  else {
    for (const file of listed) {
      mkdirSync(dirname(join(tree, file)), { recursive: true });
      cpSync(join(root, file), join(tree, file));
    }
    if (existsSync(join(tree, 'dist'))) throw new Error('the copied tree holds dist/; it must not');
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
    // Not `--json`: the `prepack` build prints to the same output. The tarball is read back instead.
    execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
      cwd: tree,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // Kept for the next stage, written whole or not at all; a tree packed before is dropped.
    mkdirSync(cached, { recursive: true });
    for (const other of readdirSync(dirname(cached)))
      if (other !== basename(cached))
        rmSync(join(dirname(cached), other), { recursive: true, force: true });
    cpSync(tarball, join(cached, 'packing.tgz'));
    renameSync(join(cached, 'packing.tgz'), join(cached, 'packed.tgz'));
  }
  // `tar -tvzf` lines: mode, owner, size, date, time, path ("package/…").
  const entries = execFileSync('tar', ['-tvzf', tarball], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[0]?.startsWith('-'));
  return {
    work,
    tarball,
    files: entries.map((fields) => (fields.at(-1) ?? '').replace(/^package\//, '')).sort(),
    size: statSync(tarball).size,
    unpackedSize: entries.reduce((sum, fields) => sum + Number(fields[2]), 0),
  };
}
