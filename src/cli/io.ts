/**
 * The CLI's input and output: reading a document from a file or standard input, and writing an
 * output file atomically. The only module of the package that touches the file system.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Bilingual } from 'solleftea-international-policy';

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

/** What the CLI reads standard input with (swapped in tests). */
export type ReadStdin = () => Promise<Uint8Array>;

function decode(bytes: Uint8Array, name: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new CliError({
      sv: `${name}: filen är inte UTF-8-text.`,
      en: `${name}: the file is not UTF-8 text.`,
    });
  }
}

/** Reads a text file, or standard input for `-`, with a clear error for every way it can fail. */
export async function readSource(name: string, stdin: ReadStdin): Promise<Source> {
  if (name === '-') return { name: 'stdin', text: decode(await stdin(), 'stdin') };
  let bytes: Uint8Array;
  try {
    const info = await stat(name);
    if (info.isDirectory()) {
      throw new CliError({
        sv: `${name}: är en katalog, inte en fil.`,
        en: `${name}: is a directory, not a file.`,
      });
    }
    bytes = await readFile(name);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new CliError({
        sv: `${name}: filen finns inte.`,
        en: `${name}: no such file.`,
      });
    }
    throw new CliError({
      sv: `${name}: filen kan inte läsas (${code ?? 'okänt fel'}).`,
      en: `${name}: the file cannot be read (${code ?? 'unknown error'}).`,
    });
  }
  return { name, text: decode(bytes, name) };
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
  const fail = (at = i): never => {
    throw at;
  };
  const literal = (word: string): void => {
    for (const char of word) {
      if (text[i] !== char) fail();
      i++;
    }
  };
  const string = (): void => {
    i++;
    for (;;) {
      const char = text[i];
      if (char === undefined || char < ' ') fail();
      i++;
      if (char === '"') return;
      if (char !== '\\') continue;
      const escaped = text[i] ?? '';
      if (escaped === 'u') {
        for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail(i + k);
        i += 5;
      } else if (escaped !== '' && '"\\/bfnrt'.includes(escaped)) i++;
      else fail();
    }
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail();
    i += (match as RegExpExecArray)[0].length;
  };
  const sequence = (close: string, item: () => void): void => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ',') fail();
      i++;
    }
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') {
      sequence('}', () => {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    } else if (char === '[') sequence(']', value);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else fail();
  };
  try {
    value();
    space();
    return i < text.length ? i : -1;
  } catch (offset) {
    return offset as number;
  }
}

/** Parses JSON, reporting a syntax error with its line and column. */
export function parseJson(source: Source): unknown {
  try {
    return JSON.parse(source.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Math.max(0, jsonErrorOffset(source.text));
    const { line, column } = lineAndColumn(source.text, offset);
    throw new CliError(
      {
        sv: `${source.name}:${line}:${column}: ogiltig JSON.`,
        en: `${source.name}:${line}:${column}: invalid JSON.`,
      },
      [{ sv: message, en: message }],
    );
  }
}

/**
 * Writes a file atomically: to a temporary file beside it, then renamed into place, so that a failed
 * run never leaves half a file. An existing file is kept unless `force` is set.
 */
export async function writeAtomically(path: string, text: string, force: boolean): Promise<void> {
  const exists = await access(path, constants.F_OK).then(
    () => true,
    () => false,
  );
  if (exists && !force) {
    throw new CliError({
      sv: `${path}: filen finns redan; använd --force för att skriva över den.`,
      en: `${path}: the file exists; use --force to overwrite it.`,
    });
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
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
    throw new CliError({
      sv: `${path}: filen kan inte skrivas (${code ?? 'okänt fel'}).`,
      en: `${path}: the file cannot be written (${code ?? 'unknown error'}).`,
    });
  }
}
