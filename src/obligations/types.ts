import type { DineroSnapshot } from 'dinero.js';
import type { Activity, ExchangeForm } from '../activities/types.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { LocalizedText } from '../errors.js';
import type { InputIssue } from '../input/issues.js';
import type { ExchangeRates, SekConversion } from '../money/convert.js';
import type { PolicySource } from '../policy/policy-in-force.js';
import type {
  ActivityRuleKind,
  AppliedPolicy,
  Clause,
  ConditionTrace,
  InterpretationNote,
  Party,
  RequiredContent,
  Rule,
  Timing,
} from '../policy/types.js';
import type { TwinTownAgreement } from '../records/types.js';

export type { RequiredContent };

/**
 * The code of a rule computed per activity (a rule of kind `plan`, `decision`, `report` or
 * `account`; the others run per agreement or mandate period): the built-in version's four, or any
 * code a later version gives its rules.
 *
 * @example
 * ```ts
 * const code: ActivityRuleCode = 'board_report_back';
 * ```
 * @category Evaluation
 */
export type ActivityRuleCode =
  | 'planning'
  | 'board_approval'
  | 'board_report_back'
  | 'council_account'
  | (string & {});

/**
 * What the library needs besides the activity: the policy (or versions to choose from), the
 * exchange rates (and, optionally, how old they may be), and the agreement register for agreements
 * terminated before a trip.
 *
 * @example
 * ```ts
 * const context: EvaluationContext = { policies: BUILT_IN_POLICIES, rates: { rates: [] } };
 * const strict: EvaluationContext = { ...context, maxRateAgeDays: 30 };
 * ```
 * @category Evaluation
 */
export interface EvaluationContext {
  /** One version, or the versions to pick from by the activity's first day; the built-in ones by default. */
  readonly policies?: PolicySource;
  /**
   * Rates for foreign cost items; none by default (a foreign item then makes the total undetermined).
   * From {@link parseRates}, or written by hand and then checked as `parseRates` checks them: a rate
   * of `-100` or a date `2019-13-45` is refused with `invalid_argument`, never used.
   */
  readonly rates?: ExchangeRates;
  /**
   * The agreement register; an agreement terminated before departure ends its town's twin status
   * (note 4). Written by hand, it is checked as `parseRecords` checks agreements.
   */
  readonly agreements?: readonly TwinTownAgreement[];
  /**
   * How many days from the rate day a rate may be dated, before or after: a whole number, 0 or
   * more; any distance by default. The rate day is the activity's last day, or the day judged
   * while that day has not passed (note 15). A rate further away is a `stale_rate` issue, so the
   * total is unknown unless the other items decide (note 2).
   */
  readonly maxRateAgeDays?: number;
  /**
   * The day judged. Until the activity's last day has passed on it, the higher of the budget and
   * the actual costs so far decides the report-back, provisionally, and rates are taken as of it
   * (notes 1 and 15). Left out, the activity is judged as after it: its actual costs decide when
   * recorded. {@link assessCompliance}, {@link audit} and {@link councilAccount} always pass theirs.
   */
  readonly asOf?: IsoDate | string;
  /**
   * The days the board and the council meet, `YYYY-MM-DD`: a rule due `at_next_meeting` falls due
   * at the receiving body's first meeting after the activity's last day. Without them (or with no
   * meeting after that day) such a duty has no due day, and is pending, never overdue.
   */
  readonly meetingDays?: {
    /** The executive board's meeting days. */
    readonly board?: readonly string[];
    /** The municipal council's meeting days. */
    readonly council?: readonly string[];
  };
}

/**
 * Which costs decide the report-back: the budget before the trip (provisional) or the actual costs.
 *
 * @example
 * ```ts
 * const basis: CostBasis = 'actual';
 * ```
 * @category Evaluation
 */
export type CostBasis = 'planned' | 'actual';

/**
 * A fact the library derived from the activity and the policy, which makes a rule apply or not.
 * Each kind carries the values compared, so a reader can check the reasoning.
 *
 * @example
 * ```ts
 * const fact: Fact = { kind: 'no_twin_town' };
 * describeFact(fact, 'en'); // => 'no destination is a twin town'
 * ```
 * @category Evaluation
 */
