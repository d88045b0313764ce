import type { LocalizedText } from '../errors.js';
import { byCount } from '../internal/text.js';
import type { DefinitionIssueCode } from './definition-messages.js';
import {
  cutValues,
  type InputIssue,
  type IssueCode,
  type IssueMessages,
  type IssueValuesByCode,
  issueWith,
  type PathSegment,
  quoted as show,
} from './issues.js';
import { TOTAL_MESSAGES } from './total-messages.js';

const TYPE_NAMES: Readonly<Record<string, LocalizedText>> = {
  string: { sv: 'text', en: 'text' },
  number: { sv: 'ett tal', en: 'a number' },
  boolean: { sv: 'true eller false', en: 'true or false' },
  object: { sv: 'ett objekt', en: 'an object' },
  array: { sv: 'en lista', en: 'a list' },
  null: { sv: 'null', en: 'null' },
  'amount or minorUnits': {
    sv: 'beloppet som text, t.ex. "12 500,00", eller som heltal minsta enheter (öre) i fältet minorUnits',
    en: 'the amount as text, e.g. "12 500,00", or as whole minor units (öre) in the field minorUnits',
  },
};

function typeName(value: string, language: 'sv' | 'en'): string {
  const name = TYPE_NAMES[value];
  return name ? name[language] : value;
}

/** Fields of earlier releases that were replaced, with what to write now. */
const REPLACED: Readonly<Record<string, LocalizedText>> = {
  goals: {
    sv: 'fältet "goals" är okänt; skriv målet i ord i fältet goal (en aktivitet länkar till policyns mål med deras id i policyGoals).',
    en: 'the field "goals" is unknown; write the goal in words in the field goal (an activity links to the policy’s goals by their ids in policyGoals).',
  },
};

