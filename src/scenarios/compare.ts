import type { Activity } from '../activities/types.js';
import { type IsoDate, toIsoDate } from '../calendar/iso-date.js';
import { complianceOf } from '../compliance/assess.js';
import { recordsByActivity } from '../compliance/records-by-activity.js';
import type {
  ActivityRecords,
  Compliance,
  ComplianceDeadlines,
  ObligationCompliance,
} from '../compliance/types.js';
import { checkDeadlines, checkSignal, invalidArgument, isVouched } from '../internal/guards.js';
import { type CheckedContext, evaluateChecked, registerContext } from '../obligations/evaluate.js';
import { checkContext } from '../obligations/guards.js';
import { compiled } from '../policy/compiled.js';
import { policyList } from '../policy/policy-in-force.js';
import type { PolicyVersion } from '../policy/types.js';
import { fold, type RegisterReducer } from '../register/fold.js';
import { type InvalidRecord, parseRegisterLeniently } from '../register/lenient.js';
import { isParsedRegister } from '../register/parse-register.js';
import { type RegisterParts, readRecords } from '../register/stream.js';
import type { Register } from '../register/types.js';
import { OWN_CHANGES } from './own-changes.js';
import type {
  ActivityChange,
  CompareOptions,
  CompareStreamOptions,
  DraftComparison,
  DutyChange,
  DutyTotal,
  JudgedVerdict,
} from './types.js';
import { MUST } from './words.js';

const COMPARE_OPTIONS: readonly string[] = [
  'draft',
  'asOf',
  'rates',
  'deadlines',
  'policies',
  'maxRateAgeDays',
  'meetingDays',
];
const NO_RECORDS: ActivityRecords = Object.freeze({});
/** The records of a document that is no register: none (its issue is in `invalid`). */
const EMPTY = Object.freeze({
  rates: [],
  agreements: [],
  approvals: [],
  reportsBack: [],
  councilAccounts: [],
}) as unknown as Omit<Register, 'activities'>;

/** What a duty comes to in one judgement: its obligation's status and its compliance, or none. */
function stateOf(result: ObligationCompliance | undefined) {
  return {
    owed: result?.obligation.status ?? ('none' as const),
    status: result?.status ?? ('none' as const),
  };
}

/** The duties whose obligation or compliance differ between the two judgements, by code. */
function dutyChanges(before: Compliance, after: Compliance): DutyChange[] {
  const codes = new Set([
    ...before.results.map((result) => result.obligation.code),
    ...after.results.map((result) => result.obligation.code),
  ]);
  const changes: DutyChange[] = [];
  for (const code of codes) {
    const was = before.results.find((result) => result.obligation.code === code);
    const is = after.results.find((result) => result.obligation.code === code);
    const from = stateOf(was);
    const to = stateOf(is);
    if (from.owed === to.owed && from.status === to.status) continue;
    changes.push(
      Object.freeze({
        code,
        from: Object.freeze(from),
        to: Object.freeze(to),
        ...(was ? { before: was } : {}),
        ...(is ? { after: is } : {}),
      }),
    );
  }
  return changes;
}

function zeroVerdicts(): Record<JudgedVerdict, number> {
  return { compliant: 0, not_compliant: 0, undetermined: 0, outside_policy: 0 };
}

/**
 * Internal: a comparison in progress, fed one activity at a time — by {@link compareDraft} from a
 * register, or by {@link compareDraftStream} as one is read. Each activity is judged twice on the
 * day: under the versions in force on its dates, and under the draft as if it had been in force
 * then; only the totals are kept, and the changes when asked to.
 */
class Comparer implements RegisterReducer<DraftComparison, ActivityChange | undefined> {
  readonly #asOf: IsoDate;
  readonly #draft: PolicyVersion;
  readonly #now: CheckedContext;
  readonly #drafted: CheckedContext;
  readonly #deadlines: ComplianceDeadlines | undefined;
  readonly #records: ReadonlyMap<string, ActivityRecords>;
  readonly #kept: ActivityChange[] | undefined;
  readonly #before = zeroVerdicts();
  readonly #after = zeroVerdicts();
  readonly #duties = new Map<string, { -readonly [K in keyof DutyTotal]: DutyTotal[K] }>();
  #judged = 0;
  #changed = 0;

