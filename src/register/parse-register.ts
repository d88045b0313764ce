import { checkParseOptions, type ParseOptions } from '../activities/parse-activity.js';
import { toActivity } from '../activities/schema.js';
import { MAX_ISSUES } from '../input/budget.js';
import { duplicateIds } from '../input/duplicate-ids.js';
import type { InputIssue, ParseResult } from '../input/issues.js';
import { issue } from '../input/messages.js';
import { failed, parseWith } from '../input/parse.js';
import { isVouched, vouch } from '../internal/guards.js';
import { BUILT_IN_POLICIES } from '../policy/policy-in-force.js';
import { recordReferenceIssues } from '../records/checks.js';
import { registerSchemaFor } from './schema.js';
import type { Register, RegisterInput } from './types.js';

/** The register format versions this library reads. */
const SUPPORTED_FORMATS = ['1'];

/** Internal: whether a value is a register {@link parseRegister} returned. */
export function isParsedRegister(value: unknown): value is Register {
  return isVouched(value, 'register');
}

/** A wrong `format` is reported as `unsupported_format`, naming the versions that are. */
function withFormatIssue(found: InputIssue): InputIssue {
  if (found.path.length !== 1 || found.path[0] !== 'format' || found.code !== 'invalid_value')
    return found;
  return issue('unsupported_format', ['format'], {
    value: found.values['value'] ?? null,
    supported: SUPPORTED_FORMATS,
  });
}

function crossChecks(register: RegisterInput): InputIssue[] {
  return [
    ...duplicateIds(
      register.activities,
      (a) => a.id,
      (i) => ['activities', i, 'id'],
    ),
    ...recordReferenceIssues(register, new Set(register.activities.map((activity) => activity.id))),
  ];
}

/** The checks across a register whose activities come later, one by one (see `auditStream`). */
function recordChecks(register: RegisterInput): InputIssue[] {
  return recordReferenceIssues(register);
}

/**
 * Parses a register: the JSON document a municipality exports from its case system, with a
 * `format` version (`1`), its activities, governance records and exchange rates.
 *
 * @remarks
 * Everything {@link parseActivity}, {@link parseRecords} and {@link parseRates} check, and across
 * the document: activity ids are unique, and every approval, report back and account names an
 * activity of the register.
 *
 * @param input - anything
 * @param options - which policy versions' goal and twin-town ids are valid
 * @returns the register, deep-frozen, or its issues (at most 100 listed: see {@link ParseResult}); never throws
 *
 * @example
 * ```ts
 * const result = parseRegister({ format: 2, activities: [] });
 * result.success ? undefined : result.issues[0]?.messages.en;
 * // => 'format: format version 2 is not supported; supported versions: 1.'
 * ```
 * @category Parsing
 */
export function parseRegister(input: unknown, options: ParseOptions = {}): ParseResult<Register> {
  options = checkParseOptions('parseRegister', options);
  return parseRegisterWith(input, options, true, MAX_ISSUES);
}

/**
 * Internal: {@link parseRegister}, or with `activities` false the register without the checks that
 * need its activities (unique ids, records naming one), for a register whose activities are read
 * one by one afterwards.
 */
export function parseRegisterWith(
  input: unknown,
  options: ParseOptions,
  activities: boolean,
  limit: number,
): ParseResult<Register> {
  const result = parseWith(
    registerSchemaFor(options.policies ?? BUILT_IN_POLICIES, Number.isFinite(limit)),
    input,
    activities ? crossChecks : recordChecks,
    // parseWith vouches for the register, which is what the type's mark stands for.
    (register) =>
      ({
        ...register,
        // Each activity of a register is one the library parsed, to evaluate on its own.
        activities: register.activities.map((activity) => vouch(toActivity(activity), 'activity')),
      }) as unknown as Register,
    'register',
    limit,
  );
  if (result.success) return result;
  return failed(result.issues.map(withFormatIssue), limit);
}
