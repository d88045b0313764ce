import type { DineroSnapshot } from 'dinero.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { GoverningBody } from '../calendar/mandate-period.js';
import type { LocalizedText } from '../errors.js';
import type { Vouched } from '../internal/guards.js';

/**
 * The headed parts of the policy text: the untitled introduction, "Syfte och mål", "Vänorter", and
 * the two halves of "Ansvarsfördelning" (council and board).
 *
 * @example
 * ```ts
 * findClause(POLICY_2019_2022, 'board.approval')?.section; // => 'board'
 * ```
 * @category Versions
 */
export type SectionId = 'intro' | 'aims' | 'twinTowns' | 'council' | 'board';

/**
 * What a clause does:
 * - `obligation` — requires someone to do something; every such clause is cited by a {@link Rule};
 * - `scope` — says what the policy covers;
 * - `context` — background, no duty;
 * - `goal` — one of the policy's goals, which activities name;
 * - `list` — a list the library holds as data (the twin towns).
 *
 * @example
 * ```ts
 * POLICY_2019_2022.clauses.filter((c) => c.kind === 'obligation').length; // => 10
 * ```
 * @category Versions
 */
export type ClauseKind = 'obligation' | 'scope' | 'context' | 'goal' | 'list';

/**
 * One sentence (or list) of the policy, with a stable id, its verbatim Swedish text and an English
 * rendering.
 *
 * @example
 * ```ts
 * const clause: Clause | undefined = findClause(POLICY_2019_2022, 'board.approval');
 * clause?.sv; // => 'Samtliga resor till vänorter ska godkännas av kommunstyrelsen.'
 * ```
 * @category Versions
 */
export interface Clause {
  /** Stable id, e.g. `'board.reporting'`; results cite clauses by it. */
  readonly id: string;
  /** The part of the policy it stands in. */
  readonly section: SectionId;
  /** What the clause does. */
  readonly kind: ClauseKind;
  /** The clause it belongs to, for a goal under `aims.goals`. */
  readonly parent?: string;
  /** The Swedish text, verbatim as published (spelling, "10.000 kr" and all). */
  readonly sv: string;
  /** An English rendering (not an official translation). */
  readonly en: string;
}

/**
 * One of the policy's goals for international engagement (clause `aims.goals`). Activities name the
 * goals they serve by `id`.
 *
 * @example
 * ```ts
 * POLICY_2019_2022.goals[0];
 * // => { id: 'growth', clauseId: 'goal.growth',
 * //      text: { sv: 'Stärka tillväxten i Sollefteå kommun',
 * //              en: 'Strengthen growth in Sollefteå municipality' } }
 * ```
 * @category Versions
 */
export interface Goal {
  /** Stable id, e.g. `'growth'`. */
  readonly id: string;
  /** The clause that states it, e.g. `'goal.growth'`. */
  readonly clauseId: string;
  /** The goal in Swedish (verbatim) and English. */
  readonly text: LocalizedText;
}

/**
 * A twin town (vänort) of the policy, with the spellings that name it.
 *
 * @remarks
 * Matching with {@link findTwinTown} ignores case, diacritics and hyphens, so "Põltsamaa" (Estonian),
 * "Pöltsamaa" (as the policy writes it) and "Poltsamaa" all name the same town (clause
 * `twinTowns.list`).
 *
 * @example
 * ```ts
 * findTwinTown(POLICY_2019_2022, 'Pöltsamaa')?.asWritten; // => 'Pöltsamaa kommun, Estland'
 * ```
 * @category Versions
 */
