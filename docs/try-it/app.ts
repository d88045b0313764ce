/**
 * The try-it page: a form for one activity — or its JSON, in a tab that round-trips with the form —
 * evaluated and judged as the reader types, in Swedish or English, in the browser, with the
 * package's own ESM build. Bundled by scripts/build-try-it.ts into site/media/try-it.js.
 */
import {
  assessCompliance,
  evaluate,
  explain,
  type InputIssue,
  type Language,
  POLICY_2019_2022,
  parseActivity,
  parseRates,
  parseRecords,
} from 'solleftea-international-policy';
import { SAMPLE_RATES, SAMPLE_TRIPS } from '../../examples/sample-trips.js';

/** The page of the policy, clause by clause, as TypeDoc names it, from the try-it page in media/. */
const CLAUSE_PAGE = '../documents/The_policy,_clause_by_clause.html';
const NOTES_PAGE = '../documents/Interpretation_notes.html';
const CURRENCIES = ['SEK', 'EUR', 'USD', 'NOK', 'DKK', 'JPY', 'GBP'];
const CATEGORIES: Readonly<Record<string, { sv: string; en: string }>> = {
  travel: { sv: 'resa', en: 'travel' },
  lodging: { sv: 'logi', en: 'lodging' },
  fees: { sv: 'avgifter', en: 'fees' },
  allowances: { sv: 'traktamenten', en: 'allowances' },
  other: { sv: 'annat', en: 'other' },
};
const VERDICT = {
  compliant: { sv: 'Följer policyn.', en: 'Complies with the policy.' },
  undetermined: {
    sv: 'Kan inte avgöras: se raderna nedan för vad som behövs.',
    en: 'Cannot be determined: the lines below say what is needed.',
  },
  not_compliant: { sv: 'Följer inte policyn.', en: 'Does not comply with the policy.' },
  outside_policy: {
    sv: 'Utanför policyn: ingen version av den gällde aktivitetens första dag.',
    en: 'Outside the policy: no version of it was in force on the first day of the activity.',
  },
} as const;

/** Which list a trip's cost rows are: its budget, or (once recorded) its actual costs. */
let tripCosts: 'plannedCosts' | 'actualCosts' = 'plannedCosts';

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const input = element<HTMLTextAreaElement>('input');
const sample = element<HTMLSelectElement>('sample');
const language = element<HTMLSelectElement>('language');
const summary = element<HTMLParagraphElement>('summary');
const verdict = element<HTMLParagraphElement>('verdict');
const result = element<HTMLUListElement>('result');
const form = element<HTMLFormElement>('form');
const places = element<HTMLDivElement>('places');
const costs = element<HTMLDivElement>('costs');
const value = (id: string): string => element<HTMLInputElement>(id).value.trim();
const lang = (): Language => language.value as Language;

/** Every text of the page's chrome in the chosen language (its `data-sv` and `data-en`). */
function translate(): void {
  document.documentElement.lang = lang();
  for (const node of document.querySelectorAll<HTMLElement>('[data-sv]'))
    node.textContent = node.dataset[lang()] ?? node.textContent;
  for (const option of document.querySelectorAll<HTMLOptionElement>('select.category option'))
    option.textContent = CATEGORIES[option.value]?.[lang()] ?? option.value;
}

/** A labelled field, for a row of places or costs. */
function field(labels: { sv: string; en: string }, control: HTMLElement): HTMLLabelElement {
  const label = document.createElement('label');
  const span = document.createElement('span');
  span.dataset['sv'] = labels.sv;
  span.dataset['en'] = labels.en;
  span.textContent = labels[lang()];
  label.append(span, control);
  return label;
}

function select(options: readonly [string, string][], className: string): HTMLSelectElement {
  const list = document.createElement('select');
  list.className = className;
  for (const [key, text] of options) {
    const option = document.createElement('option');
    option.value = key;
    option.textContent = text;
    list.append(option);
  }
  return list;
}

function textInput(className: string, value = ''): HTMLInputElement {
  const box = document.createElement('input');
  box.className = className;
  box.value = value;
  return box;
}

function removeButton(row: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset['sv'] = 'Ta bort';
  button.dataset['en'] = 'Remove';
  button.textContent = lang() === 'sv' ? 'Ta bort' : 'Remove';
  button.addEventListener('click', () => {
    row.remove();
    fromForm();
  });
  return button;
}

