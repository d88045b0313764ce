import * as z from 'zod/mini';
import { PolicyError } from '../errors.js';
import { definitionIssue } from '../input/definition-messages.js';
import { duplicateIds } from '../input/duplicate-ids.js';
import {
  count,
  countryCode,
  described,
  identifier,
  isoDate,
  LIMITS,
  periodLabel,
  report,
  strictObject,
  text,
} from '../input/fields.js';
import type { InputIssue, ParseResult, PathSegment } from '../input/issues.js';
import { issue } from '../input/messages.js';
import { parseWith } from '../input/parse.js';
import { canonicalJson } from '../internal/canonical-json.js';
import { assertVouched, TAKES_VERSION, type Vouched } from '../internal/guards.js';
import { sha256 } from '../internal/sha256.js';
import { wordsOf } from '../internal/text.js';
import { readAmount } from '../money/amount.js';
import {
  type AmountInput,
  amountFields,
  checkAmount,
  ONE_AMOUNT,
  toMoneySnapshot,
} from '../money/fields.js';
import { decimalOf } from '../money/format.js';
import type {
  Clause,
  Condition,
  ConditionDefinition,
  CountryGroup,
  Goal,
  InterpretationNote,
  Party,
  PolicyDefinition,
  PolicyVersion,
  Rule,
  RuleDefinition,
  RuleKind,
  Timing,
  TwinTown,
  TwinTownNamesake,
} from './types.js';

const bilingual = (max: number) => strictObject({ sv: text(max), en: text(max) });
const PARTIES = ['council', 'board', 'organiser', 'municipality'] as const;
const TIMINGS = [
  'before_activity',
  'before_departure',
  'before_booking',
  'after_return',
  'at_next_meeting',
  'in_council_account',
  'within_mandate_period',
  'after_evaluation',
  'on_adoption',
] as const;
const RULE_KINDS = [
  'plan',
  'decision',
  'report',
  'account',
  'evaluation',
  'continuation',
  'termination',
  'adoption',
] as const;
const ACTIVITY_KIND_NAMES = ['trip', 'incoming_visit', 'project', 'digital', 'other'] as const;
const CONTENTS = ['purpose', 'goal', 'expected_benefit', 'result'] as const;
/** The largest amount a condition or threshold may name, in öre: 1 000 000 000 kr. */
const LARGEST_AMOUNT = 100_000_000_000;

/** How the engine judges a rule of each kind: who owes it, to whom, when, and what it may carry. */
export interface KindShape {
  readonly owedBy: Party;
  /** The bodies it may be owed to; `null`: none is written. */
  readonly owedTo: readonly Party[] | null;
  readonly timing: readonly Timing[];
  /** Whether it applies to activities, under a condition (`when`), with content to state. */
  readonly activity: boolean;
  /** Whether it may state content (`content`). */
  readonly content: boolean;
  /** Whether it may set a number of days (`withinDays`, with `after_return`). */
  readonly days: boolean;
}

/**
 * The shape in which the engine judges each kind of rule. A rule written in another shape (a
 * decision owed to the organiser, a report due before departure) would be described one way and
 * judged another: it is refused (`rule_not_judged`), never accepted and ignored.
 */
export const KIND_SHAPES: Readonly<Record<RuleKind, KindShape>> = {
  plan: {
    owedBy: 'organiser',
    owedTo: null,
    timing: ['before_activity'],
    activity: true,
    content: true,
    days: false,
  },
  decision: {
    owedBy: 'organiser',
    owedTo: ['board', 'council'],
    timing: ['before_departure', 'before_booking'],
    activity: true,
    content: false,
    days: false,
  },
  report: {
    owedBy: 'organiser',
    owedTo: ['board'],
    timing: ['after_return', 'at_next_meeting'],
    activity: true,
    content: true,
    days: true,
  },
  account: {
    owedBy: 'organiser',
    owedTo: ['council'],
    timing: ['in_council_account', 'after_return'],
    activity: true,
    content: true,
    days: true,
  },
  evaluation: {
    owedBy: 'municipality',
    owedTo: null,
    timing: ['within_mandate_period'],
    activity: false,
    content: false,
    days: false,
  },
  continuation: {
    owedBy: 'council',
    owedTo: null,
    timing: ['within_mandate_period'],
    activity: false,
    content: false,
    days: false,
  },
  termination: {
    owedBy: 'municipality',
    owedTo: null,
    timing: ['after_evaluation'],
    activity: false,
    content: false,
    days: false,
  },
  adoption: {
    owedBy: 'council',
    owedTo: null,
    timing: ['on_adoption'],
    activity: false,
    content: false,
    days: false,
  },
};

