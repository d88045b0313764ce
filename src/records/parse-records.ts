import { checkParseOptions, type ParseOptions } from '../activities/parse-activity.js';
import type { ParseResult } from '../input/issues.js';
import { parseWith } from '../input/parse.js';
import { BUILT_IN_POLICIES } from '../policy/policy-in-force.js';
import { recordReferenceIssues } from './checks.js';
import { recordsSchemaFor } from './schema.js';
import type { Records } from './types.js';

/**
 * Parses a document of governance records: board approvals, reports back to the board, accounts to
 * the council, twin-town agreements, their evaluations and the council's continuation decisions.
 *
 * @remarks
 * Besides each record's shape, checks that agreement ids are unique and that evaluations and
 * continuation decisions name agreements in the document. Mandate periods may be written
 * "2019-2022" or "2019–2022" and are stored with an en dash. A list that is absent is empty.
 *
 * @param input - anything
 * @param options - which policy versions' goal and twin-town ids are valid
 * @returns the records, deep-frozen, or its issues (at most 100 listed: see {@link ParseResult}); never throws
 *
 * @example
 * ```ts
 * const result = parseRecords({
 *   agreements: [{ id: 'esashi', twinTown: 'esashi' }],
 *   evaluations: [{
 *     agreement: 'esashi', mandatePeriod: '2019-2022', evaluatedOn: '2022-05-01', active: true,
 *     benefit: { municipality: true, associations: false, businesses: false },
 *   }],
 * });
 * result.success && result.data.evaluations[0]?.mandatePeriod; // => '2019–2022'
 * ```
 * @category Parsing
 */
export function parseRecords(input: unknown, options: ParseOptions = {}): ParseResult<Records> {
  options = checkParseOptions('parseRecords', options);
  return parseWith(
    recordsSchemaFor(options.policies ?? BUILT_IN_POLICIES),
    input,
    recordReferenceIssues,
    undefined,
    'records',
  );
}
