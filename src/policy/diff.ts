import type { DineroSnapshot } from 'dinero.js';
import type { Bilingual, Language } from '../errors.js';
import { assertVouched, TAKES_VERSION } from '../internal/guards.js';
import { moneyText } from '../money/format.js';
import type {
  Clause,
  Goal,
  InterpretationNote,
  PolicyVersion,
  Rule,
  RuleCode,
  TwinTown,
} from './types.js';

/**
 * One difference between two policy versions.
 *
 * @example
 * ```ts
 * const change: PolicyChange = { kind: 'twin_town_removed', town: POLICY_2019_2022.twinTowns[3]! };
 * ```
 */
export type PolicyChange =
  | {
      /** The report-back threshold changed. */
      readonly kind: 'threshold';
      /** Before. */
      readonly before: DineroSnapshot<number, 'SEK'>;
      /** After. */
      readonly after: DineroSnapshot<number, 'SEK'>;
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
      /** The title, adoption, validity or mandate period changed. */
      readonly kind: 'identity_changed';
      /** Which field. */
      readonly field: 'id' | 'title' | 'adoption' | 'validity' | 'mandatePeriod';
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
  readonly summary: Bilingual;
}

const byKey = <T>(list: readonly T[], key: (item: T) => string) =>
  new Map(list.map((item) => [key(item), item]));

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

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

function describe(change: PolicyChange, language: Language): string {
  const sv = language === 'sv';
  const q = (text: string) => `”${text}”`;
  switch (change.kind) {
    case 'identity_changed':
      return `${change.field}: ${change.before} → ${change.after}`;
    case 'threshold': {
      const amounts = `${moneyText(change.before, language)} → ${moneyText(change.after, language)}`;
      return sv ? `Gränsen för återrapportering: ${amounts}` : `Report-back threshold: ${amounts}`;
    }
    case 'twin_town_added':
      return sv
        ? `Ny vänort: ${change.town.name} (${change.town.country})`
        : `Twin town added: ${change.town.name} (${change.town.country})`;
    case 'twin_town_removed':
      return sv
        ? `Vänort borttagen: ${change.town.name} (${change.town.country})`
        : `Twin town removed: ${change.town.name} (${change.town.country})`;
    case 'twin_town_changed':
      return sv
        ? `Vänorten ${change.before.name} ändrad (namn, stavningar eller land)`
        : `Twin town ${change.before.name} changed (name, spellings or country)`;
    case 'goal_added':
      return sv
        ? `Nytt mål ${change.goal.id}: ${q(change.goal.text.sv)}`
        : `Goal added, ${change.goal.id}: ${q(change.goal.text.en)}`;
    case 'goal_removed':
      return sv ? `Mål borttaget: ${change.goal.id}` : `Goal removed: ${change.goal.id}`;
    case 'goal_changed':
      return sv
        ? `Målet ${change.after.id} ändrat: ${q(change.before.text.sv)} → ${q(change.after.text.sv)}`
        : `Goal ${change.after.id} changed: ${q(change.before.text.en)} → ${q(change.after.text.en)}`;
    case 'rule_added':
      return sv
        ? `Regeln ${change.rule.code} gäller nu (${change.rule.title.sv})`
        : `Rule ${change.rule.code} now applies (${change.rule.title.en})`;
    case 'rule_removed':
      return sv
        ? `Regeln ${change.rule.code} gäller inte längre (${change.rule.title.sv})`
        : `Rule ${change.rule.code} no longer applies (${change.rule.title.en})`;
    case 'rule_changed':
      return sv
        ? `Regeln ${change.code} ändrad: ${change.fields.join(', ')}`
        : `Rule ${change.code} changed: ${change.fields.join(', ')}`;
    case 'clause_added':
      return sv
        ? `Ny paragraf ${change.clause.id}: ${q(change.clause.sv)}`
        : `Clause added, ${change.clause.id}: ${q(change.clause.en)}`;
    case 'clause_removed':
      return sv ? `Paragraf borttagen: ${change.clause.id}` : `Clause removed: ${change.clause.id}`;
    case 'clause_changed':
      // Each language shows its own text when it changed, else the other one: the Swedish text is the
      // policy's, and a change to it alone must be visible in the English summary too.
      if (change.before.sv === change.after.sv && change.before.en === change.after.en) {
        return sv
          ? `Paragrafen ${change.after.id} ändrad (avsnitt, slag eller överordnad paragraf)`
          : `Clause ${change.after.id} changed (section, kind or parent)`;
      }
      if (sv) {
        return change.before.sv !== change.after.sv
          ? `Paragrafen ${change.after.id} ändrad: ${q(change.before.sv)} → ${q(change.after.sv)}`
          : `Paragrafen ${change.after.id}, engelsk återgivning ändrad: ${q(change.before.en)} → ${q(change.after.en)}`;
      }
      return change.before.en !== change.after.en
        ? `Clause ${change.after.id} changed: ${q(change.before.en)} → ${q(change.after.en)}`
        : `Clause ${change.after.id} changed, Swedish text: ${q(change.before.sv)} → ${q(change.after.sv)}`;
    case 'note_added':
      return sv
        ? `Ny tolkning ${change.note.number} (${change.note.id}): ${q(change.note.text.sv)}`
        : `Interpretation note added, ${change.note.number} (${change.note.id}): ${q(change.note.text.en)}`;
    case 'note_removed':
      return sv
        ? `Tolkning borttagen: ${change.note.number} (${change.note.id})`
        : `Interpretation note removed: ${change.note.number} (${change.note.id})`;
    case 'note_changed':
      return sv
        ? `Tolkningen ${change.after.id} ändrad: ${q(change.before.text.sv)} → ${q(change.after.text.sv)}`
        : `Interpretation note ${change.after.id} changed: ${q(change.before.text.en)} → ${q(change.after.text.en)}`;
  }
}

const IDENTITY = ['id', 'title', 'adoption', 'validity', 'mandatePeriod'] as const;

function identityText(version: PolicyVersion, field: (typeof IDENTITY)[number]): string {
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
 *   twinTowns: definition.twinTowns.filter((town) => town.id !== 'madison'),
 * });
 * const diff = diffPolicies(POLICY_2019_2022, next);
 * diff.changes.map((change) => change.kind); // => ['identity_changed', 'threshold', 'twin_town_removed']
 * diff.summary.en;
 * // => 'id: solleftea-2019-2022 → next\nReport-back threshold: SEK 10,000.00 → SEK 15,000.00\nTwin town removed: Madison (US)'
 * ```
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
      before: before.reportBackThreshold,
      after: after.reportBackThreshold,
    });
  }
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
  const lines = (language: Language) =>
    changes.length === 0
      ? language === 'sv'
        ? 'Inga ändringar.'
        : 'No changes.'
      : changes.map((change) => describe(change, language)).join('\n');
  return Object.freeze({
    from: before.id,
    to: after.id,
    changes: Object.freeze(changes),
    summary: Object.freeze({
      sv: lines('sv'),
      // Stryker disable next-line StringLiteral: equivalent — every language but 'sv' is English here.
      en: lines('en'),
    }),
  });
}
