/**
 * A register read from a file in bounded memory: its records in a first reading, its activities one
 * by one in a second (see `json-scan.ts`), so that `check`, `audit` and `account` take a register of
 * any size. A file may hold one register document or several, one per line (NDJSON), whose lists are
 * read as one register's.
 */
import type { RegisterParts } from 'solleftea-international-policy';
import { CliError, MAX_DOCUMENT_BYTES, type StreamedFile } from './io.js';
import { JsonScanner, type ListStart, ScanError, type ScanEvent } from './json-scan.js';
import { shown } from './terminal.js';
import { FILES } from './words.js';

/** What the first reading found. */
export interface FileRead {
  /**
   * Whether the file holds a register (a document with a `format` or an `activities` list);
   * otherwise it holds one other document (an activity, say), in `document`.
   */
  readonly register: boolean;
  /** The register's parts (its activities read again from the file), when it is one. */
  readonly parts: RegisterParts;
  /** The document, when the file holds one that is no register. */
  readonly document: unknown;
}

const MIB = 1024 * 1024;

/** The scanner's events for a stream of chunks; a file that is not what it reads is a CliError. */
async function* scanned(
  chunks: AsyncIterable<Buffer>,
  name: string,
  scanner: JsonScanner,
): AsyncGenerator<ScanEvent> {
  try {
    for await (const chunk of chunks) {
      scanner.push(chunk);
      if (scanner.events.length > 0) yield* scanner.events.splice(0);
    }
    scanner.end();
    yield* scanner.events.splice(0);
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    if (error.reason === 'utf8')
      throw new CliError(FILES.notUtf8At(shown(name), error.line, error.column));
    if (error.reason === 'too_large')
      throw new CliError(
        FILES.itemTooLarge(
          shown(name),
          error.line,
          error.column,
          `${MAX_DOCUMENT_BYTES / MIB} MiB`,
        ),
      );
    if (error.reason === 'duplicate_key')
      throw new CliError(
        FILES.duplicateKey(shown(name), error.line, error.column, shown(error.key)),
      );
    throw new CliError(FILES.invalidJson(shown(name), error.line, error.column));
  }
}

/**
 * Reads a file's documents once, keeping everything but the activities; the activities are read
 * again, one by one, when `parts.activities` is iterated (once).
 */
export async function readFile(
  file: StreamedFile,
  onBytes: (bytes: number) => void = () => undefined,
): Promise<FileRead> {
  const members = new Map<string, unknown>();
  const lists = new Map<string, unknown[]>();
  let documents = 0;
  let first: unknown;
  let other = false;
  let activities = false;
  // Where each list of activities lies in the file (one per document), to read them again alone.
  const ranges: { from: ListStart; to: number }[] = [];
  const scanner = new JsonScanner((list) => list !== 'activities', MAX_DOCUMENT_BYTES);
  for await (const event of scanned(file.first(), file.name, scanner)) {
    onBytes(file.bytes);
    switch (event.kind) {
      case 'document':
        documents++;
        break;
      case 'value':
        documents++;
        // One value that is not an object is the document (it is no register); among several
        // documents, each must be an object.
        if (documents > 1) throw new CliError(FILES.notObjects(shown(file.name)));
        first = event.value;
        other = true;
        break;
      case 'member': {
        if (other) throw new CliError(FILES.notObjects(shown(file.name)));
        const before = members.get(event.key);
        if (members.has(event.key) && JSON.stringify(before) !== JSON.stringify(event.value))
          throw new CliError(FILES.documentsDisagree(shown(file.name), shown(event.key)));
        members.set(event.key, event.value);
        break;
      }
      case 'list':
        if (other) throw new CliError(FILES.notObjects(shown(file.name)));
        if (event.key === 'activities') {
          activities = true;
          ranges.push({ from: event.from, to: event.from.offset });
        } else if (!lists.has(event.key)) lists.set(event.key, []);
        break;
      case 'listEnd':
        if (event.key === 'activities') (ranges.at(-1) as { to: number }).to = event.to;
        break;
      case 'item':
        if (event.key !== 'activities') lists.get(event.key)?.push(event.value);
        break;
    }
  }
  if (other) return { register: false, document: first, parts: { records: first, activities: [] } };
  const register = members.has('format') || activities;
  // A list written as something else (`"approvals": 3`) is a member: the library says what is wrong.
  // Own properties, whatever their names: `"__proto__"` is a member as JSON.parse reads it, not a
  // prototype (Object.fromEntries defines, where assignment would set).
  const document: Record<string, unknown> = Object.fromEntries([
    ...[...lists].filter(([key]) => !members.has(key)),
    ...members,
    ...(activities && !members.has('activities') ? [['activities', []] as const] : []),
  ]);
  if (!register) {
    if (documents > 1) throw new CliError(FILES.notRegister(shown(file.name)));
    return { register: false, document, parts: { records: document, activities: [] } };
  }
  return {
    register: true,
    document: undefined,
    parts: { records: document, activities: activitiesOf(file, ranges) },
  };
}

/** The activities of a file, read again one by one (only when asked for): only their lists' bytes. */
async function* activitiesOf(
  file: StreamedFile,
  ranges: readonly { from: ListStart; to: number }[],
): AsyncGenerator<unknown> {
  for (const { from, to } of ranges) {
    const scanner = JsonScanner.forList('activities', from, MAX_DOCUMENT_BYTES);
    for await (const event of scanned(file.again(from.offset, to), file.name, scanner)) {
      if (event.kind === 'item') yield event.value;
    }
  }
}
