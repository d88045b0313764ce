import { complianceWords } from '../compliance/describe.js';
import type { ComplianceStatus } from '../compliance/types.js';
import { STATUS } from '../compliance/words.js';
import type { Language, LocalizedText } from '../errors.js';
import { csvLine, DELIMITER } from '../internal/csv.js';
import { assertVouched, checkLanguage, TAKES_ACCOUNT } from '../internal/guards.js';
import { decimalOf, moneyText, moneyWords } from '../money/format.js';
import { CONTENT_NAMES } from '../obligations/words.js';
import type { AccountRow, AccountTotal, CouncilAccount } from './types.js';
import { ACCOUNT, COST_BASIS, CSV_COLUMNS, KIND, MARKDOWN_COLUMNS } from './words.js';

function status(value: ComplianceStatus, language: Language): string {
  return value === 'not_applicable' ? '' : STATUS[value][language];
}

/** A row as the cells of the account, in the order of its headers. */
function cells(row: AccountRow, language: Language): string[] {
  return [
    row.id,
    row.caseNumber ?? '',
    KIND[row.kind][language],
    row.title,
    row.organiser,
    row.firstDay,
    row.lastDay,
    row.places.join(' / '),
    row.twinTowns.join(', '),
    row.purpose ?? '',
    row.goal ?? '',
    goalNames(row, language),
    row.result ?? '',
    row.travellers === undefined ? '' : String(row.travellers),
    row.cost ? decimalOf(row.cost, language) : '',
    row.costBasis ? COST_BASIS[row.costBasis][language] : '',
    status(row.approval, language),
    status(row.reportBack, language),
    status(row.accounted, language),
    row.missing.map((item) => CONTENT_NAMES[item][language]).join(', '),
    row.attention.map((why) => complianceWords(why)[language]).join(' '),
  ];
}

/** The policy goals a row links to, by their names in `language` (never by id). */
function goalNames(row: AccountRow, language: Language): string {
  return row.policyGoals.map((goal) => goal.text[language]).join('; ');
}

/**
 * The council account as CSV for spreadsheets: a header row and one record per row of the account,
 * RFC 4180 quoting (fields holding the delimiter, a quote or a line break are quoted, quotes
 * doubled), CRLF line ends, and UTF-8 with a byte-order mark so that Excel reads å, ä and ö.
 *
 * @remarks
 * The Swedish variant writes amounts with a decimal comma (`12500,00`) and therefore separates fields
 * with a semicolon, as Excel does in a Swedish locale; the English variant writes `12500.00` and
 * separates with a comma. Amounts are in SEK without thousands separators, dates are `YYYY-MM-DD`,
 * statuses are words in the language, and an empty cell means not applicable or not recorded.
 *
 * A text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return — one a spreadsheet would
 * run as a formula (CSV injection) — is written with a leading apostrophe and quoted:
 * `=HYPERLINK(…)` becomes `"'=HYPERLINK(…)"`, shown as text. A program reading the CSV back sees the
 * apostrophe; the account itself (and its Markdown) holds the text as recorded.
 *
 * @param account - an account from {@link councilAccount}
 * @param language - `'sv'` (default) or `'en'`
 * @returns the CSV text, starting with U+FEFF
 *
 * @throws {@link PolicyError} `invalid_argument` for a language other than `'sv'` or `'en'`, or a
 *   value that is no account
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * const account = register.success ? councilAccount(register.data, { asOf: '2023-03-31', period: '2019-2022' }) : undefined;
 * const csv = account ? accountToCsv(account, 'sv') : '';
 * csv.split('\r\n')[0]?.slice(1, 40); // => 'Id;Diarienummer;Typ;Rubrik;Arrangör;För'
 * csv.split('\r\n')[1];
 * // => '2019-09;KS 2019/355;inkommande besök;Delegation from Esashi;Kommunledningskontoret;2019-12-02;2019-12-04;Esashi (JP);esashi;Receive the mayor of Esashi;Renewed contacts for the 2021 school trip;"Stärka tillväxten i Sollefteå kommun; Att stötta internationella organisationer och partners att arrangera möten och event i Sollefteå kommun";Visit programme for 2021 discussed;;9500,00;faktisk;;;väntar;;'
 * ```
 * @category Agreements and audit
 */