export type Fact =
  | {
      /** A destination or partner outside Sweden (note 3). */
      readonly kind: 'abroad';
      /** The place or partner as written. */
      readonly place: string;
      /** Its country. */
      readonly country: string;
    }
  | {
      /** Every destination and partner is in Sweden (note 3). */
      readonly kind: 'all_in_sweden';
    }
  | {
      /** A destination (or partner) is a twin town of the policy in force (note 4). */
      readonly kind: 'twin_town';
      /** The destination as written, or the twin town's id. */
      readonly place: string;
      /** The twin town's id. */
      readonly town: string;
      /** The twin town's name. */
      readonly name: string;
      /** The mandate period the policy names, e.g. `'2019–2022'`. */
      readonly policyPeriod: string;
    }
  | {
      /**
       * A destination (or partner) in a twin town's country is close to the town's spelling but is
       * not one the policy knows ("Madison Heights", "Esashy"), so only a person can say whether it
       * is the town: the approval is undetermined until the destination is named by `twinTown` id, or
       * written as the town is written (note 4).
       */
      readonly kind: 'possible_twin_town';
      /** The destination as written. */
      readonly place: string;
      /** The twin town's id it may be. */
      readonly town: string;
      /** The twin town's name. */
      readonly name: string;
      /** The mandate period the policy names, e.g. `'2019–2022'`. */
      readonly policyPeriod: string;
      /** How to write the twin town so that it is certain, e.g. `['Esashi, Sōya', '枝幸町']`. */
      readonly writeAs?: readonly string[];
      /**
       * Other towns of the same name the place may be, when it names a region they share with the
       * twin town ("Esashi, Hokkaido"), e.g. `['Esashi (江差町, Hiyama, Hokkaido)']`.
       */
      readonly namesakes?: readonly string[];
    }
  | {
      /** No destination is a twin town. */
      readonly kind: 'no_twin_town';
    }
  | {
      /** A twin town's agreement was terminated before departure, so it no longer counts (note 4). */
      readonly kind: 'agreement_terminated';
      /** The twin town's name. */
      readonly name: string;
      /** The day the agreement ended. */
      readonly terminatedOn: IsoDate;
    }
  | {
      /** The trip's total cost compared with the report-back threshold (notes 1 and 2). */
      readonly kind: 'total_cost';
      /** The total in SEK. */
      readonly total: DineroSnapshot<number, 'SEK'>;
      /** The threshold in SEK. */
      readonly threshold: DineroSnapshot<number, 'SEK'>;
      /** Whether the total is more than the threshold. */
      readonly above: boolean;
      /** Which costs were added: planned (provisional) or actual (final). */
      readonly basis: CostBasis;
      /**
       * How each item became kronor, in the order of the items, with each rate's date and source
       * (the evaluation's own list, shared).
       */
      readonly conversions: readonly SekConversion[];
      /**
       * Whether the total may still change: a budget never followed by actual costs, or anything
       * before the activity's last day has passed on the day judged (note 1).
       */
      readonly provisional?: boolean;
      /**
       * When the actual costs are recorded as none (an empty list) while a budget was planned: the
       * planned total, shown beside the actual total of 0,00 kr so that a cancelled budget is not
       * silently forgotten (note 1).
       */
      readonly plannedInstead?: DineroSnapshot<number, 'SEK'>;
      /**
       * Before the activity's last day has passed, when both a budget and actual costs are
       * recorded: the other, lower total, shown beside the one that decides (note 1).
       */
      readonly beside?: {
        /** Which costs the other total is of: the budget (`planned`) or the actual costs so far. */
        readonly basis: CostBasis;
        /** That total, in SEK. */
        readonly total: DineroSnapshot<number, 'SEK'>;
      };
      /**
       * The items that could not be converted (e.g. `missing_rate`). Set only when the items that
       * could be converted already exceed the threshold, so `total` is what the cost is at least and
       * `above` is `true`: an unknown part can only add (notes 1 and 11).
       */
      readonly unconverted?: readonly InputIssue[];
      /** Set when the rule asks whether the cost is at least the amount, not more than it. */
      readonly compare?: 'at_least';
      /**
       * Set when the amount is per traveller: the amount each, and the number of travellers the
       * `threshold` multiplies it by.
       */
      readonly perTraveller?: {
        /** The amount for each traveller. */
        readonly amount: DineroSnapshot<number, 'SEK'>;
        /** The number of travellers. */
        readonly travellers: number;
      };
    }
  | {
      /** The trip records no costs, planned or actual. */
      readonly kind: 'costs_missing';
    }
  | {
      /** A cost could not be converted to SEK (a missing rate), so the total is unknown. */
      readonly kind: 'costs_not_convertible';
      /** Which costs were being added. */
      readonly basis: CostBasis;
      /** The issues, e.g. `missing_rate` with the currency and item. */
      readonly issues: readonly InputIssue[];
    }
  | {
      /** The rule is about trips; this activity is another kind of exchange. */
      readonly kind: 'not_a_trip';
      /** Which kind. */
      readonly form: ExchangeForm;
    };