export interface TwinTown {
  /** Stable id, e.g. `'poltsamaa'`. Activities may name a twin town by it. */
  readonly id: string;
  /** The town's own name, e.g. `'Põltsamaa'`. */
  readonly name: string;
  /** The entry as the policy writes it, e.g. `'Pöltsamaa kommun, Estland'`. */
  readonly asWritten: string;
  /** ISO 3166-1 alpha-2 country code, e.g. `'EE'`. */
  readonly country: string;
  /** Every spelling that names the town, the name included. */
  readonly aliases: readonly string[];
  /**
   * The town's names in its own language and script, e.g. `['枝幸町', 'Esashi-chō']`: they name it
   * as its aliases do, and an undetermined place shows the first as a way to write the town.
   */
  readonly localNames?: readonly string[];
  /**
   * The regions the town lies in (state, county, province, district), in its own and other
   * languages, e.g. `['Sōya', 'Hokkaido', '宗谷', '北海道']`: written after a spelling ("Esashi,
   * Sōya") they keep it the town, and they tell it from its {@link TwinTown.namesakes}. The first
   * two name the town's place for people (interpretation note 4).
   */
  readonly regions?: readonly string[];
  /**
   * Other words that may follow a spelling without changing the town but tell nothing apart: the
   * country's names and code, words for a district or county, e.g. `['Japan', 'JP', 'prefecture']`.
   * Words for "town" or "municipality" in the twin towns' languages and postal codes count always.
   */
  readonly qualifiers?: readonly string[];
  /**
   * Other places a written name may mean — towns of the same name in the country ("Esashi" in
   * Hiyama and in Ōshū), or a name close to the town's (Karleby, which is Kokkola) — each with its
   * names and regions. A place written with a namesake's region only ("Esashi, Iwate") is not the
   * town; with a region both share only ("Esashi, Hokkaido") it is undetermined, naming both; a
   * namesake's name without a spelling of the town ("Karleby") is not the town.
   */
  readonly namesakes?: readonly TwinTownNamesake[];
}

/**
 * Another place a twin town's name may mean (see {@link TwinTown.namesakes}).
 *
 * @example
 * ```ts
 * const hiyama: TwinTownNamesake = {
 *   name: 'Esashi', localNames: ['江差町'], regions: ['Hiyama', 'Hokkaido', '檜山', '北海道'],
 * };
 * ```
 * @category Versions
 */
export interface TwinTownNamesake {
  /** Its name, e.g. `'Esashi'` or `'Karleby'`. */
  readonly name: string;
  /** Its names in its own language and script, e.g. `['江差町']`; the first is shown. */
  readonly localNames?: readonly string[];
  /**
   * Its regions, e.g. `['Hiyama', 'Hokkaido']`: at least one the twin town does not share. The
   * first two are shown.
   */
  readonly regions: readonly string[];
}

/**
 * The codes of the built-in version's rules (DOMAIN rules table):
 * - `planning` — every international exchange states purpose, goals and expected benefit beforehand;
 * - `board_approval` — every trip to a twin town is approved by the executive board before departure;
 * - `board_report_back` — every international trip costing more than the threshold is reported back
 *   to the board;
 * - `council_account` — every international exchange and trip is accounted for to the council;
 * - `agreement_evaluation` — every twin-town agreement is evaluated once per mandate period;
 * - `continuation_decision` — the council decides each period which agreements continue;
 * - `agreement_termination` — an agreement found inactive and of no benefit is terminated;
 * - `policy_adoption` — only the council adopts the policy.
 *
 * @example
 * ```ts
 * POLICY_2019_2022.rules.map((rule) => rule.code);
 * // => ['planning', 'board_approval', 'board_report_back', 'council_account',
 * //     'agreement_evaluation', 'continuation_decision', 'agreement_termination',
 * //     'policy_adoption']
 * ```
 * @category Versions
 */
export type BuiltInRuleCode =
  | 'planning'
  | 'board_approval'
  | 'board_report_back'
  | 'council_account'
  | 'agreement_evaluation'
  | 'continuation_decision'
  | 'agreement_termination'
  | 'policy_adoption';

/**
 * A rule's stable id, chosen by the version's maintainer: the built-in version's codes
 * ({@link BuiltInRuleCode}) or any other identifier a later version writes. A rule is judged by its
 * {@link RuleKind}, never by its code.
 *
 * @example
 * ```ts
 * const code: RuleCode = 'trip_approval_over_15000';
 * ```
 * @category Versions
 */
