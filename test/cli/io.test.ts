import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  CliError,
  jsonErrorOffset,
  parseJson,
  readSource,
  TEMPORARIES,
  writeAtomically,
} from '../../src/cli/io.js';
import { expectLocatorAgreesWithJsonParse } from '../support/cli.js';

describe('jsonErrorOffset: where a text stops being JSON (Node 20 does not always say)', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['{\n "a": x}', 8],
    ['[1, 2', 5],
    ['', 0],
    ['tru', 3],
    ['nul', 3],
    ['{"a" 1}', 5],
    ['"\\x"', 2],
    ['"\\u12G4"', 5],
    ['"line\nbreak"', 5],
    ['-', 0],
    ['01', 1],
    ['{} {}', 3],
    ['{"a":[true,false,null,-1.5e3,"\\u00e5\\n"]}', -1],
    [' [ ] ', -1],
  ])('%j → %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  test.prop([fc.json()])('finds no error in JSON', (text) => {
    expect(jsonErrorOffset(text)).toBe(-1);
  });

  test.prop([
    fc.json(),
    fc.nat(),
    fc.constantFrom('', 'x', ',', '}', ']', '"', ':', '\\', '\n', '-'),
  ])(
    'agrees with JSON.parse on whether a damaged text is JSON, and points inside it',
    (text, at, insert) => {
      const position = at % (text.length + 1);
      expectLocatorAgreesWithJsonParse(text.slice(0, position) + insert + text.slice(position + 1));
    },
  );

  it('reports invalid JSON with the line and column', () => {
    expect(() => parseJson({ name: 'f.json', text: '{\n  "a": 1,\n}' })).toThrow(
      expect.objectContaining({
        summary: { sv: 'f.json:3:1: ogiltig JSON.', en: 'f.json:3:1: invalid JSON.' },
      }),
    );
  });
});

describe('jsonErrorOffset: nested deeper than the call stack', () => {
  it('locates an error after 100 000 open arrays, and finds none in a deep valid document', () => {
    const depth = 100_000;
    expect(jsonErrorOffset(`${'['.repeat(depth)}x`)).toBe(depth);
    expect(jsonErrorOffset(`${'['.repeat(depth)}${']'.repeat(depth)}`)).toBe(-1);
    expect(jsonErrorOffset(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth - 1)}`)).toBe(
      depth * 5 + depth,
    );
  });
});

describe('readSource: a document the command line cannot take gets a true error naming the limit', () => {
  it('refuses a file over the limit, read no further than the limit', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'solleftea-io-')), 'big.json');
    writeFileSync(path, `[${'1,'.repeat(600)}1]`);
    await expect(
      readSource(path, () => (async function* () {})(), 1024 * 1024),
    ).resolves.toMatchObject({
      name: path,
    });
    const error = await readSource(path, () => (async function* () {})(), 1000).catch((e) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).summary.en).toBe(
      `${path}: the document is larger than 1000 B, the most the command line reads as one JSON document (the engine's longest string).`,
    );
  });

  it('reads a device that never ends only up to the limit', async () => {
    const error = await readSource('/dev/zero', () => (async function* () {})(), 1024 * 1024).catch(
      (e) => e,
    );
    expect((error as CliError).summary.sv).toBe(
      '/dev/zero: dokumentet är större än 1 MiB, det mesta kommandoraden läser som ett JSON-dokument (motorns längsta text).',
    );
  });

  it('refuses standard input over the limit', async () => {
    const error = await readSource(
      '-',
      () =>
        (async function* () {
          yield new Uint8Array(2049);
        })(),
      2048,
    ).catch((e) => e);
    expect((error as CliError).summary.en).toContain('stdin: the document is larger than');
  });
});

describe('writeAtomically: only a regular file is ever replaced', () => {
  const directory = mkdtempSync(join(tmpdir(), 'solleftea-out-'));

  it('refuses a directory and a FIFO, even with force, and leaves them as they were', async () => {
    const fifo = join(directory, 'pipe');
    execFileSync('mkfifo', [fifo]);
    for (const [path, message] of [
      [directory, `${directory}: is a directory, not a file.`],
      [
        fifo,
        `${fifo}: is not a regular file (a device, a FIFO or a socket); it is not overwritten.`,
      ],
    ] as const) {
      const error = await writeAtomically(path, 'x', true).catch((e) => e);
      expect((error as CliError).summary.en).toBe(message);
      expect((error as CliError).exitCode).toBe(2);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces a regular file with force, and leaves no temporary file behind', async () => {
    const path = join(directory, 'out.txt');
    writeFileSync(path, 'old');
    await writeAtomically(path, 'new', true);
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(TEMPORARIES.size).toBe(0);
  });
});
