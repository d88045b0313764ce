import * as z from 'zod/mini';
import { parseActivity } from '../activities/parse-activity.js';
import type { Activity } from '../activities/types.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { assessCompliance } from '../compliance/assess.js';
import type { Compliance, ComplianceDeadlines, ObligationCompliance } from '../compliance/types.js';
import { listOf } from '../input/budget.js';
import { count, identifier, isoDate, report, strictObject, text } from '../input/fields.js';
import type { InputIssue, ParseResult, PathSegment } from '../input/issues.js';
import { issue, type ParserIssueCode } from '../input/messages.js';
import { ownData } from '../input/own-data.js';
import { failed, fromZod, listed } from '../input/parse.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { checkKnownOptions } from '../internal/guards.js';
import { hasOwn } from '../internal/own.js';
import { readAmount } from '../money/amount.js';
import type { ExchangeRates } from '../money/convert.js';
import { decimalOf } from '../money/format.js';
import { parseRates } from '../money/parse-rates.js';
import type { Evaluation } from '../obligations/types.js';
import { checkPolicySource } from '../policy/guards.js';
import { perPolicies } from '../policy/per-policies.js';
import { policyList } from '../policy/policy-in-force.js';
import type { PolicyVersion } from '../policy/types.js';
import { parseRecords } from '../records/parse-records.js';
import type { Records } from '../records/types.js';
import type {
  DutyExpectation,
  ExpectedVerdict,
  ScenarioFailure,
  ScenarioOptions,
  ScenarioOutcome,
  ScenarioReport,
} from './types.js';

const STATUSES = [
  'fulfilled',
  'pending',
  'overdue',
  'violated',
  'not_applicable',
  'undetermined',
] as const;
const VERDICTS = ['compliant', 'not_compliant', 'undetermined', 'outside_policy'] as const;
const OUTCOMES = ['evaluated', 'not_international', 'no_policy_in_force'] as const;
/** The most cases one file holds. */
const MAX_CASES = 10_000;
/** The most issues a scenario file's result lists. */
const MAX_ISSUES = 100;

/** An amount in kronor as a person writes it ("10 000,01"), read exactly. */
const kronor = z.string().check(
  z.superRefine((value, ctx) => {
    const reading = readAmount(value, 2);
    if (!reading.success)
      report(ctx, reading.code, {
        value,
        currency: 'SEK',
        decimals: 2,
        ...(reading.suggestion !== undefined ? { suggestion: reading.suggestion } : {}),
      });
  }),
);

/** What a case expects, with the duty codes and clause ids of `policies`. */
const caseSchemaFor = perPolicies((policies: readonly PolicyVersion[]) => {
  const codes = [...new Set(policies.flatMap((policy) => policy.rules.map((rule) => rule.code)))];
  const clauses = [
    ...new Set(policies.flatMap((policy) => policy.clauses.map((clause) => clause.id))),
  ] as [string, ...string[]];
  const clause = z.enum(clauses);
  const status = z.enum(STATUSES);
  const duty = z.union([
    status,
    strictObject({
      status: z.exactOptional(status),
      reason: z.exactOptional(identifier),
      dueBy: z.exactOptional(isoDate),
      clauses: z.exactOptional(z.array(clause)),
    }),
  ]);
  return strictObject({
    name: text(200),
    clauses: z.exactOptional(z.array(clause)),
    asOf: isoDate,
    deadlines: z.exactOptional(
      strictObject({
        reportBackDays: z.exactOptional(count(0, 3650)),
        councilAccountDays: z.exactOptional(count(0, 3650)),
      }),
    ),
    rates: z.exactOptional(z.unknown()),
    activity: z.unknown(),
    records: z.exactOptional(z.unknown()),
    expect: strictObject({
      outcome: z.exactOptional(z.enum(OUTCOMES)),
      verdict: z.exactOptional(z.enum(VERDICTS)),
      duties: z.exactOptional(
        strictObject(Object.fromEntries(codes.map((code) => [code, z.exactOptional(duty)]))),
      ),
      totalCost: z.exactOptional(kronor),
    }),
  });
});

/** A scenario file: its format, and its cases. */
const documentSchemaFor = perPolicies((policies: readonly PolicyVersion[]) =>
  strictObject({
    $schema: z.exactOptional(z.string()),
    format: z.literal(1),
    cases: listOf(caseSchemaFor(policies), MAX_CASES, false).check(z.minLength(1)),
  }),
);

/** One case as the schema read it, with its activity, records and rates parsed. */
interface ReadCase {
  readonly name: string;
  readonly clauses?: readonly string[];
  readonly asOf: IsoDate;
  readonly deadlines?: ComplianceDeadlines;
  readonly expect: {
    readonly outcome?: Evaluation['outcome'];
    readonly verdict?: ExpectedVerdict;
    readonly duties?: Readonly<
      Record<string, DutyExpectation | NonNullable<DutyExpectation['status']>>
    >;
    readonly totalCost?: string;
  };
}

