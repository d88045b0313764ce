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
import { compareText } from '../internal/compare.js';
import { assertVouched, TAKES_VERSION, type Vouched } from '../internal/guards.js';
import { sha256 } from '../internal/sha256.js';
import { wordsOf } from '../internal/text.js';
import { amountFields, checkAmount, ONE_AMOUNT, toMoneySnapshot } from '../money/fields.js';
import { decimalOf } from '../money/format.js';
import type {
  Clause,
  Goal,
  InterpretationNote,
  PolicyDefinition,
  PolicyVersion,
  Rule,
  TwinTown,
  TwinTownNamesake,
} from './types.js';

const bilingual = (max: number) => strictObject({ sv: text(max), en: text(max) });
const PARTIES = ['council', 'board', 'organiser', 'municipality'] as const;
const TIMINGS = [
  'before_activity',
  'before_departure',
  'after_return',
  'in_council_account',
  'within_mandate_period',
  'after_evaluation',
  'on_adoption',
] as const;
const RULE_CODES = [
  'planning',
  'board_approval',
  'board_report_back',
  'council_account',
  'agreement_evaluation',
  'continuation_decision',
  'agreement_termination',
  'policy_adoption',
] as const;

/**
 * The shape in which the engine judges each rule: who owes it, to whom, and when. A rule is judged
 * by code — board approval by a decision on or before the departure, report-back after the return,
 * and so on — so a definition that writes another shape (an approval owed to the council, a
 * report-back before departure) would be described one way and judged another: it is refused
 * (`rule_not_judged`), never accepted and ignored.
 */
const JUDGED_SHAPES: Readonly<
  Record<
    (typeof RULE_CODES)[number],
    {
      readonly owedBy: Rule['owedBy'];
      readonly owedTo?: Rule['owedTo'];
      readonly timing: Rule['timing'];
    }
  >
> = {
  planning: { owedBy: 'organiser', timing: 'before_activity' },
  board_approval: { owedBy: 'organiser', owedTo: 'board', timing: 'before_departure' },
  board_report_back: { owedBy: 'organiser', owedTo: 'board', timing: 'after_return' },
  council_account: { owedBy: 'organiser', owedTo: 'council', timing: 'in_council_account' },
  agreement_evaluation: { owedBy: 'municipality', timing: 'within_mandate_period' },
  continuation_decision: { owedBy: 'council', timing: 'within_mandate_period' },
  agreement_termination: { owedBy: 'municipality', timing: 'after_evaluation' },
  policy_adoption: { owedBy: 'council', timing: 'on_adoption' },
};

/** The issues of a rule written in a shape the engine does not judge it in. */
function shapeIssues(rule: Rule, index: number): InputIssue[] {
  const judged = JUDGED_SHAPES[rule.code];
  return (['owedBy', 'owedTo', 'timing'] as const).flatMap((field) =>
    rule[field] === judged[field]
      ? []
      : [
          definitionIssue('rule_not_judged', ['rules', index, field], {
            code: rule.code,
            field,
            value: rule[field] ?? null,
            judged: judged[field] ?? null,
          }),
        ],
  );
}

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

const rule: z.ZodMiniType<Rule> = strictObject({
  code: z.enum(RULE_CODES),
  title: bilingual(LIMITS.name),
  appliesTo: bilingual(LIMITS.purpose),
  duty: bilingual(LIMITS.purpose),
  owedBy: z.enum(PARTIES),
  owedTo: z.exactOptional(z.enum(PARTIES)),
  timing: z.enum(TIMINGS),
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

/** The zod schema of a policy definition, with every check that needs only the definition. */
export const policyDefinitionSchema: z.ZodMiniType<PolicyDefinition> = strictObject({
  $schema: z.exactOptional(z.string().check(z.maxLength(LIMITS.purpose))),
  id: identifier,
  title: text(LIMITS.name),
  shortTitle: text(LIMITS.name),
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
  reportBackThreshold: described(
    strictObject({ ...amountFields, currency: z.string() }),
    ONE_AMOUNT,
  ),
  clauses: z.array(clause).check(z.minLength(1), z.maxLength(LIMITS.items)),
  interpretationNotes: z.array(interpretationNote).check(z.maxLength(LIMITS.items)),
  rules: z.array(rule).check(z.maxLength(RULE_CODES.length)),
}).check(
  z.superRefine((definition, ctx) => {
    const threshold = definition.reportBackThreshold;
    if (threshold.currency !== 'SEK') {
      report(ctx, 'threshold_not_sek', { value: threshold.currency }, [
        'reportBackThreshold',
        'currency',
      ]);
    } else checkAmount(threshold, threshold.currency, ctx, ['reportBackThreshold']);
  }),
) as unknown as z.ZodMiniType<PolicyDefinition>;

/** The consistency checks across a definition's parts: ids, citations, dates, the adopting body. */
function consistency(definition: PolicyDefinition): InputIssue[] {
  const issues: InputIssue[] = [];
  const unique = <T>(list: readonly T[], key: (item: T) => string, name: string, field: string) => {
    issues.push(...duplicateIds(list, key, (index) => [name, index, field]));
  };
  unique(definition.clauses, (c) => c.id, 'clauses', 'id');
  unique(definition.goals, (g) => g.id, 'goals', 'id');
  unique(definition.twinTowns, (t) => t.id, 'twinTowns', 'id');
  unique(definition.rules, (r) => r.code, 'rules', 'code');
  unique(definition.interpretationNotes, (n) => n.id, 'interpretationNotes', 'id');
  unique(definition.interpretationNotes, (n) => String(n.number), 'interpretationNotes', 'number');

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

  issues.push(...spellingIssues(definition.twinTowns));

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

/**
 * Internal: JSON with object keys sorted and `undefined` members left out, so that equal
 * definitions give equal text whatever the order their keys were written in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function toVersion({ $schema: _, ...definition }: PolicyDefinition): PolicyVersion {
  const threshold = toMoneySnapshot(definition.reportBackThreshold, 'SEK');
  // The schema checked the days, so they are the version's IsoDates as written; the file's `$schema`
  // is for its editor, no part of the version.
  const version: Omit<PolicyVersion, 'fingerprint' | keyof Vouched<'version'>> = {
    ...(definition as Omit<PolicyDefinition, 'adoption' | 'validity' | '$schema'> &
      Pick<PolicyVersion, 'adoption' | 'validity'>),
    reportBackThreshold: threshold as PolicyVersion['reportBackThreshold'],
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
  return parseWith(policyDefinitionSchema, input, consistency, toVersion, 'version');
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
  const { fingerprint: _, ...definition } = rest as typeof rest & { fingerprint?: string };
  return {
    ...definition,
    reportBackThreshold: { amount: decimalOf(reportBackThreshold, 'en'), currency: 'SEK' },
  };
}
