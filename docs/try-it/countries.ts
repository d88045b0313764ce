/**
 * The try-it page's table of country names: what a clerk writes (a name in Swedish or English, a
 * common abbreviation) and the ISO 3166-1 code the library takes. It lives in the page, not in what
 * `parseActivity` bundles: the library takes codes, and says so; the page helps write them.
 */

/** A name or abbreviation, folded (lower case, no accents), and its code. */
const NAMES: Readonly<Record<string, string>> = {
  sverige: 'SE',
  sweden: 'SE',
  estland: 'EE',
  estonia: 'EE',
  eesti: 'EE',
  finland: 'FI',
  suomi: 'FI',
  japan: 'JP',
  nippon: 'JP',
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  'united states': 'US',
  'united states of america': 'US',
  'forenta staterna': 'US',
  amerika: 'US',
  america: 'US',
  norge: 'NO',
  norway: 'NO',
  danmark: 'DK',
  denmark: 'DK',
  island: 'IS',
  iceland: 'IS',
  tyskland: 'DE',
  germany: 'DE',
  deutschland: 'DE',
  frankrike: 'FR',
  france: 'FR',
  spanien: 'ES',
  spain: 'ES',
  italien: 'IT',
  italy: 'IT',
  polen: 'PL',
  poland: 'PL',
  lettland: 'LV',
  latvia: 'LV',
  litauen: 'LT',
  lithuania: 'LT',
  belgien: 'BE',
  belgium: 'BE',
  nederlanderna: 'NL',
  holland: 'NL',
  netherlands: 'NL',
  osterrike: 'AT',
  austria: 'AT',
  schweiz: 'CH',
  switzerland: 'CH',
  storbritannien: 'GB',
  england: 'GB',
  uk: 'GB',
  'united kingdom': 'GB',
  'great britain': 'GB',
  irland: 'IE',
  ireland: 'IE',
  portugal: 'PT',
  grekland: 'GR',
  greece: 'GR',
  kanada: 'CA',
  canada: 'CA',
  kina: 'CN',
  china: 'CN',
  ryssland: 'RU',
  russia: 'RU',
  ukraina: 'UA',
  ukraine: 'UA',
};

/** A text folded as the table holds names: lower case, accents and extra spaces gone. */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The ISO code a country field's text stands for: the code itself (two letters), or the code of a
 * name or abbreviation the table knows; `undefined` when it knows none (the library then says what
 * is wrong with the text as written).
 */
export function countryCode(text: string): string | undefined {
  const written = text.trim();
  if (/^[A-Za-z]{2}$/.test(written)) return written.toUpperCase();
  return NAMES[folded(written)];
}