export type RuleCode = BuiltInRuleCode | (string & {});

/**
 * What a rule requires, which decides how it is judged:
 * - `plan` — purpose, goal and expected benefit stated before the activity (activity);
 * - `decision` — a decision by the body the rule is owed to, before departure or booking (activity);
 * - `report` — a report to the board after the activity (activity);
 * - `account` — an account to the council (activity);
 * - `evaluation` — each twin-town agreement evaluated once per mandate period (agreements);
 * - `continuation` — the council's decision on which agreements continue (agreements);
 * - `termination` — an agreement found inactive and of no benefit terminated (agreements);
 * - `adoption` — the policy adopted by the council (the version itself).
 *
 * @example
 * ```ts
 * POLICY_2019_2022.rules.map((rule) => rule.kind);
 * // => ['plan', 'decision', 'report', 'account', 'evaluation', 'continuation', 'termination', 'adoption']
 * ```
 * @category Versions
 */
export type RuleKind =
  | 'plan'
  | 'decision'
  | 'report'
  | 'account'
  | 'evaluation'
  | 'continuation'
  | 'termination'
  | 'adoption';

/**
 * The kinds of rule judged per activity: `plan`, `decision`, `report` and `account`.
 *
 * @example
 * ```ts
 * const kind: ActivityRuleKind = 'decision';
 * ```
 * @category Versions
 */
export type ActivityRuleKind = Extract<RuleKind, 'plan' | 'decision' | 'report' | 'account'>;

/**
 * What a plan or report must state: `purpose`, `goal`, `expected_benefit` or `result`.
 *
 * @example
 * ```ts
 * POLICY_2019_2022.rules.find((rule) => rule.code === 'planning')?.content;
 * // => ['purpose', 'goal', 'expected_benefit']
 * ```
 * @category Versions
 */
export type RequiredContent = 'purpose' | 'goal' | 'expected_benefit' | 'result';

/**
 * An amount in a condition, in whole öre: `{ minorUnits: 1500000, currency: 'SEK' }` is 15 000,00 kr.
 *
 * @example
 * ```ts
 * const amount: ConditionAmount = { minorUnits: 1_500_000, currency: 'SEK' };
 * ```
 * @category Versions
 */
export interface ConditionAmount {
  /** The amount in whole öre. */
  readonly minorUnits: number;
  /** `'SEK'`. */
  readonly currency: 'SEK';
}

/**
 * A fact a rule's condition asks about an activity (the closed vocabulary of conditions):
 * - `international` — a destination or partner lies outside Sweden (interpretation note 3);
 * - `twin_town` — a destination or partner is a twin town of the version (note 4): unknown while a
 *   place may or may not be one;
 * - `country_in` — a destination or partner lies in a group of countries the version names in
 *   {@link PolicyVersion.countryGroups};
 * - `kind` — the activity is of one of these kinds: `trip`, or an exchange's form
 *   (`incoming_visit`, `project`, `digital`, `other`);
 * - `cost` — the cost, on the basis interpretation note 1 sets, is `more` than or `at_least` an
 *   amount: per `activity` as a whole, or per `traveller` (the total against the amount times the
 *   number of travellers, exactly, without division). Without `amount`, the version's
 *   {@link PolicyVersion.reportBackThreshold}. An exchange's cost is the total of its `costs`; an
 *   exchange has no travellers, so a cost per traveller is never above an amount for it: a rule
 *   about exchanges states its amount per activity.
 *
 * @example
 * ```ts
 * const overLimit: ConditionFact = { fact: 'cost', compare: 'more', per: 'traveller',
 *   amount: { minorUnits: 1_500_000, currency: 'SEK' } };
 * ```
 * @category Versions
 */