/** A destination or partner: a twin town from the list, or a place and its country. */
function addPlace(
  place: { twinTown?: string; place?: string; name?: string; country?: string } = {},
) {
  const row = document.createElement('div');
  row.className = 'row place';
  const town = select(
    [['', '—'], ...POLICY_2019_2022.twinTowns.map((t): [string, string] => [t.id, t.name])],
    'town',
  );
  town.value = place.twinTown ?? '';
  row.append(
    field({ sv: 'Vänort', en: 'Twin town' }, town),
    field({ sv: 'eller ort', en: 'or place' }, textInput('where', place.place ?? place.name ?? '')),
    field({ sv: 'Land (ISO)', en: 'Country (ISO)' }, textInput('country', place.country ?? '')),
    removeButton(row),
  );
  places.append(row);
}

/** A cost row: what, category, amount, currency, and a rate in SEK when not SEK. */
function addCost(
  cost: { label?: string; category?: string; amount?: unknown; currency?: string } = {},
  rate = '',
) {
  const row = document.createElement('div');
  row.className = 'row cost';
  const category = select(
    Object.entries(CATEGORIES).map(([key, words]): [string, string] => [key, words[lang()]]),
    'category',
  );
  category.value = cost.category ?? 'travel';
  const currency = select(
    CURRENCIES.map((code): [string, string] => [code, code]),
    'currency',
  );
  currency.value = cost.currency ?? 'SEK';
  const rateField = field(
    { sv: 'Kurs (kr per enhet)', en: 'Rate (SEK per unit)' },
    textInput('rate', rate),
  );
  rateField.hidden = currency.value === 'SEK';
  currency.addEventListener('change', () => {
    rateField.hidden = currency.value === 'SEK';
  });
  row.append(
    field({ sv: 'Vad', en: 'What' }, textInput('label', cost.label ?? '')),
    field({ sv: 'Slag', en: 'Category' }, category),
    field(
      { sv: 'Belopp', en: 'Amount' },
      textInput('amount', typeof cost.amount === 'string' ? cost.amount : ''),
    ),
    field({ sv: 'Valuta', en: 'Currency' }, currency),
    rateField,
    removeButton(row),
  );
  costs.append(row);
}

/** The activity the form describes, as a document (what the JSON tab shows). */
function activityOf(): Record<string, unknown> {
  const kind = value('kind');
  const trip = kind === 'trip';
  const placeList = [...places.querySelectorAll<HTMLElement>('.place')].map((row) => {
    const town = row.querySelector<HTMLSelectElement>('.town')?.value ?? '';
    if (town !== '') return { twinTown: town };
    const where = row.querySelector<HTMLInputElement>('.where')?.value.trim() ?? '';
    const country = row.querySelector<HTMLInputElement>('.country')?.value.trim().toUpperCase();
    return trip ? { place: where, country } : { name: where, country };
  });
  const costList = [...costs.querySelectorAll<HTMLElement>('.cost')].map((row) => ({
    label: row.querySelector<HTMLInputElement>('.label')?.value.trim() ?? '',
    category: row.querySelector<HTMLSelectElement>('.category')?.value ?? 'other',
    amount: row.querySelector<HTMLInputElement>('.amount')?.value.trim() ?? '',
    currency: row.querySelector<HTMLSelectElement>('.currency')?.value ?? 'SEK',
  }));
  const goals = [...document.querySelectorAll<HTMLInputElement>('#goals input:checked')].map(
    (box) => box.value,
  );
  const optional = (key: string, text: string) => (text === '' ? {} : { [key]: text });
  return {
    kind,
    id: value('id'),
    title: value('title'),
    organiser: value('organiser'),
    ...(trip
      ? {
          travellers: { count: Number(value('travellers') || '1') },
          destinations: placeList,
          departureDate: value('first-day'),
          returnDate: value('last-day'),
        }
      : {
          form: value('exchange-form'),
          partners: placeList,
          startDate: value('first-day'),
          endDate: value('last-day'),
        }),
    ...optional('purpose', value('purpose')),
    ...optional('goal', value('goal')),
    ...(goals.length > 0 ? { policyGoals: goals } : {}),
    ...optional('expectedBenefit', value('benefit')),
    ...(costList.length > 0 ? { [trip ? tripCosts : 'costs']: costList } : {}),
  };
}

/** The rates the cost rows give, dated the activity's first day. */
function ratesOf(): unknown {
  const rates = [...costs.querySelectorAll<HTMLElement>('.cost')].flatMap((row) => {
    const currency = row.querySelector<HTMLSelectElement>('.currency')?.value ?? 'SEK';
    const rate = row.querySelector<HTMLInputElement>('.rate')?.value.trim() ?? '';
    return currency === 'SEK' || rate === ''
      ? []
      : [
          {
            currency,
            sekPerUnit: rate.replace(',', '.'),
            date: value('first-day'),
            source: 'form',
          },
        ];
  });
  const unique = new Map(rates.map((rate) => [rate.currency, rate]));
  return {
    rates: rates.length > 0 ? [...unique.values()] : (SAMPLE_RATES as { rates: unknown[] }).rates,
  };
}

