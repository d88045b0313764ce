import { toActivityInput } from '../activities/to-activity-input.js';
import { misuse } from '../internal/misuse.js';
import type { Register, RegisterInput } from './types.js';

/**
 * Writes a parsed register back as a document; parsing the result gives back an equal register.
 *
 * @param register - a parsed register
 * @returns plain JSON-ready data, every list present
 *
 * @throws {@link PolicyError} `invalid_argument` when given a value no parser returns (a plain JSON
 *   object in place of a parsed one, options left out); the message says what it takes
 *
 * @example
 * ```ts
 * const parsed = parseRegister({ format: 1, activities: [] });
 * parsed.success && Object.keys(toRegisterInput(parsed.data)).length; // => 9
 * ```
 */
export function toRegisterInput(register: Register): RegisterInput {
  try {
    return { ...register, activities: register.activities.map(toActivityInput) };
  } catch (error) {
    throw misuse(
      'toRegisterInput',
      { sv: 'ett register från parseRegister', en: 'a register from parseRegister' },
      error,
    );
  }
}
