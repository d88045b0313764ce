import type { LocalizedText } from '../errors.js';
import { notThis } from '../internal/guards.js';

/**
 * Internal: what the obligations layer's guards say a refused argument must be, in both languages side by
 * side — a table of the layer's vocabulary (`words.ts`) kept in a module of its own and imported as a
 * namespace (`import * as MUST`), so that a bundler leaves out the sentences an app never says.
 */

/** What `meetingDays` must be: the start of each message about it. */
const MEETING_DAYS: LocalizedText = {
  sv: 'meetingDays ska vara { board?, council? } med listor av dagar ÅÅÅÅ-MM-DD',
  en: 'meetingDays must be { board?, council? } with lists of days YYYY-MM-DD',
};

/** A fact of an evaluation's. */
export const beFact = (fact: unknown): LocalizedText => ({
  sv: `tar ett faktum från en bedömning som evaluate gett, ${notThis(fact).sv}.`,
  en: `takes a fact from an evaluation evaluate gave, ${notThis(fact).en}.`,
});
/** Agreements as `parseRecords` takes them (the parser's first issue follows). */
export const beAgreementsAsParsed: LocalizedText = {
  sv: 'agreements ska vara vänortsavtal som parseRecords tar emot',
  en: 'agreements must be twin-town agreements as parseRecords takes them',
};
/** A list of agreements. */
export const beAgreements = (agreements: unknown): LocalizedText => ({
  sv: `agreements ska vara en lista med vänortsavtal från parseRecords eller parseRegister, ${notThis(agreements).sv}.`,
  en: `agreements must be a list of twin-town agreements from parseRecords or parseRegister, ${notThis(agreements).en}.`,
});
/** `meetingDays`: an object of lists of days, by body. */
export const beMeetingDays = {
  /** Not an object. */
  object: (meetingDays: unknown): LocalizedText => ({
    sv: `${MEETING_DAYS.sv}, ${notThis(meetingDays).sv}.`,
    en: `${MEETING_DAYS.en}, ${notThis(meetingDays).en}.`,
  }),
  /** A key that is no body. */
  body: (body: string): LocalizedText => ({
    sv: `${MEETING_DAYS.sv}; meetingDays.${body} är inget organ som policyn nämner.`,
    en: `${MEETING_DAYS.en}; meetingDays.${body} is no body the policy names.`,
  }),
  /** A body's days not a list (or too long a one). */
  list: (body: string, days: unknown): LocalizedText => ({
    sv: `${MEETING_DAYS.sv}; meetingDays.${body} ${notThis(days).sv}.`,
    en: `${MEETING_DAYS.en}; meetingDays.${body} ${notThis(days).en}.`,
  }),
  /** An item of a body's days that is no day. */
  day: (body: string, index: number, day: unknown): LocalizedText => ({
    sv: `${MEETING_DAYS.sv}; meetingDays.${body}[${index}] är ingen dag, ${notThis(day).sv}.`,
    en: `${MEETING_DAYS.en}; meetingDays.${body}[${index}] is no day, ${notThis(day).en}.`,
  }),
};