/**
 * Whether a rule binds this activity: `owed` (its trigger is present), `not_applicable` (it is
 * absent, and the facts say why) or `undetermined` (the facts cannot be known, e.g. a missing rate).
 *
 * @example
 * ```ts
 * const status: ObligationStatus = 'not_applicable';
 * ```
 * @category Evaluation
 */
export type ObligationStatus = 'owed' | 'not_applicable' | 'undetermined';

/**
 * One rule of the policy applied to one activity: whether it binds, who owes what to whom, by when,
 * what it must state, the facts that decided it and the clauses it rests on.
 *
 * @remarks
 * A frozen plain object: `rule` and `clauses` are the policy's own frozen objects, shared by every
 * result, not copies. Its words come from its data: {@link explain} gives them, from the result or
 * from any copy of it (a spread, `structuredClone`, or JSON read back).
 *
 * @example
 * ```ts
 * const trip = parseActivity({
 *   kind: 'trip', id: 'T', title: 'Twin-town visit', organiser: 'Kommunledningskontoret',
 *   travellers: { count: 2 }, destinations: [{ twinTown: 'poltsamaa' }],
 *   departureDate: '2020-03-10', returnDate: '2020-03-12', plannedCosts: [],
 * });
 * const approval = trip.success
 *   ? evaluate(trip.data).obligations.find((o) => o.code === 'board_approval')
 *   : undefined;
 * approval?.status; // => 'owed'
 * approval && explain(approval).en;
 * // => 'Approval by the executive board: owed by the organiser to the executive board, on or before 2020-03-10, because Põltsamaa is a twin town under the 2019–2022 policy.'
 * ```
 * @category Evaluation
 */
export interface Obligation {
  /** The rule's code. */
  readonly code: ActivityRuleCode;
  /** The rule's kind, which says how the obligation is judged against the records. */
  readonly kind: ActivityRuleKind;
  /** Whether it binds. */
  readonly status: ObligationStatus;
  /** For a report-back decided on the budget before the trip: it may change with the actual costs. */
  readonly provisional: boolean;
  /** Who owes it. */
  readonly owedBy: Party;
  /** To whom, where the text names someone. */
  readonly owedTo?: Party;
  /** When it falls due. */
  readonly timing: Timing;
  /** The day it falls due when the text fixes one: the departure (approval) or the first day (planning). */
  readonly dueBy?: IsoDate;
  /** What it must state. */
  readonly content: readonly RequiredContent[];
  /** The facts that decided it, with the values compared. */
  readonly facts: readonly Fact[];
  /**
   * The rule's condition as evaluated: each fact's value and the input paths it came from, and each
   * amount compared with the version it came from.
   */
  readonly condition: ConditionTrace;
  /** The rule as the policy describes it. */
  readonly rule: Rule;
  /** The clauses it rests on: id, verbatim Swedish text, English rendering. */
  readonly clauses: readonly Clause[];
  /** The readings of the policy version its rule applied (the version's own objects). */
  readonly interpretationNotes: readonly InterpretationNote[];
  /**
   * Present when the version applied is a draft not adopted by the council
   * ({@link PolicyVersion.draft}): {@link explain} then begins with "UTKAST – ej antagen" /
   * "DRAFT – not adopted".
   */
  readonly draft?: true;
}