/** The message for each code, in both languages, from the issue's values alone. */
const MESSAGES: IssueMessages<ParserIssueCode> = {
  ...TOTAL_MESSAGES,
  required: (v) => ({
    sv: `saknas; ange ${typeName(v.expected, 'sv')}.`,
    en: `is missing; give ${typeName(v.expected, 'en')}.`,
  }),
  invalid_type: (v) => ({
    sv: `ska vara ${typeName(v.expected, 'sv')}, men är ${typeName(v.received, 'sv')}.`,
    en: `must be ${typeName(v.expected, 'en')}, but is ${typeName(v.received, 'en')}.`,
  }),
  unknown_key: (v) =>
    // Own entries only: a key such as `__proto__` or `toString` is no replaced field.
    (Object.hasOwn(REPLACED, v.key) ? REPLACED[v.key] : undefined) ?? {
      sv: `fältet ${show(v.key)} är okänt; ta bort det eller rätta stavningen.`,
      en: `the field ${show(v.key)} is unknown; remove it or correct its spelling.`,
    },
  invalid_value: (v) => ({
    sv: `${show(v.value)} är inget tillåtet värde; tillåtna är: ${show(v.allowed)}.`,
    en: `${show(v.value)} is not allowed; allowed values are: ${show(v.allowed)}.`,
  }),
  empty_text: () => ({
    sv: 'är tom; skriv en text.',
    en: 'is empty; write a text.',
  }),
  too_long: (v) => ({
    sv: `är ${v.length} tecken lång; högst ${v.maximum} tecken är tillåtna.`,
    en: `is ${v.length} characters long; at most ${v.maximum} are allowed.`,
  }),
  too_few: (v) => ({
    sv: `har ${v.count} element; minst ${v.minimum} krävs.`,
    en: `has ${v.count} ${byCount(v.count, 'item', 'items')}; at least ${v.minimum} ${byCount(v.minimum, 'is', 'are')} required.`,
  }),
  too_many: (v) => ({
    sv: `har ${v.count} element; högst ${v.maximum} är tillåtet.`,
    en: `has ${v.count} items; at most ${v.maximum} ${byCount(v.maximum, 'is', 'are')} allowed.`,
  }),
  not_an_integer: (v) => ({
    sv: `${show(v.value)} är inget heltal.`,
    en: `${show(v.value)} is not a whole number.`,
  }),
  out_of_range: (v) => ({
    sv: `${show(v.value)} ligger utanför det tillåtna intervallet ${v.minimum}–${v.maximum}.`,
    en: `${show(v.value)} is outside the allowed range ${v.minimum} to ${v.maximum}.`,
  }),
  unsupported_format: (v) => ({
    sv: `formatversion ${show(v.value)} stöds inte; stödda versioner: ${show(v.supported)}.`,
    en: `format version ${show(v.value)} is not supported; supported versions: ${show(v.supported)}.`,
  }),
  too_many_issues: (v) => ({
    sv: `fler problem än de ${v.listed} som visas; kontrollen stannade där. Rätta dem och kontrollera igen.`,
    en: `more problems than the ${v.listed} listed; checking stopped there. Correct them and check again.`,
  }),
  unreadable_input: (v) => ({
    sv: `kunde inte läsas (${v.reason}).`,
    en: `could not be read (${v.reason}).`,
  }),
  invalid_date: (v) => ({
    sv: `${show(v.value)} är inget giltigt datum; skriv ett verkligt datum som ÅÅÅÅ-MM-DD, t.ex. 2020-03-01.`,
    en: `${show(v.value)} is not a valid date; write a real calendar date as YYYY-MM-DD, e.g. 2020-03-01.`,
  }),
  return_before_departure: (v) => ({
    sv: `hemresan ${v.returnDate} är före avresan ${v.departureDate}.`,
    en: `the return ${v.returnDate} is before the departure ${v.departureDate}.`,
  }),
  booked_after_departure: (v) => ({
    sv: `bokningsdagen ${v.bookingDate} är efter avresan ${v.departureDate}.`,
    en: `the booking date ${v.bookingDate} is after the departure ${v.departureDate}.`,
  }),
  end_before_start: (v) => ({
    sv: `slutdatum ${v.endDate} är före startdatum ${v.startDate}.`,
    en: `the end ${v.endDate} is before the start ${v.startDate}.`,
  }),
  invalid_period: (v) => ({
    sv: `${show(v.value)} är ingen mandatperiod; skriv kommunstyrelsens mandatperiod som ÅÅÅÅ–ÅÅÅÅ, t.ex. 2019–2022.`,
    en: `${show(v.value)} is not a mandate period; write the executive board's term as YYYY–YYYY, e.g. 2019–2022.`,
  }),
  dated_before_period: (v) => ({
    sv: `${v.date} ligger före mandatperioden ${v.period}, som börjar ${v.firstDay}; en utvärdering eller ett beslut räknas bara för den period det är daterat i.`,
    en: `${v.date} is before the mandate period ${v.period}, which begins on ${v.firstDay}; an evaluation or decision counts only for the period it is dated in.`,
  }),
  unknown_goal: (v) => ({
    sv: `målet ${show(v.value)} finns inte i policyn; kända mål: ${show(v.known)}.`,
    en: `the goal ${show(v.value)} is not in the policy; known goals: ${show(v.known)}.`,
  }),
  unknown_twin_town: (v) =>
    v.known.length === 0
      ? {
          sv: `vänorten ${show(v.value)} finns inte i policyn, som inte har några vänorter.`,
          en: `the twin town ${show(v.value)} is not in the policy, which has no twin towns.`,
        }
      : {
          sv: `vänorten ${show(v.value)} finns inte i policyn; kända vänorter: ${show(v.known)}.`,
          en: `the twin town ${show(v.value)} is not in the policy; known twin towns: ${show(v.known)}.`,
        },
  unknown_country: (v) => ({
    sv: `${show(v.value)} är ingen landskod enligt ISO 3166-1 alpha-2; skriv två versaler, t.ex. SE, EE, JP.`,
    en: `${show(v.value)} is not an ISO 3166-1 alpha-2 country code; write two capital letters, e.g. SE, EE, JP.`,
  }),
  unknown_currency: (v) => ({
    sv: `${show(v.value)} är ingen känd valutakod enligt ISO 4217; skriv t.ex. SEK, EUR, JPY.`,
    en: `${show(v.value)} is not a known ISO 4217 currency code; write e.g. SEK, EUR, JPY.`,
  }),
  float_amount: (v) => ({
    sv: `${show(v.value)} är inget heltal; minorUnits räknar hela minsta enheter (öre), så skriv ett belopp med decimaler som text i fältet amount, t.ex. "12500.50".`,
    en: `${show(v.value)} is not a whole number; minorUnits counts whole minor units (öre), so write an amount with decimals as text in the field amount, e.g. "12500.50".`,
  }),
  negative_amount: (v) => ({
    sv: `${show(v.value)} är negativt; belopp kan inte vara negativa.`,
    en: `${show(v.value)} is negative; amounts cannot be negative.`,
  }),
  invalid_amount: (v) =>
    v.suggestion !== undefined
      ? {
          sv: `I ${show(v.value)} är punkten en tusentalsavgränsare, som i policyns "10.000 kr"; här skrivs tusental med mellanslag och decimaler efter komma: ${show(v.suggestion)}.`,
          en: `In ${show(v.value)} the point is a thousands separator, as in the policy's "10.000 kr"; here thousands are written with a space and decimals after a comma: ${show(v.suggestion)}.`,
        }
      : {
          sv: `${show(v.value)} är inget belopp; skriv siffror med högst ett decimaltecken, t.ex. "12 500,50" eller "12500.50".`,
          en: `${show(v.value)} is not an amount; write digits with at most one decimal sign, e.g. "12 500,50" or "12500.50".`,
        },
  too_many_decimals: (v) => ({
    sv: `${show(v.value)} har fler decimaler än ${v.currency} har (${v.decimals}).`,
    en: `${show(v.value)} has more decimals than ${v.currency} has (${v.decimals}).`,
  }),
  amount_not_text: (v) => {
    const sek = v.currency === 'SEK';
    return {
      sv: `är ett tal; skriv beloppet som text i ${sek ? 'kronor' : v.currency}, t.ex. ${show(v.example)} eller ${show(v.plainExample)}, eller som ${sek ? 'heltal öre' : 'ett helt antal av valutans minsta enhet'} i fältet minorUnits.`,
      en: `is a number; write the amount as text in ${sek ? 'kronor' : v.currency}, e.g. ${show(v.example)} or ${show(v.plainExample)}, or as whole ${sek ? 'öre' : 'minor units of the currency'} in the field minorUnits.`,
    };
  },
  amount_given_twice: (v) => ({
    sv: `beloppet anges två gånger, som ${show(v.amount)} i amount och som ${show(v.minorUnits)} i minorUnits; ange det i bara ett av fälten.`,
    en: `the amount is given twice, as ${show(v.amount)} in amount and as ${show(v.minorUnits)} in minorUnits; give it in one of the fields only.`,
  }),
  invalid_rate: (v) => ({
    sv: `${show(v.value)} är ingen växelkurs; skriv kronor per enhet som ett positivt decimaltal med punkt, t.ex. "11.4523".`,
    en: `${show(v.value)} is not an exchange rate; write kronor per unit as a positive decimal with a point, e.g. "11.4523".`,
  }),
  duplicate_rate: (v) => ({
    sv: `valutan ${v.currency} har redan en kurs för ${v.date} (${v.first}); ange en kurs per valuta och dag.`,
    en: `the currency ${v.currency} already has a rate for ${v.date} (${v.first}); give one rate per currency and day.`,
  }),
  sek_rate: () => ({
    sv: 'SEK behöver ingen växelkurs; ta bort raden.',
    en: 'SEK needs no exchange rate; remove the entry.',
  }),
  duplicate_id: (v) => ({
    sv: `id ${show(v.value)} används redan (${v.first}); varje id ska vara unikt.`,
    en: `the id ${show(v.value)} is already used (${v.first}); every id must be unique.`,
  }),
  unknown_activity: (v) => ({
    sv: `aktiviteten ${show(v.value)} finns inte i registret.`,
    en: `the activity ${show(v.value)} is not in the register.`,
  }),
  unknown_agreement: (v) => ({
    sv: `vänortsavtalet ${show(v.value)} finns inte i registret.`,
    en: `the twin-town agreement ${show(v.value)} is not in the register.`,
  }),
  threshold_not_sek: (v) => ({
    sv: `gränsen för återrapportering ska anges i SEK, inte ${show(v.value)}.`,
    en: `the report-back threshold must be in SEK, not ${show(v.value)}.`,
  }),
};

/**
 * The codes the parsers report, every code but those only a policy definition's consistency checks
 * find (`input/definition-messages.ts`).
 */
export type ParserIssueCode = Exclude<IssueCode, DefinitionIssueCode>;

/**
 * Builds an issue with its messages, each starting with the path. Only `empty_text`, which quotes
 * nothing, may leave its values out.
 */
export function issue(code: 'empty_text', path: readonly PathSegment[]): InputIssue<'empty_text'>;
export function issue<C extends ParserIssueCode>(
  code: C,
  path: readonly PathSegment[],
  values: IssueValuesByCode[C],
): InputIssue<C>;
export function issue<C extends ParserIssueCode>(
  code: C,
  path: readonly PathSegment[],
  values?: IssueValuesByCode[C],
): InputIssue<C> | InputIssue<'empty_text'> {
  // Left out only by the first overload's `empty_text`.
  if (values === undefined) return issue('empty_text', path, {});
  // The message quotes the values as the issue keeps them: cut.
  const kept = cutValues(values);
  return issueWith(code, path, kept, MESSAGES[code](kept));
}