/** The issues of a rule written in a shape the engine does not judge a rule of its kind in. */
function shapeIssues(rule: RuleDefinition, index: number): InputIssue[] {
  const shape = KIND_SHAPES[rule.kind];
  const issues: InputIssue[] = [];
  const refuse = (
    field: string,
    value: string | null,
    judged: string | readonly string[] | null,
  ) => {
    issues.push(
      definitionIssue('rule_not_judged', ['rules', index, field], {
        code: rule.code,
        kind: rule.kind,
        field,
        value,
        judged,
      }),
    );
  };
  if (rule.owedBy !== shape.owedBy) refuse('owedBy', rule.owedBy, shape.owedBy);
  if (shape.owedTo === null) {
    if (rule.owedTo !== undefined) refuse('owedTo', rule.owedTo, null);
  } else if (rule.owedTo === undefined || !shape.owedTo.includes(rule.owedTo))
    refuse(
      'owedTo',
      rule.owedTo ?? null,
      shape.owedTo.length === 1 ? (shape.owedTo[0] as string) : shape.owedTo,
    );
  if (!shape.timing.includes(rule.timing))
    refuse(
      'timing',
      rule.timing,
      shape.timing.length === 1 ? (shape.timing[0] as string) : shape.timing,
    );
  if (rule.withinDays !== undefined && !(shape.days && rule.timing === 'after_return'))
    refuse('withinDays', String(rule.withinDays), null);
  if (shape.activity && rule.when === undefined) refuse('when', null, 'a condition / ett villkor');
  if (!shape.activity && rule.when !== undefined) refuse('when', 'a condition / ett villkor', null);
  if (!shape.content && rule.content !== undefined)
    refuse('content', rule.content.join(', '), null);
  return issues;
}

const amountSchema = described(strictObject({ ...amountFields, currency: z.string() }), ONE_AMOUNT);

/**
 * An amount a version names (its threshold, a condition's amount): in SEK, exact to the öre, at most
 * 1 000 000 000 kr — checked where it is written, so that it is reported beside any other problem.
 */
const sekAmountSchema = amountSchema.check(
  z.superRefine((money, ctx) => {
    if (money.currency !== 'SEK')
      report(ctx, 'threshold_not_sek', { value: money.currency }, ['currency']);
    else {
      checkAmount(money, money.currency, ctx, []);
      const minor = minorOf(money);
      if (minor !== undefined && minor > LARGEST_AMOUNT)
        report(ctx, 'out_of_range', { value: minor, minimum: 0, maximum: LARGEST_AMOUNT }, []);
    }
  }),
);

const conditionFact = z.discriminatedUnion('fact', [
  strictObject({ fact: z.literal('international') }),
  strictObject({ fact: z.literal('twin_town') }),
  strictObject({ fact: z.literal('country_in'), group: identifier }),
  strictObject({
    fact: z.literal('kind'),
    kinds: z.array(z.enum(ACTIVITY_KIND_NAMES)).check(z.minLength(1), z.maxLength(5)),
  }),
  strictObject({
    fact: z.literal('cost'),
    compare: z.enum(['more', 'at_least']),
    per: z.enum(['activity', 'traveller']),
    amount: z.exactOptional(sekAmountSchema),
  }),
]);

/** A condition: a fact, or conditions combined (at most ten parts each, eight levels deep). */
const condition: z.ZodMiniType<ConditionDefinition> = z.union([
  conditionFact,
  strictObject({
    all: z.array(z.lazy(() => condition)).check(z.minLength(1), z.maxLength(10)),
  }),
  strictObject({
    any: z.array(z.lazy(() => condition)).check(z.minLength(1), z.maxLength(10)),
  }),
  strictObject({ not: z.lazy(() => condition) }),
]) as unknown as z.ZodMiniType<ConditionDefinition>;

const countryGroup: z.ZodMiniType<CountryGroup> = strictObject({
  id: identifier,
  name: strictObject({ sv: text(LIMITS.name), en: text(LIMITS.name) }),
  countries: z.array(countryCode).check(z.minLength(1), z.maxLength(300)),
});

