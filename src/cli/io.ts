/**
 * The CLI's input and output: reading a document from a file or standard input, and writing an
 * output file atomically. The only module of the package that touches the file system.
 */

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readFileSync,
  unlinkSync,
} from 'node:fs';
import {
  type FileHandle,
  link,
  lstat,
  open,
  readFile,
  rename,
  stat,
  unlink,
} from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { LocalizedText } from 'solleftea-international-policy';
import { FILES } from './words.js';

/** A failure the user can act on: a one-line summary and optional details, in both languages. */
export class CliError extends Error {
  constructor(
    readonly summary: LocalizedText,
    readonly details: readonly LocalizedText[] = [],
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

/** Standard input as a stream of bytes (swapped in tests); the command line reads it at most once. */
export type Stdin = () => AsyncIterable<Uint8Array>;

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
  stdin: Stdin,
  limit: number = MAX_DOCUMENT_BYTES,
): Promise<Source> {
  const shownName = name === '-' ? 'stdin' : name;
  let bytes: Uint8Array;
  if (name === '-') bytes = await readCapped(stdin(), limit);
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

/** A reading of a JSON text for where it stops being JSON: `i` is the offset it has reached. */
class JsonCheck {
  i = 0;

  constructor(private readonly text: string) {}

  /** Skips white space at `i`. */
  space(): void {
    const text = this.text;
    while (this.i < text.length && ' \t\n\r'.includes(text[this.i] as string)) this.i++;
  }

  /** Reads a string at `i` (its opening quote); the offset of its first error, or -1. */
  string(): number {
    const text = this.text;
    this.i++;
    for (;;) {
      const char = text[this.i];
      if (char === undefined || char < ' ') return this.i;
      this.i++;
      if (char === '"') return -1;
      if (char !== '\\') continue;
      const escaped = text[this.i] ?? '';
      if (escaped === 'u') {
        for (let k = 1; k <= 4; k++)
          if (!/[0-9a-fA-F]/.test(text[this.i + k] ?? '')) return this.i + k;
        this.i += 5;
      } else if (escaped !== '' && '"\\/bfnrt'.includes(escaped)) this.i++;
      else return this.i;
    }
  }

  /** Reads a scalar at `i`; the offset of its first error, or -1. */
  scalar(): number {
    const text = this.text;
    const char = text[this.i];
    if (char === '"') return this.string();
    for (const word of ['true', 'false', 'null']) {
      if (char === word[0]) {
        for (const letter of word) {
          if (text[this.i] !== letter) return this.i;
          this.i++;
        }
        return -1;
      }
    }
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(this.i, this.i + 400));
    if (!match) return this.i;
    this.i += match[0].length;
    return -1;
  }

  /** Reads a member's key and its colon at `i`; the offset of the first error, or -1. */
  key(): number {
    if (this.text[this.i] !== '"') return this.i;
    const at = this.string();
    if (at !== -1) return at;
    this.space();
    if (this.text[this.i] !== ':') return this.i;
    this.i++;
    return -1;
  }
}

/**
 * The offset of the first character at which a text stops being JSON (RFC 8259), for error messages:
 * Node 20's `JSON.parse` does not always say where.
 */
export function jsonErrorOffset(text: string): number {
  const check = new JsonCheck(text);
  // The open arrays and objects, innermost last: a stack, not recursion, so that a document nested
  // deeper than the call stack is located as well as a shallow one.
  const open: ('[' | '{')[] = [];
  for (;;) {
    // A value is expected here.
    check.space();
    const char = text[check.i];
    if (char === '[' || char === '{') {
      open.push(char);
      check.i++;
      check.space();
      const close = char === '[' ? ']' : '}';
      if (text[check.i] === close) {
        open.pop();
        check.i++;
      } else {
        if (char === '{') {
          const at = check.key();
          if (at !== -1) return at;
        }
        continue;
      }
    } else {
      const at = check.scalar();
      if (at !== -1) return at;
    }
    // A value ended: close what it ends, or go on to the next member.
    for (;;) {
      check.space();
      const inner = open.at(-1);
      if (inner === undefined) return check.i < text.length ? check.i : -1;
      const close = inner === '[' ? ']' : '}';
      if (text[check.i] === close) {
        open.pop();
        check.i++;
        continue;
      }
      if (text[check.i] !== ',') return check.i;
      check.i++;
      if (inner === '{') {
        check.space();
        const at = check.key();
        if (at !== -1) return at;
      }
      break;
    }
  }
}

/**
 * Parses a policy definition file: YAML when its name ends in `.yaml` or `.yml` (a person edits it,
 * with comments), JSON otherwise; a syntax error is reported with its line and column. YAML is read
 * with its core schema (no custom tags) and at most 100 aliases, so a file cannot run code or
 * expand without bound; a key written twice is an error. Merge keys (`<<: *case`) are read, so that
 * a case can be written as another with a field changed.
 */
export function parseDefinition(source: Source): unknown {
  if (!/\.ya?ml$/i.test(source.name)) return parseJson(source);
  const yaml = yamlLibrary();
  try {
    return yaml.parse(source.text, {
      schema: 'core',
      uniqueKeys: true,
      maxAliasCount: 100,
      merge: true,
    });
  } catch (error) {
    const at = error instanceof yaml.YAMLError ? error.linePos?.[0] : undefined;
    // The library's message is English only, so it is not shown: the line and column say where.
    throw new CliError(FILES.invalidYaml(source.name, at?.line ?? 1, at?.col ?? 1));
  }
}

/**
 * The YAML library, loaded when a YAML file is read or written: every other run of the command line
 * starts without it, and apps importing the library never bundle it.
 */
export function yamlLibrary(): typeof import('yaml') {
  return createRequire(import.meta.url)('yaml') as typeof import('yaml');
}

/** Where in a file a value is: its line and column, from 1. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

/**
 * Finds where the value at an input path is written in a JSON or YAML file (JSON is read as the YAML
 * it is), or the nearest part of it that is written — for a field left out, the object that lacks
 * it. Used for a file's problems only, so every other run goes without the YAML reader.
 */
export function placesIn(
  source: Source,
): (path: readonly (string | number)[]) => Place | undefined {
  const { LineCounter, isNode, parseDocument } = yamlLibrary();
  const lines = new LineCounter();
  const document = parseDocument(source.text, {
    lineCounter: lines,
    schema: 'core',
    uniqueKeys: false,
  });
  return (path) => {
    for (let length = path.length; length >= 0; length--) {
      const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) {
        const { line, col } = lines.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return undefined;
  };
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

/** Removes the temporary files being written (on an interrupt, see `bin.ts`), as far as they are left. */
export function removeTemporaries(): void {
  for (const path of TEMPORARIES) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing is left to remove.
    }
  }
}

/** Whether something exists at a path (a file, a folder…). */
export function pathExists(path: string): boolean {
  return existsSync(path);
}

/** A text file the package ships (its `package.json`, a JSON Schema), read whole. */
export function readPackaged(url: URL): Promise<string> {
  return readFile(url, 'utf8');
}

/** The package's version, from its `package.json`, beside the built binary. */
export function packageVersion(): string {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/** The temporary files being written, removed if the process is interrupted (see `bin.ts`). */
export const TEMPORARIES: Set<string> = new Set();

/** Why writing failed: a path that cannot be written to is bad usage (2); a failed write, 74. */
function writeError(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const usage = ['EEXIST', 'ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EISDIR'].includes(code ?? '');
  return new CliError(
    code === 'EEXIST' ? FILES.exists(path) : FILES.unwritable(path, code ?? '?'),
    [],
    usage ? 2 : 74,
  );
}

/**
 * A file written atomically: to a temporary file beside it, then renamed into place, so that a
 * reader never sees half a file and an interrupted run leaves none. An existing file is replaced
 * only with `force`, and only if it is a regular file: a directory, a device, a FIFO or a socket is
 * never replaced.
 */
export class AtomicFile {
  private constructor(
    readonly path: string,
    private readonly temporary: string,
    private readonly handle: FileHandle,
    private readonly force: boolean,
  ) {}

  /** Checks the target and opens the temporary file. */
  static async open(path: string, force: boolean): Promise<AtomicFile> {
    const existing = await lstat(path).catch(() => undefined);
    if (existing?.isDirectory()) throw new CliError(FILES.directory(path));
    if (existing && !existing.isFile() && !existing.isSymbolicLink())
      throw new CliError(FILES.notRegular(path));
    if (existing && !force) throw new CliError(FILES.exists(path));
    const temporary = join(
      dirname(path),
      `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`,
    );
    try {
      return new AtomicFile(path, temporary, await createTemporary(temporary), force);
    } catch (error) {
      throw writeError(path, error);
    }
  }

  /** Appends text. */
  async write(text: string): Promise<void> {
    try {
      // writeFile writes it all (a write may take only part of it).
      await this.handle.writeFile(text);
    } catch (error) {
      await this.abort();
      throw writeError(this.path, error);
    }
  }

  /** Puts the file in place. */
  async commit(): Promise<void> {
    try {
      await this.handle.close();
      if (this.force) await rename(this.temporary, this.path);
      else {
        // link fails if the file appeared meanwhile: never overwrite without --force.
        await link(this.temporary, this.path);
        await unlink(this.temporary);
      }
      TEMPORARIES.delete(this.temporary);
    } catch (error) {
      await this.abort();
      throw writeError(this.path, error);
    }
  }

  /** Leaves nothing behind. */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await unlink(this.temporary).catch(() => undefined);
    TEMPORARIES.delete(this.temporary);
  }
}

/**
 * Creates a new, empty temporary file and opens it for writing, listed in {@link TEMPORARIES}.
 *
 * The file is made synchronously and listed in the same step, so a signal handler, which runs between
 * two steps of the program, finds either no file or a listed one: an asynchronous create still running
 * on another thread when the handler removes the listed files could leave one behind. The handle is
 * then opened without creating (`r+`): if the file was removed meanwhile, the open fails and nothing
 * is made.
 */
async function createTemporary(path: string): Promise<FileHandle> {
  closeSync(openSync(path, 'wx'));
  TEMPORARIES.add(path);
  try {
    return await open(path, 'r+');
  } catch (error) {
    await unlink(path).catch(() => undefined);
    TEMPORARIES.delete(path);
    throw error;
  }
}

/** Writes `text` to `path` as an {@link AtomicFile}. */
export async function writeAtomically(path: string, text: string, force: boolean): Promise<void> {
  const file = await AtomicFile.open(path, force);
  await file.write(text);
  await file.commit();
}

/**
 * A document read as a stream, twice if need be (a register: its records, then its activities). A
 * regular file is read again; standard input, a FIFO or a device is copied to a temporary file as it
 * is first read, and the copy is read the second time — so standard input is read once.
 */
export class StreamedFile {
  #copy: string | undefined;
  /** How many bytes have been read in the first reading. */
  bytes = 0;

