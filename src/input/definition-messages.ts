/**
 * The messages of the issues only a policy definition's consistency checks find. They live apart
 * from the parsers' messages (`input/messages.ts`) so that an app that parses activities does not
 * carry them.
 */
import {
  cutValues,
  type InputIssue,
  type IssueMessages,
  type IssueValuesByCode,
  issueWith,
  type PathSegment,
  quoted as show,
} from './issues.js';

/** The codes only a policy definition's consistency checks report. */
export type DefinitionIssueCode =
  | 'unknown_clause'
  | 'unknown_note'
  | 'ambiguous_name'
  | 'no_letters'
  | 'namesake_not_distinguished'
  | 'adopted_after_start'
  | 'rule_not_judged'
  | 'unknown_group'
  | 'unused_parameter'
  | 'threshold_missing'
  | 'not_adopted_by_council';

/** The message of each code, in both languages, from the issue's values alone. */
export const DEFINITION_MESSAGES: IssueMessages<DefinitionIssueCode> = {
  unknown_clause: (v) => ({
    sv: `paragrafen ${show(v.value)} finns inte i policyn.`,
    en: `the clause ${show(v.value)} is not in the policy.`,
  }),
  unknown_note: (v) => ({
    sv: `tolkningsanteckningen ${show(v.value)} finns inte i versionens interpretationNotes.`,
    en: `the interpretation note ${show(v.value)} is not in the version's interpretationNotes.`,
  }),
  ambiguous_name: (v) => ({
    sv: `namnet ${show(v.value)} betecknar redan vänorten ${show(v.other)}; ett namn får bara beteckna en vänort.`,
    en: `the name ${show(v.value)} already names the twin town ${show(v.other)}; a name may name only one twin town.`,
  }),
  no_letters: (v) => ({
    sv: `${show(v.value)} har varken bokstäver eller siffror, så ingen ort kan skrivas med det; skriv namnet med bokstäver, till exempel "Sōya".`,
    en: `${show(v.value)} has no letters or digits, so no place can be written with it; write the name in letters, e.g. "Sōya".`,
  }),
  namesake_not_distinguished: (v) => ({
    sv: `orten ${show(v.value)} med samma namn har bara regioner som vänorten ${show(v.town)} också ligger i, så ingen ort kan skiljas från vänorten; lägg till en region som bara den ligger i (för Esashi i Hiyama: "Hiyama").`,
    en: `the namesake ${show(v.value)} has only regions the twin town ${show(v.town)} lies in too, so no place can be told from the twin town; add a region only it lies in (for Esashi in Hiyama: "Hiyama").`,
  }),
  adopted_after_start: (v) => ({
    sv: `antagandedagen ${show(v.value)} ligger efter första giltighetsdagen ${v.startDate}; policyn kan inte gälla innan den antagits.`,
    en: `the adoption date ${show(v.value)} is after the first day in force, ${v.startDate}; the policy cannot be in force before it is adopted.`,
  }),
  rule_not_judged: (v) => {
    const why = {
      sv: `(så bedöms en regel av slaget ${v.kind}; annars skulle regeln beskrivas på ett sätt och bedömas på ett annat)`,
      en: `(that is how a rule of kind ${v.kind} is judged; otherwise the rule would be described one way and judged another)`,
    };
    const judged = v.judged;
    if (judged === null)
      return {
        sv: `regeln ${v.code} bedöms utan ${v.field}, inte med ${show(v.value)}; ta bort ${v.field} ${why.sv}.`,
        en: `the rule ${v.code} is judged without ${v.field}, not with ${show(v.value)}; remove ${v.field} ${why.en}.`,
      };
    const one = (language: 'sv' | 'en') =>
      typeof judged === 'string'
        ? show(judged)
        : judged.map((value) => show(value)).join(language === 'sv' ? ' eller ' : ' or ');
    if (v.value === null)
      return {
        sv: `regeln ${v.code} bedöms med ${v.field} ${one('sv')}, inte utan fältet; skriv ${one('sv')} ${why.sv}.`,
        en: `the rule ${v.code} is judged with ${v.field} ${one('en')}, not without it; write ${one('en')} ${why.en}.`,
      };
    return {
      sv: `regeln ${v.code} bedöms med ${v.field} ${one('sv')}, inte ${show(v.value)}; skriv ${one('sv')} ${why.sv}.`,
      en: `the rule ${v.code} is judged with ${v.field} ${one('en')}, not ${show(v.value)}; write ${one('en')} ${why.en}.`,
    };
  },
  unknown_group: (v) => ({
    sv: `gruppen ${show(v.value)} finns inte bland versionens countryGroups (${
      v.known.length > 0 ? v.known.map((id) => show(id)).join(', ') : 'inga'
    }); lägg till den där eller skriv en av dem.`,
    en: `the group ${show(v.value)} is not among the version's countryGroups (${
      v.known.length > 0 ? v.known.map((id) => show(id)).join(', ') : 'none'
    }); add it there or write one of them.`,
  }),
  unused_parameter: (v) => ({
    sv: `${show(v.value)} används inte av något villkor i versionens regler, så det skulle tas emot utan att påverka något svar; ta bort det eller använd det i en regels villkor (when).`,
    en: `${show(v.value)} is used by no condition of the version's rules, so it would be accepted and change no answer; remove it or use it in a rule's condition (when).`,
  }),
  threshold_missing: (v) => ({
    sv: `regeln ${v.code} har ett kostnadsvillkor utan belopp, och versionen har ingen reportBackThreshold; skriv beloppet i villkoret (amount) eller ge versionen en reportBackThreshold.`,
    en: `the rule ${v.code} has a cost condition with no amount, and the version has no reportBackThreshold; write the amount in the condition (amount) or give the version a reportBackThreshold.`,
  }),
  not_adopted_by_council: (v) => ({
    sv: `policyn ska antas av kommunfullmäktige (paragraf council.policy), inte ${show(v.value)}.`,
    en: `the policy must be adopted by the municipal council (clause council.policy), not ${show(v.value)}.`,
  }),
};

/** An issue a policy definition's consistency checks found, with its messages. */
export function definitionIssue<C extends DefinitionIssueCode>(
  code: C,
  path: readonly PathSegment[],
  values: IssueValuesByCode[C],
): InputIssue<C> {
  const kept = cutValues(values);
  return issueWith(code, path, kept, DEFINITION_MESSAGES[code](kept));
}
