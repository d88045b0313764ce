/**
 * A model-based test: random sequences of what happens to a twin-town trip over the threshold —
 * days passing, the board deciding, reports back and accounts being submitted, complete or not —
 * and, after every step, the library's compliance status checked against a simple model.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  type ActivityReport,
  assessCompliance,
  type BoardApproval,
  type ComplianceStatus,
  toIsoDate,
} from '../../src/index.js';
import { sekItem, trip } from '../fixtures/build.js';
import { lazy } from '../support/lazy.js';

const DEPARTURE = '2020-03-10';
const RETURN = '2020-03-13';
const REPORT_DAYS = 30;
const ACCOUNT_DAYS = 200;
const TRIP = lazy(() =>
  trip({
    departureDate: DEPARTURE,
    returnDate: RETURN,
    plannedCosts: [sekItem('15 000')],
  }),
);

const dayAfter = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Model {
  day: string;
  approvals: { day: string; approved: boolean }[];
  reportsBack: { day: string; complete: boolean }[];
  accounts: { day: string; complete: boolean }[];
}
interface Real {
  asOf: string;
  approvals: BoardApproval[];
  reportsBack: ActivityReport[];
  councilAccounts: ActivityReport[];
}

/** The board's latest decision on or before departure decides; after it, only a late approval. */
function expectedApproval(model: Model): ComplianceStatus {
  const departed = model.day > DEPARTURE;
  const deciding = model.approvals.filter((a) => a.day <= DEPARTURE).at(-1);
  if (deciding) return deciding.approved ? 'fulfilled' : departed ? 'violated' : 'pending';
  if (model.approvals.some((a) => a.approved)) return 'violated';
  return departed ? 'violated' : 'pending';
}

/**
 * A complete report after the return fulfils; an incomplete one is pending until the deadline,
 * then overdue; one submitted before the return is no report at all: pending, or overdue past the
 * deadline, never violated (interpretation note 6).
 */
function expectedReport(
  model: Model,
  reports: { day: string; complete: boolean }[],
  days: number,
): ComplianceStatus {
  const late = model.day > dayAfter(RETURN, days);
  const after = reports.filter((r) => r.day >= RETURN);
  if (after.some((r) => r.complete)) return 'fulfilled';
  if (after.length > 0 || reports.length > 0) return late ? 'overdue' : 'pending';
  if (model.day <= RETURN) return 'pending';
  return late ? 'overdue' : 'pending';
}

function check(model: Model, real: Real): void {
  const compliance = assessCompliance(TRIP(), real, {
    asOf: real.asOf,
    deadlines: { reportBackDays: REPORT_DAYS, councilAccountDays: ACCOUNT_DAYS },
  });
  expect(compliance.results.map((r) => [r.obligation.code, r.status])).toEqual([
    ['planning', 'fulfilled'],
    ['board_approval', expectedApproval(model)],
    ['board_report_back', expectedReport(model, model.reportsBack, REPORT_DAYS)],
    ['council_account', expectedReport(model, model.accounts, ACCOUNT_DAYS)],
  ]);
}

const report = (day: string, complete: boolean): ActivityReport => ({
  activity: TRIP().id,
  submittedOn: toIsoDate(day),
  purpose: 'Prepare a school exchange',
  goal: 'Agree on two school visits',
  ...(complete ? { result: 'Exchange agreed' } : {}),
});

class PassDays implements fc.Command<Model, Real> {
  constructor(readonly days: number) {}
  check = (): boolean => true;
  run(model: Model, real: Real): void {
    model.day = dayAfter(model.day, this.days);
    real.asOf = model.day;
    check(model, real);
  }
  toString = (): string => `pass ${this.days} days`;
}

class Decide implements fc.Command<Model, Real> {
  constructor(readonly approved: boolean) {}
  check = (): boolean => true;
  run(model: Model, real: Real): void {
    model.approvals.push({ day: model.day, approved: this.approved });
    real.approvals.push({
      activity: TRIP().id,
      decidedOn: toIsoDate(model.day),
      reference: `KS § ${real.approvals.length + 1}`,
      decision: this.approved ? 'approved' : 'rejected',
    });
    check(model, real);
  }
  toString = (): string => (this.approved ? 'board approves' : 'board rejects');
}

class Report implements fc.Command<Model, Real> {
  constructor(
    readonly to: 'board' | 'council',
    readonly complete: boolean,
  ) {}
  check = (): boolean => true;
  run(model: Model, real: Real): void {
    (this.to === 'board' ? model.reportsBack : model.accounts).push({
      day: model.day,
      complete: this.complete,
    });
    (this.to === 'board' ? real.reportsBack : real.councilAccounts).push(
      report(model.day, this.complete),
    );
    check(model, real);
  }
  toString = (): string => `${this.complete ? 'complete' : 'incomplete'} report to the ${this.to}`;
}

const commands = [
  fc.integer({ min: 1, max: 40 }).map((days) => new PassDays(days)),
  fc.boolean().map((approved) => new Decide(approved)),
  fc
    .tuple(fc.constantFrom('board' as const, 'council' as const), fc.boolean())
    .map(([to, complete]) => new Report(to, complete)),
];

test.prop([fc.commands(commands, { maxCommands: 30 }), fc.integer({ min: 0, max: 20 })], {
  numRuns: 500,
})(
  'compliance follows a simple model through planning, approval, departure, return, report-back and account, in any order',
  (cmds, startBefore) => {
    const start = dayAfter(DEPARTURE, -startBefore);
    fc.modelRun(
      () => ({
        model: { day: start, approvals: [], reportsBack: [], accounts: [] },
        real: { asOf: start, approvals: [], reportsBack: [], councilAccounts: [] },
      }),
      cmds,
    );
  },
);
