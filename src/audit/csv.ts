import { dutyWords } from '../agreements/describe.js';
import type { AgreementDuty } from '../agreements/types.js';
import { complianceWords } from '../compliance/describe.js';
import { COMPLIANCE } from '../compliance/explain.js';
import type { Compliance, ComplianceStatus } from '../compliance/types.js';
import { STATUS } from '../compliance/words.js';
import type { Language } from '../errors.js';
import { ownArgument } from '../input/own-data.js';
import { csvLine, DELIMITER } from '../internal/csv.js';
import { assertVouched, checkLanguage, TAKES_AUDIT } from '../internal/guards.js';
import { type Checked, keyOf, list, object, text } from '../internal/shape.js';
import { rowCompliance } from './audit.js';
import type { AuditedActivity, AuditReport } from './types.js';
import { ARGUMENT, CSV_COLUMNS, TAKES } from './words.js';

/** What a writer's `activity` takes. */
const ROW: Checked = {
  fn: 'auditCsvWriter',
  takes: TAKES.row,
};

const VERDICTS = { compliant: 1, not_compliant: 1, undetermined: 1, outside_policy: 1 };
const ROW_SHAPE = object({ id: text, verdict: keyOf(VERDICTS) });
const RESULTS_SHAPE = object({ results: list(COMPLIANCE) });

/** The statuses a finding has: what must be acted on, and what cannot be judged. */
const FINDING: ReadonlySet<ComplianceStatus> = new Set(['violated', 'overdue', 'undetermined']);

/**
 * The parts of {@link auditToCsv}, to write an audit's CSV as it is made (see {@link auditStream}):
 * the header, each activity's findings, and the agreement duties' findings at the end. Their
 * concatenation, in that order, is {@link auditToCsv}'s CSV for the same rows.
 *
 * @example
 * ```ts
 * const csv = auditCsvWriter('en');
 * csv.header; // => '\uFEFFActivity or agreement,Rule,Status,Reason,Due by,Clauses,Description\r\n'
 * ```
 * @category Agreements and audit
 */
export interface AuditCsvWriter {
  /** The byte-order mark and the header record. */
  readonly header: string;
  /**
   * An activity's findings, one record each (nothing for a compliant one), from its row and its
   * whole compliance — as `auditStream`'s `onActivity` hands both on. The compliance may be left out
   * for a compliant row only.
   */
  readonly activity: (row: AuditedActivity, compliance?: Compliance) => string;
  /** The per-period duties' findings of a report. */
  readonly agreements: (report: AuditReport) => string;
}

/**
 * The CSV of an audit in parts, to write it as the audit goes: see {@link AuditCsvWriter}.
 *
 * @param language - `'sv'` (default) or `'en'`
 * @returns the writer
 * @throws {@link PolicyError} `invalid_argument` for a language other than `'sv'` or `'en'`
 *
 * @example
 * ```ts
 * const csv = auditCsvWriter('sv');
 * let text = csv.header;
 * const report = await auditStream(
 *   { records: { ...SAMPLE_REGISTER, activities: [] }, activities: SAMPLE_REGISTER.activities },
 *   { asOf: '2023-03-31', onActivity: (row, compliance) => void (text += csv.activity(row, compliance)) },
 * );
 * text += csv.agreements(report);
 * text.split('\r\n').length; // => 5  (the header, three findings, and the end)
 * ```
 * @category Agreements and audit
 */