export type ConditionFact =
  | {
      /** A destination or partner outside Sweden. */
      readonly fact: 'international';
    }
  | {
      /** A destination or partner that is a twin town of the version. */
      readonly fact: 'twin_town';
    }
  | {
      /** A destination or partner in a group of countries. */
      readonly fact: 'country_in';
      /** The group's id, one of the version's `countryGroups`. */
      readonly group: string;
    }
  | {
      /** The activity is of one of the kinds. */
      readonly fact: 'kind';
      /** The kinds: `trip`, or an exchange's form. */
      readonly kinds: readonly ActivityKindName[];
    }
  | {
      /** The cost compared with an amount. */
      readonly fact: 'cost';
      /** `more` than the amount, or `at_least` the amount. */
      readonly compare: 'more' | 'at_least';
      /** The amount per `activity` as a whole, or per `traveller`. */
      readonly per: 'activity' | 'traveller';
      /** The amount; without it, the version's `reportBackThreshold`. */
      readonly amount?: ConditionAmount;
    };

/**
 * The kinds of activity a `kind` condition names: `trip`, or an exchange's form.
 *
 * @example
 * ```ts
 * const kinds: ActivityKindName[] = ['trip', 'incoming_visit'];
 * ```
 * @category Versions
 */
export type ActivityKindName = 'trip' | 'incoming_visit' | 'project' | 'digital' | 'other';

/**
 * When a rule applies: a {@link ConditionFact}, or conditions combined with `all` (every one),
 * `any` (at least one) or `not`. Evaluated in three values by Kleene's rules, so that the library
 * decides whenever the known facts decide (see {@link ConditionTrace}).
 *
 * @example
 * ```ts
 * const condition: Condition = {
 *   all: [{ fact: 'kind', kinds: ['trip'] }, { fact: 'twin_town' }],
 * };
 * ```
 * @category Versions
 */
export type Condition =
  | ConditionFact
  | {
      /** Every part holds. */
      readonly all: readonly Condition[];
    }
  | {
      /** At least one part holds. */
      readonly any: readonly Condition[];
    }
  | {
      /** The part does not hold. */
      readonly not: Condition;
    };

/**
 * A value in three: known `true`, known `false`, or `unknown` while a fact is missing.
 *
 * @example
 * ```ts
 * const truth: Truth = 'unknown';
 * ```
 * @category Evaluation
 */
export type Truth = 'true' | 'false' | 'unknown';

/**
 * What was known of one fact of an activity: its value, the input paths it was read from, and, when
 * unknown, the input paths that would decide it.
 *
 * @example
 * ```ts
 * const answer: FactAnswer = { value: 'unknown', paths: ['destinations[0]'],
 *   missing: ['destinations[0].place'] };
 * ```
 * @category Evaluation
 */
export interface FactAnswer {
  /** The fact's value. */
  readonly value: Truth;
  /** The input paths the answer was read from, e.g. `'destinations[0]'` or `'plannedCosts'`. */
  readonly paths: readonly string[];
  /** When unknown: the input paths that would decide it. */
  readonly missing?: readonly string[];
  /**
   * The amount a cost was compared with, in öre, and where it came from: the version's
   * `reportBackThreshold` (with the version's id), or the condition itself.
   */
  readonly parameter?: {
    /** `reportBackThreshold` when it is the version's, `amount` when the condition's own. */
    readonly name: 'reportBackThreshold' | 'amount';
    /** The id of the version it came from. */
    readonly version: string;
    /** The amount, in öre (per traveller, for each). */
    readonly minorUnits: number;
  };
}

/**
 * A rule's condition as evaluated for one activity, as plain JSON: each part's value and each
 * fact's answer with the input paths it came from. In an `all`, parts after a `false` one are not
 * evaluated (they cannot change it), nor in an `any` parts after a `true` one.
 *
 * @example
 * ```ts
 * const trace: ConditionTrace = {
 *   combine: 'all', value: 'true',
 *   parts: [
 *     { condition: { fact: 'kind', kinds: ['trip'] }, value: 'true', answer: { value: 'true', paths: ['kind'] } },
 *     { condition: { fact: 'twin_town' }, value: 'true', answer: { value: 'true', paths: ['destinations[0]'] } },
 *   ],
 * };
 * ```
 * @category Evaluation
 */