const clause: z.ZodMiniType<Clause> = strictObject({
  id: identifier,
  section: z.enum(['intro', 'aims', 'twinTowns', 'council', 'board']),
  kind: z.enum(['obligation', 'scope', 'context', 'goal', 'list']),
  parent: z.exactOptional(identifier),
  sv: text(LIMITS.result),
  en: text(LIMITS.result),
});

const goal: z.ZodMiniType<Goal> = strictObject({
  id: identifier,
  clauseId: identifier,
  text: bilingual(LIMITS.purpose),
});

/** A list of names or regions: at most `max` texts of a name's length. */
const names = (max: number) => z.array(text(LIMITS.name)).check(z.maxLength(max));

const namesake: z.ZodMiniType<TwinTownNamesake> = strictObject({
  name: text(LIMITS.name),
  localNames: z.exactOptional(names(LIMITS.roles)),
  regions: names(LIMITS.roles).check(z.minLength(1)),
});

const twinTown: z.ZodMiniType<TwinTown> = strictObject({
  id: identifier,
  name: text(LIMITS.name),
  asWritten: text(LIMITS.name),
  country: countryCode,
  aliases: names(LIMITS.roles),
  localNames: z.exactOptional(names(LIMITS.roles)),
  regions: z.exactOptional(names(LIMITS.items)),
  qualifiers: z.exactOptional(names(LIMITS.roles)),
  namesakes: z.exactOptional(z.array(namesake).check(z.maxLength(LIMITS.roles))),
});

const rule: z.ZodMiniType<RuleDefinition> = strictObject({
  code: identifier,
  kind: z.enum(RULE_KINDS),
  title: bilingual(LIMITS.name),
  appliesTo: bilingual(LIMITS.purpose),
  duty: bilingual(LIMITS.purpose),
  owedBy: z.enum(PARTIES),
  owedTo: z.exactOptional(z.enum(PARTIES)),
  when: z.exactOptional(condition),
  timing: z.enum(TIMINGS),
  withinDays: z.exactOptional(count(0, 3660)),
  content: z.exactOptional(z.array(z.enum(CONTENTS)).check(z.minLength(1), z.maxLength(4))),
  clauseIds: z.array(identifier).check(z.minLength(1), z.maxLength(LIMITS.roles)),
  interpretationNoteIds: z.array(identifier).check(z.maxLength(LIMITS.roles)),
});

const interpretationNote: z.ZodMiniType<InterpretationNote> = strictObject({
  id: identifier,
  number: count(1, 999),
  title: bilingual(LIMITS.name),
  text: bilingual(LIMITS.result),
  twinTowns: z.exactOptional(z.array(identifier).check(z.minLength(1), z.maxLength(LIMITS.roles))),
});

/** The schema of each field of a definition: each field is checked on its own when another fails. */
const DEFINITION_SHAPE = {
  $schema: z.exactOptional(z.string().check(z.maxLength(LIMITS.purpose))),
  id: identifier,
  title: text(LIMITS.name),
  shortTitle: text(LIMITS.name),
  draft: z.exactOptional(z.literal(true)),
  municipality: text(LIMITS.name),
  statuteBook: text(LIMITS.name),
  adoption: strictObject({
    body: z.enum(['council', 'board']),
    date: isoDate,
    paragraph: identifier,
  }),
  validity: strictObject({
    from: isoDate,
    to: isoDate,
    supersedes: z.exactOptional(identifier),
  }),
  mandatePeriod: periodLabel,
  goals: z.array(goal).check(z.maxLength(LIMITS.roles)),
  twinTowns: z.array(twinTown).check(z.maxLength(LIMITS.roles)),
  reportBackThreshold: z.exactOptional(sekAmountSchema),
  countryGroups: z.exactOptional(z.array(countryGroup).check(z.maxLength(LIMITS.roles))),
  clauses: z.array(clause).check(z.minLength(1), z.maxLength(LIMITS.items)),
  interpretationNotes: z.array(interpretationNote).check(z.maxLength(LIMITS.items)),
  rules: z.array(rule).check(z.maxLength(LIMITS.roles)),
};

