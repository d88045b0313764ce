/**
 * The try-it page: a form for one activity — or its JSON, in a tab that round-trips with the form —
 * evaluated and judged as the reader types, in Swedish or English, in the browser, with the
 * package's own ESM build. Bundled by scripts/build-try-it.ts into site/media/try-it.js.
 */
import * as ical from 'ical-generator';
import {
  activityDueDates,
  assessCompliance,
  BUILT_IN_POLICIES,
  type ComplianceStatus,
  type DraftQuestion,
  evaluate,
  explain,
  type InputIssue,
  type Language,
  type Obligation,
  POLICY_2019_2022,
  parseActivity,
  parseRates,
  parseRecords,
  questionsFor,
} from 'solleftea-international-policy';
import { calendarFile } from '../../src/cli/ics.js';
import { todayInStockholm } from '../../src/cli/today.js';
import { countryCode } from './countries.js';
import { SAMPLE_RATE, SAMPLES } from './samples.js';

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
/**
 * Each status by icon, word and colour together (never colour alone), in the words of the command
 * line and the guides.
 */
const STATUS_VIEW: Readonly<Record<ComplianceStatus, { icon: string; sv: string; en: string }>> = {
  fulfilled: { icon: '✔', sv: 'uppfyllt', en: 'fulfilled' },
  pending: { icon: '…', sv: 'väntar', en: 'pending' },
  overdue: { icon: '!', sv: 'försenat', en: 'overdue' },
  violated: { icon: '✘', sv: 'inte uppfyllt', en: 'not fulfilled' },
  undetermined: { icon: '?', sv: 'kan inte avgöras', en: 'cannot be determined' },
  not_applicable: { icon: '–', sv: 'gäller inte', en: 'not applicable' },
};
/** A duty of a draft not yet judged against records: owed, or not. */
const OWED_VIEW: Readonly<Record<Obligation['status'], { icon: string; sv: string; en: string }>> =
  {
    owed: { icon: '●', sv: 'åligger', en: 'owed' },
    not_applicable: STATUS_VIEW.not_applicable,
    undetermined: STATUS_VIEW.undetermined,
  };
const VERDICT = {
  compliant: { sv: 'Följer policyn.', en: 'Complies with the policy.' },
  undetermined: {
    sv: 'Kan inte avgöras ännu: raderna nedan säger vad som behövs.',
    en: 'Cannot be determined yet: the lines below say what is needed.',
  },
  not_compliant: { sv: 'Följer inte policyn.', en: 'Does not comply with the policy.' },
  outside_policy: {
    sv: 'Utanför policyn: ingen version av den gällde aktivitetens första dag.',
    en: 'Outside the policy: no version of it was in force on the first day of the activity.',
  },
} as const;

/** The rows of places the activity's list holds, in its order (the empty ones are left out). */
let placeRows: HTMLElement[] = [];

/** Which list a trip's cost rows are: its budget, or (once recorded) its actual costs. */
let tripCosts: 'plannedCosts' | 'actualCosts' = 'plannedCosts';

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const input = element<HTMLTextAreaElement>('input');
const sample = element<HTMLSelectElement>('sample');
const language = element<HTMLSelectElement>('language');
const summary = element<HTMLParagraphElement>('summary');
const verdict = element<HTMLParagraphElement>('verdict');
const judgedOn = element<HTMLParagraphElement>('judged');
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
  for (const row of document.querySelectorAll<HTMLElement>('#places .place')) {
    const country = row.querySelector<HTMLInputElement>('.country');
    const hint = row.querySelector<HTMLElement>('.hint');
    if (country && hint) suggest(country, hint);
  }
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
  const where = textInput('where', place.place ?? place.name ?? '');
  const country = textInput('country', place.country ?? '');
  country.setAttribute('list', 'countries');
  const hint = document.createElement('span');
  hint.className = 'hint';
  hint.setAttribute('aria-live', 'polite');
  // A new place resets what belonged to the old one: its twin town, and the country given for it.
  where.addEventListener('input', () => {
    if (town.value !== '') town.value = '';
    if (country.dataset['for'] !== undefined && country.dataset['for'] !== where.value.trim()) {
      country.value = '';
      delete country.dataset['for'];
    }
  });
  town.addEventListener('change', () => {
    if (town.value !== '') {
      where.value = '';
      country.value = '';
    }
  });
  // A country written as a name or an abbreviation: the ISO code it stands for is suggested.
  country.addEventListener('input', () => {
    country.dataset['for'] = where.value.trim();
    suggest(country, hint);
  });
  row.append(
    field({ sv: 'Vänort', en: 'Twin town' }, town),
    field({ sv: 'eller ort', en: 'or place' }, where),
    field({ sv: 'Land (namn eller ISO-kod)', en: 'Country (name or ISO code)' }, country),
    removeButton(row),
  );
  country.after(hint);
  if (place.country !== undefined) country.dataset['for'] = where.value.trim();
  places.append(row);
}

