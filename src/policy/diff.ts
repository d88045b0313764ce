import type { DineroSnapshot } from 'dinero.js';
import type { LocalizedText } from '../errors.js';
import { canonicalJson } from '../internal/canonical-json.js';
import { assertVouched, TAKES_VERSION } from '../internal/guards.js';
import { same as inBoth, joined } from '../internal/words.js';
import { moneyWords } from '../money/format.js';
import type {
  Clause,
  CountryGroup,
  Goal,
  InterpretationNote,
  PolicyVersion,
  Rule,
  RuleCode,
  TwinTown,
} from './types.js';
import { CHANGE } from './words.js';

/**
 * One difference between two policy versions.
 *
 * @example
 * ```ts
 * const change: PolicyChange = { kind: 'twin_town_removed', town: POLICY_2019_2022.twinTowns[3]! };
 * ```
 * @category Versions
 */
export type PolicyChange =
  | {
      /** The report-back threshold changed, was set, or was taken away. */
      readonly kind: 'threshold';
      /** Before; left out when the earlier version had none. */
      readonly before?: DineroSnapshot<number, 'SEK'>;
      /** After; left out when the later version has none. */
      readonly after?: DineroSnapshot<number, 'SEK'>;
    }
  | {
      /** The groups of countries the conditions name changed. */
      readonly kind: 'country_groups';
      /** Before. */
      readonly before: readonly CountryGroup[];
      /** After. */
      readonly after: readonly CountryGroup[];
    }
  | {
      /** A twin town was added or removed. */
      readonly kind: 'twin_town_added' | 'twin_town_removed';
      /** The town. */
      readonly town: TwinTown;
    }
  | {
      /** A twin town's name, spellings or country changed. */
      readonly kind: 'twin_town_changed';
      /** Before. */
      readonly before: TwinTown;
      /** After. */
      readonly after: TwinTown;
    }
  | {
      /** A goal was added or removed. */
      readonly kind: 'goal_added' | 'goal_removed';
      /** The goal. */
      readonly goal: Goal;
    }
  | {
      /** A goal's text or clause changed. */
      readonly kind: 'goal_changed';
      /** Before. */
      readonly before: Goal;
      /** After. */
      readonly after: Goal;
    }
  | {
      /** A rule now applies, or no longer applies. */
      readonly kind: 'rule_added' | 'rule_removed';
      /** The rule. */
      readonly rule: Rule;
    }
  | {
      /** A rule's parameters changed: who owes it, to whom, when, or the clauses it cites. */
      readonly kind: 'rule_changed';
      /** The rule's code. */
      readonly code: RuleCode;
      /** Which fields changed. */
      readonly fields: readonly (keyof Rule)[];
      /** Before. */
      readonly before: Rule;
      /** After. */
      readonly after: Rule;
    }
  | {
      /** A clause was added or removed. */
      readonly kind: 'clause_added' | 'clause_removed';
      /** The clause. */
      readonly clause: Clause;
    }
  | {
      /** A clause's text (Swedish or English), section, kind or parent changed. */
      readonly kind: 'clause_changed';
      /** Before. */
      readonly before: Clause;
      /** After. */
      readonly after: Clause;
    }
  | {
      /** An interpretation note (a reading) was added or removed. */
      readonly kind: 'note_added' | 'note_removed';
      /** The note. */
      readonly note: InterpretationNote;
    }
  | {
      /** An interpretation note's reading changed: its text, title or number. */
      readonly kind: 'note_changed';
      /** Before. */
      readonly before: InterpretationNote;
      /** After. */
      readonly after: InterpretationNote;
    }
  | {
      /**
       * The id, a title, the municipality, the statute book, adoption, validity, mandate period or
       * the mark of a draft (`'true'` / `'false'`) changed.
       */
      readonly kind: 'identity_changed';
      /** Which field. */
      readonly field:
        | 'id'
        | 'title'
        | 'shortTitle'
        | 'municipality'
        | 'statuteBook'
        | 'adoption'
        | 'validity'
        | 'mandatePeriod'
        | 'draft';
      /** Before, as text. */
      readonly before: string;
      /** After, as text. */
      readonly after: string;
    };

/**
 * What changed between two policy versions: the changes as data, and a summary in words.
 *
 * @example
 * ```ts
 * const diff: PolicyDiff = diffPolicies(POLICY_2019_2022, POLICY_2019_2022);
 * diff.changes; // => []
 * ```
 * @category Versions
 */
