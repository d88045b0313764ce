import { parseActivity } from '../activities/parse-activity.js';
import { isIsoDate, toIsoDate } from '../calendar/iso-date.js';
import type { InputIssue } from '../input/issues.js';
import { ownData } from '../input/own-data.js';
import { hasOwn } from '../internal/own.js';
import { missingPaths } from '../policy/conditions.js';
import { policyList } from '../policy/policy-in-force.js';
import { type CheckedContext, evaluateChecked, type Unknown } from './evaluate.js';
import { checkContext } from './guards.js';
import type { DraftAnswer, DraftQuestion, EvaluationContext, Obligation } from './types.js';
import { questionOf } from './words.js';

/**
 * Which duties a travel request half filled in already owes, and, for each duty not yet decided, the
 * facts that would decide it, each with its input path and a question in Swedish and English — for
 * a form that asks only what matters (Publicodes' "missing variables" is the model).
 *
 * @remarks
 * A draft is read as {@link parseActivity} reads an activity, but what it lacks is never refused:
 * a missing departure day leaves the version unknown, missing destinations the places, a missing
 * kind or number of travellers those facts, missing costs the cost — each unknown, asked for, never
 * defaulted. A duty is decided as soon as the known facts decide it (interpretation note 11): a
 * trip costing 8 000 kr owes no report-back whatever its destinations. Values written wrongly (a
 * day `2024-02-30`) are listed in `issues`, and what they would have said is asked for. A draft
 * with no return day is judged with its first day as its last (a due day after the return counts
 * from it). Questions
 * are ordered by how many undecided duties they bear on, then the day, the kind, the places, the
 * travellers and the costs.
 *
 * @param draft - the activity as far as it is written, e.g. a travel request's form as JSON
 * @param context - the policies, rates, agreements, meeting days and day judged, as {@link evaluate} takes them
 * @returns the duties decided, those undecided with their questions, all questions in order, and
 *   the issues of what was written wrongly
 *
 * @example
 * ```ts
 * const answer = questionsFor({ kind: 'trip', departureDate: '2021-05-03',
 *   destinations: [{ place: 'Tallinn', country: 'EE' }] });
 * answer.decided.map((o) => [o.code, o.status]);
 * // => [['planning', 'owed'], ['board_approval', 'not_applicable'], ['council_account', 'owed']]
 * answer.questions.map((q) => [q.path, q.text.en]);
 * // => [['plannedCosts', 'What is the trip expected to cost? Give its budget, item by item.'],
 * //     ['actualCosts', 'What has the trip cost so far? Give its actual costs, item by item.']]
 * ```
 * @category Evaluation
 */
export function questionsFor(draft: unknown, context: EvaluationContext = {}): DraftAnswer {
  context = checkContext('questionsFor', context);
  const asOf = context.asOf === undefined ? undefined : toIsoDate(context.asOf);
  const policies = policyList(context.policies);
  const read = ownData(draft);
  const written: Record<string, unknown> =
    // Spread, `null` is an object with nothing written.
    read.readable && typeof read.value === 'object' && !Array.isArray(read.value)
      ? { ...(read.value as Record<string, unknown>) }
      : {};
  // A field written wrongly is listed, then read as not written yet: what it would say is asked.
  let completion = complete(written);
  let issues: readonly InputIssue[] = [];
  let parsed = parseActivity(completion.activity, { policies });
  if (!parsed.success) {
    issues = parsed.issues;
    const wrong = new Set(parsed.issues.map((issue) => issue.path[0]));
    const kept = Object.fromEntries(Object.entries(written).filter(([key]) => !wrong.has(key)));
    completion = complete(kept);
    parsed = parseActivity(completion.activity, { policies });
  }
  if (completion.dayUnknown || !parsed.success)
    return answerOf({ decided: [], undecided: [], asked: completion.asked, issues });
  const { asOf: _, ...rest } = context;
  const checked: CheckedContext = {
    ...rest,
    ...(asOf === undefined ? {} : { asOf }),
    unknowns: completion.unknowns,
  };
  const evaluation = evaluateChecked(parsed.data, checked);
  const decided: Obligation[] = [];
  const undecided: Obligation[] = [];
  for (const obligation of evaluation.obligations)
    (obligation.status === 'undetermined' ? undecided : decided).push(obligation);
  return answerOf({
    decided,
    undecided,
    asked: completion.asked,
    issues,
    outcome: evaluation.outcome,
    ...(evaluation.policy ? { policy: evaluation.policy } : {}),
  });
}

