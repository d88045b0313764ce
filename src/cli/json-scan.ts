/**
 * Reading a large register without holding it: a scanner of JSON bytes that finds the items of a
 * register's lists and hands each to `JSON.parse` on its own, so that memory holds one item at a
 * time, never the document (which may pass the engine's longest string).
 *
 * Why not a streaming JSON parser (stream-json, @streamparser/json)? They build every value token by
 * token in JavaScript; the scanner only finds where each item begins and ends, and the engine's own
 * `JSON.parse` builds it — measured on a 100 000-activity register, several times faster (see the
 * command-line guide and `test/bench/cli-audit.ts`). What the scanner checks itself is the skeleton
 * around the items (objects, keys, lists, commas); everything inside an item is `JSON.parse`'s, and
 * its errors are located in the file by line and column.
 *
 * A file may hold one document, or several one after another (NDJSON: one per line); the lists of all
 * of them are read as the lists of one register.
 */
import { isUtf8 } from 'node:buffer';
import { REGISTER_LISTS } from 'solleftea-international-policy';
import { jsonErrorOffset } from './io.js';

/** The lists of a register read item by item: the library's. */
const LISTS: ReadonlySet<string> = new Set(REGISTER_LISTS);

/** What the scanner finds, in the order of the file. */
export type ScanEvent =
  /** A document begins (an object at the top level). */
  | { readonly kind: 'document' }
  /** A top-level value that is not an object, whole. */
  | { readonly kind: 'value'; readonly value: unknown }
  /** A member of a document that is not one of its lists (or a list written as something else). */
  | { readonly kind: 'member'; readonly key: string; readonly value: unknown }
  /** A list of the register begins: `from` is where (its `[`), to read it again alone. */
  | { readonly kind: 'list'; readonly key: string; readonly from: ListStart }
  /** A list of the register ends: `to` is the file offset just past its `]`. */
  | { readonly kind: 'listEnd'; readonly key: string; readonly to: number }
  /** An item of a list, parsed (`undefined` when the list is skipped: only counted). */
  | { readonly kind: 'item'; readonly key: string; readonly value: unknown };

