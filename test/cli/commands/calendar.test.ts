/**
 * `calendar REGISTER [--as-of DAY] [--out FILE.ics]`: the register's due dates as an iCalendar file,
 * read back here with an independent parser (ical.js): an all-day event per due date, its uid stable
 * from run to run, a settled duty cancelled, the same file for the same register on the same day.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import SAMPLE from '../../../examples/sample-register.json' with { type: 'json' };
import { dueDates } from '../../../src/index.js';
import { inProcess } from '../../support/cli.js';

const sample = new URL('../../../examples/sample-register.json', import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), 'solleftea-calendar-'));

interface Read {
  readonly uid: string;
  readonly start: string;
  readonly allDay: boolean;
  readonly summary: string;
  readonly description: string;
  readonly status: string;
  readonly sequence: number;
}

/** The events of an iCalendar file, as ical.js reads them. */
function events(text: string): Read[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
      status: String(component.getFirstPropertyValue('status')),
      sequence: event.sequence,
    };
  });
}

describe('solleftea-policy calendar', () => {
  const args = ['calendar', sample, '--as-of', '2022-06-01', '--report-back-days', '30'];

  it('writes every due date of the register as an all-day event a real parser reads back', async () => {
    const run = await inProcess([...args, '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const read = events(run.stdout);
    const expected = dueDates(SAMPLE, { asOf: '2022-06-01', deadlines: { reportBackDays: 30 } });
    expect(read.map((event) => [event.uid, event.start])).toEqual(
      expected.dates.map((due) => [due.uid, due.date]),
    );
    expect(new Set(read.map((event) => event.uid)).size).toBe(read.length);
    expect(read.every((event) => event.allDay)).toBe(true);
    const approval = read.find(
      (event) => event.uid === 'activity/2020-02/board_approval@solleftea-international-policy',
    );
    expect(approval).toMatchObject({
      start: '2020-02-10',
      summary: 'Approval by the executive board: Culture-school exchange in Põltsamaa',
      status: 'CANCELLED',
      sequence: 1,
    });
    expect(approval?.description).toMatch(
      /^Approval by the executive board: fulfilled — .*\n§ board\.approval$/,
    );
    const open = read.filter((event) => event.status === 'CONFIRMED');
    expect(open.length).toBe(expected.dates.filter((due) => !due.settled).length);
    expect(open.length).toBeGreaterThan(0);
  });

  it('gives the same file for the same register on the same day, and in Swedish by default', async () => {
    const first = await inProcess(args);
    const second = await inProcess(args);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout).toContain('NAME:Sollefteå kommun – internationella kontakter');
    expect(events(first.stdout)[0]?.summary).toMatch(/^Planering: /);
  });

  it('keeps the uid of a duty from day to day, and cancels it once it is settled', async () => {
    const before = events(
      (await inProcess(['calendar', sample, '--as-of', '2019-12-01', '--lang', 'en'])).stdout,
    );
    const after = events(
      (await inProcess(['calendar', sample, '--as-of', '2022-06-01', '--lang', 'en'])).stdout,
    );
    const uid = 'activity/2020-02/board_approval@solleftea-international-policy';
    // Judged before the approval was recorded, the approval is open; judged after, it is cancelled.
    expect(before.find((event) => event.uid === uid)?.status).toBe('CONFIRMED');
    expect(after.find((event) => event.uid === uid)?.status).toBe('CANCELLED');
  });

  it('writes --out FILE.ics, and refuses a file that holds one activity, not a register (exit 2)', async () => {
    const out = join(directory, 'due.ics');
    const written = await inProcess([...args, '--out', out, '--lang', 'en']);
    expect(written).toMatchObject({ status: 0, stderr: `Wrote ${out}.\n` });
    expect(events(readFileSync(out, 'utf8')).length).toBeGreaterThan(10);
    const trip = new URL('../../../examples/sample-trip.json', import.meta.url).pathname;
    const refused = await inProcess(['calendar', trip, '--as-of', '2022-06-01', '--lang', 'en']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('is no register: calendar reads a register');
  });

  it('asks for a register, and takes --rates and --policy as audit does', async () => {
    const missing = await inProcess(['calendar', '--as-of', '2022-06-01', '--lang', 'en']);
    expect(missing.status).toBe(2);
    const rates = join(directory, 'rates.json');
    writeFileSync(rates, JSON.stringify({ rates: [] }));
    const successor = new URL(
      '../../../examples/policies/solleftea-2023-2026.json',
      import.meta.url,
    ).pathname;
    const run = await inProcess([...args, '--rates', rates, '--policy', successor, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(events(run.stdout).length).toBeGreaterThan(10);
  });
});
