import { dutyWords } from '../agreements/describe.js';
import type { AgreementDuty } from '../agreements/types.js';
import { complianceWords } from '../compliance/describe.js';
import type { ComplianceStatus } from '../compliance/types.js';
import { STATUS } from '../compliance/words.js';
import type { Bilingual, Language } from '../errors.js';
import { csvLine, DELIMITER } from '../internal/csv.js';
import { assertVouched, checkLanguage, TAKES_AUDIT } from '../internal/guards.js';
import type { AuditReport } from './types.js';

/** The columns of {@link auditToCsv}, in order. */
const COLUMNS: readonly Bilingual[] = [
  { sv: 'Aktivitet eller avtal', en: 'Activity or agreement' },
  { sv: 'Regel', en: 'Rule' },
  { sv: 'Status', en: 'Status' },
  { sv: 'Skäl', en: 'Reason' },
  { sv: 'Senast', en: 'Due by' },
  { sv: 'Paragrafer', en: 'Clauses' },
  { sv: 'Beskrivning', en: 'Description' },
];

/** The statuses a finding has: what must be acted on, and what cannot be judged. */
const FINDING: ReadonlySet<ComplianceStatus> = new Set(['violated', 'overdue', 'undetermined']);

/**
 * An audit's findings as CSV for a spreadsheet: one record per obligation or agreement duty that is
 * violated, overdue or cannot be determined — the activity (or agreement, or period), the rule, the
 * status in words, the reason's code, the day it was due, the clauses it rests on and the sentence
 * that explains it. The same CSV as {@link accountToCsv}: RFC 4180 quoting, CRLF, a byte-order mark,
 * a semicolon between fields in Swedish and a comma in English, and a leading apostrophe on any text a
 * spreadsheet would run as a formula.
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
 * // => '2022-01,board_approval,violated,retroactive_approval'
 * ```
 */
export function auditToCsv(report: AuditReport, language: Language = 'sv'): string {
  assertVouched('auditToCsv', report, TAKES_AUDIT);
  checkLanguage('auditToCsv', language);
  const delimiter = DELIMITER[language];
  const lines = [
    csvLine(
      COLUMNS.map((column) => column[language]),
      delimiter,
    ),
  ];
  for (const row of report.activities) {
    if (row.verdict === 'compliant') continue;
    for (const result of row.compliance.results) {
      if (!FINDING.has(result.status)) continue;
      lines.push(
        csvLine(
          [
            row.id,
            result.obligation.code,
            STATUS[result.status][language],
            result.reason,
            result.deadline ?? result.obligation.dueBy ?? '',
            result.obligation.clauses.map((clause) => clause.id).join(' '),
            complianceWords(result)[language],
          ],
          delimiter,
        ),
      );
    }
  }
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
      lines.push(
        csvLine(
          [
            subject,
            duty.code,
            STATUS[duty.status][language],
            duty.reason,
            duty.dueBy ?? '',
            duty.clauses.map((clause) => clause.id).join(' '),
            dutyWords(duty)[language],
          ],
          delimiter,
        ),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