/** The zod schema of a policy definition, with every check that needs only the definition. */
export const policyDefinitionSchema: z.ZodMiniType<PolicyDefinition> = strictObject(
  DEFINITION_SHAPE,
) as unknown as z.ZodMiniType<PolicyDefinition>;

/** Calls `visit` with each fact of a condition and its path. */
function eachFact(
  written: ConditionDefinition,
  path: PathSegment[],
  visit: (fact: Extract<ConditionDefinition, { fact: string }>, path: PathSegment[]) => void,
): void {
  if ('all' in written)
    written.all.forEach((part, i) => {
      eachFact(part, [...path, 'all', i], visit);
    });
  else if ('any' in written)
    written.any.forEach((part, i) => {
      eachFact(part, [...path, 'any', i], visit);
    });
  else if ('not' in written) eachFact(written.not, [...path, 'not'], visit);
  else visit(written, path);
}

/** The amount in öre an amount object gives, once checked; `undefined` when it cannot be read. */
function minorOf(money: AmountInput): number | undefined {
  if (typeof money.minorUnits === 'number') return money.minorUnits;
  if (typeof money.amount !== 'string') return undefined;
  const reading = readAmount(money.amount, 2);
  return reading.success ? reading.minor : undefined;
}

type Field = keyof typeof DEFINITION_SHAPE;

/** The consistency checks across a definition's parts, each with the fields it reads. */
const CONSISTENCY: readonly {
  readonly reads: readonly Field[];
  readonly check: (definition: PolicyDefinition) => InputIssue[];
}[] = [
  {
    reads: ['clauses', 'goals', 'twinTowns', 'rules', 'countryGroups', 'interpretationNotes'],
    check: duplicateIssues,
  },
  { reads: ['clauses', 'goals', 'interpretationNotes', 'rules'], check: citationIssues },
  { reads: ['twinTowns', 'interpretationNotes'], check: noteTownIssues },
  { reads: ['twinTowns'], check: (definition) => spellingIssues(definition.twinTowns) },
  { reads: ['countryGroups', 'rules', 'reportBackThreshold'], check: parameterIssues },
  { reads: ['validity', 'adoption'], check: dateAndAdoptionIssues },
];

/** The consistency checks across a definition's parts: ids, citations, dates, the adopting body. */
function consistency(definition: PolicyDefinition): InputIssue[] {
  return CONSISTENCY.flatMap(({ check }) => check(definition));
}

/**
 * For a definition whose shape fails: the consistency checks whose fields all have their shape, so
 * that a wrongly written field does not hide a rule citing a clause that is not there.
 */
function consistencyOfParts(value: unknown): readonly InputIssue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const fields = value as Record<string, unknown>;
  const parts: Record<string, unknown> = {};
  const good = new Set<string>();
  for (const [key, schema] of Object.entries(DEFINITION_SHAPE)) {
    // A field left out that may be left out has its shape: the checks read it as absent.
    if (!Object.hasOwn(fields, key) && schema._zod.optin === 'optional') {
      good.add(key);
      continue;
    }
    const result = z.safeParse(schema as z.ZodMiniType, fields[key]);
    if (result.success) {
      good.add(key);
      parts[key] = result.data;
    }
  }
  return CONSISTENCY.filter(({ reads }) => reads.every((key) => good.has(key))).flatMap(
    ({ check }) => check(parts as unknown as PolicyDefinition),
  );
}

/** The ids (and other keys) written twice in a definition's lists. */
function duplicateIssues(definition: PolicyDefinition): InputIssue[] {
  const issues: InputIssue[] = [];
  const unique = <T>(list: readonly T[], key: (item: T) => string, name: string, field: string) => {
    issues.push(...duplicateIds(list, key, (index) => [name, index, field]));
  };
  unique(definition.clauses, (c) => c.id, 'clauses', 'id');
  unique(definition.goals, (g) => g.id, 'goals', 'id');
  unique(definition.twinTowns, (t) => t.id, 'twinTowns', 'id');
  unique(definition.rules, (r) => r.code, 'rules', 'code');
  // One rule of each kind about agreements and adoption: the review judges them by kind.
  unique(
    definition.rules.filter((r) => !KIND_SHAPES[r.kind].activity),
    (r) => r.kind,
    'rules',
    'kind',
  );
  unique(definition.countryGroups ?? [], (g) => g.id, 'countryGroups', 'id');
  unique(definition.interpretationNotes, (n) => n.id, 'interpretationNotes', 'id');
  unique(definition.interpretationNotes, (n) => String(n.number), 'interpretationNotes', 'number');
  return issues;
}