/**
 * What the policy requires of one activity.
 *
 * - `evaluated`: a policy was in force and the activity is international; `obligations` holds the
 *   four per-activity rules, owed or not;
 * - `not_international`: everything is in Sweden, so the policy does not apply (note 3);
 * - `no_policy_in_force`: no known version was in force on the activity's first day (note 8).
 *
 * A frozen plain object; {@link explain} puts it in words.
 *
 * @example
 * ```ts
 * const trip = parseActivity({
 *   kind: 'trip', id: 'T', title: 'Conference', organiser: 'Näringslivsenheten',
 *   travellers: { count: 1 }, destinations: [{ place: 'Umeå', country: 'SE' }],
 *   departureDate: '2020-09-01', returnDate: '2020-09-02',
 * });
 * trip.success && evaluate(trip.data).outcome; // => 'not_international'
 * ```
 * @category Evaluation
 */
export interface Evaluation {
  /** The activity evaluated (the same object). */
  readonly activity: Activity;
  /** Which of the three outcomes. */
  readonly outcome: 'evaluated' | 'not_international' | 'no_policy_in_force';
  /** The day that chose the policy: departure, or the first day of an exchange. */
  readonly decidingDate: IsoDate;
  /** The policy version applied, when one was in force. */
  readonly policy?: AppliedPolicy;
  /** Whether the activity is international. */
  readonly international: boolean;
  /** The facts derived: places abroad, twin towns, the total cost. */
  readonly facts: readonly Fact[];
  /** Each conversion of a cost item to SEK used for the total. */
  readonly conversions: readonly SekConversion[];
  /** The per-activity rules, in the order of the policy: owed, not applicable, or undetermined. */
  readonly obligations: readonly Obligation[];
}

/**
 * A question a draft leaves open: the input path whose value would decide duties, the question in
 * Swedish and English, and the codes of the duties it bears on.
 *
 * @example
 * ```ts
 * const question: DraftQuestion = {
 *   path: 'travellers.count',
 *   text: { sv: 'Hur många reser?', en: 'How many travel?' },
 *   decides: ['approval_over_15000_per_traveller'],
 * };
 * ```
 * @category Evaluation
 */
export interface DraftQuestion {
  /** The input path to fill in, e.g. `'plannedCosts'` or `'destinations[0].place'`. */
  readonly path: string;
  /** The question, in Swedish and English. */
  readonly text: LocalizedText;
  /** The codes of the undecided duties its answer bears on. */
  readonly decides: readonly ActivityRuleCode[];
}

/**
 * What the policy already requires of a draft, and what it still needs to know (see
 * {@link questionsFor}).
 *
 * @example
 * ```ts
 * const answer: DraftAnswer = questionsFor({ kind: 'trip' });
 * answer.outcome; // => 'day_unknown'
 * answer.questions[0]?.path; // => 'departureDate'
 * ```
 * @category Evaluation
 */
export interface DraftAnswer {
  /**
   * `evaluated`, `not_international` or `no_policy_in_force` as for an evaluation; `day_unknown`
   * while the first day, which picks the version, is not given.
   */
  readonly outcome: Evaluation['outcome'] | 'day_unknown';
  /** The version in force on the first day, when it is given. */
  readonly policy?: AppliedPolicy;
  /** The duties the known facts decide: owed or not applicable, each with its trace. */
  readonly decided: readonly Obligation[];
  /** The duties not decided yet, each with its trace (the facts missing: `missingPaths`). */
  readonly undecided: readonly Obligation[];
  /** Every question, each once: those bearing on the most duties first, then the day, the kind, the places, the travellers, the costs. */
  readonly questions: readonly DraftQuestion[];
  /** What the draft wrote wrongly (never what it lacks); those fields are asked for again. */
  readonly issues: readonly InputIssue[];
}
