import type { ParseOptions } from '../activities/parse-activity.js';
import type { InputIssue, PathSegment } from '../input/issues.js';
import { issue, type ParserIssueCode } from '../input/messages.js';
import { ownData } from '../input/own-data.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { hasOwn } from '../internal/own.js';
import { parseRegisterWith } from './parse-register.js';
import type { Register } from './types.js';

/**
 * The lists of a register document, in the order a report lists them (`InvalidRecord.list`).
 *
 * @example
 * ```ts
 * REGISTER_LISTS[0]; // => 'activities'
 * REGISTER_LISTS.length; // => 8
 * ```
 * @category Parsing
 */
export const REGISTER_LISTS: readonly RegisterList[] = Object.freeze([
  'activities',
  'rates',
  'approvals',
  'reportsBack',
  'councilAccounts',
  'agreements',
  'evaluations',
  'continuationDecisions',
]);

/**
 * Which list of a register a record is in.
 *
 * @example
 * ```ts
 * const list: RegisterList = 'approvals';
 * ```
 * @category Parsing
 */
export type RegisterList =
  | 'activities'
  | 'rates'
  | 'approvals'
  | 'reportsBack'
  | 'councilAccounts'
  | 'agreements'
  | 'evaluations'
  | 'continuationDecisions';

/**
 * A record of a register document that could not be used, with everything wrong with it. Paths in
 * `issues` point into the document as given.
 *
 * @example
 * ```ts
 * const report = audit({ format: 1, activities: [{ kind: 'trip', id: 'T-1' }] }, { asOf: '2023-01-01' });
 * const invalid: InvalidRecord | undefined = report.invalid[0];
 * [invalid?.list, invalid?.index, invalid?.id]; // => ['activities', 0, 'T-1']
 * ```
 * @category Parsing
 */
export interface InvalidRecord {
  /** The list it is in, or `'register'` when the document itself cannot be read as a register. */
  readonly list: RegisterList | 'register';
  /** Its index in the list. */
  readonly index?: number;
  /** Its id (or the activity or agreement it is about), when it has one as a string. */
  readonly id?: string;
  /** Everything wrong with it. */
  readonly issues: readonly InputIssue[];
}

const LIST_NAMES: ReadonlySet<PathSegment> = new Set(REGISTER_LISTS);

function idOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const fields = record as Record<string, unknown>;
  for (const key of ['id', 'activity', 'agreement', 'currency', 'mandatePeriod']) {
    // As the parsers read it: trimmed, so that a record set aside is named alike by audit and auditStream.
    if (typeof fields[key] === 'string') return (fields[key] as string).trim();
  }
  return undefined;
}

/** A `first` reference (`'activities[1]'`) with its index mapped back to the document's. */
function firstIn(first: string, original: ReadonlyMap<string, readonly number[]>): string {
  // Stryker disable next-line Regex,ConditionalExpression,OptionalChaining: equivalent — every `first` the parsers write is `list[index]` of a register list.
  const match = /^(\w+)\[(\d+)\]$/.exec(first);
  // Stryker disable next-line ConditionalExpression: equivalent — as above, it always matches.
  if (!match) return first;
  const list = original.get(match[1] as string);
  // Stryker disable next-line OptionalChaining: equivalent — as above, the list is a register list.
  return `${match[1]}[${list?.[Number(match[2])] ?? match[2]}]`;
}

/** The issue with the list index (and a `first` reference) mapped back to the document's. */
function remapped(found: InputIssue, original: ReadonlyMap<string, readonly number[]>): InputIssue {
  const [list, index, ...rest] = found.path;
  const indexes = original.get(String(list));
  if (!indexes || typeof index !== 'number') return found;
  // In the first round, before any record is set aside, every index is the document's.
  // Stryker disable next-line ConditionalExpression,BooleanLiteral,StringLiteral: equivalent — a shortcut; remapping an index to itself gives the same issue.
  if (indexes[index] === index && !hasOwn(found.values, 'first')) return found;
  const values = hasOwn(found.values, 'first')
    ? { ...found.values, first: firstIn(found.values.first, original) }
    : { ...found.values };
  // A register's issues are the parsers' own; none is a definition's.
  return issue(
    found.code as ParserIssueCode,
    [list as string, indexes[index] as number, ...rest],
    values,
  );
}

/** A register read record by record: what could be read, and the records set aside. */
export interface LenientRegister {
  /** The register without the records set aside; none when the document is not a register. */
  readonly register?: Register;
  readonly invalid: readonly InvalidRecord[];
  /** For each list, the index in the document of each record kept, in order. */
  readonly kept?: ReadonlyMap<string, readonly number[]>;
}

/**
 * Internal: reads a register document record by record. A record with an issue — its own, or a
 * reference to a record that had one — is set aside with its issues and the rest is read; only a
 * document that is not a register at all (not an object, an unsupported format, a list that is not
 * a list) yields no register. With `activities` false, the checks that need the activities are
 * left to whoever reads them afterwards (see `auditStream`).
 */