export function auditCsvWriter(language: Language = 'sv'): AuditCsvWriter {
  checkLanguage('auditCsvWriter', language);
  const delimiter = DELIMITER[language];
  const record = (fields: readonly string[]) => `${csvLine(fields, delimiter)}\r\n`;
  return Object.freeze({
    header: `\uFEFF${record(CSV_COLUMNS.map((column) => column[language]))}`,
    activity: (given: AuditedActivity, givenCompliance?: Compliance): string => {
      // Read once, as plain data: what is checked is what is written.
      const row = ownArgument(ROW.fn, given, ARGUMENT.row);
      ROW_SHAPE(row, 'row', ROW);
      if (row.verdict === 'compliant') return '';
      // Without findings' data a row that is not compliant cannot be written: refused in words.
      const compliance = ownArgument(ROW.fn, givenCompliance, ARGUMENT.compliance) as Compliance;
      RESULTS_SHAPE(compliance, 'compliance', ROW);
      let text = '';
      for (const result of compliance.results) {
        if (!FINDING.has(result.status)) continue;
        text += record([
          row.id,
          result.obligation.rule.title[language],
          STATUS[result.status][language],
          result.reason,
          result.deadline ?? result.obligation.dueBy ?? '',
          result.obligation.clauses.map((clause) => clause.id).join(' '),
          complianceWords(result)[language],
        ]);
      }
      return text;
    },
    agreements: (report: AuditReport): string => {
      assertVouched('auditCsvWriter', report, TAKES_AUDIT);
      let text = '';
      for (const review of report.agreements) {
        const duties: [string, AgreementDuty][] = [
          [review.period.label, review.continuation],
          ...review.agreements.flatMap((standing): [string, AgreementDuty][] => [
            [standing.agreement.id, standing.evaluation],
            [standing.agreement.id, standing.termination],
          ]),
        ];
        for (const [subject, duty] of duties) {
          if (!FINDING.has(duty.status)) continue;
          text += record([
            subject,
            duty.rule ? duty.rule.title[language] : duty.code,
            STATUS[duty.status][language],
            duty.reason,
            duty.dueBy ?? '',
            duty.clauses.map((clause) => clause.id).join(' '),
            dutyWords(duty)[language],
          ]);
        }
      }
      return text;
    },
  });
}

/**
 * An audit's findings as CSV for a spreadsheet: one record per obligation or agreement duty that is
 * not fulfilled, overdue or cannot be determined — the activity (or agreement, or period), the rule
 * by its title (never its code), the status in words, the reason's code, the day it was due, the clauses it rests on and the sentence
 * that explains it. The same CSV as {@link accountToCsv}: RFC 4180 quoting, CRLF, a byte-order mark,
 * a semicolon between fields in Swedish and a comma in English, and a leading apostrophe on any text a
 * spreadsheet would run as a formula. A row of the report holds its statuses only, so the words of
 * its findings are worked out again here, on the report's day, for the rows that have findings;
 * to write the CSV as the audit goes, each activity judged once, use {@link auditCsvWriter}.
 *
 * @param report - an audit from {@link audit}
 * @param language - `'sv'` (default) or `'en'`
 * @returns the CSV text, starting with U+FEFF
 * @throws {@link PolicyError} `invalid_argument` for a language other than `'sv'` or `'en'`, or a
 *   value that is no report from {@link audit} (a copy included)
 *
 * @example
 * ```ts
 * const report = audit(SAMPLE_REGISTER, { asOf: '2023-03-31' });
 * const csv = auditToCsv(report, 'en');
 * csv.split('\r\n')[0]; // => '\uFEFFActivity or agreement,Rule,Status,Reason,Due by,Clauses,Description'
 * csv.split('\r\n')[1]?.split(',').slice(0, 4).join(',');
 * // => '2022-01,Approval by the executive board,not fulfilled,retroactive_approval'
 * ```
 * @category Agreements and audit
 */
export function auditToCsv(report: AuditReport, language: Language = 'sv'): string {
  assertVouched('auditToCsv', report, TAKES_AUDIT);
  checkLanguage('auditToCsv', language);
  const csv = auditCsvWriter(language);
  let text = csv.header;
  // A row holds its statuses only: the findings' words need the whole compliance, worked out again
  // here for the rows that have findings (the CSV of an audit as it goes: auditCsvWriter).
  for (const row of report.activities)
    text += row.verdict === 'compliant' ? '' : csv.activity(row, rowCompliance(report, row.id));
  return text + csv.agreements(report);
}