  constructor(
    register: Omit<Register, 'activities'>,
    options: CompareOptions,
    policies: readonly PolicyVersion[],
    keep: boolean,
  ) {
    this.#asOf = toIsoDate(options.asOf);
    this.#draft = options.draft;
    this.#now = registerContext({
      asOf: this.#asOf,
      policies,
      rates: options.rates ?? { rates: register.rates },
      agreements: register.agreements,
      maxRateAgeDays: options.maxRateAgeDays,
      meetingDays: options.meetingDays,
    });
    this.#drafted = { ...this.#now, judgedUnder: options.draft };
    this.#deadlines = options.deadlines;
    this.#records = recordsByActivity(register);
    this.#kept = keep ? [] : undefined;
  }

  /** Judges one activity both ways: its change, or none when nothing changes. */
  add(activity: Activity): ActivityChange | undefined {
    const records = this.#records.get(activity.id) ?? NO_RECORDS;
    const judge = (context: CheckedContext) =>
      complianceOf(evaluateChecked(activity, context), records, this.#asOf, this.#deadlines);
    const before = judge(this.#now);
    const after = judge(this.#drafted);
    this.#judged++;
    this.#before[before.verdict]++;
    this.#after[after.verdict]++;
    this.#count(before, 'owedBefore');
    this.#count(after, 'owedAfter');
    const duties = dutyChanges(before, after);
    for (const duty of duties) {
      const total = this.#total(duty.code);
      if (duty.from.owed !== 'owed' && duty.to.owed === 'owed') total.nowOwed++;
      if (duty.from.owed === 'owed' && duty.to.owed !== 'owed') total.noLongerOwed++;
    }
    if (duties.length === 0 && before.verdict === after.verdict) return undefined;
    this.#changed++;
    const change: ActivityChange = Object.freeze({
      id: activity.id,
      title: activity.title,
      verdict: Object.freeze({ from: before.verdict, to: after.verdict }),
      duties: Object.freeze(duties),
    });
    OWN_CHANGES.add(change);
    this.#kept?.push(change);
    return change;
  }

  #total(code: string) {
    let total = this.#duties.get(code);
    if (!total) {
      total = { code, owedBefore: 0, owedAfter: 0, nowOwed: 0, noLongerOwed: 0 };
      this.#duties.set(code, total);
    }
    return total;
  }

  #count(compliance: Compliance, field: 'owedBefore' | 'owedAfter'): void {
    for (const result of compliance.results)
      if (result.obligation.status === 'owed') this.#total(result.obligation.code)[field]++;
  }

  /** The comparison, once every activity is added. */
  finish(invalid: readonly InvalidRecord[]): DraftComparison {
    return Object.freeze({
      asOf: this.#asOf,
      draft: compiled(this.#draft).applied,
      judged: this.#judged,
      changed: this.#changed,
      verdicts: Object.freeze({
        before: Object.freeze({ ...this.#before }),
        after: Object.freeze({ ...this.#after }),
      }),
      duties: Object.freeze([...this.#duties.values()].map((total) => Object.freeze(total))),
      activities: Object.freeze(this.#kept ?? []),
      invalid: Object.isFrozen(invalid) ? invalid : Object.freeze([...invalid]),
    });
  }
}

/** The options checked, the draft among them, and the versions the register is read with. */
function checked<T extends CompareOptions>(
  fn: string,
  options: T,
  known: readonly string[],
): { options: T; policies: readonly PolicyVersion[]; readWith: readonly PolicyVersion[] } {
  options = checkContext(fn, options, known);
  if (!isVouched(options.draft, 'version')) throw invalidArgument(fn, MUST.beDraft(options.draft));
  const deadlines = checkDeadlines(fn, options.deadlines);
  if (deadlines) options = { ...options, deadlines };
  const policies = policyList(options.policies);
  // The register may name the draft's twin towns as well as those of the versions in force.
  const readWith = policies.includes(options.draft) ? policies : [...policies, options.draft];
  return { options, policies, readWith };
}

/**
 * What a draft of the next policy version would change: every activity of a register judged on a
 * day under the versions in force on its dates, and again under the draft as if it had been in
 * force then — which activities' duties or verdicts change, how (each duty's obligation and status
 * before and after, with both results, whose `condition` says what decided), and the totals a
 * politician asks for ("34 trips would no longer need a report-back").
 *
 * @remarks
 * The register is read as {@link audit} reads it: a record that cannot be read is set aside in
 * `invalid`, and the rest is compared. The changes of a large register take memory with the
 * number that change; {@link compareDraftStream} hands each on instead. Nothing reads the clock.
 *
 * @param register - a parsed register, or a register document as read from JSON
 * @param options - the draft (from {@link parsePolicy} or {@link definePolicy}), the day, and as for
 *   {@link audit} the rates, deadlines and versions in force
 * @returns the changes and the totals
 * @throws {@link PolicyError} `invalid_argument` when `draft` is no version the library made;
 *   otherwise as {@link audit}
 *
 * @example
 * ```ts
 * const draft = parsePolicy({
 *   ...toPolicyDefinition(POLICY_2019_2022),
 *   id: 'draft-threshold-15000',
 *   reportBackThreshold: { amount: '15 000,00', currency: 'SEK' },
 * });
 * const comparison = draft.success
 *   ? compareDraft(SAMPLE_REGISTER, { draft: draft.data, asOf: '2023-03-31' })
 *   : undefined;
 * comparison?.duties.find((d) => d.code === 'board_report_back')?.noLongerOwed; // => 3
 * comparison?.activities.map((a) => a.id); // => ['2019-07', '2021-02', '2021-04', '2022-03']
 * ```
 * @category Versions
 */
export function compareDraft(register: unknown, options: CompareOptions): DraftComparison {
  const fn = 'compareDraft';
  const read = checked(fn, options, COMPARE_OPTIONS);
  const parsed = isParsedRegister(register)
    ? { register, invalid: [] }
    : parseRegisterLeniently(register, { policies: read.readWith });
  return fold(parsed, new Comparer(parsed.register ?? EMPTY, read.options, read.policies, true));
}

/**
 * {@link compareDraft} for a register read as a stream: the records are read first, then each
 * activity is compared, handed to `onChange` when something changes for it, and not kept — memory
 * grows with the records and the activities' ids only, as for {@link auditStream}.
 *
 * @param parts - the document without its activities, and its activities
 * @param options - as for {@link compareDraft}, and `onChange` and `signal`
 * @returns the totals; its `activities` is empty (each change went to `onChange`)
 * @throws {@link PolicyError} as {@link compareDraft} and {@link auditStream}
 *
 * @example
 * ```ts
 * const { activities, ...rest } = SAMPLE_REGISTER;
 * const changed: string[] = [];
 * await compareDraftStream(
 *   { records: { ...rest, activities: [] }, activities },
 *   { draft: POLICY_2019_2022, asOf: '2023-03-31', onChange: (change) => void changed.push(change.id) },
 * );
 * // The version in force as its own draft: only the trip from before its adoption changes.
 * changed; // => ['2019-07']
 * ```
 * @category Versions
 */
export async function compareDraftStream(
  parts: RegisterParts,
  options: CompareStreamOptions,
): Promise<DraftComparison> {
  const fn = 'compareDraftStream';
  const read = checked(fn, options, [...COMPARE_OPTIONS, 'onChange', 'signal']);
  const signal = checkSignal(fn, read.options.signal);
  const onChange = read.options.onChange;
  if (onChange !== undefined && typeof onChange !== 'function')
    throw invalidArgument(fn, MUST.beOnChange(onChange));
  const records = readRecords(parts, fn, read.readWith);
  const comparer = new Comparer(records.register ?? EMPTY, read.options, read.policies, false);
  return fold(records, comparer, {
    policies: read.readWith,
    fn,
    signal,
    each: async (change) => {
      if (change && onChange) await onChange(change);
    },
  });
}