export type ConditionTrace =
  | {
      /** The fact asked. */
      readonly condition: ConditionFact;
      /** Its value. */
      readonly value: Truth;
      /** What was known of it, and where it was read from. */
      readonly answer: FactAnswer;
    }
  | {
      /** How the parts combine. */
      readonly combine: 'all' | 'any' | 'not';
      /** The value of the whole. */
      readonly value: Truth;
      /** The parts evaluated, in order. */
      readonly parts: readonly ConditionTrace[];
      /**
       * Set when Kleene's rules left the value unknown but every completion of the unknown facts
       * gives the same value: the known facts decide.
       */
      readonly decidedByCompletions?: true;
    };

/**
 * A group of countries a version names, for `country_in` conditions (the Nordic countries, the
 * EU/EEA): its id, its name, and its countries as ISO 3166-1 alpha-2 codes.
 *
 * @example
 * ```ts
 * const nordic: CountryGroup = { id: 'nordic', name: { sv: 'Norden', en: 'the Nordic countries' },
 *   countries: ['DK', 'FI', 'IS', 'NO', 'SE'] };
 * ```
 * @category Versions
 */
export interface CountryGroup {
  /** Stable id, which conditions name. */
  readonly id: string;
  /** Its name, in Swedish and English. */
  readonly name: LocalizedText;
  /** Its countries, ISO 3166-1 alpha-2 codes. */
  readonly countries: readonly string[];
}

/**
 * Who owes or receives a duty: a {@link GoverningBody}, the unit organising an activity
 * (`organiser`), or the municipality as a whole where the text names no one (`municipality`).
 *
 * @example
 * ```ts
 * POLICY_2019_2022.rules.find((rule) => rule.code === 'board_report_back')?.owedTo; // => 'board'
 * ```
 * @category Versions
 */
export type Party = GoverningBody | 'organiser' | 'municipality';

/**
 * When a duty falls due:
 * - `before_activity` — before the exchange or trip takes place (a plan);
 * - `before_departure` — decided on or before the departure date (a decision);
 * - `before_booking` — decided on or before the trip's booking date (a decision);
 * - `after_return` — after the activity, within {@link Rule.withinDays} when the rule sets it;
 * - `at_next_meeting` — at the receiving body's first meeting after the activity's last day, from
 *   the meeting days the caller supplies (`meetingDays`);
 * - `in_council_account` — in the next account to the council;
 * - `within_mandate_period` — once within each mandate period;
 * - `after_evaluation` — once an evaluation has found the ground for it;
 * - `on_adoption` — when a policy is adopted.
 *
 * @example
 * ```ts
 * POLICY_2019_2022.rules.find((rule) => rule.code === 'board_approval')?.timing;
 * // => 'before_departure'
 * ```
 * @category Versions
 */
export type Timing =
  | 'before_activity'
  | 'before_departure'
  | 'before_booking'
  | 'after_return'
  | 'at_next_meeting'
  | 'in_council_account'
  | 'within_mandate_period'
  | 'after_evaluation'
  | 'on_adoption';

/**
 * A rule of the policy, as data: its id, its kind (how it is judged), when it applies, who owes it
 * and to whom, when it is due, what it must state, and the clauses and notes it rests on.
 *
 * @remarks
 * A rule about activities (`plan`, `decision`, `report`, `account`) has a condition (`when`); the
 * rules about agreements and adoption have none. `definePolicy` refuses a rule written in a shape
 * the engine does not judge (an account owed to the board, a decision due after return), so every
 * field is honoured.
 *
 * @example
 * ```ts
 * const rule: Rule | undefined = POLICY_2019_2022.rules.find((r) => r.code === 'board_approval');
 * rule?.when;
 * // => { all: [{ fact: 'kind', kinds: ['trip'] }, { fact: 'twin_town' }] }
 * ```
 * @category Versions
 */
