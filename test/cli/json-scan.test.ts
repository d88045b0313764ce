/** The scanner that reads a register's lists item by item, in any chunks the file comes in. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/cli/io.js';
import { JsonScanner, ScanError, type ScanEvent } from '../../src/cli/json-scan.js';

/** Scans `text` cut into chunks at `cuts` (byte offsets), every list's items parsed. */
function scan(
  text: string | Uint8Array,
  cuts: readonly number[] = [],
  limit = 1 << 20,
): ScanEvent[] {
  const bytes = Buffer.from(text);
  const scanner = new JsonScanner(() => true, limit);
  const events: ScanEvent[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts)]
    .filter((c) => c > 0 && c < bytes.length)
    .sort((a, b) => a - b)) {
    scanner.push(bytes.subarray(from, cut));
    events.push(...scanner.events.splice(0));
    from = cut;
  }
  scanner.push(bytes.subarray(from));
  scanner.end();
  return [...events, ...scanner.events.splice(0)];
}

/** What the events say the document is: its members and its lists, as JSON.parse would read them. */
function rebuilt(events: readonly ScanEvent[]): Record<string, unknown>[] {
  const documents: Record<string, unknown>[] = [];
  for (const event of events) {
    const current = documents.at(-1) as Record<string, unknown>;
    if (event.kind === 'document') documents.push({});
    else if (event.kind === 'member') current[event.key] = event.value;
    else if (event.kind === 'list') current[event.key] = [];
    else if (event.kind === 'item') (current[event.key] as unknown[]).push(event.value);
  }
  return documents;
}

/** Where a text stops being JSON, as line and column (1-based), the way parseJson says it. */
function placeOf(text: string): { line: number; column: number } {
  const offset = Math.max(0, jsonErrorOffset(text));
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

const register = fc.record(
  {
    format: fc.constant(1),
    activities: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
    approvals: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
    rates: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
    other: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: ['format'] },
);

describe('JsonScanner: the items of each list, whatever the chunks', () => {
  test.prop([register, fc.array(fc.nat(4000), { maxLength: 8 }), fc.boolean()])(
    'reads back the document JSON.parse reads, compact or indented, cut anywhere',
    (document, cuts, indented) => {
      const text = JSON.stringify(document, null, indented ? 2 : undefined);
      expect(rebuilt(scan(text, cuts))).toEqual([JSON.parse(text)]);
    },
  );

  test.prop([fc.array(register, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(4000))])(
    'reads several documents one after another (NDJSON), each on a line',
    (documents, cuts) => {
      const text = documents.map((d) => JSON.stringify(d)).join('\n');
      expect(rebuilt(scan(text, cuts))).toEqual(
        documents.map((d) => JSON.parse(JSON.stringify(d))),
      );
    },
  );

  it('takes several documents only when each is an object', () => {
    expect(() => scan('{}\n[1]')).toThrow(expect.objectContaining({ line: 2, column: 1 }));
    expect(() => scan('[1]\n{}')).toThrow(expect.objectContaining({ line: 2, column: 1 }));
  });

  it('skips a byte-order mark, and reads a document that is not an object whole', () => {
    expect(rebuilt(scan('\uFEFF{"activities": [1, "x"]}'))).toEqual([{ activities: [1, 'x'] }]);
    expect(scan('[1, 2]')).toEqual([{ kind: 'value', value: [1, 2] }]);
    expect(scan(' 42 ')).toEqual([{ kind: 'value', value: 42 }]);
  });

  it('tells where each list lies, to read it again alone', () => {
    const text = '{"format": 1,\n "activities": [{"id": "a"}, {"id": "b"}]}';
    const events = scan(text);
    const list = events.find((e) => e.kind === 'list');
    const end = events.find((e) => e.kind === 'listEnd');
    expect(list).toMatchObject({ from: { offset: text.indexOf('['), line: 2, column: 16 } });
    expect(end).toMatchObject({ to: text.indexOf(']') + 1 });
    if (list?.kind !== 'list' || end?.kind !== 'listEnd') return;
    const alone = JsonScanner.forList('activities', list.from, 1 << 20);
    alone.push(Buffer.from(text).subarray(list.from.offset, end.to));
    alone.end();
    expect(
      alone.events.filter((e) => e.kind === 'item').map((e) => (e as { value: unknown }).value),
    ).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});

describe('JsonScanner: a file that is not what it reads stops with its place', () => {
  test.prop([register, fc.nat(), fc.constantFrom('x', '}', ']', ',', '"', ':', '{')])(
    'a stray character anywhere is located where JSON.parse locates it',
    (document, at, stray) => {
      const valid = JSON.stringify(document, null, 1);
      const text = `${valid.slice(0, at % valid.length)}${stray}${valid.slice(at % valid.length)}`;
      let failed: unknown;
      try {
        JSON.parse(text);
      } catch (error) {
        failed = error;
      }
      fc.pre(failed !== undefined);
      let error: unknown;
      try {
        scan(text, [at % 7, 13]);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(ScanError);
      const { line, column } = error as ScanError;
      // The scanner stops at the first place it knows the text is not JSON: never after it.
      const expected = placeOf(text);
      expect(line < expected.line || (line === expected.line && column <= expected.column)).toBe(
        true,
      );
    },
  );

  it.each([
    ['an empty file', '', 'json', 1, 1],
    ['a file cut short', '{"activities": [{"id": "a"}', 'json', 1, 28],
    ['an item that is not JSON', '{\n  "activities": [\n    {"id": x}\n  ]\n}', 'json', 3, 12],
    ['a byte of no UTF-8 text outside a string', new Uint8Array([0x7b, 0xe5, 0x7d]), 'utf8', 1, 2],
    [
      'a byte of no UTF-8 text in an item',
      new Uint8Array([...Buffer.from('{"rates": ["'), 0xe5, ...Buffer.from('"]}')]),
      'utf8',
      1,
      12,
    ],
    ['a key twice in one object', '{"format": 1, "format": 1}', 'duplicate_key', 1, 15],
    ['NUL bytes (/dev/zero)', new Uint8Array(64), 'json', 1, 1],
  ])('%s', (_, text, reason, line, column) => {
    let error: unknown;
    try {
      scan(text);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toMatchObject({ reason, line, column });
  });

  it('refuses an item larger than the limit, naming where it begins', () => {
    const text = `{"activities": [1, "${'x'.repeat(100)}"]}`;
    expect(() => scan(text, [30], 50)).toThrow(
      expect.objectContaining({ reason: 'too_large', line: 1, column: 20 }),
    );
  });
});

describe('JsonScanner: the edges of chunks', () => {
  it('skips a byte-order mark cut across the first chunks, and reads a file of one or two bytes', () => {
    const bytes = Buffer.from('\uFEFF{"activities": [1]}');
    for (const cuts of [[1], [2], [1, 2], [0, 1, 2, 3]])
      expect(rebuilt(scan(bytes, cuts))).toEqual([{ activities: [1] }]);
    expect(scan('7')).toEqual([{ kind: 'value', value: 7 }]);
    expect(scan('[]', [1])).toEqual([{ kind: 'value', value: [] }]);
  });

  it('says a misplaced character cut by a chunk is invalid JSON, not text that is not UTF-8', () => {
    const text = '{"a": "é" é}';
    const byte = Buffer.from(text).lastIndexOf(0xc3);
    for (const cuts of [[], [byte + 1], [byte]]) {
      expect(() => scan(text, cuts)).toThrow(expect.objectContaining({ reason: 'json' }));
    }
  });
});