interface ParsedCase extends ReadCase {
  readonly activity: Activity;
  readonly records: Records | undefined;
  readonly rates: ExchangeRates | undefined;
}

/** `issues` of a part of a case, their paths put under `prefix`. */
function under(prefix: readonly PathSegment[], issues: readonly InputIssue[]): InputIssue[] {
  return issues.map((found) =>
    issue(found.code as ParserIssueCode, [...prefix, ...found.path], { ...found.values }),
  );
}

/**
 * The parts of each case the schema leaves to their own parsers — the activity, its records and
 * the rates — parsed, each issue at its path in the file. Run whether or not the rest of the file
 * holds, so that every problem is said at once.
 */
function partsOf(
  cases: unknown,
  policies: readonly PolicyVersion[],
): { parts: Map<number, Omit<ParsedCase, keyof ReadCase>>; issues: InputIssue[] } {
  const parts = new Map<number, Omit<ParsedCase, keyof ReadCase>>();
  const issues: InputIssue[] = [];
  if (!Array.isArray(cases)) return { parts, issues };
  cases.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return;
    const at = ['cases', index];
    const given = item as Record<string, unknown>;
    if (!hasOwn(given, 'activity')) {
      issues.push(issue('required', [...at, 'activity'], { expected: 'object' }));
      return;
    }
    const activity = parseActivity(given['activity'], { policies });
    if (!activity.success) issues.push(...under([...at, 'activity'], activity.issues));
    const records = hasOwn(given, 'records')
      ? parseRecords(given['records'], { policies })
      : undefined;
    if (records && !records.success) issues.push(...under([...at, 'records'], records.issues));
    const rates = hasOwn(given, 'rates') ? parseRates({ rates: given['rates'] }) : undefined;
    if (rates && !rates.success) issues.push(...under(at, rates.issues));
    if (activity.success && records?.success !== false && rates?.success !== false)
      parts.set(index, {
        activity: activity.data,
        records: records?.success ? records.data : undefined,
        rates: rates?.success ? rates.data : undefined,
      });
  });
  return { parts, issues };
}

/** Reads a scenario file whole: every problem in it, or every case ready to judge. */
function readScenarios(
  input: unknown,
  policies: readonly PolicyVersion[],
): ParseResult<readonly ParsedCase[]> {
  const own = ownData(input);
  if (!own.readable)
    return failed(
      listed([issue('unreadable_input', [...own.path], { reason: own.reason })], MAX_ISSUES),
      MAX_ISSUES,
    );
  const read = documentSchemaFor(policies).safeParse(own.value, { reportInput: true });
  const issues: InputIssue[] = read.success
    ? []
    : read.error.issues.flatMap((found) => fromZod(found));
  const cases = (own.value as { cases?: unknown } | null)?.cases;
  const parts = partsOf(cases, policies);
  issues.push(...parts.issues);
  if (!read.success || issues.length > 0)
    return failed(listed(sortedByPath(issues), MAX_ISSUES), MAX_ISSUES);
  const parsed = (read.data.cases as readonly ReadCase[]).map(
    (each, index) => ({ ...each, ...parts.parts.get(index) }) as ParsedCase,
  );
  return { success: true, data: parsed };
}

