/**
 * Reading amounts without binary floats: decimal strings in major units such as "12500.50",
 * "12 500,50" or "12500", and whole numbers of minor units.
 */

/** Why an amount was refused, or its value in minor units. */
export type AmountReading =
  | { readonly success: true; readonly minor: number }
  | {
      readonly success: false;
      readonly code:
        | 'float_amount'
        | 'negative_amount'
        | 'invalid_amount'
        | 'too_many_decimals'
        | 'amount_too_large';
    };

// Digits in groups separated by single spaces (also no-break and thin spaces), then an optional
// decimal part after one "." or ",".
const DECIMAL = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?$/;

/**
 * Reads a whole number of minor units (öre, cents), as a document gives it under `minorUnits`.
 */
export function readMinorUnits(value: number): AmountReading {
  if (!Number.isFinite(value) || !Number.isInteger(value))
    return { success: false, code: 'float_amount' };
  if (value < 0) return { success: false, code: 'negative_amount' };
  if (!Number.isSafeInteger(value)) return { success: false, code: 'amount_too_large' };
  return { success: true, minor: value + 0 }; // + 0 turns -0 into 0
}

/**
 * Reads a decimal string in major units for a currency with `exponent` decimals: "12 500,50" is
 * 1 250 050 öre.
 */
export function readAmount(value: string, exponent: number): AmountReading {
  const text = value.trim();
  if (/^-/.test(text)) return { success: false, code: 'negative_amount' };
  const match = DECIMAL.exec(text);
  if (!match) return { success: false, code: 'invalid_amount' };
  const whole = (match[1] as string).replace(/\D/g, '');
  const fraction = match[2] ?? '';
  if (fraction.length > exponent) return { success: false, code: 'too_many_decimals' };
  // A decimal string past Number.MAX_SAFE_INTEGER rounds to 2^53 or more, never to a safe integer.
  const minor = Number(whole + fraction.padEnd(exponent, '0'));
  if (!Number.isSafeInteger(minor)) return { success: false, code: 'amount_too_large' };
  return { success: true, minor };
}