export interface Rule {
  /** Stable id, chosen by the maintainer; the built-in version's are {@link BuiltInRuleCode}. */
  readonly code: RuleCode;
  /** What the rule requires, which decides how it is judged. */
  readonly kind: RuleKind;
  /** Short title. */
  readonly title: LocalizedText;
  /** What the rule applies to, in words. */
  readonly appliesTo: LocalizedText;
  /** What it requires, in words. */
  readonly duty: LocalizedText;
  /** When a rule about activities applies. */
  readonly when?: Condition;
  /** Who owes the duty. */
  readonly owedBy: Party;
  /** To whom it is owed: for a decision, the body whose decision fulfils it. */
  readonly owedTo?: Party;
  /** When it falls due. */
  readonly timing: Timing;
  /** For `after_return`: the number of days after the activity's last day within which it is due. */
  readonly withinDays?: number;
  /** What a plan or report must state. */
  readonly content?: readonly RequiredContent[];
  /** The clauses it rests on, in the order of the text. */
  readonly clauseIds: readonly string[];
  /** Ids of the interpretation notes of the version (see {@link InterpretationNote}) the rule applies. */
  readonly interpretationNoteIds: readonly string[];
}

/**
 * A reading the library takes where the policy's text is open (an interpretation note), as data of
 * the version: rules cite the notes they apply by id, and every obligation and agreement duty carries
 * the notes its rule applied, so that an answer names the reading it used and a later version can
 * change a reading without changing how past activities are judged.
 *
 * @example
 * ```ts
 * const note = POLICY_2019_2022.interpretationNotes.find((n) => n.id === 'threshold');
 * note?.number; // => 1
 * note?.title.en; // => 'More than SEK 10,000'
 * ```
 * @category Versions
 */
export interface InterpretationNote {
  /** Stable id, e.g. `'threshold'`; rules cite notes by it. */
  readonly id: string;
  /** Its number in the list of notes, for people ("note 1"). */
  readonly number: number;
  /** A short title, in Swedish and English. */
  readonly title: LocalizedText;
  /** The reading, in Swedish and English. */
  readonly text: LocalizedText;
  /**
   * The twin towns the reading is about, by id, when it is about some only: an answer cites it only
   * when it concerns one of them (the note on Madison is not cited on a trip to Põltsamaa).
   */
  readonly twinTowns?: readonly string[];
}

/**
 * A version of the policy, as data: its identity, adoption and validity, its text clause by clause,
 * its goals, twin towns and report-back threshold, and the rules computed from it.
 *
 * @remarks
 * The built-in version is {@link POLICY_2019_2022}. Values of this type from the library are
 * deep-frozen.
 *
 * @example
 * ```ts
 * const policy: PolicyVersion | undefined = policyInForce('2021-05-10');
 * policy?.id; // => 'solleftea-2019-2022'
 * ```
 * @category Versions
 */