/** Where a list begins in the file: its `[`, and the line and column there. */
export interface ListStart {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** Where the scanner stopped because the file is not what it reads: a place, and what is wrong. */
export class ScanError extends Error {
  constructor(
    readonly reason: 'json' | 'utf8' | 'too_large' | 'duplicate_key',
    readonly line: number,
    readonly column: number,
    readonly key = '',
  ) {
    super(`${reason} at ${line}:${column}`);
  }
}

enum State {
  /** Between documents. */
  Top,
  /** After `{`: a key or `}`. */
  FirstKey,
  /** After `,` in an object: a key. */
  Key,
  /** Inside a key's string. */
  InKey,
  /** After a key: `:`. */
  Colon,
  /** After `:`: the member's value. */
  Value,
  /** After `[` of a list: an item or `]`. */
  FirstItem,
  /** After `,` in a list: an item. */
  Item,
  /** After an item: `,` or `]`. */
  AfterItem,
  /** After a member: `,` or `}`. */
  AfterMember,
  /** Inside a value being captured (see `Capture`). */
  Capture,
}

/** What a captured value is. */
enum Target {
  TopValue,
  Member,
  Item,
}

/** A byte of the file: its chunk, its index there, and the chunk's first line and that line's start. */
interface Place {
  readonly chunk: Buffer;
  readonly at: number;
  /** The line of the chunk's first byte. */
  readonly line: number;
  /** The file offset of the first byte of that line. */
  readonly lineStart: number;
  /** The file offset of the chunk's first byte. */
  readonly base: number;
}

/**
 * The line and column (from 1, in characters) of a place. A column counts the line's bytes held in
 * earlier chunks as characters: exact for ASCII, which a register's structure is.
 */
function positionOf({ chunk, at, line, lineStart, base }: Place): { line: number; column: number } {
  let newlines = 0;
  let newline = chunk.indexOf(0x0a);
  while (newline !== -1 && newline < at) {
    newlines++;
    newline = chunk.indexOf(0x0a, newline + 1);
  }
  const lastNewline = newlines > 0 ? chunk.lastIndexOf(0x0a, at - 1) : -1;
  const from = lastNewline !== -1 ? lastNewline + 1 : Math.max(0, lineStart - base);
  const earlier = lastNewline !== -1 ? 0 : Math.max(0, base - lineStart);
  const characters = chunk.subarray(from, at).toString('utf8').length;
  return { line: line + newlines, column: earlier + characters + 1 };
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/**
 * Whether the byte at `at` begins no UTF-8 character: a continuation byte or a lead byte the bytes
 * after it do not complete. A character cut by the chunk's end is given the benefit of the doubt.
 */
function notUtf8At(chunk: Buffer, at: number): boolean {
  const lead = chunk[at] as number;
  if (lead < 0x80) return false;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  if (length === 1) return true;
  if (at + length <= chunk.length) return !isUtf8(chunk.subarray(at, at + length));
  // Cut by the chunk's end: not UTF-8 if a byte that is there cannot continue the character.
  for (let next = at + 1; next < chunk.length; next++) {
    const byte = chunk[next] as number;
    if (byte < 0x80 || byte > 0xbf) return true;
  }
  return false;
}

/** Where a scan is inside an object or a list being captured. */
interface Nesting {
  depth: number;
  inString: boolean;
  escaped: boolean;
}

/**
 * The hot loop: scans an object, a list or a string from `i` (its state in `state`), returning the
 * index just past its end, -1 when the chunk ends first, or `-2 - j` for a raw control character at
 * `j` inside a string. A function of its own, on local variables, so that
 * the engine compiles it tightly.
 */
function structureEnd(chunk: Buffer, i: number, state: Nesting): number {
  let depth = state.depth;
  let inString = state.inString;
  let escaped = state.escaped;
  let done = -1;
  const end = chunk.length;
  for (; i < end; i++) {
    const b = chunk[i] as number;
    if (inString) {
      if (escaped) escaped = false;
      else if (b === BACKSLASH) escaped = true;
      else if (b === QUOTE) {
        inString = false;
        if (depth === 0) {
          done = i + 1;
          break;
        }
      } else if (b < 0x20) {
        // A raw control character cannot be in a JSON string: the text stops being JSON here.
        done = -2 - i;
        break;
      }
    } else if (b === QUOTE) inString = true;
    else if (b === 0x7b || b === 0x5b) depth++;
    else if (b === 0x7d || b === 0x5d) {
      depth--;
      if (depth === 0) {
        done = i + 1;
        break;
      }
    }
  }
  state.depth = depth;
  state.inString = inString;
  state.escaped = escaped;
  return done;
}

/**
 * The scanner: fed the file's bytes chunk by chunk, it queues what it finds. `wanted(list)` says
 * which lists' items are parsed; the others are only counted.
 */
export class JsonScanner {
  /** What was found in the chunks pushed so far. */
  readonly events: ScanEvent[] = [];
  #state: State = State.Top;
  /** The line of the current chunk's first byte, and the file offset of that line's first byte. */
  #chunkLine = 1;
  #chunkLineStart = 0;
  /** The file offset of the current chunk's first byte. */
  #base = 0;
  #started = false;
  /** The file's first bytes, held until three tell whether they are a byte-order mark. */
  #head: Buffer = Buffer.alloc(0);
  // The key being read, the current member's key, and the keys of the current document.
  #keyBytes: Buffer[] = [];
  #key = '';
  #keys = new Set<string>();
  // The value being captured: its pieces, size, nesting, and where it began.
  #pieces: Buffer[] = [];
  #size = 0;
  #nesting: Nesting = { depth: 0, inString: false, escaped: false };
  /** In a key: whether the last byte was a backslash. */
  #escaped = false;
  #scalar = false;
  #target: Target = Target.Member;
  #keep = true;
  /** Where the value (or key) being read began: its chunk, the index in it, and that chunk's place. */
  #start: Place = { chunk: Buffer.alloc(0), at: 0, line: 1, lineStart: 0, base: 0 };

  constructor(
    private readonly wanted: (list: string) => boolean,
    /** The most bytes one item or member may hold. */
    private readonly limit: number,
    /** Whether members other than lists are parsed (else only skipped). */
    private readonly members = true,
  ) {}

  /** The place of byte `at` of the current chunk. */
  #here(chunk: Buffer, at: number): Place {
    return { chunk, at, line: this.#chunkLine, lineStart: this.#chunkLineStart, base: this.#base };
  }

  /** Stops at a byte the skeleton cannot have: a byte of no UTF-8 text is said to be that. */
  #fail(chunk: Buffer, at: number): never {
    const reason = notUtf8At(chunk, at) ? 'utf8' : 'json';
    const { line, column } = positionOf(this.#here(chunk, at));
    throw new ScanError(reason, line, column);
  }

  /** Stops where the value (or key) being read began. */
  #failAtStart(reason: ScanError['reason'], key = ''): never {
    const { line, column } = positionOf(this.#start);
    throw new ScanError(reason, line, column, key);
  }

  /** Scans one chunk. */
  push(chunk: Buffer): void {
    let i = 0;
    if (!this.#started) {
      const head = this.#takeHead(chunk);
      if (head === undefined) return;
      chunk = head;
      // A byte-order mark is not part of the document.
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        i = 3;
        this.#chunkLineStart = 3;
      }
    }
    this.#scan(chunk, i);
    this.#countLines(chunk);
  }

  /**
   * The file's first bytes with `chunk`, once there are enough to tell whether they open with a
   * byte-order mark (the scan then starts); `undefined` while they are held.
   */
  #takeHead(chunk: Buffer): Buffer | undefined {
    // The first three bytes decide whether the file opens with a byte-order mark: fewer are held.
    const head: Buffer = Buffer.concat([this.#head, chunk]);
    if (head.length < 3 && BOM.subarray(0, head.length).equals(head)) {
      this.#head = head;
      return undefined;
    }
    this.#head = Buffer.alloc(0);
    this.#started = true;
    return head;
  }

  /** Scans the bytes of a chunk from `i` to its end. */
  #scan(chunk: Buffer, i: number): void {
    const end = chunk.length;
    while (i < end) {
      const byte = chunk[i] as number;
      switch (this.#state) {
        case State.Capture:
          i = this.#capture(chunk, i);
          continue;
        case State.InKey:
          i = this.#readKey(chunk, i);
          continue;
        default:
          break;
      }
      if (isSpace(byte)) {
        i++;
        continue;
      }
      i = this.#step(chunk, i, byte);
    }
  }

  /** Reads bytes of a key from `i`, ending the key at its closing quote; the index after them. */
  #readKey(chunk: Buffer, i: number): number {
    const end = chunk.length;
    const start = i;
    while (i < end) {
      const b = chunk[i] as number;
      if (this.#escaped) this.#escaped = false;
      else if (b === BACKSLASH) this.#escaped = true;
      else if (b === QUOTE) break;
      i++;
    }
    this.#keyBytes.push(chunk.subarray(start, i));
    if (i < end) {
      this.#endKey();
      i++;
    }
    return i;
  }

  /** Reads one byte of the skeleton (`byte`, at `i`, not white space); the index to go on from. */
  #step(chunk: Buffer, i: number, byte: number): number {
    switch (this.#state) {
      case State.Top:
        return this.#atTop(chunk, i, byte);
      case State.FirstKey:
      case State.Key:
        return this.#atKey(chunk, i, byte);
      case State.Colon:
        if (byte !== 0x3a) this.#fail(chunk, i);
        this.#state = State.Value;
        return i + 1;
      case State.Value:
        return this.#atValue(chunk, i, byte);
      case State.FirstItem:
        if (byte === 0x5d) {
          this.#endList(i);
          return i + 1;
        }
        this.#startCapture(chunk, i, Target.Item, this.wanted(this.#key));
        return i;
      case State.Item:
        this.#startCapture(chunk, i, Target.Item, this.wanted(this.#key));
        return i;
      case State.AfterItem:
        if (byte === 0x2c) this.#state = State.Item;
        else if (byte === 0x5d) this.#endList(i);
        else this.#fail(chunk, i);
        return i + 1;
      case State.AfterMember:
        if (byte === 0x2c) this.#state = State.Key;
        else if (byte === 0x7d) this.#state = State.Top;
        else this.#fail(chunk, i);
        return i + 1;
    }
    return i;
  }

