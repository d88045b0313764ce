import type * as z from 'zod/mini';
import { deepFreeze } from '../internal/deep-freeze.js';
import { type VouchedKind, vouch } from '../internal/guards.js';
import { MAX_ISSUES, withIssueBudget } from './budget.js';
import type { InputIssue, IssueValue, ParseResult, PathSegment } from './issues.js';
import { issue } from './messages.js';
import { ownData, reasonOf } from './own-data.js';

type ZodIssue = z.core.$ZodIssue;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function quoted(value: unknown): string | number | boolean | null {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return value === null ? null : kindOf(value);
}

function pathOf(prefix: readonly PathSegment[], path: readonly PropertyKey[]): PathSegment[] {
  return [...prefix, ...path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
}

function fromUnion(
  zodIssue: ZodIssue & { code: 'invalid_union' },
  path: PathSegment[],
): InputIssue[] {
  if (zodIssue.discriminator !== undefined) {
    const allowed = ('options' in zodIssue ? (zodIssue.options ?? []) : []).map(String);
    const input = zodIssue.input;
    const value =
      typeof input === 'object' && input !== null
        ? (input as Record<string, unknown>)[zodIssue.discriminator]
        : undefined;
    return [
      value === undefined
        ? issue('required', path, { expected: allowed.map((option) => `"${option}"`).join(' | ') })
        : issue('invalid_value', path, { value: quoted(value), allowed }),
    ];
  }
  const branches = zodIssue.errors;
  const allTypes = branches.every(
    (branch) =>
      branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0,
  );
  if (allTypes) {
    const expected = branches
      .map((branch) => (branch[0] as { expected: string }).expected)
      .join(' or ');
    return [
      zodIssue.input === undefined
        ? issue('required', path, { expected })
        : issue('invalid_type', path, { expected, received: kindOf(zodIssue.input) }),
    ];
  }
  const closest = [...branches].sort((a, b) => a.length - b.length)[0] ?? [];
  return closest.flatMap((inner) => fromZod(inner, path));
}

/** Translates one zod issue into the library's issues (one per unknown key). */
export function fromZod(zodIssue: ZodIssue, prefix: readonly PathSegment[] = []): InputIssue[] {
  const path = pathOf(prefix, zodIssue.path);
  const input = zodIssue.input;
  switch (zodIssue.code) {
    case 'invalid_type':
      return [
        input === undefined
          ? issue('required', path, { expected: zodIssue.expected })
          : issue('invalid_type', path, { expected: zodIssue.expected, received: kindOf(input) }),
      ];
    case 'too_big':
      if (zodIssue.origin === 'string') {
        return [
          issue('too_long', path, {
            maximum: Number(zodIssue.maximum),
            length: String(input).length,
          }),
        ];
      }
      return [
        issue('too_many', path, {
          maximum: Number(zodIssue.maximum),
          count: (input as unknown[]).length,
        }),
      ];
    case 'too_small':
      if (zodIssue.origin === 'string') return [issue('empty_text', path)];
      return [
        issue('too_few', path, {
          minimum: Number(zodIssue.minimum),
          count: (input as unknown[]).length,
        }),
      ];
    case 'unrecognized_keys':
      return zodIssue.keys.map((key) => issue('unknown_key', [...path, key], { key }));
    case 'invalid_value': {
      const allowed = zodIssue.values.map(String);
      if (input === undefined) {
        return [
          issue('required', path, { expected: allowed.map((option) => `"${option}"`).join(' | ') }),
        ];
      }
      return [issue('invalid_value', path, { value: quoted(input), allowed })];
    }
    case 'invalid_union':
      return fromUnion(zodIssue, path);
    case 'custom': {
      const { code, ...values } = zodIssue.params as { code: Parameters<typeof issue>[0] } & Record<
        string,
        IssueValue
      >;
      return [issue(code, path, values)];
    }
    default:
      return [issue('invalid_value', path, { value: quoted(input), allowed: [] })];
  }
}

/**
 * Internal: `issues` as a result lists them — the first `limit`, then one `too_many_issues` when there
 * were more.
 */
export function listed(issues: readonly InputIssue[], limit: number): readonly InputIssue[] {
  if (issues.length <= limit) return issues;
  return [...issues.slice(0, limit), issue('too_many_issues', [], { listed: limit })];
}

/**
 * Internal: a failed result of issues already listed. With no limit, it is for an internal reader
 * that sets records aside and lists their issues itself: all of them, not frozen here (its own
 * result is).
 */
export function failed<T>(issues: readonly InputIssue[], limit: number): ParseResult<T> {
  const result = { success: false as const, issues: issues as [InputIssue, ...InputIssue[]] };
  return Number.isFinite(limit) ? deepFreeze(result) : result;
}

function failure<T>(issues: readonly InputIssue[], limit: number): ParseResult<T> {
  return failed(listed(issues, limit), limit);
}

/** The zod issues translated, until more than `limit` issues are found: those are enough to list. */
function translated(zodIssues: readonly ZodIssue[], limit: number): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const zodIssue of zodIssues) {
    if (issues.length > limit) break;
    issues.push(...fromZod(zodIssue));
  }
  return issues;
}

/**
 * Runs a schema over untrusted input, then the cross-field `checks` over what it produced. Returns
 * the deep-frozen value, vouched for as the library's own `kind` of value, or its issues: at most
 * `limit` of them and a `too_many_issues` when there are more (checking stops there, so the cost of
 * a bad document is bounded). Never throws, whatever the input (a throwing getter or proxy becomes
 * `unreadable_input`). When the schema fails, `partial` adds what else it can check of the input
 * (read once, as plain data), so that every problem is said at once.
 */
export function parseWith<I, T = I>(
  schema: z.ZodMiniType<I>,
  input: unknown,
  checks: ((data: I) => readonly InputIssue[]) | undefined,
  convert: ((data: I) => T) | undefined,
  kind: VouchedKind,
  limit: number = MAX_ISSUES,
  partial?: (value: unknown) => readonly InputIssue[],
): ParseResult<T> {
  const own = ownData(input);
  if (!own.readable)
    return failure([issue('unreadable_input', [...own.path], { reason: own.reason })], limit);
  let result: z.core.util.SafeParseResult<I>;
  try {
    // One issue more than are listed, so that a result that stopped checking knows there were more.
    result = withIssueBudget(limit + 1, false, () => schema.safeParse(own.value));
    // Inputs are quoted in messages, but asking zod to keep them slows every parse: only a
    // failed one is run again with them.
    if (!result.success)
      result = withIssueBudget(limit + 1, true, () =>
        schema.safeParse(own.value, { reportInput: true }),
      );
  } catch (error) {
    /* v8 ignore next 2 -- plain data cannot throw; a last guard for a bug in a schema */
    return failure([issue('unreadable_input', [], { reason: reasonOf(error) })], limit);
  }
  if (!result.success) {
    const issues = translated(result.error.issues, limit);
    // What else can be checked of input whose shape failed, so that every problem is said at once.
    return failure(partial ? [...issues, ...partial(own.value)] : issues, limit);
  }
  const problems = checks?.(result.data) ?? [];
  if (problems.length > 0) return failure(problems, limit);
  const data = convert ? convert(result.data) : (result.data as unknown as T);
  return deepFreeze({ success: true, data: vouch(data as T & object, kind) as T });
}
