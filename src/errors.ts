/**
 * A text in each of the library's languages — today Swedish (`sv`, the policy's language) and
 * English (`en`); a third language is one more field. Every message, title and clause rendering
 * the library gives is one.
 *
 * @example
 * ```ts
 * const title: LocalizedText = { sv: 'Kommunstyrelsen', en: 'Executive board' };
 * ```
 * @category Errors
 */
export interface LocalizedText {
  /** Swedish. */
  readonly sv: string;
  /** English. */
  readonly en: string;
}

/**
 * The former name of {@link LocalizedText}, kept so that apps compile unchanged.
 *
 * @deprecated Write {@link LocalizedText}: the name no longer says how many languages there are.
 *   This alias goes in the next major version.
 *
 * @example
 * ```ts
 * const title: Bilingual = { sv: 'Kommunstyrelsen', en: 'Executive board' };
 * ```
 * @category Errors
 */
export type Bilingual = LocalizedText;

/**
 * The two languages every message, title and clause rendering comes in.
 *
 * @example
 * ```ts
 * const language: Language = 'sv';
 * findClause(POLICY_2019_2022, 'board.approval')?.[language];
 * // => 'Samtliga resor till vänorter ska godkännas av kommunstyrelsen.'
 * ```
 * @category Errors
 */
export type Language = keyof LocalizedText;

/**
 * Every stable code a {@link PolicyError} is thrown with; each has its own {@link PolicyErrorDetails}.
 * When each is thrown and by which functions:
 * [Getting started → Errors](../docs/getting-started.md#errors).
 *
 * @example
 * ```ts
 * const code: PolicyErrorCode = 'invalid_argument';
 * ```
 * @category Errors
 */
export type PolicyErrorCode =
  | 'invalid_argument'
  | 'invalid_date'
  | 'date_out_of_range'
  | 'invalid_period'
  | 'unknown_twin_town'
  | 'amount_too_large'
  | 'invalid_policy'
  | 'duplicate_policy'
  | 'overlapping_validity'
  | 'unknown_superseded';

/**
 * The `details` of a {@link PolicyError}, by its code: the values involved, for programs that want
 * to show them their own way.
 *
 * @example
 * ```ts
 * const details: PolicyErrorDetails['invalid_argument'] = { function: 'evaluate' };
 * ```
 * @category Errors
 */
export interface PolicyErrorDetails {
  /** The function called with an argument it does not take. */
  readonly invalid_argument: {
    /** Its name: `'evaluate'`. */
    readonly function: string;
  };
  /** The string that is no real calendar day. */
  readonly invalid_date: {
    /** The string. */
    readonly value: string;
  };
  /** The day outside the mandate-period calendar. */
  readonly date_out_of_range: {
    /** The day. */
    readonly date: string;
    /** The governing body whose calendar it is outside. */
    readonly body: 'council' | 'board';
    /** The first day the calendar covers. */
    readonly firstDay: string;
    /** The last day the calendar covers. */
    readonly lastDay: string;
  };
  /** The label that is no board term. */
  readonly invalid_period: {
    /** The label. */
    readonly label: string;
  };
  /** The twin town no version given lists. */
  readonly unknown_twin_town: {
    /** The activity's id. */
    readonly activity: string;
    /** The twin-town id it names. */
    readonly twinTown: string;
  };
  /** The sum past what whole öre count exactly. */
  readonly amount_too_large: {
    /** The sum, in öre. */
    readonly amount: number;
  };
  /** What the policy definition's check found. */
  readonly invalid_policy: {
    /** Every issue, each an `InputIssue`. */
    readonly issues: readonly [PolicyDefinitionIssue, ...PolicyDefinitionIssue[]];
  };
  /** The version given twice. */
  readonly duplicate_policy: {
    /** Its id. */
    readonly id: string;
  };
  /** Two versions in force on the same days. */
  readonly overlapping_validity: {
    /** The earlier version's id. */
    readonly first: string;
    /** The later version's id. */
    readonly second: string;
  };
  /** The version that supersedes no earlier version of the registry. */
  readonly unknown_superseded: {
    /** Its id. */
    readonly id: string;
    /** The id it names in `validity.supersedes`. */
    readonly supersedes: string;
  };
}

/**
 * An issue of a policy definition, as `invalid_policy` lists it: an `InputIssue`, typed by the
 * fields every issue has (this module, the lowest layer, cannot name the parsers' types).
 *
 * @example
 * ```ts
 * const definition = toPolicyDefinition(POLICY_2019_2022);
 * const broken = { ...definition, rules: [{ ...definition.rules[0]!, clauseIds: ['nowhere'] }] };
 * try {
 *   definePolicy(broken);
 * } catch (error) {
 *   if (error instanceof PolicyError && error.code === 'invalid_policy') {
 *     const issue: PolicyDefinitionIssue = error.details.issues[0];
 *     issue.code; // => 'unknown_clause'
 *     issue.path; // => ['rules', 0, 'clauseIds', 0]
 *   }
 * }
 * ```
 * @category Errors
 */
