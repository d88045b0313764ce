/** `account`: the account to the council of a period's international activities. */
import {
  accountToCsv,
  accountToMarkdown,
  councilAccountStream,
} from 'solleftea-international-policy';
import {
  type Command,
  dayJudged,
  emit,
  issuesError,
  POLICY_OPTIONS,
  policiesFrom,
  type Run,
  ratesFrom,
  withRegister,
} from '../command.js';
import { toJson } from '../json.js';
import { usage } from '../options.js';
import { USAGE } from '../words.js';

async function account(run: Run): Promise<number> {
  const { options, language, format } = run;
  if (options.period === undefined) throw usage(USAGE.period);
  const period = options.period;
  // The versions first: a file that is no definition is said before the register is read.
  const policies = await policiesFrom(run);
  return withRegister(run, async (read, name) => {
    const rates = await ratesFrom(run);
    // The register is read as a stream: only its records and the period's activities are kept.
    const asOf = dayJudged(run);
    const result = await councilAccountStream(read.parts, {
      period,
      asOf,
      ...(rates ? { rates } : {}),
      ...(policies ? { policies } : {}),
    });
    run.progress.done();
    if (!result.success) throw issuesError(name, result.issues);
    const text =
      format === 'json'
        ? `${toJson(result.data)}\n`
        : format === 'csv'
          ? accountToCsv(result.data, language)
          : accountToMarkdown(result.data, language);
    await emit(run, text);
    return 0;
  });
}

export const ACCOUNT: Command = {
  name: 'account',
  synopsis: {
    sv: 'account FIL --period 2019-2022 [--as-of DATUM]',
    en: 'account FILE --period 2019-2022 [--as-of DATE]',
  },
  summary: {
    sv: 'redovisningen till kommunfullmäktige av internationella utbyten och resor',
    en: 'the account of international exchanges and trips to the council',
  },
  description: {
    sv: 'Redovisningen till kommunfullmäktige av varje internationellt utbyte och resa under perioden,\nmed syfte, mål och resultat (Markdown; CSV för kalkylblad), per dagen --as-of (i dag i Sverige om\ndet utelämnas). --out skriver en fil atomärt och skriver inte över en befintlig utan --force.',
    en: 'The account to the municipal council of every international exchange and trip in the period, with\npurpose, goals and result (Markdown; CSV for spreadsheets), as of the day --as-of (today in Sweden\nwhen left out). --out writes a file atomically and does not overwrite one without --force.',
  },
  example:
    'solleftea-policy account register.json --period 2019-2022 --format csv --out account.csv',
  args: { max: 1 },
  options: ['format', 'json', 'period', 'as-of', 'rates', ...POLICY_OPTIONS, 'out', 'force'],
  formats: ['md', 'csv', 'json'],
  run: account,
};