/**
 * A draft completed so that it can be read: its kind, places and travellers marked unknown where
 * not written (with placeholders no answer uses), its fields that only name it filled in, its last
 * day its first where not written; and whether its first day, which picks the version, is missing.
 */
function complete(written: Record<string, unknown>): {
  readonly activity: Record<string, unknown>;
  readonly unknowns: ReadonlySet<Unknown>;
  readonly asked: ReadonlySet<string>;
  readonly dayUnknown: boolean;
} {
  const unknowns = new Set<Unknown>();
  const asked = new Set<string>();
  const kind = written['kind'];
  if (kind !== 'trip' && kind !== 'exchange') unknowns.add('kind');
  const trip = kind !== 'exchange';
  const activity: Record<string, unknown> = { ...written, kind: trip ? 'trip' : 'exchange' };
  if (!trip && activity['form'] === undefined) {
    activity['form'] = 'other';
    unknowns.add('kind');
  }
  // The fields a draft needs only to be read, not to be judged: filled in while they are missing.
  for (const field of ['id', 'title', 'organiser'])
    if (activity[field] === undefined) activity[field] = 'draft';
  const placesField = trip ? 'destinations' : 'partners';
  const places = activity[placesField];
  if (!Array.isArray(places) || places.length === 0) {
    unknowns.add('places');
    activity[placesField] = [
      trip ? { place: 'draft', country: 'SE' } : { name: 'draft', country: 'SE' },
    ];
  }
  if (trip) {
    const travellers = activity['travellers'];
    if (typeof travellers !== 'object' || travellers === null || !hasOwn(travellers, 'count')) {
      unknowns.add('travellers');
      activity['travellers'] = { count: 1 };
    }
  }
  const firstField = trip ? 'departureDate' : 'startDate';
  const lastField = trip ? 'returnDate' : 'endDate';
  // A day written wrongly is kept, so that the reading lists it; a day not written is asked for.
  const dayUnknown = activity[firstField] === undefined;
  if (dayUnknown) {
    asked.add(firstField);
    // A day to read the rest by, never judged: nothing is judged without the first day.
    activity[firstField] = '2000-01-01';
  }
  if (activity[lastField] === undefined || dayUnknown)
    activity[lastField] = isIsoDate(activity[firstField]) ? activity[firstField] : '2000-01-01';
  return { activity, unknowns, asked, dayUnknown };
}

function answerOf(parts: {
  readonly decided: readonly Obligation[];
  readonly undecided: readonly Obligation[];
  readonly asked: ReadonlySet<string>;
  readonly issues: readonly InputIssue[];
  readonly outcome?: Exclude<DraftAnswer['outcome'], 'day_unknown'>;
  readonly policy?: DraftAnswer['policy'];
}): DraftAnswer {
  // Each path, with the duties it bears on.
  const bearing = new Map<string, string[]>();
  for (const path of parts.asked) bearing.set(path, []);
  for (const obligation of parts.undecided)
    for (const path of missingPaths(obligation.condition)) {
      const codes = bearing.get(path) ?? [];
      codes.push(obligation.code);
      bearing.set(path, codes);
    }
  // The order in which questions are asked when they decide as many duties: the day first. Every
  // path asked starts with one of these (the places' paths with an index, `destinations[0].place`).
  const order = [
    'departureDate',
    'startDate',
    'kind',
    'destinations',
    'partners',
    'travellers.count',
    'plannedCosts',
    'actualCosts',
    'costs',
  ];
  const rank = (path: string) => {
    const index = order.findIndex((prefix) => path === prefix || path.startsWith(`${prefix}[`));
    // Stryker disable next-line ConditionalExpression,UnaryOperator: equivalent today — every path a fact asks for is listed; one a new fact adds comes last.
    return index === -1 ? order.length : index;
  };
  // A stable sort: paths that tie keep the order the conditions name them in.
  const questions: DraftQuestion[] = [...bearing.entries()]
    .sort(([a, x], [b, y]) => y.length - x.length || rank(a) - rank(b))
    .map(([path, codes]) =>
      Object.freeze({ path, text: questionOf(path), decides: Object.freeze(codes) }),
    );
  const answer: { -readonly [K in keyof DraftAnswer]?: DraftAnswer[K] } = {
    outcome: parts.outcome ?? 'day_unknown',
    decided: Object.freeze([...parts.decided]),
    undecided: Object.freeze([...parts.undecided]),
    questions: Object.freeze(questions),
    issues: parts.issues,
  };
  if (parts.policy) answer.policy = parts.policy;
  return Object.freeze(answer as DraftAnswer);
}