export interface PolicyDefinitionIssue {
  /** The issue's stable code, an `IssueCode`. */
  readonly code: string;
  /** Where in the definition: keys and array indices from its root. */
  readonly path: readonly (string | number)[];
  /** The values involved; their keys depend on the code. */
  readonly values: object;
  /** The message in Swedish and English, starting with the path. */
  readonly messages: LocalizedText;
}

/**
 * A {@link PolicyError} of any of the codes `C` (all of them by default): a union, one member per
 * code, so that testing `code` narrows `details`. `instanceof PolicyError` narrows to it by itself;
 * name it where an error is passed on.
 *
 * @example
 * ```ts
 * function shownFunction(error: AnyPolicyError): string | undefined {
 *   return error.code === 'invalid_argument' ? error.details.function : undefined;
 * }
 * ```
 * @category Errors
 */
export type AnyPolicyError<C extends PolicyErrorCode = PolicyErrorCode> = {
  [K in C]: PolicyError<K>;
}[C];

/**
 * The one error class the library throws. It is thrown only for programmer errors: calling a
 * function with a value that could not have come from a parser (an impossible date, a date outside
 * the calendar the library knows). Bad input from users is reported by the parsers as data, never
 * thrown.
 *
 * @remarks
 * `message` carries both languages (Swedish first); `messages` has them apart, `code` is stable and
 * `details` holds the values involved, typed by the code ({@link PolicyErrorDetails}). After
 * `error instanceof PolicyError`, testing `error.code` narrows `error.details`; a value typed
 * `PolicyError` does not narrow (a class is not a union): type it {@link AnyPolicyError} for that.
 * Every code, when it is thrown and by which functions:
 * [Getting started → Errors](../docs/getting-started.md#errors).
 *
 * **`invalid_argument`, from every function.** Each public function starts by checking its
 * arguments, and throws `invalid_argument` — naming itself in the message and in
 * `details.function`, and saying what it takes — for a value the library did not make where one of
 * its own belongs (a plain JSON activity given to `evaluate`, a copy of a parsed value, a policy
 * version written by hand), for options that are not an object, and for a language, body or other
 * argument outside its values. The check comes first, before anything is read; nothing is caught
 * behind it, so any other error would be a bug of the library.
 *
 * @typeParam C - its code
 *
 * @example
 * ```ts
 * mandatePeriodOf('2055-01-01', 'board'); // throws PolicyError (code 'date_out_of_range')
 *
 * const error = new PolicyError(
 *   'invalid_date',
 *   { sv: 'Ogiltigt datum', en: 'Invalid date' },
 *   { value: '2019-02-29' },
 * );
 * error.message; // => 'Ogiltigt datum / Invalid date'
 *
 * try {
 *   evaluate({} as never);
 * } catch (thrown) {
 *   if (thrown instanceof PolicyError && thrown.code === 'invalid_argument') {
 *     thrown.details.function; // => 'evaluate'
 *   }
 * }
 * ```
 * @category Errors
 */
export class PolicyError<C extends PolicyErrorCode = PolicyErrorCode> extends Error {
  /**
   * Only in the types (at run time `instanceof` is JavaScript's own): `instanceof PolicyError`
   * narrows to {@link AnyPolicyError}, so that testing `code` then narrows `details`.
   */
  declare static readonly [Symbol.hasInstance]: (value: unknown) => value is AnyPolicyError;

  /** A stable, machine-readable code, e.g. `invalid_date`. */
  readonly code: C;
  /** The message in Swedish and English. */
  readonly messages: LocalizedText;
  /** The values involved, for programs that want to show them their own way. */
  readonly details: PolicyErrorDetails[C];

  /**
   * @param code - stable code of the failure
   * @param messages - the message in both languages
   * @param details - the values involved
   * @param options - the error's `cause`, if it was thrown in place of another
   */
  constructor(
    code: C,
    messages: LocalizedText,
    details: PolicyErrorDetails[C],
    options?: ErrorOptions,
  ) {
    super(`${messages.sv} / ${messages.en}`, options);
    this.name = 'PolicyError';
    this.code = code;
    this.messages = messages;
    const copy = { ...details };
    // Frozen in place: `Object.freeze`'s `Readonly<T>` is no `T` to TypeScript for a generic `T`.
    Object.freeze(copy);
    this.details = copy;
  }
}
