import type { LocalizedText } from '../errors.js';

/**
 * Internal: the vocabulary of the policy layer — how a change between two versions is said, in both
 * languages side by side. Quoted texts are the versions' own; `q` quotes them.
 */

/** A text in Swedish quotation marks. */
export const q = (text: string): string => `”${text}”`;

/** Each kind of change between two versions. */
export const CHANGE = {
  countryGroups: (groups: string): LocalizedText => ({
    sv: `Grupper av länder: ${groups}`,
    en: `Groups of countries: ${groups}`,
  }),
  noAmount: { sv: 'ingen', en: 'none' } as LocalizedText,
  threshold: (before: LocalizedText, after: LocalizedText): LocalizedText => ({
    sv: `Gränsen för återrapportering: ${before.sv} → ${after.sv}`,
    en: `Report-back threshold: ${before.en} → ${after.en}`,
  }),
  twinTownAdded: (town: string): LocalizedText => ({
    sv: `Ny vänort: ${town}`,
    en: `Twin town added: ${town}`,
  }),
  twinTownRemoved: (town: string): LocalizedText => ({
    sv: `Vänort borttagen: ${town}`,
    en: `Twin town removed: ${town}`,
  }),
  twinTownChanged: (name: string): LocalizedText => ({
    sv: `Vänorten ${name} ändrad (namn, stavningar eller land)`,
    en: `Twin town ${name} changed (name, spellings or country)`,
  }),
  goalAdded: (id: string, text: LocalizedText): LocalizedText => ({
    sv: `Nytt mål ${id}: ${q(text.sv)}`,
    en: `Goal added, ${id}: ${q(text.en)}`,
  }),
  goalRemoved: (id: string): LocalizedText => ({
    sv: `Mål borttaget: ${id}`,
    en: `Goal removed: ${id}`,
  }),
  goalChanged: (id: string, before: LocalizedText, after: LocalizedText): LocalizedText => ({
    sv: `Målet ${id} ändrat: ${q(before.sv)} → ${q(after.sv)}`,
    en: `Goal ${id} changed: ${q(before.en)} → ${q(after.en)}`,
  }),
  ruleAdded: (code: string, title: LocalizedText): LocalizedText => ({
    sv: `Regeln ${code} gäller nu (${title.sv})`,
    en: `Rule ${code} now applies (${title.en})`,
  }),
  ruleRemoved: (code: string, title: LocalizedText): LocalizedText => ({
    sv: `Regeln ${code} gäller inte längre (${title.sv})`,
    en: `Rule ${code} no longer applies (${title.en})`,
  }),
  ruleChanged: (code: string, fields: string): LocalizedText => ({
    sv: `Regeln ${code} ändrad: ${fields}`,
    en: `Rule ${code} changed: ${fields}`,
  }),
  clauseAdded: (id: string, text: LocalizedText): LocalizedText => ({
    sv: `Ny paragraf ${id}: ${q(text.sv)}`,
    en: `Clause added, ${id}: ${q(text.en)}`,
  }),
  clauseRemoved: (id: string): LocalizedText => ({
    sv: `Paragraf borttagen: ${id}`,
    en: `Clause removed: ${id}`,
  }),
  clausePlaceChanged: (id: string): LocalizedText => ({
    sv: `Paragrafen ${id} ändrad (avsnitt, slag eller överordnad paragraf)`,
    en: `Clause ${id} changed (section, kind or parent)`,
  }),
  /**
   * A clause's text changed. Each language shows its own text when it changed, else the other one:
   * the Swedish text is the policy's, and a change to it alone must be visible in English too.
   */
  clauseTextChanged: (id: string, before: LocalizedText, after: LocalizedText): LocalizedText => ({
    sv:
      before.sv !== after.sv
        ? `Paragrafen ${id} ändrad: ${q(before.sv)} → ${q(after.sv)}`
        : `Paragrafen ${id}, engelsk återgivning ändrad: ${q(before.en)} → ${q(after.en)}`,
    en:
      before.en !== after.en
        ? `Clause ${id} changed: ${q(before.en)} → ${q(after.en)}`
        : `Clause ${id} changed, Swedish text: ${q(before.sv)} → ${q(after.sv)}`,
  }),
  noteAdded: (number: number, id: string, text: LocalizedText): LocalizedText => ({
    sv: `Ny tolkning ${number} (${id}): ${q(text.sv)}`,
    en: `Interpretation note added, ${number} (${id}): ${q(text.en)}`,
  }),
  noteRemoved: (number: number, id: string): LocalizedText => ({
    sv: `Tolkning borttagen: ${number} (${id})`,
    en: `Interpretation note removed: ${number} (${id})`,
  }),
  noteChanged: (id: string, before: LocalizedText, after: LocalizedText): LocalizedText => ({
    sv: `Tolkningen ${id} ändrad: ${q(before.sv)} → ${q(after.sv)}`,
    en: `Interpretation note ${id} changed: ${q(before.en)} → ${q(after.en)}`,
  }),
  noteTownsChanged: (id: string, before: LocalizedText, after: LocalizedText): LocalizedText => ({
    sv: `Tolkningen ${id} gäller nu andra vänorter: ${before.sv} → ${after.sv}`,
    en: `Interpretation note ${id} is now about other twin towns: ${before.en} → ${after.en}`,
  }),
  everyTown: { sv: 'alla', en: 'all' },
  none: { sv: 'Inga ändringar.', en: 'No changes.' },
} as const;

/** How the functions of the policy name their arguments. */
export const ARGUMENT: Readonly<Record<'place' | 'countryCode' | 'clauseId', LocalizedText>> = {
  place: { sv: 'ortnamnet', en: 'the place' },
  countryCode: { sv: 'landskoden', en: 'the country code' },
  clauseId: { sv: 'paragrafens id', en: 'the clause id' },
};