/** Fills the form from an activity document (from a sample, or the JSON tab). */
function toForm(activity: Record<string, unknown>): void {
  const set = (id: string, text: unknown) => {
    element<HTMLInputElement>(id).value = typeof text === 'string' ? text : '';
  };
  const trip = activity['kind'] !== 'exchange';
  element<HTMLSelectElement>('kind').value = trip ? 'trip' : 'exchange';
  if (!trip && typeof activity['form'] === 'string')
    element<HTMLSelectElement>('exchange-form').value = activity['form'];
  set('id', activity['id']);
  set('title', activity['title']);
  set('organiser', activity['organiser']);
  const travellers = (activity['travellers'] as { count?: unknown } | undefined)?.count;
  set('travellers', travellers === undefined ? '' : String(travellers));
  set('first-day', activity[trip ? 'departureDate' : 'startDate']);
  set('last-day', activity[trip ? 'returnDate' : 'endDate']);
  set('purpose', activity['purpose']);
  set('goal', activity['goal']);
  set('benefit', activity['expectedBenefit']);
  const goals = new Set(Array.isArray(activity['policyGoals']) ? activity['policyGoals'] : []);
  for (const box of document.querySelectorAll<HTMLInputElement>('#goals input'))
    box.checked = goals.has(box.value);
  places.replaceChildren();
  const placeList = activity[trip ? 'destinations' : 'partners'];
  for (const place of Array.isArray(placeList) ? placeList : []) addPlace(place);
  costs.replaceChildren();
  tripCosts = Array.isArray(activity['actualCosts']) ? 'actualCosts' : 'plannedCosts';
  const costList = activity[trip ? tripCosts : 'costs'];
  for (const cost of Array.isArray(costList) ? costList : []) addCost(cost);
  showKind();
}

function showKind(): void {
  const kind = value('kind');
  for (const node of document.querySelectorAll<HTMLElement>('[data-for]'))
    node.hidden = node.dataset['for'] !== kind;
}

function item(text: string, className: string, data: Record<string, string>): HTMLLIElement {
  const li = document.createElement('li');
  li.className = className;
  li.textContent = text;
  for (const [key, entry] of Object.entries(data)) li.dataset[key] = entry;
  return li;
}

function issues(list: readonly InputIssue[], heading: { sv: string; en: string }): void {
  summary.textContent = heading[lang()];
  for (const issue of list)
    result.append(
      item(issue.messages[lang()], 'issue', { path: issue.path.join('.'), code: issue.code }),
    );
}

