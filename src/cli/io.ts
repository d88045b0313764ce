/**
 * The CLI's input and output: reading a document from a file or standard input, and writing an
 * output file atomically. The only module of the package that touches the file system.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, lstat, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Bilingual } from 'solleftea-international-policy';
import { FILES } from './words.js';

/** A failure the user can act on: a one-line summary and optional details, in both languages. */
export class CliError extends Error {
  constructor(
    readonly summary: Bilingual,
    readonly details: readonly Bilingual[] = [],
    readonly exitCode = 2,
  ) {
    super(summary.en);
  }
}

/** Where a document comes from, as the user named it. */
export interface Source {
  /** `-` for standard input, else the path. */
  readonly name: string;
  /** The text read. */
  readonly text: string;
}

/**
 * What the CLI reads standard input with (swapped in tests): at most `limit` + 1 bytes, so that a
 * document over the limit is known to be over it without reading it all.
 */
export type ReadStdin = (limit: number) => Promise<Uint8Array>;

/**
 * The most bytes the command line reads as one JSON document: the engine's longest string is about
 * 512 MiB, and a document is parsed from one string.
 */
export const MAX_DOCUMENT_BYTES: number = 500 * 1024 * 1024;

const MIB = 1024 * 1024;

function decode(bytes: Uint8Array, name: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new CliError(FILES.notUtf8(name));
  }
}

/**
 * Reads at most `limit` + 1 bytes of a stream — a file, standard input, or a device such as
 * /dev/zero, which never ends.
 */
export async function readCapped(
  stream: AsyncIterable<unknown>,
  limit: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > limit) break;
  }
  return Buffer.concat(chunks);
}

/** Reads a text file, or standard input for `-`, with a clear error for every way it can fail. */
export async function readSource(
  name: string,
  stdin: ReadStdin,
  limit: number = MAX_DOCUMENT_BYTES,
): Promise<Source> {
  const shownName = name === '-' ? 'stdin' : name;
  let bytes: Uint8Array;
  if (name === '-') bytes = await stdin(limit);
  else {
    try {
      const info = await stat(name);
      if (info.isDirectory()) throw new CliError(FILES.directory(name));
      bytes = await readCapped(createReadStream(name, { highWaterMark: 1 << 20 }), limit);
    } catch (error) {
      if (error instanceof CliError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new CliError(FILES.missing(name));
      throw new CliError(FILES.unreadable(name, code ?? '?'));
    }
  }
  if (bytes.length > limit)
    throw new CliError(
      FILES.tooLarge(
        shownName,
        limit >= MIB && limit % MIB === 0 ? `${limit / MIB} MiB` : `${limit} B`,
      ),
    );
  return { name: shownName, text: decode(bytes, shownName) };
}

/** The line and column (from 1) of a character offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The offset of the first character at which a text stops being JSON (RFC 8259), for error messages:
 * Node 20's `JSON.parse` does not always say where.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  /** Reads a string at `i` (its opening quote); the offset of its first error, or -1. */
  const string = (): number => {
    i++;
    for (;;) {
      const char = text[i];
      if (char === undefined || char < ' ') return i;
      i++;
      if (char === '"') return -1;
      if (char !== '\\') continue;
      const escaped = text[i] ?? '';
      if (escaped === 'u') {
        for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) return i + k;
        i += 5;
      } else if (escaped !== '' && '"\\/bfnrt'.includes(escaped)) i++;
      else return i;
    }
  };
  /** Reads a scalar at `i`; the offset of its first error, or -1. */
  const scalar = (): number => {
    const char = text[i];
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (char === word[0]) {
        for (const letter of word) {
          if (text[i] !== letter) return i;
          i++;
        }
        return -1;
      }
    }
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) return i;
    i += match[0].length;
    return -1;
  };
  /** Reads a member's key and its colon at `i`; the offset of the first error, or -1. */
  const key = (): number => {
    if (text[i] !== '"') return i;
    const at = string();
    if (at !== -1) return at;
    space();
    if (text[i] !== ':') return i;
    i++;
    return -1;
  };
  // The open arrays and objects, innermost last: a stack, not recursion, so that a document nested
  // deeper than the call stack is located as well as a shallow one.
  const open: ('[' | '{')[] = [];
  for (;;) {
    // A value is expected here.
    space();
    const char = text[i];
    if (char === '[' || char === '{') {
      open.push(char);
      i++;
      space();
      const close = char === '[' ? ']' : '}';
      if (text[i] === close) {
        open.pop();
        i++;
      } else {
        if (char === '{') {
          const at = key();
          if (at !== -1) return at;
        }
        continue;
      }
    } else {
      const at = scalar();
      if (at !== -1) return at;
    }
    // A value ended: close what it ends, or go on to the next member.
    for (;;) {
      space();
      const inner = open.at(-1);
      if (inner === undefined) return i < text.length ? i : -1;
      const close = inner === '[' ? ']' : '}';
      if (text[i] === close) {
        open.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return i;
      i++;
      if (inner === '{') {
        space();
        const at = key();
        if (at !== -1) return at;
      }
      break;
    }
  }
}

/** Parses JSON, reporting a syntax error with its line and column. */
export function parseJson(source: Source): unknown {
  try {
    return JSON.parse(source.text);
  } catch {
    const offset = Math.max(0, jsonErrorOffset(source.text));
    const { line, column } = lineAndColumn(source.text, offset);
    // The line and column say where; the engine's own message is English only, so it is not shown.
    throw new CliError(FILES.invalidJson(source.name, line, column));
  }
}

/** The temporary files being written, removed if the process is interrupted (see `bin.ts`). */
export const TEMPORARIES: Set<string> = new Set();

/**
 * Writes `text` to `path` atomically: to a temporary file beside it, then renamed into place, so that
 * a reader never sees half a file and an interrupted run leaves none. An existing file is replaced
 * only with `force`, and only if it is a regular file: a directory, a device, a FIFO or a socket is
 * never replaced.
 */
export async function writeAtomically(path: string, text: string, force: boolean): Promise<void> {
  const existing = await lstat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new CliError(FILES.directory(path));
  if (existing && !existing.isFile() && !existing.isSymbolicLink())
    throw new CliError(FILES.notRegular(path));
  if (existing && !force) throw new CliError(FILES.exists(path));
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  TEMPORARIES.add(temporary);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    if (force) await rename(temporary, path);
    else {
      // link fails if the file appeared meanwhile: never overwrite without --force.
      await link(temporary, path);
      await unlink(temporary);
    }
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    // A path that cannot be written to is bad usage (2); a write that fails, a full disk say, is 74.
    const usage = ['EEXIST', 'ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EISDIR'].includes(code ?? '');
    throw new CliError(
      code === 'EEXIST' ? FILES.exists(path) : FILES.unwritable(path, code ?? '?'),
      [],
      usage ? 2 : 74,
    );
  } finally {
    TEMPORARIES.delete(temporary);
  }
}
