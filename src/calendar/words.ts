import type { LocalizedText } from '../errors.js';
import { shown } from '../internal/guards.js';

/**
 * Internal: the vocabulary of the calendar — what its checks of days and mandate periods say, in
 * both languages side by side.
 */

/** What `mandatePeriodOf` calls its `body` argument. */
export const THE_BODY: LocalizedText = { sv: 'organet', en: 'the body' };

/** A string that is not a real calendar day. */
export function invalidDate(value: unknown): LocalizedText {
  return {
    sv: `${shown(value)} är inget giltigt datum; skriv ett verkligt datum som ÅÅÅÅ-MM-DD, t.ex. 2020-03-01.`,
    en: `${shown(value)} is not a valid date; write a real calendar date as YYYY-MM-DD, e.g. 2020-03-01.`,
  };
}

/** A day outside the mandate-period calendar of the council or the board. */
export function outsideCalendar(
  day: string,
  body: 'council' | 'board',
  firstDay: string,
  lastDay: string,
): LocalizedText {
  return {
    sv: `${day} ligger utanför mandatperiodskalendern för ${body === 'council' ? 'kommunfullmäktige' : 'kommunstyrelsen'}, som gäller ${firstDay}–${lastDay}.`,
    en: `${day} is outside the mandate-period calendar for the ${body === 'council' ? 'municipal council' : 'executive board'}, which covers ${firstDay} to ${lastDay}.`,
  };
}

/** A label that is not a board term the calendar knows (`earliest`–`latest`: the years it knows). */
export function notAPeriod(label: unknown, earliest: number, latest: number): LocalizedText {
  return {
    sv: `${shown(label)} är ingen mandatperiod; skriv kommunstyrelsens mandatperiod som ÅÅÅÅ–ÅÅÅÅ, t.ex. 2019–2022 (${earliest}–${latest}).`,
    en: `${shown(label)} is not a mandate period; write the executive board's term as YYYY–YYYY, e.g. 2019–2022 (${earliest} to ${latest}).`,
  };
}

/** A year outside the terms the calendar knows (`earliest`–`latest`). */
export function yearOutsideTerms(label: unknown, earliest: number, latest: number): LocalizedText {
  return {
    sv: `${shown(label)} ligger utanför de mandatperioder biblioteket känner (${earliest}–${latest}); skriv ett år eller en mandatperiod inom dem.`,
    en: `${shown(label)} is outside the terms the library knows (${earliest} to ${latest}); write a year or a term within them.`,
  };
}
