/**
 * The try-it page: evaluates the activity in the text area as the reader types, in the browser, with
 * the package's own ESM build. Bundled by scripts/build-try-it.ts into site/try-it/app.js.
 */
import {
  evaluate,
  explain,
  type Language,
  parseActivity,
  parseRates,
} from 'solleftea-international-policy';
import { SAMPLE_RATES, SAMPLE_TRIPS } from '../../examples/sample-trips.js';

/** The page of the policy, clause by clause, as TypeDoc names it, from the try-it page in media/. */
const CLAUSE_PAGE = '../documents/The_policy,_clause_by_clause.html';

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const input = element<HTMLTextAreaElement>('input');
const sample = element<HTMLSelectElement>('sample');
const language = element<HTMLSelectElement>('language');
const summary = element<HTMLParagraphElement>('summary');
const result = element<HTMLUListElement>('result');

const rates = parseRates(SAMPLE_RATES);
const context = rates.success ? { rates: rates.data } : {};

SAMPLE_TRIPS.forEach((trip, index) => {
  const option = document.createElement('option');
  option.value = String(index);
  option.textContent = `${(trip as { id: string }).id}: ${(trip as { title: string }).title}`;
  sample.append(option);
});

function item(text: string, className: string, data: Record<string, string>): HTMLLIElement {
  const li = document.createElement('li');
  li.className = className;
  li.textContent = text;
  for (const [key, value] of Object.entries(data)) li.dataset[key] = value;
  return li;
}

function render(): void {
  const lang = language.value as Language;
  const sv = lang === 'sv';
  result.replaceChildren();
  let value: unknown;
  try {
    value = JSON.parse(input.value);
  } catch (error) {
    summary.textContent = sv ? 'Ogiltig JSON:' : 'Invalid JSON:';
    result.append(item(String((error as Error).message), 'issue', { path: '' }));
    return;
  }
  const parsed = parseActivity(value);
  if (!parsed.success) {
    summary.textContent = sv
      ? `${parsed.issues.length} fel i aktiviteten:`
      : `${parsed.issues.length} ${parsed.issues.length === 1 ? 'problem' : 'problems'} with the activity:`;
    for (const issue of parsed.issues) {
      result.append(
        item(issue.messages[lang], 'issue', { path: issue.path.join('.'), code: issue.code }),
      );
    }
    return;
  }
  const evaluation = evaluate(parsed.data, context);
  summary.textContent =
    evaluation.outcome === 'evaluated'
      ? `${evaluation.policy?.title ?? ''} (${evaluation.policy?.fingerprint.slice(0, 19) ?? ''}…)`
      : explain(evaluation)[lang];
  for (const obligation of evaluation.obligations) {
    const li = item(explain(obligation)[lang], obligation.status, {
      code: obligation.code,
      status: obligation.status,
    });
    for (const clause of obligation.clauses) {
      // Each citation links to its clause on the policy page, whose anchor is the clause's id.
      const cite = document.createElement('a');
      cite.className = 'clause';
      cite.href = `${CLAUSE_PAGE}#${clause.id}`;
      cite.textContent = `§ ${clause.id}: ”${clause[lang]}”`;
      li.append(cite);
    }
    result.append(li);
  }
}

function load(index: number): void {
  input.value = JSON.stringify(SAMPLE_TRIPS[index], null, 2);
  render();
}

input.addEventListener('input', render);
language.addEventListener('change', render);
sample.addEventListener('change', () => load(Number(sample.value)));
load(0);