export function accountToCsv(account: CouncilAccount, language: Language = 'sv'): string {
  assertVouched('accountToCsv', account, TAKES_ACCOUNT);
  checkLanguage('accountToCsv', language);
  const delimiter = DELIMITER[language];
  const lines = [
    CSV_COLUMNS.map((column) => column[language]),
    ...account.rows.map((row) => cells(row, language)),
  ].map((fields) => csvLine(fields, delimiter));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters to neutralise
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Text made safe for one cell of a Markdown table: no HTML, no link, image, emphasis or code from the
 * data (a renderer may still make a bare `https://…` address a link, shown as written).
 */
function md(value: string): string {
  return (
    value
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('\\', '\\\\')
      .replaceAll('|', '\\|')
      // Markdown's own syntax is escaped as HTML's is: no link, image or emphasis from the data
      // ("[click](javascript:…)", "![x](https://…)").
      .replace(/[[\]*_`~]/g, (char) => `\\${char}`)
      .replace(/\r\n|\r|\n/g, '<br>')
      // Other control characters (escape sequences among them) are shown, never passed on.
      .replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
  );
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(md).join(' | ')} |`),
  ];
}

/**
 * The council account as Markdown for the council's papers: a table of every exchange and trip —
 * its actual cost, or else its planned cost (budget) in a column of its own, and whether it was
 * approved, reported back to the board and already accounted to the council — the total, the rows missing purpose, goals or result, and the totals per goal and per twin town.
 *
 * @param account - an account from {@link councilAccount}
 * @param language - `'sv'` (default) or `'en'`
 * @returns the Markdown text
 *
 * @throws {@link PolicyError} `invalid_argument` for a language other than `'sv'` or `'en'`, or a
 *   value that is no account
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * const account = register.success ? councilAccount(register.data, { asOf: '2023-03-31', period: '2019-2022' }) : undefined;
 * const markdown = account ? accountToMarkdown(account, 'en') : '';
 * markdown.split('\n')[0]; // => '# Account of international exchanges and trips 2019–2022'
 * ```
 * @category Agreements and audit
 */
export function accountToMarkdown(account: CouncilAccount, language: Language = 'sv'): string {
  assertVouched('accountToMarkdown', account, TAKES_ACCOUNT);
  checkLanguage('accountToMarkdown', language);
  const say = (words: LocalizedText): string => words[language];
  const policy = account.policies.map((applied) => applied.title).join(', ') || undefined;
  const lines = [
    `# ${say(ACCOUNT.title(account.period.label))}`,
    '',
    say(ACCOUNT.intro(policy)),
    '',
    say(ACCOUNT.asOf(account.asOf)),
    '',
  ];
  rowsInMarkdown(lines, account, language);
  lines.push(
    say(ACCOUNT.total(account.rows.length, moneyWords(account.total.cost))),
    '',
    say(ACCOUNT.costBasis),
  );
  if (account.total.unconverted > 0)
    lines.push('', say(ACCOUNT.unconverted(account.total.unconverted)));
  lines.push('');
  listsInMarkdown(lines, account, language);
  totalsInMarkdown(lines, account, language);
  return lines.join('\n');
}

/** The account's table, a row an activity (or a sentence saying there is none), added to `lines`. */
function rowsInMarkdown(lines: string[], account: CouncilAccount, language: Language): void {
  const say = (words: LocalizedText): string => words[language];
  const money = (amount: Parameters<typeof moneyText>[0]) => moneyText(amount, language);
  if (account.rows.length === 0) {
    lines.push(say(ACCOUNT.none), '');
    return;
  }
  // One row at a time: spreading a table of 150 000 rows into push() overflows the call stack.
  const rows = table(
    MARKDOWN_COLUMNS.map(say),
    account.rows.map((row) => [
      row.missing.length > 0 ? `${row.id} ⚠` : row.id,
      `${row.firstDay}–${row.lastDay}`,
      row.places.join('; '),
      row.purpose ?? '',
      row.goal ?? '',
      goalNames(row, language),
      row.result ?? '',
      row.travellers === undefined ? '' : String(row.travellers),
      row.cost && row.costBasis === 'actual' ? money(row.cost) : '',
      row.cost && row.costBasis === 'planned' ? money(row.cost) : '',
      status(row.approval, language),
      status(row.reportBack, language),
      status(row.accounted, language),
    ]),
  );
  for (const row of rows) lines.push(row);
  lines.push('');
}

/**
 * The lists under the table, added to `lines`: the rows flagged for what they do not state, those
 * whose duties cannot be determined (worded here, from their results), and those outside the policy.
 */
function listsInMarkdown(lines: string[], account: CouncilAccount, language: Language): void {
  const say = (words: LocalizedText): string => words[language];
  if (account.flagged.length > 0) {
    lines.push(`## ${say(ACCOUNT.flagged)}`, '');
    for (const row of account.rows) {
      if (row.missing.length === 0) continue;
      const missing = row.missing.map((item) => CONTENT_NAMES[item][language]).join(', ');
      lines.push(`- ${md(row.id)} ${md(row.title)}: ${missing}`);
    }
    lines.push('');
  }
  const undetermined = account.rows.filter((row) => row.attention.length > 0);
  if (undetermined.length > 0) {
    lines.push(`## ${say(ACCOUNT.attention)}`, '');
    for (const row of undetermined) {
      const why = row.attention.map((result) => complianceWords(result)[language]).join(' ');
      lines.push(`- ${md(row.id)} ${md(row.title)}: ${md(why)}`);
    }
    lines.push('');
  }
  if (account.outsidePolicy.length > 0) {
    lines.push(`${say(ACCOUNT.outside)}: ${account.outsidePolicy.map(md).join(', ')}.`, '');
  }
}

/** The totals per goal and per twin town, each a table, added to `lines`. */
function totalsInMarkdown(lines: string[], account: CouncilAccount, language: Language): void {
  const say = (words: LocalizedText): string => words[language];
  const totals = (label: LocalizedText, of: readonly AccountTotal[]) =>
    table(
      [say(label), say(ACCOUNT.count), say(ACCOUNT.cost)],
      of.map((total) => [
        total.label[language],
        String(total.count),
        moneyText(total.cost, language),
      ]),
    );
  lines.push(
    `## ${say(ACCOUNT.byGoal)}`,
    '',
    ...totals(ACCOUNT.goal, account.byGoal),
    '',
    say(ACCOUNT.overlap),
    '',
    `## ${say(ACCOUNT.byTown)}`,
    '',
    ...totals(ACCOUNT.town, account.byTwinTown),
    '',
  );
}