/** The clauses and notes cited that the definition lacks, and each rule's shape issues, in order. */
function citationIssues(definition: PolicyDefinition): InputIssue[] {
  const issues: InputIssue[] = [];
  const clauses = new Set(definition.clauses.map((c) => c.id));
  const cited = (id: string, path: PathSegment[]) => {
    if (!clauses.has(id)) issues.push(definitionIssue('unknown_clause', path, { value: id }));
  };
  definition.clauses.forEach((c, i) => {
    if (c.parent !== undefined) cited(c.parent, ['clauses', i, 'parent']);
  });
  definition.goals.forEach((g, i) => {
    cited(g.clauseId, ['goals', i, 'clauseId']);
  });
  const notes = new Set(definition.interpretationNotes.map((n) => n.id));
  definition.rules.forEach((r, i) => {
    issues.push(...shapeIssues(r, i));
    r.clauseIds.forEach((id, j) => {
      cited(id, ['rules', i, 'clauseIds', j]);
    });
    r.interpretationNoteIds.forEach((id, j) => {
      if (!notes.has(id))
        issues.push(
          definitionIssue('unknown_note', ['rules', i, 'interpretationNoteIds', j], { value: id }),
        );
    });
  });
  return issues;
}

/** The twin towns named by interpretation notes that the definition lacks. */
function noteTownIssues(definition: PolicyDefinition): InputIssue[] {
  const issues: InputIssue[] = [];
  // A note about some twin towns names towns of the version.
  const towns = definition.twinTowns.map((t) => t.id);
  definition.interpretationNotes.forEach((n, i) => {
    n.twinTowns?.forEach((id, j) => {
      if (!towns.includes(id))
        issues.push(
          issue('unknown_twin_town', ['interpretationNotes', i, 'twinTowns', j], {
            value: id,
            known: towns,
          }),
        );
    });
  });
  return issues;
}

/** The checks of the validity dates and the adoption: its date and its body. */
function dateAndAdoptionIssues(definition: PolicyDefinition): InputIssue[] {
  const issues: InputIssue[] = [];
  const { from, to } = definition.validity;
  if (to < from) {
    issues.push(issue('end_before_start', ['validity', 'to'], { startDate: from, endDate: to }));
  }
  if (definition.adoption.date > from) {
    issues.push(
      definitionIssue('adopted_after_start', ['adoption', 'date'], {
        value: definition.adoption.date,
        startDate: from,
      }),
    );
  }
  if (definition.adoption.body !== 'council') {
    issues.push(
      definitionIssue('not_adopted_by_council', ['adoption', 'body'], {
        value: definition.adoption.body,
      }),
    );
  }
  return issues;
}

/**
 * The checks of a version's parameters: every group a condition names exists, every group and the
 * threshold are used by some condition, and a cost condition with no amount has the threshold.
 */
function parameterIssues(definition: PolicyDefinition): InputIssue[] {
  const issues: InputIssue[] = [];
  const groups = (definition.countryGroups ?? []).map((g) => g.id);
  const usedGroups = new Set<string>();
  let thresholdUsed = false;
  definition.rules.forEach((r, i) => {
    if (!r.when) return;
    eachFact(r.when, ['rules', i, 'when'], (fact, path) => {
      if (fact.fact === 'country_in') {
        usedGroups.add(fact.group);
        if (!groups.includes(fact.group))
          issues.push(
            definitionIssue('unknown_group', [...path, 'group'], {
              value: fact.group,
              known: groups,
            }),
          );
      }
      if (fact.fact === 'cost' && !fact.amount) {
        thresholdUsed = true;
        if (!definition.reportBackThreshold)
          issues.push(definitionIssue('threshold_missing', path, { code: r.code }));
      }
    });
  });
  if (definition.reportBackThreshold && !thresholdUsed)
    issues.push(
      definitionIssue('unused_parameter', ['reportBackThreshold'], {
        value: 'reportBackThreshold',
      }),
    );
  (definition.countryGroups ?? []).forEach((g, i) => {
    if (!usedGroups.has(g.id))
      issues.push(
        definitionIssue('unused_parameter', ['countryGroups', i, 'id'], {
          value: g.id,
        }),
      );
  });
  return issues;
}

