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
      /** For digits grouped by points ("10.000,00"): the amount as it is written here, "10 000,00". */
      readonly suggestion?: string;
    };

// Digits in groups separated by single spaces (also no-break and thin spaces), then an optional
// decimal part after one "." or ",".
const DECIMAL = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?$/;

// Digits in groups of three separated by points, as the policy writes "10.000 kr", then an
// optional decimal part after a comma.
const POINT_GROUPED = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;

/**
 * The amount written with the point as a thousands separator ("10.000", "10.000,00"), as it is
 * written here ("10 000,00"); undefined when the point can be a decimal point in the currency (one
 * group, no comma, and at least three decimals: "10.000" dinar).
 */
function pointGrouped(text: string, exponent: number): string | undefined {
  const match = POINT_GROUPED.exec(text);
  if (!match) return undefined;
  const groups = (match[1] as string).split('.');
  const fraction = match[2];
  if (fraction === undefined && groups.length === 2 && exponent >= 3) return undefined;
  const decimals = (fraction ?? '').padEnd(exponent, '0');
  return decimals ? `${groups.join(' ')},${decimals}` : groups.join(' ');
}

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
  const suggestion = pointGrouped(text, exponent);
  if (suggestion !== undefined) return { success: false, code: 'invalid_amount', suggestion };
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