/** Issues in the order of the file: by path, a case's own fields before its activity's. */
function sortedByPath(issues: readonly InputIssue[]): InputIssue[] {
  const key = (found: InputIssue) =>
    found.path
      .map((segment) => (typeof segment === 'number' ? String(segment).padStart(8, '0') : segment))
      .join('\u0000');
  return [...issues].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The expectations of one duty that its result does not meet. */
function dutyFailures(
  code: string,
  written: DutyExpectation | NonNullable<DutyExpectation['status']>,
  result: ObligationCompliance | undefined,
): ScenarioFailure[] {
  const expected: DutyExpectation = typeof written === 'string' ? { status: written } : written;
  const at = `expect.duties.${code}`;
  const failures: ScenarioFailure[] = [];
  const compare = (field: string, want: string | undefined, got: string | undefined) => {
    if (want !== undefined && want !== (got ?? 'none'))
      failures.push({
        path: typeof written === 'string' ? at : `${at}.${field}`,
        expected: want,
        actual: got ?? 'none',
      });
  };
  compare('status', expected.status, result?.status);
  compare('reason', expected.reason, result?.reason);
  // The day it is due by: the result's deadline (the rule's, or one the case sets), else the
  // obligation's own.
  compare('dueBy', expected.dueBy, result?.deadline ?? result?.obligation.dueBy);
  const ids = (list: readonly string[]) => [...list].sort().join(', ');
  compare(
    'clauses',
    expected.clauses && ids(expected.clauses),
    result && ids(result.obligation.clauses.map((clause) => clause.id)),
  );
  return failures;
}

/** The expectations of a case that its judgement does not meet, in the order they are written. */
function failuresOf(expect: ReadCase['expect'], compliance: Compliance): ScenarioFailure[] {
  const failures: ScenarioFailure[] = [];
  if (expect.outcome !== undefined && expect.outcome !== compliance.evaluation.outcome)
    failures.push({
      path: 'expect.outcome',
      expected: expect.outcome,
      actual: compliance.evaluation.outcome,
    });
  if (expect.verdict !== undefined && expect.verdict !== compliance.verdict)
    failures.push({ path: 'expect.verdict', expected: expect.verdict, actual: compliance.verdict });
  for (const [code, written] of Object.entries(expect.duties ?? {})) {
    const result = compliance.results.find((each) => each.obligation.code === code);
    failures.push(...dutyFailures(code, written, result));
  }
  if (expect.totalCost !== undefined) {
    const fact = compliance.evaluation.facts.find((each) => each.kind === 'total_cost');
    const reading = readAmount(expect.totalCost, 2);
    const actual = fact?.kind === 'total_cost' ? fact.total : undefined;
    if (!reading.success || reading.minor !== actual?.amount)
      failures.push({
        path: 'expect.totalCost',
        expected: expect.totalCost,
        actual: actual ? decimalOf(actual, 'sv', ' ') : 'none',
      });
  }
  return failures;
}

/**
 * Runs a scenario file: dated cases, each an activity (and its records), the day judged, and what
 * is expected — each duty's status (and where given its reason, due day and clauses), the verdict,
 * the total cost that decided. Each case is judged as {@link assessCompliance} judges it, and every
 * expectation is compared with the judgement.
 *
 * @remarks
 * The file is read whole before anything is judged, and every problem in it is said at once, by its
 * path: a misspelt expectation (`expect.dutys`, a duty code no version has, a status that is none) is
 * an issue, never an expectation that passes because nothing checks it. A duty the activity does
 * not have is `none`. The built-in version's own cases are in the package
 * (`scenarios/solleftea-2019-2022.yaml`); `solleftea-policy test FILE` runs a file from the command
 * line.
 *
 * @param document - a scenario file, as read from JSON or YAML: `{ format: 1, cases: [...] }`
 * @param options - the policy versions to judge under (the built-in ones when left out)
 * @returns every case with its failures, or the file's issues (at most 100); never throws for a bad
 *   file
 * @throws {@link PolicyError} `invalid_argument` for options that are not a scenario run's
 *
 * @example
 * ```ts
 * const result = runScenarios({
 *   format: 1,
 *   cases: [{
 *     name: 'A twin-town visit approved on the day of departure',
 *     asOf: '2021-06-01',
 *     activity: {
 *       kind: 'trip', id: 'T-1', title: 'Visit', organiser: 'Kommunledningskontoret',
 *       travellers: { count: 2 }, destinations: [{ twinTown: 'poltsamaa' }],
 *       departureDate: '2021-05-03', returnDate: '2021-05-06', plannedCosts: [],
 *     },
 *     records: { approvals: [{ activity: 'T-1', decidedOn: '2021-05-03', reference: 'KS § 1', decision: 'approved' }] },
 *     expect: { duties: { board_approval: 'fulfilled' } },
 *   }],
 * });
 * result.success && result.data.passed; // => 1
 * ```
 * @category Versions
 */
export function runScenarios(
  document: unknown,
  options: ScenarioOptions = {},
): ParseResult<ScenarioReport> {
  options = checkKnownOptions('runScenarios', options, ['policies']);
  checkPolicySource('runScenarios', options.policies);
  const policies = policyList(options.policies);
  const read = readScenarios(document, policies);
  if (!read.success) return read;
  const cases = read.data.map((each, index): ScenarioOutcome => {
    const compliance = assessCompliance(each.activity, each.records ?? {}, {
      asOf: each.asOf,
      policies,
      ...(each.deadlines ? { deadlines: each.deadlines } : {}),
      ...(each.rates ? { rates: each.rates } : {}),
      // A terminated agreement decides whether a place is still a twin town (reading 4).
      ...(each.records?.agreements.length ? { agreements: each.records.agreements } : {}),
    });
    const failures = failuresOf(each.expect, compliance);
    return {
      index,
      name: each.name,
      clauses: each.clauses ?? [],
      passed: failures.length === 0,
      failures,
      compliance,
    };
  });
  const passed = cases.filter((each) => each.passed).length;
  return deepFreeze({
    success: true as const,
    data: { cases, passed, failed: cases.length - passed },
  });
}
