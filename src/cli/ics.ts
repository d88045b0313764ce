/**
 * Due dates as an iCalendar file (RFC 5545), for the command line's `calendar` and the try-it page's
 * download alike: the iCalendar library is passed in, loaded by each where it runs (the command line
 * when it writes a calendar, the page in its own bundle), so the library's apps never carry it.
 */
import type { DueDate, Language } from 'solleftea-international-policy';
import { CALENDAR } from './words.js';

/** The part of ical-generator the file is written with. */
export type IcalLibrary = Pick<
  typeof import('ical-generator'),
  'default' | 'ICalCalendarMethod' | 'ICalEventStatus'
>;

/** A day as the all-day date it is (iCalendar's `VALUE=DATE`, from the day's UTC fields). */
function dayOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * The due dates as an iCalendar file: an all-day event a date, its summary the duty and what owes
 * it, its description the duty in words with its clauses; a settled one cancelled, as a later
 * revision (sequence 1). The stamp is the day judged, so the same register on the same day gives the
 * same file.
 */
export function calendarFile(
  library: IcalLibrary,
  dates: readonly DueDate[],
  asOf: string,
  language: Language,
): string {
  const { default: ical, ICalCalendarMethod, ICalEventStatus } = library;
  const calendar = ical({
    name: CALENDAR.name[language],
    prodId: {
      company: 'solleftea-international-policy',
      product: 'calendar',
      language: language.toUpperCase(),
    },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const due of dates) {
    calendar.createEvent({
      id: due.uid,
      start: dayOf(due.date),
      allDay: true,
      stamp: dayOf(asOf),
      summary: CALENDAR.summary(due.title, due.subject.title)[language],
      description: `${due.description[language]}\n${due.clauses.map((id) => `§ ${id}`).join(', ')}`,
      status: due.settled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // A cancellation is a later revision of the event, which a calendar takes over the first.
      sequence: due.settled ? 1 : 0,
    });
  }
  return calendar.toString();
}
