/**
 * `calendar`: a register's due dates on a day as an iCalendar file (RFC 5545) — all-day events with
 * stable uids, so that importing the file again updates the clerk's calendar instead of adding to
 * it, and a duty settled since cancelled.
 */
import { createRequire } from 'node:module';
import { dueDates } from 'solleftea-international-policy';
import {
  type Command,
  dayJudged,
  deadlinesOf,
  emit,
  issuesError,
  JUDGING,
  policiesFrom,
  type Run,
  ratesFrom,
  withRegister,
} from '../command.js';
import { calendarFile } from '../ics.js';
import { usage } from '../options.js';
import { CALENDAR, USAGE } from '../words.js';

/**
 * The iCalendar library, loaded when a calendar is written: every other command starts without it,
 * and apps importing the library never bundle it.
 */
function icalLibrary(): typeof import('ical-generator') {
  return createRequire(import.meta.url)('ical-generator') as typeof import('ical-generator');
}

async function calendar(run: Run): Promise<number> {
  const { options } = run;
  if (run.args.length === 0) throw usage(USAGE.missingFile);
  const asOf = dayJudged(run);
  const policies = await policiesFrom(run);
  return withRegister(run, async (read, name) => {
    if (!read.register) throw usage(CALENDAR.notRegister(name));
    const rates = await ratesFrom(run);
    // The due dates are as many as the duties: the register is held whole to judge it.
    const activities: unknown[] = [];
    for await (const activity of read.parts.activities) activities.push(activity);
    run.progress.done();
    const due = dueDates(
      { ...(read.parts.records as object), activities },
      {
        asOf,
        deadlines: deadlinesOf(options),
        ...(rates ? { rates } : {}),
        ...(policies ? { policies } : {}),
      },
    );
    const unreadable = due.invalid.find((record) => record.list === 'register');
    if (unreadable) throw issuesError(name, unreadable.issues);
    await emit(run, calendarFile(icalLibrary(), due.dates, due.asOf, run.language));
    return 0;
  });
}

export const CALENDAR_COMMAND: Command = {
  name: 'calendar',
  synopsis: {
    sv: 'calendar REGISTER [--as-of DATUM] [--out FIL.ics]',
    en: 'calendar REGISTER [--as-of DATE] [--out FILE.ics]',
  },
  summary: {
    sv: 'registrets sista dagar som en kalenderfil (iCalendar)',
    en: "the register's due dates as a calendar file (iCalendar)",
  },
  description: {
    sv: 'Skriver registrets sista dagar en viss dag (--as-of; i dag i Sverige om det utelämnas) som en\niCalendar-fil (.ics): godkännande före avresan, planering, återrapportering och redovisning till\nfullmäktige där en frist anges, vänortsavtalens utvärdering och beslut. Varje skyldighet är en\nheldagshändelse med ett stabilt id, så att en ny import uppdaterar kalendern i stället för att\nlägga till; en skyldighet som har uppfyllts sedan dess blir inställd.',
    en: "Writes the register's due dates on a day (--as-of; today in Sweden when left out) as an\niCalendar file (.ics): approval before departure, planning, report-back and the council account\nwhere a deadline is set, the twin-town agreements' evaluation and decision. Each duty is an\nall-day event with a stable id, so that importing again updates the calendar instead of adding to\nit; a duty fulfilled since is cancelled.",
  },
  example: 'solleftea-policy calendar register.json --report-back-days 30 --out due.ics',
  args: { max: 1 },
  options: [...JUDGING, 'out', 'force'],
  formats: [],
  run: calendar,
};