/** Under a country field: the ISO code its name stands for, or that it is not known. */
function suggest(country: HTMLInputElement, hint: HTMLElement): void {
  const written = country.value.trim();
  const code = countryCode(written);
  if (written === '' || /^[A-Za-z]{2}$/.test(written)) hint.textContent = '';
  else if (code)
    hint.textContent = lang() === 'sv' ? `= ${code} (ISO-kod)` : `= ${code} (ISO code)`;
  else
    hint.textContent =
      lang() === 'sv'
        ? 'Okänt land: skriv landets namn eller tvåbokstavskod (t.ex. US, EE, FI).'
        : 'Unknown country: write its name or two-letter code (US, EE, FI, say).';
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
    const written = row.querySelector<HTMLInputElement>('.country')?.value.trim() ?? '';
    // A name or abbreviation the page knows goes in as its ISO code; anything else as written.
    const country = countryCode(written) ?? written;
    const given = country === '' ? {} : { country };
    if (where === '') return given;
    return trip ? { place: where, ...given } : { name: where, ...given };
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
  // A field left empty is left out: the activity lacks it (and is asked for it), never has it empty.
  const optional = (key: string, text: string) => (text === '' ? {} : { [key]: text });
  const rows = [...places.querySelectorAll<HTMLElement>('.place')];
  // The rows left empty are left out; the rest are the list's entries, in order.
  placeRows = rows.filter((_, index) => Object.keys(placeList[index] ?? {}).length > 0);
  const given = placeList.filter((place) => Object.keys(place).length > 0);
  return {
    kind,
    ...optional('id', value('id')),
    ...optional('title', value('title')),
    ...optional('organiser', value('organiser')),
    ...(trip
      ? {
          ...(value('travellers') === ''
            ? {}
            : { travellers: { count: Number(value('travellers')) } }),
          ...(given.length > 0 ? { destinations: given } : {}),
          ...optional('departureDate', value('first-day')),
          ...optional('returnDate', value('last-day')),
        }
      : {
          form: value('exchange-form'),
          ...(given.length > 0 ? { partners: given } : {}),
          ...optional('startDate', value('first-day')),
          ...optional('endDate', value('last-day')),
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
  return { rates: [...unique.values()] };
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
  // A cost in another currency gets the samples' rate, to change.
  for (const cost of Array.isArray(costList) ? costList : [])
    addCost(
      cost,
      cost?.currency === SAMPLE_RATE.currency ? SAMPLE_RATE.sekPerUnit.replace('.', ',') : '',
    );
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

/** The day judged: the field's, or today in Sweden. */
function dayJudged(): string {
  return value('as-of') || todayInStockholm(new Date());
}

/** The form's control an input path names, when the form has one. */
function controlFor(path: readonly (string | number)[]): HTMLElement | undefined {
  const [first, index, field] = path;
  const byId: Record<string, string> = {
    id: 'id',
    title: 'title',
    organiser: 'organiser',
    travellers: 'travellers',
    departureDate: 'first-day',
    startDate: 'first-day',
    returnDate: 'last-day',
    endDate: 'last-day',
    purpose: 'purpose',
    goal: 'goal',
    expectedBenefit: 'benefit',
    form: 'exchange-form',
  };
  if (typeof first !== 'string') return undefined;
  if (byId[first]) return element(byId[first] as string);
  const rows = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
  if ((first === 'destinations' || first === 'partners') && typeof index === 'number') {
    const row = placeRows[index];
    const name = field === 'country' ? '.country' : field === 'twinTown' ? '.town' : '.where';
    return row?.querySelector<HTMLElement>(name) ?? undefined;
  }
  if (/^(planned|actual)?[cC]osts$/.test(first) && typeof index === 'number') {
    const row = rows('#costs .cost')[index];
    const name = typeof field === 'string' ? `.${field}` : '.amount';
    return row?.querySelector<HTMLElement>(name) ?? undefined;
  }
  if (first === 'destinations' || first === 'partners') return element('add-place');
  return undefined;
}

/** Clears the errors shown at the form's fields. */
function clearFieldErrors(): void {
  for (const node of document.querySelectorAll('.field-error')) node.remove();
  for (const control of document.querySelectorAll('[aria-invalid="true"]')) {
    control.removeAttribute('aria-invalid');
    control.removeAttribute('aria-describedby');
  }
}

/** Shows each problem at its field: marked invalid, the message under it, in words. */
function fieldErrors(list: readonly InputIssue[]): readonly InputIssue[] {
  const elsewhere: InputIssue[] = [];
  list.forEach((issue, index) => {
    const control = controlFor(issue.path);
    if (!control) {
      elsewhere.push(issue);
      return;
    }
    const message = document.createElement('span');
    message.className = 'field-error';
    message.id = `field-error-${index}`;
    message.dataset['path'] = issue.path.join('.');
    // At its field the message needs no path: the field says where, the words say what.
    message.textContent = issue.messages[lang()].replace(/^[\w$.[\]-]+: /, '');
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', message.id);
    control.after(message);
  });
  return elsewhere;
}

function issues(list: readonly InputIssue[], heading: { sv: string; en: string }): void {
  summary.textContent = heading[lang()];
  for (const issue of list)
    result.append(
      item(issue.messages[lang()], 'issue', { path: issue.path.join('.'), code: issue.code }),
    );
}

/** Why JSON does not parse, in words a clerk recognises: a trailing comma, curly quotes. */
function jsonProblem(text: string): { sv: string; en: string } {
  if (/[“”‘’„]/.test(text))
    return {
      sv: 'Texten har typografiska citattecken (“ ” ‘ ’): JSON kräver raka ("), som ett ordbehandlingsprogram byter ut.',
      en: 'The text has curly quotes (“ ” ‘ ’): JSON needs straight ones ("), which a word processor replaces.',
    };
  if (/,\s*[}\]]/.test(text))
    return {
      sv: 'Det står ett kommatecken före en avslutande } eller ]: ta bort det.',
      en: 'There is a comma before a closing } or ]: remove it.',
    };
  return {
    sv: 'Texten är inte giltig JSON: kontrollera klamrar, kommatecken och citattecken.',
    en: 'The text is not valid JSON: check its braces, commas and quotes.',
  };
}

/** A status shown by icon, word and colour together. */
function badge(view: { icon: string; sv: string; en: string }, status: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = `status status-${status}`;
  span.dataset['status'] = status;
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = `${view.icon} `;
  span.append(icon, view[lang()]);
  return span;
}

/** The questions whose answers would decide the duties not decided yet, each linked to its field. */
function showQuestions(questions: readonly DraftQuestion[]): void {
  if (questions.length === 0) return;
  const sv = lang() === 'sv';
  const heading = document.createElement('li');
  heading.className = 'questions';
  const title = document.createElement('strong');
  title.textContent = sv ? 'Svaren som avgör:' : 'The answers that decide:';
  const list = document.createElement('ol');
  for (const question of questions) {
    const entry = document.createElement('li');
    entry.className = 'question';
    entry.dataset['path'] = question.path;
    entry.textContent = question.text[lang()];
    const control = controlFor(
      question.path
        .split(/[.[\]]+/)
        .filter(Boolean)
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    );
    if (control) {
      const go = document.createElement('button');
      go.type = 'button';
      go.className = 'link';
      go.textContent = sv ? 'Fyll i' : 'Fill in';
      go.addEventListener('click', () => {
        element<HTMLButtonElement>('tab-form').click();
        control.focus();
      });
      entry.append(' ', go);
    }
    list.append(entry);
  }
  heading.append(title, list);
  result.append(heading);
}

/** The day judged and the version applied, with its validity — or that none applies. */
function judgedLine(policyId: string | undefined, asOf: string, firstDay: string): string {
  const sv = lang() === 'sv';
  const version = BUILT_IN_POLICIES.find((policy) => policy.id === policyId);
  if (!version) {
    const known = BUILT_IN_POLICIES.map((p) => `${p.validity.from}–${p.validity.to}`).join(', ');
    return sv
      ? `Bedömt per ${asOf}. Utanför policyn: ingen version gällde ${firstDay} (den inbyggda gäller ${known}).`
      : `Judged as of ${asOf}. Outside the policy: no version was in force on ${firstDay} (the built-in one covers ${known}).`;
  }
  const { from, to } = version.validity;
  return sv
    ? `Bedömt per ${asOf} enligt ${version.title} (gäller ${from}–${to}).`
    : `Judged as of ${asOf} under ${version.title} (in force ${from}–${to}).`;
}

/** One duty: its status at a glance, the duty in words, the judgement, the clauses quoted. */
function dutyItem(
  obligation: Obligation,
  judged: ReturnType<typeof assessCompliance>['results'][number] | undefined,
): HTMLLIElement {
  const sv = lang() === 'sv';
  const status = judged?.status ?? obligation.status;
  const li = item('', `duty ${status}`, {
    code: obligation.code,
    status: obligation.status,
    compliance: judged?.status ?? '',
  });
  li.append(
    badge(judged ? STATUS_VIEW[judged.status] : OWED_VIEW[obligation.status], status),
    ' ',
    explain(obligation)[lang()],
  );
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
  return li;
}

/** What "owed" means where it is used. */
function legend(): void {
  const p = document.createElement('li');
  p.className = 'legend';
  p.textContent =
    lang() === 'sv'
      ? '”Åligger” betyder att skyldigheten gäller den här aktiviteten; statusen bredvid säger om den är uppfylld, väntar eller är försenad den dag som bedöms.'
      : '“Owed” means the duty applies to this activity; the status beside it says whether it is fulfilled, pending or overdue on the day judged.';
  result.append(p);
}

/** The records the form gives: an approval, a report back, an account, each on its day. */
function recordsOf(activity: string): unknown {
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
  return {
    approvals: value('approved-on')
      ? [{ activity, decidedOn: value('approved-on'), reference: 'KS', decision: 'approved' }]
      : [],
    reportsBack: reported('reported-on'),
    councilAccounts: reported('accounted-on'),
  };
}

/** The calendar file of the activity judged last, for the download button. */
let calendarText: string | undefined;

/** Evaluates and judges the activity in the JSON tab (which the form keeps up to date). */
function render(): void {
  result.replaceChildren();
  clearFieldErrors();
  verdict.textContent = '';
  judgedOn.textContent = '';
  calendarText = undefined;
  element<HTMLButtonElement>('download-ics').disabled = true;
  delete verdict.dataset['verdict'];
  saveState();
  let document_: unknown;
  try {
    document_ = JSON.parse(input.value);
  } catch {
    const problem = jsonProblem(input.value);
    summary.textContent = lang() === 'sv' ? 'Ogiltig JSON:' : 'Invalid JSON:';
    result.append(item(problem[lang()], 'issue', { path: '' }));
    return;
  }
  const asOf = dayJudged();
  const rates = parseRates(ratesOf());
  if (!rates.success) {
    issues(fieldErrors(rates.issues), {
      sv: 'Fel i växelkurserna:',
      en: 'Problems with the rates:',
    });
    return;
  }
  const context = { rates: rates.data };
  const parsed = parseActivity(document_);
  if (!parsed.success) {
    // A draft is answered with what it lacks: the duties already decided, the answers that decide
    // the rest, and what was written wrongly at its field.
    const answer = questionsFor(document_, { asOf, ...context });
    fieldErrors(answer.issues);
    const wrong = answer.issues;
    const count = answer.questions.length;
    summary.textContent =
      lang() === 'sv'
        ? `Aktiviteten är inte ifylld ännu: ${count} ${count === 1 ? 'fråga' : 'frågor'} återstår.`
        : `The activity is not filled in yet: ${count} ${count === 1 ? 'question remains' : 'questions remain'}.`;
    for (const issue of wrong)
      result.append(
        item(issue.messages[lang()], 'issue', { path: issue.path.join('.'), code: issue.code }),
      );
    for (const obligation of [...answer.decided, ...answer.undecided])
      result.append(dutyItem(obligation, undefined));
    showQuestions(answer.questions);
    if (answer.decided.length + answer.undecided.length > 0) legend();
    return;
  }
  const evaluation = evaluate(parsed.data, context);
  judgedOn.textContent = judgedLine(evaluation.policy?.id, asOf, evaluation.decidingDate);
  const records = parseRecords(recordsOf(parsed.data.id));
  if (!records.success) {
    issues(records.issues, { sv: 'Fel i besluten:', en: 'Problems with the decisions:' });
    return;
  }
  if (evaluation.outcome !== 'evaluated') {
    // Nothing is owed: the reason says why, and no line points to rows that are not there.
    const outside = evaluation.outcome === 'no_policy_in_force';
    verdict.dataset['verdict'] = outside ? 'outside_policy' : 'compliant';
    verdict.textContent = VERDICT[outside ? 'outside_policy' : 'compliant'][lang()];
    summary.textContent = explain(evaluation)[lang()];
    return;
  }
  const compliance = assessCompliance(parsed.data, records.data, { asOf, ...context });
  verdict.dataset['verdict'] = compliance.verdict;
  verdict.textContent = VERDICT[compliance.verdict][lang()];
  summary.textContent = '';
  for (const obligation of evaluation.obligations) {
    const judged = compliance.results.find((r) => r.obligation.code === obligation.code);
    result.append(dutyItem(obligation, judged));
  }
  if (evaluation.obligations.some((o) => o.status === 'undetermined'))
    showQuestions(questionsFor(document_, { asOf, ...context }).questions);
  legend();
  const due = activityDueDates(parsed.data, records.data, { asOf, ...context });
  if (due.length > 0) {
    calendarText = calendarFile(ical, due, asOf, lang());
    element<HTMLButtonElement>('download-ics').disabled = false;
  }
}

/** The form's state, in the address's fragment (never the query string: it reaches no server). */
function saveState(): void {
  const state = {
    activity: input.value,
    approvedOn: value('approved-on'),
    reportedOn: value('reported-on'),
    accountedOn: value('accounted-on'),
    asOf: value('as-of'),
    language: lang(),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const encoded = btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
  history.replaceState(null, '', `#s=${encoded}`);
}

/** The state a link carries in its fragment, when it carries one. */
function loadState(): boolean {
  const match = location.hash.match(/^#s=([\w-]+)$/);
  if (!match) return false;
  try {
    const binary = atob((match[1] as string).replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const state = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string>;
    language.value = state['language'] === 'en' ? 'en' : 'sv';
    for (const [id, key] of [
      ['approved-on', 'approvedOn'],
      ['reported-on', 'reportedOn'],
      ['accounted-on', 'accountedOn'],
      ['as-of', 'asOf'],
    ] as const)
      element<HTMLInputElement>(id).value = state[key] ?? '';
    input.value = state['activity'] ?? '';
    translate();
    fromJson();
    return true;
  } catch {
    return false;
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

/** A sample by its number, or the blank form (`-1`). */
function load(index: number): void {
  const activity = (SAMPLES[index]?.activity ?? { kind: 'trip' }) as Record<string, unknown>;
  toForm(activity);
  if (index < 0) addPlace();
  input.value = JSON.stringify(index < 0 ? activityOf() : activity, null, 2);
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
{
  const blank = document.createElement('option');
  blank.value = '-1';
  blank.dataset['sv'] = 'Tomt formulär';
  blank.dataset['en'] = 'Blank form';
  blank.textContent = 'Tomt formulär';
  sample.append(blank);
}
SAMPLES.forEach((each, index) => {
  const option = document.createElement('option');
  option.value = String(index);
  option.dataset['sv'] = each.name.sv;
  option.dataset['en'] = each.name.en;
  option.textContent = each.name.sv;
  sample.append(option);
});
// Names and abbreviations a country field suggests from.
{
  const list = document.createElement('datalist');
  list.id = 'countries';
  for (const code of ['SE', 'EE', 'FI', 'JP', 'US', 'NO', 'DK', 'DE', 'BE', 'GB', 'FR']) {
    const option = document.createElement('option');
    option.value = code;
    list.append(option);
  }
  document.body.append(list);
}
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
element('print').addEventListener('click', () => window.print());
element('download-ics').addEventListener('click', () => {
  if (calendarText === undefined) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([calendarText], { type: 'text/calendar' }));
  link.download = `${(value('id') || 'aktivitet').replace(/[^\w.-]+/g, '-')}.ics`;
  link.click();
  URL.revokeObjectURL(link.href);
});
// The day judged is shown and editable: today in Sweden unless the clerk picks another.
translate();
if (!loadState()) {
  element<HTMLInputElement>('as-of').value = todayInStockholm(new Date());
  load(-1);
}