  private constructor(
    /** The name to show: `stdin` for `-`. */
    readonly name: string,
    private readonly source: () => AsyncIterable<Uint8Array>,
    private readonly copied: boolean,
  ) {}

  static async open(name: string, stdin: Stdin): Promise<StreamedFile> {
    if (name === '-') return new StreamedFile('stdin', stdin, true);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(name);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new CliError(FILES.missing(name));
      throw new CliError(FILES.unreadable(name, code ?? '?'));
    }
    if (info.isDirectory()) throw new CliError(FILES.directory(name));
    return new StreamedFile(name, () => readStream(name), !info.isFile());
  }

  /** The first reading, copied aside when it cannot be read again. */
  async *first(): AsyncGenerator<Buffer> {
    let copy: FileHandle | undefined;
    if (this.copied) {
      this.#copy = join(tmpdir(), `solleftea-policy.${randomBytes(6).toString('hex')}.tmp`);
      try {
        copy = await createTemporary(this.#copy);
      } catch (error) {
        throw writeError(this.#copy, error);
      }
    }
    try {
      for await (const chunk of this.source()) {
        const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        this.bytes += bytes.length;
        if (copy) {
          try {
            await copy.writeFile(bytes);
          } catch (error) {
            throw writeError(this.#copy as string, error);
          }
        }
        yield bytes;
      }
    } finally {
      await copy?.close();
    }
  }

  /** A second reading of bytes `from` to `to` (exclusive): of the file again, or of the copy. */
  again(from: number, to: number): AsyncIterable<Buffer> {
    return readStream(this.#copy ?? this.name, from, to);
  }

  /** Removes the copy, if there is one. */
  async close(): Promise<void> {
    if (this.#copy === undefined) return;
    await unlink(this.#copy).catch(() => undefined);
    TEMPORARIES.delete(this.#copy);
  }
}

/** A file's bytes in chunks of 1 MiB, with a clear error when it cannot be read. */
async function* readStream(path: string, start = 0, end = Infinity): AsyncGenerator<Buffer> {
  if (end <= start) return;
  try {
    yield* createReadStream(path, {
      highWaterMark: 1 << 20,
      start,
      ...(end !== Infinity ? { end: end - 1 } : {}),
    }) as AsyncIterable<Buffer>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(FILES.unreadable(path, code ?? '?'));
  }
}