export interface PolicyVersion extends Vouched<'version'> {
  /** Stable id, e.g. `'solleftea-2019-2022'`. */
  readonly id: string;
  /** The title as published. */
  readonly title: string;
  /** The title in the statute book's header. */
  readonly shortTitle: string;
  /**
   * Present on a draft the council has not adopted: it validates and can be tested and compared
   * (`runScenarios`, `compareDraft`), and every answer judged under it says so — each obligation
   * carries `draft: true` and {@link explain} begins with "UTKAST – ej antagen" / "DRAFT – not
   * adopted". Its `adoption` is then the meeting planned. Remove it when the council adopts the
   * version: the fingerprint changes with it.
   */
  readonly draft?: true;
  /** The municipality, `'Sollefteå kommun'`. */
  readonly municipality: string;
  /** Where it is published: the municipality's statute book (författningssamling). */
  readonly statuteBook: string;
  /** Who adopted it, when, and under which paragraph of the minutes. */
  readonly adoption: {
    /** The adopting body: the municipal council (clause `council.policy`). */
    readonly body: GoverningBody;
    /** The day of the decision. */
    readonly date: IsoDate;
    /** The paragraph of the minutes, e.g. `'§ 155'`. */
    readonly paragraph: string;
  };
  /** The days on which it is in force, both inclusive (interpretation note 8). */
  readonly validity: {
    /** The first day in force. */
    readonly from: IsoDate;
    /** The last day in force. */
    readonly to: IsoDate;
    /** The id of the version it replaces, when it replaces one. */
    readonly supersedes?: string;
  };
  /** The mandate period the title names, as a label (`'2019–2022'`) of the board's term. */
  readonly mandatePeriod: string;
  /** The goals, in the order of the text. */
  readonly goals: readonly Goal[];
  /** The twin towns, in the order of the text. */
  readonly twinTowns: readonly TwinTown[];
  /**
   * The cost above which an international trip is reported back to the board, as an exact amount
   * (a dinero.js snapshot in öre): the amount of every `cost` condition that names none. A version
   * whose conditions all name their amounts has none.
   */
  readonly reportBackThreshold?: DineroSnapshot<number, 'SEK'>;
  /** Groups of countries its `country_in` conditions name. */
  readonly countryGroups?: readonly CountryGroup[];
  /** Every clause, in the order of the text. */
  readonly clauses: readonly Clause[];
  /** The readings the version takes where its text is open, in order; rules cite them by id. */
  readonly interpretationNotes: readonly InterpretationNote[];
  /** The rules computed from this version; a rule the version does not list does not apply. */
  readonly rules: readonly Rule[];
  /**
   * A content fingerprint of the definition, `sha256:` and 64 hex digits: the SHA-256 of its
   * canonical JSON (see {@link toPolicyDefinition}). Results name it, so that a result can be
   * reproduced with exactly the rules it was computed with.
   */
  readonly fingerprint: string;
}

/**
 * A policy version as a maintainer writes it — in TypeScript or as JSON — for {@link definePolicy}
 * or {@link parsePolicy}: the same fields as {@link PolicyVersion} with dates as `YYYY-MM-DD` text,
 * the threshold as an amount and currency like a cost item's, and no fingerprint (it is computed).
 *
 * @example
 * ```ts
 * const definition: PolicyDefinition = toPolicyDefinition(POLICY_2019_2022);
 * definition.reportBackThreshold; // => { amount: '10000.00', currency: 'SEK' }
 * ```
 * @category Versions
 */
export interface PolicyDefinition
  extends Omit<
    PolicyVersion,
    | 'adoption'
    | 'validity'
    | 'reportBackThreshold'
    | 'rules'
    | 'fingerprint'
    | keyof Vouched<'version'>
  > {
  /**
   * The rules. A `cost` condition's amount is written like a cost item's: `{ amount: '15 000,00',
   * currency: 'SEK' }` or `{ minorUnits: 1500000, currency: 'SEK' }`.
   */
  readonly rules: readonly RuleDefinition[];
  /** Who adopted it (the council, clause `council.policy`), when, and under which paragraph. */
  readonly adoption: {
    /** The adopting body; it must be `'council'`. */
    readonly body: GoverningBody;
    /** The day of the decision, `YYYY-MM-DD`, on or before `validity.from`. */
    readonly date: string;
    /** The paragraph of the minutes. */
    readonly paragraph: string;
  };
  /**
   * The JSON Schema the file names, so that an editor checks it as it is typed
   * (`solleftea-international-policy/schemas/policy.schema.json`): taken, and no part of the version
   * or its fingerprint.
   */
  readonly $schema?: string;
  /** The days on which it is in force, both inclusive. */
  readonly validity: {
    /** The first day in force, `YYYY-MM-DD`. */
    readonly from: string;
    /** The last day in force, `YYYY-MM-DD`, on or after `from`. */
    readonly to: string;
    /** The id of the version it replaces, if any. */
    readonly supersedes?: string;
  };
  /**
   * The report-back threshold in SEK, written like a cost item's amount: exactly one of `amount`
   * (text in kronor) and `minorUnits` (whole öre); a bare number under `amount` is refused. Required
   * when a `cost` condition names no amount, refused when none does.
   */
  readonly reportBackThreshold?: {
    /** The amount as a decimal string in kronor, e.g. `'10 000,00'`; or give `minorUnits`. */
    readonly amount?: string;
    /** The amount in whole öre, e.g. `1000000`; or give `amount`. */
    readonly minorUnits?: number;
    /** `'SEK'`. */
    readonly currency: string;
  };
}