export interface PolicyDiff {
  /** The earlier version's id. */
  readonly from: string;
  /** The later version's id. */
  readonly to: string;
  /**
   * Every change: identity, threshold, twin towns, goals, rules, clauses, interpretation notes, in
   * that order.
   */
  readonly changes: readonly PolicyChange[];
  /** One line per change, in Swedish and English (`Inga ändringar.` / `No changes.` when none). */
  readonly summary: LocalizedText;
}

const byKey = <T>(list: readonly T[], key: (item: T) => string) =>
  new Map(list.map((item) => [key(item), item]));

/** Equal as data, whatever the order of their keys. */
const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** The twin towns a note is about, as a list, or every town. */
const townList = (towns: readonly string[] | undefined): LocalizedText =>
  towns ? { sv: towns.join(', '), en: towns.join(', ') } : CHANGE.everyTown;

/** Added, removed and changed items of two keyed lists, in the order of the lists. */
function compare<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  made: {
    added: (item: T) => PolicyChange;
    removed: (item: T) => PolicyChange;
    changed: (a: T, b: T) => PolicyChange;
  },
): PolicyChange[] {
  const old = byKey(before, key);
  const now = byKey(after, key);
  const changes: PolicyChange[] = [];
  for (const item of before) if (!now.has(key(item))) changes.push(made.removed(item));
  for (const item of after) {
    const earlier = old.get(key(item));
    if (!earlier) changes.push(made.added(item));
    else if (!same(earlier, item)) changes.push(made.changed(earlier, item));
  }
  return changes;
}

/** A change in words, in both languages. */
function describe(change: PolicyChange): LocalizedText {
  const town = (t: TwinTown) => `${t.name} (${t.country})`;
  switch (change.kind) {
    case 'identity_changed':
      return inBoth(`${change.field}: ${change.before} → ${change.after}`);
    case 'country_groups': {
      const groups = (list: readonly CountryGroup[]) =>
        list.map((g) => `${g.id} (${g.countries.join(', ')})`).join('; ') || '–';
      return CHANGE.countryGroups(`${groups(change.before)} → ${groups(change.after)}`);
    }
    case 'threshold': {
      const before = change.before ? moneyWords(change.before) : CHANGE.noAmount;
      const after = change.after ? moneyWords(change.after) : CHANGE.noAmount;
      return CHANGE.threshold(before, after);
    }
    case 'twin_town_added':
      return CHANGE.twinTownAdded(town(change.town));
    case 'twin_town_removed':
      return CHANGE.twinTownRemoved(town(change.town));
    case 'twin_town_changed':
      return CHANGE.twinTownChanged(change.before.name);
    case 'goal_added':
      return CHANGE.goalAdded(change.goal.id, change.goal.text);
    case 'goal_removed':
      return CHANGE.goalRemoved(change.goal.id);
    case 'goal_changed':
      return CHANGE.goalChanged(change.after.id, change.before.text, change.after.text);
    case 'rule_added':
      return CHANGE.ruleAdded(change.rule.code, change.rule.title);
    case 'rule_removed':
      return CHANGE.ruleRemoved(change.rule.code, change.rule.title);
    case 'rule_changed':
      return CHANGE.ruleChanged(change.code, change.fields.join(', '));
    case 'clause_added':
      return CHANGE.clauseAdded(change.clause.id, change.clause);
    case 'clause_removed':
      return CHANGE.clauseRemoved(change.clause.id);
    case 'clause_changed':
      return change.before.sv === change.after.sv && change.before.en === change.after.en
        ? CHANGE.clausePlaceChanged(change.after.id)
        : CHANGE.clauseTextChanged(change.after.id, change.before, change.after);
    case 'note_added':
      return CHANGE.noteAdded(change.note.number, change.note.id, change.note.text);
    case 'note_removed':
      return CHANGE.noteRemoved(change.note.number, change.note.id);
    case 'note_changed':
      return same(change.before.text, change.after.text)
        ? CHANGE.noteTownsChanged(
            change.after.id,
            townList(change.before.twinTowns),
            townList(change.after.twinTowns),
          )
        : CHANGE.noteChanged(change.after.id, change.before.text, change.after.text);
  }
}

/**
 * The fields that name a version. Each is reported when it changes: a field of a definition is
 * honoured by some answer, or refused (issue 29) — the short title, the municipality and the statute
 * book are answered here.
 */
const IDENTITY = [
  'id',
  'title',
  'shortTitle',
  'municipality',
  'statuteBook',
  'adoption',
  'validity',
  'mandatePeriod',
  'draft',
] as const;