  /** Between documents: a document (an object) begins, or a top-level value is captured. */
  #atTop(chunk: Buffer, i: number, byte: number): number {
    // Several documents must be objects (NDJSON); one document may be any value.
    if (this.#seen > 0 && (byte !== 0x7b || this.#value)) this.#fail(chunk, i);
    if (byte === 0x7b) {
      this.#seen++;
      this.events.push({ kind: 'document' });
      this.#keys = new Set();
      this.#state = State.FirstKey;
      return i + 1;
    }
    this.#startCapture(chunk, i, Target.TopValue, true);
    return i;
  }

  /** Where a key is expected: a key begins, or (after `{`) the object ends. */
  #atKey(chunk: Buffer, i: number, byte: number): number {
    if (byte === QUOTE) {
      this.#keyBytes = [];
      this.#escaped = false;
      this.#start = this.#here(chunk, i);
      this.#state = State.InKey;
    } else if (byte === 0x7d && this.#state === State.FirstKey) {
      this.#state = State.Top;
    } else this.#fail(chunk, i);
    return i + 1;
  }

  /** A member's value: a list of the register begins, or the value is captured. */
  #atValue(chunk: Buffer, i: number, byte: number): number {
    if (byte === 0x5b && (LISTS.has(this.#key) || this.#alone)) {
      const { line, column } = positionOf(this.#here(chunk, i));
      this.events.push({
        kind: 'list',
        key: this.#key,
        from: { offset: this.#base + i, line, column },
      });
      this.#state = State.FirstItem;
      return i + 1;
    }
    this.#startCapture(chunk, i, Target.Member, this.members);
    return i;
  }

  /** Counts the lines of a scanned chunk and moves the file offset past it. */
  #countLines(chunk: Buffer): void {
    // The lines of the chunk are counted once it is scanned (natively): a place is worked out
    // from them only when something is wrong.
    let newline = chunk.indexOf(NEWLINE);
    let last = -1;
    while (newline !== -1) {
      this.#chunkLine++;
      last = newline;
      newline = chunk.indexOf(NEWLINE, newline + 1);
    }
    if (last !== -1) this.#chunkLineStart = this.#base + last + 1;
    this.#base += chunk.length;
  }

  #endList(i: number): void {
    this.events.push({ kind: 'listEnd', key: this.#key, to: this.#base + i + 1 });
    this.#state = this.#alone ? State.Top : State.AfterMember;
  }

  /**
   * Reads one list alone, from its `[` (see {@link ListStart}): a later reading of the activities
   * that scans nothing else of the file.
   */
  static forList(key: string, from: ListStart, limit: number): JsonScanner {
    const scanner = new JsonScanner((list) => list === key, limit, false);
    scanner.#alone = true;
    scanner.#key = key;
    scanner.#state = State.Value;
    scanner.#started = true;
    scanner.#seen = 1;
    scanner.#base = from.offset;
    scanner.#chunkLine = from.line;
    // The line began `column - 1` characters before the `[`: counted as bytes (see positionOf).
    scanner.#chunkLineStart = from.offset - (from.column - 1);
    return scanner;
  }

  /** Whether this scanner reads one list alone (see {@link forList}). */
  #alone = false;

  #endKey(): void {
    const bytes = Buffer.concat(this.#keyBytes);
    this.#keyBytes = [];
    let key: string;
    try {
      key = JSON.parse(`"${bytes.toString('utf8')}"`) as string;
    } catch {
      this.#failAtStart('json');
    }
    if (!isUtf8(bytes)) this.#failAtStart('utf8');
    if (this.#keys.has(key)) this.#failAtStart('duplicate_key', key);
    this.#keys.add(key);
    this.#key = key;
    this.#state = State.Colon;
  }

  #startCapture(chunk: Buffer, i: number, target: Target, keep: boolean): void {
    const byte = chunk[i] as number;
    this.#pieces = [];
    this.#size = 0;
    this.#target = target;
    this.#keep = keep;
    this.#start = this.#here(chunk, i);
    this.#nesting = { depth: 0, inString: false, escaped: false };
    this.#scalar = byte !== 0x7b && byte !== 0x5b && byte !== QUOTE;
    this.#captureFrom = i;
    this.#state = State.Capture;
  }

  /** Where the value being captured begins in the current chunk (0 when it began in an earlier one). */
  #captureFrom = 0;

  /** Captures bytes of a value from `i`; the index after what it consumed. */
  #capture(chunk: Buffer, i: number): number {
    const end = chunk.length;
    const from = this.#captureFrom;
    let done = -1;
    if (this.#scalar) {
      while (i < end) {
        const b = chunk[i] as number;
        if (isSpace(b) || b === 0x2c || b === 0x5d || b === 0x7d) {
          done = i;
          break;
        }
        i++;
      }
    } else {
      done = structureEnd(chunk, i, this.#nesting);
      if (done < -1) {
        // Not JSON: the value so far says where it stops being JSON (never later than this byte).
        this.#pieces.push(chunk.subarray(from, -1 - done));
        this.#parsed();
        this.#fail(chunk, -2 - done);
      }
    }
    const stop = done === -1 ? end : done;
    const piece = chunk.subarray(from, stop);
    this.#size += piece.length;
    if (this.#size > this.limit) this.#failAtStart('too_large');
    // Kept even when the value is only skipped (a view, not a copy), to locate an error in it.
    this.#pieces.push(piece);
    if (done === -1) {
      this.#captureFrom = 0;
      return end;
    }
    this.#finish();
    return done;
  }

  /** A captured value is complete: parse it (when kept) and queue it. */
  #finish(): void {
    const value = this.#keep ? this.#parsed() : undefined;
    this.#pieces = [];
    switch (this.#target) {
      case Target.TopValue:
        this.#seen++;
        this.#value = true;
        this.events.push({ kind: 'value', value });
        this.#state = State.Top;
        break;
      case Target.Member:
        this.events.push({ kind: 'member', key: this.#key, value });
        this.#state = State.AfterMember;
        break;
      case Target.Item:
        this.events.push({ kind: 'item', key: this.#key, value });
        this.#state = State.AfterItem;
        break;
    }
  }

  #parsed(): unknown {
    const bytes =
      this.#pieces.length === 1 ? (this.#pieces[0] as Buffer) : Buffer.concat(this.#pieces);
    if (!isUtf8(bytes)) this.#failAtStart('utf8');
    const text = bytes.toString('utf8');
    try {
      return JSON.parse(text);
    } catch {
      // Where in the value it stops being JSON, as a place in the file.
      const offset = Math.max(0, jsonErrorOffset(text));
      const before = text.slice(0, offset);
      const lines = before.split('\n');
      const start = positionOf(this.#start);
      const line = start.line + lines.length - 1;
      const column = lines.length === 1 ? start.column + offset : offset - before.lastIndexOf('\n');
      throw new ScanError('json', line, column);
    }
  }

  /** The file has ended: the value in progress is finished (a number at the end) or the file is cut short. */
  end(): void {
    // A file of one or two bytes that began like a byte-order mark: they are its content.
    if (!this.#started && this.#head.length > 0) {
      const head = this.#head;
      this.#head = Buffer.alloc(0);
      this.#started = true;
      this.push(head);
    }
    if (this.#state === State.Capture && this.#scalar) {
      this.#finish();
    }
    if (this.#state !== State.Top || this.#seen === 0) {
      // Cut short: the place is the end of the file.
      const { line, column } = positionOf({
        chunk: Buffer.alloc(0),
        at: 0,
        line: this.#chunkLine,
        lineStart: this.#chunkLineStart,
        base: this.#base,
      });
      throw new ScanError('json', line, column);
    }
  }

  /** How many documents (top-level values) were found, and whether one was not an object. */
  #seen = 0;
  #value = false;
}