/**
 * A rule as a maintainer writes it: a {@link Rule} whose `cost` conditions may write their amount
 * as text in kronor.
 *
 * @example
 * ```ts
 * const rule: RuleDefinition = { ...POLICY_2019_2022.rules[2]!, when: { all: [
 *   { fact: 'kind', kinds: ['trip'] },
 *   { fact: 'cost', compare: 'more', per: 'traveller', amount: { amount: '15 000,00', currency: 'SEK' } },
 * ] } };
 * ```
 * @category Versions
 */
export interface RuleDefinition extends Omit<Rule, 'when'> {
  /** When it applies; a cost's amount as text in kronor or whole öre. */
  readonly when?: ConditionDefinition;
}

/**
 * A {@link Condition} as a maintainer writes it: a `cost` condition's amount as text in kronor
 * (`amount`) or whole öre (`minorUnits`).
 *
 * @example
 * ```ts
 * const condition: ConditionDefinition = { fact: 'cost', compare: 'at_least', per: 'activity',
 *   amount: { amount: '10 000', currency: 'SEK' } };
 * ```
 * @category Versions
 */
export type ConditionDefinition =
  | {
      /** A destination or partner outside Sweden, or a twin town of the version. */
      readonly fact: 'international' | 'twin_town';
    }
  | {
      /** A destination or partner in a group of countries. */
      readonly fact: 'country_in';
      /** The group's id, one of the version's `countryGroups`. */
      readonly group: string;
    }
  | {
      /** The activity is of one of the kinds. */
      readonly fact: 'kind';
      /** The kinds: `trip`, or an exchange's form. */
      readonly kinds: readonly ActivityKindName[];
    }
  | {
      /** The cost compared with an amount. */
      readonly fact: 'cost';
      /** `more` than the amount, or `at_least` the amount. */
      readonly compare: 'more' | 'at_least';
      /** The amount per `activity` as a whole, or per `traveller`. */
      readonly per: 'activity' | 'traveller';
      /** The amount, written like a cost item's; without it, the version's `reportBackThreshold`. */
      readonly amount?: {
        /** The amount as text in kronor, e.g. `'15 000,00'`; or give `minorUnits`. */
        readonly amount?: string;
        /** The amount in whole öre; or give `amount`. */
        readonly minorUnits?: number;
        /** `'SEK'`. */
        readonly currency: string;
      };
    }
  | {
      /** Every part holds. */
      readonly all: readonly ConditionDefinition[];
    }
  | {
      /** At least one part holds. */
      readonly any: readonly ConditionDefinition[];
    }
  | {
      /** The part does not hold. */
      readonly not: ConditionDefinition;
    };

/**
 * The policy version an evaluation applied, named so the result can be traced.
 *
 * @example
 * ```ts
 * const applied: AppliedPolicy = {
 *   id: POLICY_2019_2022.id,
 *   title: POLICY_2019_2022.title,
 *   adoption: POLICY_2019_2022.adoption,
 *   fingerprint: POLICY_2019_2022.fingerprint,
 * };
 * applied.adoption.paragraph; // => '§ 155'
 * ```
 * @category Versions
 */
export interface AppliedPolicy {
  /** The version's id. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** Who adopted it and when. */
  readonly adoption: PolicyVersion['adoption'];
  /** The content fingerprint of the definition applied, so that the result can be reproduced. */
  readonly fingerprint: string;
  /** Present when the version is a draft not adopted by the council ({@link PolicyVersion.draft}). */
  readonly draft?: true;
}