/**
 * The checks of the twin towns' spellings, regions and namesakes (interpretation note 4): no spelling
 * names two towns; every name and region holds a letter or digit, or it could never be matched; a
 * namesake's region is no spelling of its town, and each namesake has a region its town does not
 * share, or no place could be told to be the namesake.
 */
function spellingIssues(towns: readonly TwinTown[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const owners = new Map<string, string>();
  const words = (name: string, path: PathSegment[]) => {
    const folded = wordsOf(name).join(' ');
    if (folded === '') issues.push(definitionIssue('no_letters', path, { value: name }));
    return folded;
  };
  towns.forEach((town, i) => {
    const spellings = new Set<string>();
    const named = (list: readonly string[] | undefined, field: string) => {
      list?.forEach((name, j) => {
        const path: PathSegment[] =
          field === 'id' ? ['twinTowns', i, 'id'] : ['twinTowns', i, field, j];
        // An id is an identifier, never empty; a name must hold a letter or digit.
        const folded = field === 'id' ? wordsOf(name).join(' ') : words(name, path);
        spellings.add(folded);
        const owner = owners.get(folded);
        if (folded === '') return;
        if (owner !== undefined && owner !== town.id)
          issues.push(definitionIssue('ambiguous_name', path, { value: name, other: owner }));
        else owners.set(folded, town.id);
      });
    };
    named([town.id], 'id');
    named(town.aliases, 'aliases');
    named(town.localNames, 'localNames');
    const regions = new Set(
      (town.regions ?? []).map((region, j) => words(region, ['twinTowns', i, 'regions', j])),
    );
    town.qualifiers?.forEach((qualifier, j) => {
      words(qualifier, ['twinTowns', i, 'qualifiers', j]);
    });
    town.namesakes?.forEach((namesake, j) => {
      const at: PathSegment[] = ['twinTowns', i, 'namesakes', j];
      words(namesake.name, [...at, 'name']);
      namesake.localNames?.forEach((name, k) => {
        words(name, [...at, 'localNames', k]);
      });
      let own = false;
      namesake.regions.forEach((region, k) => {
        const folded = words(region, [...at, 'regions', k]);
        if (spellings.has(folded))
          issues.push(
            definitionIssue('ambiguous_name', [...at, 'regions', k], {
              value: region,
              other: town.id,
            }),
          );
        else if (folded !== '' && !regions.has(folded)) own = true;
      });
      if (!own)
        issues.push(
          definitionIssue('namesake_not_distinguished', [...at, 'regions'], {
            value: namesake.name,
            town: town.id,
          }),
        );
    });
  });
  return issues;
}

/** A condition as the version holds it: each cost's amount in whole öre. */
function conditionOf(written: ConditionDefinition): Condition {
  if ('all' in written) return { all: written.all.map(conditionOf) };
  if ('any' in written) return { any: written.any.map(conditionOf) };
  if ('not' in written) return { not: conditionOf(written.not) };
  if (written.fact !== 'cost' || !written.amount) return written as Condition;
  const { amount, ...fact } = written;
  return {
    ...fact,
    amount: { minorUnits: minorOf(amount) as number, currency: 'SEK' },
  };
}

function toVersion({ $schema: _, ...definition }: PolicyDefinition): PolicyVersion {
  const { reportBackThreshold, rules, ...rest } = definition;
  // The schema checked the days, so they are the version's IsoDates as written; the file's `$schema`
  // is for its editor, no part of the version.
  const version: Omit<PolicyVersion, 'fingerprint' | keyof Vouched<'version'>> = {
    ...(rest as Omit<
      PolicyDefinition,
      'adoption' | 'validity' | '$schema' | 'rules' | 'reportBackThreshold'
    > &
      Pick<PolicyVersion, 'adoption' | 'validity'>),
    ...(reportBackThreshold && {
      reportBackThreshold: toMoneySnapshot(reportBackThreshold, 'SEK') as NonNullable<
        PolicyVersion['reportBackThreshold']
      >,
    }),
    // Each rule's fields in the order written, its condition's amounts in öre.
    rules: rules.map(
      (r): Rule =>
        Object.fromEntries(
          Object.entries(r).map(([key, value]) => [
            key,
            key === 'when' ? conditionOf(value as ConditionDefinition) : value,
          ]),
        ) as unknown as Rule,
    ),
  };
  const fingerprint = `sha256:${sha256(canonicalJson(definitionOf(version)))}`;
  // parsePolicy vouches for it (parseWith), which is what the type's mark stands for.
  return { ...version, fingerprint } as PolicyVersion;
}

/**
 * Reads a policy definition from untrusted input (a JSON file, say): the definition's shape, then
 * its consistency — unique ids; every clause a rule, goal or clause cites exists; no spelling names
 * two twin towns; validity ordered and adoption on or before it; the threshold in SEK; adopted by the
 * council (`council.policy`). Never throws.
 *
 * @param input - the definition, as read from JSON
 * @returns the deep-frozen version with its fingerprint, or its issues (at most 100 listed), located and bilingual
 *
 * @example
 * ```ts
 * const definition = toPolicyDefinition(POLICY_2019_2022);
 * const result = parsePolicy({ ...definition, adoption: { ...definition.adoption, body: 'board' } });
 * result.success; // => false
 * !result.success && result.issues[0]?.messages.en;
 * // => 'adoption.body: the policy must be adopted by the municipal council (clause council.policy), not "board".'
 * ```
 * @category Versions
 */
export function parsePolicy(input: unknown): ParseResult<PolicyVersion> {
  return parseWith(
    policyDefinitionSchema,
    input,
    consistency,
    toVersion,
    'version',
    undefined,
    consistencyOfParts,
  );
}

/**
 * Defines a policy version from its definition, as a maintainer does in code when the council adopts
 * a new policy: validated as {@link parsePolicy} does, with its fingerprint computed.
 *
 * @param definition - the definition
 * @returns the deep-frozen version
 * @throws {@link PolicyError} `invalid_policy` listing every issue (in `details.issues`, each with its
 *   path and messages in Swedish and English)
 *
 * @example
 * ```ts
 * const definition = toPolicyDefinition(POLICY_2019_2022);
 * definePolicy(definition).fingerprint === POLICY_2019_2022.fingerprint; // => true
 * const broken = { ...definition, rules: [{ ...definition.rules[0]!, clauseIds: ['nowhere'] }] };
 * definePolicy(broken); // throws PolicyError (code 'invalid_policy')
 * ```
 * @category Versions
 */
export function definePolicy(definition: PolicyDefinition): PolicyVersion {
  const result = parsePolicy(definition);
  if (result.success) return result.data;
  throw new PolicyError(
    'invalid_policy',
    {
      sv: `Policydefinitionen är ogiltig: ${result.issues.map((i) => i.messages.sv).join(' ')}`,
      en: `The policy definition is invalid: ${result.issues.map((i) => i.messages.en).join(' ')}`,
    },
    { issues: result.issues },
  );
}

/**
 * A version written back as its definition: what {@link definePolicy} takes, with the threshold as
 * a decimal string in kronor (`'10000.00'`). Defining it again gives the same version and fingerprint; its canonical JSON is what
 * the fingerprint is computed from.
 *
 * @param version - a policy version
 * @returns its definition, as plain data ready for JSON
 *
 * @example
 * ```ts
 * const json = JSON.stringify(toPolicyDefinition(POLICY_2019_2022));
 * const again = parsePolicy(JSON.parse(json));
 * again.success && again.data.fingerprint === POLICY_2019_2022.fingerprint; // => true
 * ```
 * @category Versions
 */
export function toPolicyDefinition(version: PolicyVersion): PolicyDefinition {
  assertVouched('toPolicyDefinition', version, TAKES_VERSION);
  return definitionOf(version);
}

/** {@link toPolicyDefinition} of a version being made (which has no fingerprint yet). */
function definitionOf(
  version: Omit<PolicyVersion, 'fingerprint' | keyof Vouched<'version'>>,
): PolicyDefinition {
  const { reportBackThreshold, ...rest } = version;
  const { fingerprint: _, ...definition } = rest as typeof rest & {
    fingerprint?: string;
  };
  return {
    ...definition,
    ...(reportBackThreshold && {
      reportBackThreshold: {
        amount: decimalOf(reportBackThreshold, 'en'),
        currency: 'SEK',
      },
    }),
  };
}

export { canonicalJson };