function identityText(version: PolicyVersion, field: (typeof IDENTITY)[number]): string {
  if (field === 'draft') return String(version.draft === true);
  const value = version[field];
  if (typeof value === 'string') return value;
  if (field === 'adoption') {
    const { body, date, paragraph } = version.adoption;
    return `${body} ${date} ${paragraph}`;
  }
  const { from, to, supersedes } = version.validity;
  return `${from}–${to}${supersedes ? ` (supersedes ${supersedes})` : ''}`;
}

/**
 * What changed from one policy version to another — identity, report-back threshold, twin towns
 * added, removed or changed, goals, rules (added, removed, or with changed parameters), clause
 * texts and interpretation notes (readings) — as data and as a summary in Swedish and English, for the maintainer adding a version and
 * for the changelog.
 *
 * @param before - the earlier version
 * @param after - the later version
 * @returns the differences
 *
 * @example
 * ```ts
 * const definition = toPolicyDefinition(POLICY_2019_2022);
 * const next = definePolicy({
 *   ...definition, id: 'next', reportBackThreshold: { amount: '15 000,00', currency: 'SEK' },
 *   twinTowns: definition.twinTowns.filter((town) => town.id !== 'nykarleby'),
 * });
 * const diff = diffPolicies(POLICY_2019_2022, next);
 * diff.changes.map((change) => change.kind); // => ['identity_changed', 'threshold', 'twin_town_removed']
 * diff.summary.en;
 * // => 'id: solleftea-2019-2022 → next\nReport-back threshold: SEK 10,000.00 → SEK 15,000.00\nTwin town removed: Nykarleby (FI)'
 * ```
 * @category Versions
 */
export function diffPolicies(before: PolicyVersion, after: PolicyVersion): PolicyDiff {
  assertVouched('diffPolicies', before, TAKES_VERSION);
  assertVouched('diffPolicies', after, TAKES_VERSION);
  const changes: PolicyChange[] = [];
  for (const field of IDENTITY) {
    const a = identityText(before, field);
    const b = identityText(after, field);
    if (a !== b) changes.push({ kind: 'identity_changed', field, before: a, after: b });
  }
  if (!same(before.reportBackThreshold, after.reportBackThreshold)) {
    changes.push({
      kind: 'threshold',
      ...(before.reportBackThreshold && { before: before.reportBackThreshold }),
      ...(after.reportBackThreshold && { after: after.reportBackThreshold }),
    });
  }
  if (!same(before.countryGroups ?? [], after.countryGroups ?? []))
    changes.push({
      kind: 'country_groups',
      before: before.countryGroups ?? [],
      after: after.countryGroups ?? [],
    });
  changes.push(
    ...compare(before.twinTowns, after.twinTowns, (t) => t.id, {
      added: (town) => ({ kind: 'twin_town_added', town }),
      removed: (town) => ({ kind: 'twin_town_removed', town }),
      changed: (a, b) => ({ kind: 'twin_town_changed', before: a, after: b }),
    }),
    ...compare(before.goals, after.goals, (g) => g.id, {
      added: (goal) => ({ kind: 'goal_added', goal }),
      removed: (goal) => ({ kind: 'goal_removed', goal }),
      changed: (a, b) => ({ kind: 'goal_changed', before: a, after: b }),
    }),
    ...compare(before.rules, after.rules, (r) => r.code, {
      added: (rule) => ({ kind: 'rule_added', rule }),
      removed: (rule) => ({ kind: 'rule_removed', rule }),
      changed: (a, b) => ({
        kind: 'rule_changed',
        code: b.code,
        fields: (Object.keys({ ...a, ...b }) as (keyof Rule)[]).filter(
          (field) => !same(a[field], b[field]),
        ),
        before: a,
        after: b,
      }),
    }),
    ...compare(before.clauses, after.clauses, (c) => c.id, {
      added: (clause) => ({ kind: 'clause_added', clause }),
      removed: (clause) => ({ kind: 'clause_removed', clause }),
      changed: (a, b) => ({ kind: 'clause_changed', before: a, after: b }),
    }),
    ...compare(before.interpretationNotes, after.interpretationNotes, (n) => n.id, {
      added: (note) => ({ kind: 'note_added', note }),
      removed: (note) => ({ kind: 'note_removed', note }),
      changed: (a, b) => ({ kind: 'note_changed', before: a, after: b }),
    }),
  );
  const summary = changes.length === 0 ? CHANGE.none : joined(changes.map(describe), '\n');
  return Object.freeze({
    from: before.id,
    to: after.id,
    changes: Object.freeze(changes),
    summary: Object.freeze({ sv: summary.sv, en: summary.en }),
  });
}