export function parseRegisterLeniently(
  input: unknown,
  options: ParseOptions = {},
  activities = true,
): LenientRegister {
  // Own data only, read once: nothing below can throw or read a prototype (issue 28).
  const own = ownData(input);
  if (!own.readable)
    return {
      invalid: [
        deepFreeze({
          list: 'register',
          issues: [issue('unreadable_input', [...own.path], { reason: own.reason })],
        }),
      ],
    };
  const document = own.value as Record<string, unknown>;
  const original = new Map<string, readonly number[]>(
    REGISTER_LISTS.map((list) => {
      const items = typeof document === 'object' && document !== null ? document[list] : undefined;
      // Stryker disable next-line ArrayDeclaration: equivalent — a list that is not a list makes the document no register, and its indexes are never read.
      return [list, Array.isArray(items) ? Array.from(items, (_, i) => i) : []];
    }),
  );
  const invalid = new Map<string, { list: RegisterList; index: number; issues: InputIssue[] }>();
  let current: unknown = document;
  // Each round sets aside the records with issues; a later round can only find references to
  // records set aside, so the loop ends after a few rounds (bounded by the lists' count anyway).
  // Stryker disable next-line EqualityOperator,ArithmeticOperator,UpdateOperator: equivalent — the loop ends by its returns, in two or three rounds; the bound only guards against a bug.
  for (let round = 0; round <= REGISTER_LISTS.length + 1; round++) {
    // Every issue: each names a record to set aside.
    const result = parseRegisterWith(current, options, activities, Number.POSITIVE_INFINITY);
    if (result.success)
      return { register: result.data, invalid: ordered(invalid, document), kept: original };
    // An issue of the document, or of a list as a whole, rather than of one record in a list.
    const fatal = result.issues.filter(
      (found) => !LIST_NAMES.has(found.path[0] as PathSegment) || typeof found.path[1] !== 'number',
    );
    if (fatal.length > 0) {
      return {
        invalid: [
          ...ordered(invalid, document),
          deepFreeze({ list: 'register', issues: fatal.map((found) => remapped(found, original)) }),
        ],
      };
    }
    const drop = new Map<string, Set<number>>();
    for (const found of result.issues) {
      const list = found.path[0] as RegisterList;
      const at = original.get(list)?.[found.path[1] as number] as number;
      const key = `${list}\u0000${at}`;
      let entry = invalid.get(key);
      if (!entry) {
        entry = { list, index: at, issues: [] };
        invalid.set(key, entry);
      }
      entry.issues.push(remapped(found, original));
      let dropped = drop.get(list);
      if (!dropped) {
        dropped = new Set();
        drop.set(list, dropped);
      }
      dropped.add(found.path[1] as number);
    }
    const next: Record<string, unknown> = { ...(current as Record<string, unknown>) };
    for (const [list, indexes] of drop) {
      const items = next[list] as readonly unknown[];
      const kept = original.get(list) as readonly number[];
      next[list] = items.filter((_, i) => !indexes.has(i));
      original.set(
        list,
        kept.filter((_, i) => !indexes.has(i)),
      );
    }
    current = next;
  }
  /* v8 ignore next 2 -- each round removes at least one record and references go one level deep */
  return { invalid: ordered(invalid, document) };
}

/** Internal: the order in which a report lists records set aside — by list, then by index. */
export function byPlace(a: InvalidRecord, b: InvalidRecord): number {
  return (
    REGISTER_LISTS.indexOf(a.list as RegisterList) -
      REGISTER_LISTS.indexOf(b.list as RegisterList) || (a.index as number) - (b.index as number)
  );
}

/**
 * Internal: a record set aside, as a report lists it — `issues` have their paths inside the record
 * (as its own parser gives them) and are given the path of the record in the document.
 */
export function setAside(
  list: RegisterList,
  index: number,
  record: unknown,
  issues: readonly InputIssue[],
): InvalidRecord {
  const id = idOf(record);
  return deepFreeze({
    list,
    index,
    ...(id !== undefined ? { id } : {}),
    issues: issues.map((found) =>
      issue(found.code as ParserIssueCode, [list, index, ...found.path], { ...found.values }),
    ),
  });
}

function ordered(
  invalid: ReadonlyMap<string, { list: RegisterList; index: number; issues: InputIssue[] }>,
  document: Record<string, unknown>,
): InvalidRecord[] {
  return [...invalid.values()]
    .sort(
      (a, b) =>
        REGISTER_LISTS.indexOf(a.list) - REGISTER_LISTS.indexOf(b.list) || a.index - b.index,
    )
    .map(({ list, index, issues }) => {
      const id = idOf((document[list] as readonly unknown[])[index]);
      return deepFreeze({ list, index, ...(id !== undefined ? { id } : {}), issues });
    });
}
