import { toActivityInput } from '../activities/to-activity-input.js';
import { assertVouched, TAKES_REGISTER } from '../internal/guards.js';
import type { Register, RegisterInput } from './types.js';

/**
 * Writes a parsed register back as a document; parsing the result gives back an equal register.
 *
 * @param register - a parsed register
 * @returns plain JSON-ready data, every list present
 *
 * @example
 * ```ts
 * const parsed = parseRegister({ format: 1, activities: [] });
 * parsed.success && Object.keys(toRegisterInput(parsed.data)).length; // => 9
 * ```
 * @category Parsing
 */
export function toRegisterInput(register: Register): RegisterInput {
  assertVouched('toRegisterInput', register, TAKES_REGISTER);
  return { ...register, activities: register.activities.map(toActivityInput) };
}
