/**
 * A text in both of the library's languages: Swedish (`sv`, the policy's language) and English (`en`).
 *
 * @example
 * ```ts
 * const title: Bilingual = { sv: 'Kommunstyrelsen', en: 'Executive board' };
 * ```
 */
export interface Bilingual {
  /** Swedish. */
  readonly sv: string;
  /** English. */
  readonly en: string;
}

/**
 * The two languages every message, title and clause rendering comes in.
 *
 * @example
 * ```ts
 * const language: Language = 'sv';
 * findClause(POLICY_2019_2022, 'board.approval')?.[language];
 * // => 'Samtliga resor till vänorter ska godkännas av kommunstyrelsen.'
 * ```
 */
export type Language = keyof Bilingual;

/**
 * The one error class the library throws. It is thrown only for programmer errors: calling a
 * function with a value that could not have come from a parser (an impossible date, a date outside
 * the calendar the library knows). Bad input from users is reported by the parsers as data, never
 * thrown.
 *
 * @remarks
 * `message` carries both languages (Swedish first); `messages` has them apart, `code` is stable and
 * `details` holds the values involved. Every code, when it is thrown and by which functions:
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
 * @example
 * ```ts
 * mandatePeriodOf('2055-01-01', 'board'); // throws PolicyError (code 'date_out_of_range')
 *
 * const error = new PolicyError('invalid_date', { sv: 'Ogiltigt datum', en: 'Invalid date' });
 * error.message; // => 'Ogiltigt datum / Invalid date'
 * ```
 */
export class PolicyError extends Error {
  /** A stable, machine-readable code, e.g. `invalid_date`. */
  readonly code: string;
  /** The message in Swedish and English. */
  readonly messages: Bilingual;
  /** The values involved, for programs that want to show them their own way. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - stable code of the failure
   * @param messages - the message in both languages
   * @param details - the values involved
   * @param options - the error's `cause`, if it was thrown in place of another
   */
  constructor(
    code: string,
    messages: Bilingual,
    details: Readonly<Record<string, unknown>> = {},
    options?: ErrorOptions,
  ) {
    super(`${messages.sv} / ${messages.en}`, options);
    this.name = 'PolicyError';
    this.code = code;
    this.messages = messages;
    this.details = Object.freeze({ ...details });
  }
}
