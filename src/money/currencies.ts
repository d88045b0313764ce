import type { DineroCurrency } from 'dinero.js';
import { SEK as DINERO_SEK } from 'dinero.js/currencies';

/**
 * The ISO 4217 codes of the currencies dinero.js 2.0 ships whose minor unit is decimal (all but MGA
 * and MRU). Kept as one text rather than dinero.js's table of objects, which every app that parses
 * an amount would otherwise carry whole; a test holds it equal to dinero.js's own.
 */
const DECIMAL_CODES =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN ' +
  'BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ' +
  'ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ' +
  'ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MKD ' +
  'MMK MNT MOP MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR ' +
  'PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL ' +
  'THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST ' +
  'XAD XAF XCD XCG XOF XPF YER ZAR ZMW ZWG';

/** The number of decimals of each of those currencies whose minor unit is not the hundredth. */
const EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

const known = new Map<string, DineroCurrency<number>>();

/**
 * The currency with ISO 4217 `code`, as dinero.js defines it, among those with a decimal minor unit;
 * `undefined` when the library does not know it.
 */
export function currencyOf(code: string): DineroCurrency<number> | undefined {
  let currency = known.get(code);
  if (!currency && /^[A-Z]{3}$/.test(code) && DECIMAL_CODES.includes(code)) {
    currency = Object.freeze({ code, base: 10, exponent: EXPONENTS[code] ?? 2 });
    known.set(code, currency);
  }
  return currency;
}

/** The Swedish krona, in which the policy's threshold and every total are kept. */
export const SEK: DineroCurrency<number, 'SEK'> = DINERO_SEK;