/** Evaluates and judges the activity in the JSON tab (which the form keeps up to date). */
function render(): void {
  const sv = lang() === 'sv';
  result.replaceChildren();
  verdict.textContent = '';
  delete verdict.dataset['verdict'];
  let document_: unknown;
  try {
    document_ = JSON.parse(input.value);
  } catch (error) {
    summary.textContent = sv ? 'Ogiltig JSON:' : 'Invalid JSON:';
    result.append(item(String((error as Error).message), 'issue', { path: '' }));
    return;
  }
  const parsed = parseActivity(document_);
  if (!parsed.success) {
    const count = parsed.issues.length;
    issues(parsed.issues, {
      sv: `${count} fel i aktiviteten:`,
      en: `${count} ${count === 1 ? 'problem' : 'problems'} with the activity:`,
    });
    return;
  }
  const rates = parseRates(ratesOf());
  if (!rates.success) {
    issues(rates.issues, { sv: 'Fel i växelkurserna:', en: 'Problems with the rates:' });
    return;
  }
  const context = { rates: rates.data };
  const evaluation = evaluate(parsed.data, context);
  summary.textContent =
    evaluation.outcome === 'evaluated'
      ? `${evaluation.policy?.title ?? ''} (${evaluation.policy?.fingerprint.slice(0, 19) ?? ''}…)`
      : explain(evaluation)[lang()];
  // The records the form gives, judged on its day (today's by default).
  const activity = parsed.data.id;
  // A report (back to the board, or to the council) on the day its field gives, if it gives one.
  const reported = (id: string) =>
    value(id) === ''
      ? []
      : [
          {
            activity,
            submittedOn: value(id),
            purpose: value('purpose') || '—',
            goal: value('goal') || '—',
            result: '—',
          },
        ];
  const records = parseRecords({
    approvals: value('approved-on')
      ? [{ activity, decidedOn: value('approved-on'), reference: 'KS', decision: 'approved' }]
      : [],
    reportsBack: reported('reported-on'),
    councilAccounts: reported('accounted-on'),
  });
  if (!records.success) {
    issues(records.issues, { sv: 'Fel i besluten:', en: 'Problems with the decisions:' });
    return;
  }
  const asOf = value('as-of') || new Date().toISOString().slice(0, 10);
  const compliance = assessCompliance(parsed.data, records.data, { asOf, ...context });
  verdict.dataset['verdict'] = compliance.verdict;
  verdict.textContent = VERDICT[compliance.verdict][lang()];
  for (const obligation of evaluation.obligations) {
    const judged = compliance.results.find((r) => r.obligation.code === obligation.code);
    const li = item(explain(obligation)[lang()], obligation.status, {
      code: obligation.code,
      status: obligation.status,
      compliance: judged?.status ?? '',
    });
    if (judged) {
      const line = document.createElement('span');
      line.className = 'note';
      line.textContent = explain(judged)[lang()];
      li.append(line);
    }
    for (const clause of obligation.clauses) {
      // Each citation links to its clause on the policy page, whose anchor is the clause's id.
      const cite = document.createElement('a');
      cite.className = 'clause';
      cite.href = `${CLAUSE_PAGE}#${clause.id}`;
      cite.textContent = `§ ${clause.id}: ”${clause[lang()]}”`;
      li.append(cite);
    }
    for (const note of obligation.interpretationNotes) {
      const link = document.createElement('a');
      link.className = 'note';
      link.href = `${NOTES_PAGE}#note-${note.number}`;
      link.textContent = `${sv ? 'Tolkning' : 'Interpretation note'} ${note.number}: ${note.title[lang()]}`;
      li.append(link);
    }
    result.append(li);
  }
}

/** The form changed: its activity goes to the JSON tab, and is judged. */
function fromForm(): void {
  input.value = JSON.stringify(activityOf(), null, 2);
  render();
}

/** The JSON changed: the form follows when it is an object, and the JSON is judged as written. */
function fromJson(): void {
  try {
    const document_ = JSON.parse(input.value);
    if (typeof document_ === 'object' && document_ !== null && !Array.isArray(document_))
      toForm(document_ as Record<string, unknown>);
  } catch {
    // Not JSON (yet): the form keeps what it had; the result says what is wrong.
  }
  render();
}

function load(index: number): void {
  const trip = SAMPLE_TRIPS[index] as Record<string, unknown>;
  toForm(trip);
  input.value = JSON.stringify(trip, null, 2);
  render();
}

/** The tabs: the form or the JSON, with arrow keys between them (WAI-ARIA tabs). */
function tabs(): void {
  const list = [element<HTMLButtonElement>('tab-form'), element<HTMLButtonElement>('tab-json')];
  const choose = (chosen: HTMLButtonElement) => {
    for (const tab of list) {
      const selected = tab === chosen;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      element(tab.getAttribute('aria-controls') as string).hidden = !selected;
    }
    chosen.focus();
  };
  for (const [index, tab] of list.entries()) {
    tab.addEventListener('click', () => choose(tab));
    tab.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft')
        choose(list[(index + 1) % list.length] as HTMLButtonElement);
    });
  }
}

for (const goal of POLICY_2019_2022.goals) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.value = goal.id;
  // A goal by its own words in the page's language, never by its id.
  const text = document.createElement('span');
  text.dataset['sv'] = ` ${goal.text.sv}`;
  text.dataset['en'] = ` ${goal.text.en}`;
  text.textContent = ` ${goal.text[lang()]}`;
  label.append(box, text);
  element('goals').append(label);
}
SAMPLE_TRIPS.forEach((trip, index) => {
  const option = document.createElement('option');
  option.value = String(index);
  option.textContent = `${(trip as { id: string }).id}: ${(trip as { title: string }).title}`;
  sample.append(option);
});
tabs();
form.addEventListener('input', fromForm);
form.addEventListener('change', () => {
  showKind();
  fromForm();
});
element('add-place').addEventListener('click', () => {
  addPlace();
  translate();
});
element('add-cost').addEventListener('click', () => {
  addCost();
  translate();
});
input.addEventListener('input', fromJson);
language.addEventListener('change', () => {
  translate();
  render();
});
sample.addEventListener('change', () => load(Number(sample.value)));
translate();
load(0);
