/** `test`: a maintainer's scenario files, each case judged and compared with what it expects. */
import {
  explainScenarioFailure,
  type LocalizedText,
  runScenarios,
  type ScenarioReport,
} from 'solleftea-international-policy';
import {
  type Command,
  definitionFrom,
  emit,
  issuesError,
  POLICY_OPTIONS,
  policiesFrom,
  type Run,
} from '../command.js';
import { toJson } from '../json.js';
import { usage } from '../options.js';
import { shown } from '../terminal.js';
import { REPORT, SCENARIOS, USAGE } from '../words.js';

/** A file's cases as text: a line a case, and under a failed one each expectation not met. */
function caseLines(report: ScenarioReport, run: Run): string[] {
  const { paint, language } = run;
  const say = (words: LocalizedText) => shown(words[language]);
  const lines: string[] = [];
  for (const outcome of report.cases) {
    const mark = outcome.passed ? paint.green('✔') : paint.red('✘');
    lines.push(`  ${mark} ${shown(outcome.name)}`);
    for (const failure of outcome.failures)
      lines.push(`      ${say(explainScenarioFailure(failure))}`);
  }
  return lines;
}

/** A file's cases as JSON: each case's name, clauses and failures, without its whole judgement. */
function caseData(file: string, report: ScenarioReport): object {
  return {
    file,
    passed: report.passed,
    failed: report.failed,
    cases: report.cases.map(({ compliance: _, ...outcome }) => outcome),
  };
}

async function test(run: Run): Promise<number> {
  if (run.args.length === 0) throw usage(USAGE.missingFile);
  const policies = await policiesFrom(run);
  // Every file is read and checked before any case is run: an invalid one stops the run (exit 2).
  const files: { name: string; report: ScenarioReport }[] = [];
  for (const file of run.args) {
    const { name, value, source } = await definitionFrom(file, run);
    const result = runScenarios(value, policies ? { policies } : {});
    if (!result.success) throw issuesError(name, result.issues, source);
    files.push({ name, report: result.data });
  }
  const passed = files.reduce((sum, { report }) => sum + report.passed, 0);
  const failed = files.reduce((sum, { report }) => sum + report.failed, 0);
  if (run.format === 'json') {
    await emit(
      run,
      `${toJson({ passed, failed, files: files.map((f) => caseData(f.name, f.report)) })}\n`,
    );
  } else {
    const say = (words: LocalizedText) => shown(words[run.language]);
    // Answers judged under a draft say so: the drafts --policy gives are named first.
    const drafts = (policies ?? []).filter((version) => version.draft);
    const lines = [
      ...drafts.map((draft) => say(SCENARIOS.underDraft(draft.title, REPORT.draft))),
      ...(drafts.length > 0 ? [''] : []),
      ...files.flatMap(({ name, report }) => [
        run.paint.bold(say(SCENARIOS.file(name))),
        ...caseLines(report, run),
        '',
      ]),
    ];
    const total = say(SCENARIOS.total(passed + failed, passed, failed));
    lines.push(failed > 0 ? run.paint.red(total) : run.paint.green(total));
    await emit(run, `${lines.join('\n')}\n`, false);
  }
  return failed > 0 ? 1 : 0;
}

export const TEST: Command = {
  name: 'test',
  synopsis: { sv: 'test FIL… [--policy FIL]', en: 'test FILE… [--policy FILE]' },
  summary: {
    sv: 'kör scenarier: daterade fall och vad som väntas av dem',
    en: 'run scenarios: dated cases and what is expected of them',
  },
  description: {
    sv: 'Kör scenariofiler (YAML eller JSON): varje fall är en aktivitet med beslut och rapporter, dagen\nden bedöms och vad som väntas (varje skyldighets status, utfallet, paragraferna, kostnaden). En rad\nper fall; för ett fall som misslyckas vad som väntades mot vad som blev. Filerna kontrolleras mot\nsitt schema innan något körs. Avslutas med 0 när alla fall går igenom, 1 när ett misslyckas och 2\nnär en fil är ogiltig.',
    en: "Runs scenario files (YAML or JSON): each case is an activity with its decisions and reports, the\nday it is judged and what is expected (each duty's status, the verdict, the clauses, the cost). A\nline per case; for a case that fails, what was expected against what came. The files are checked\nagainst their schema before anything runs. Exits 0 when every case passes, 1 when one fails and 2\nwhen a file is invalid.",
  },
  example: 'solleftea-policy test scenarios/solleftea-2019-2022.yaml',
  args: { max: 1000 },
  options: ['format', 'json', ...POLICY_OPTIONS],
  formats: ['text', 'json'],
  run: test,
};
