/**
 * JSON Schemas (draft 2020-12) of what the command line writes as JSON and NDJSON, printed by
 * `solleftea-policy schema NAME`. They pin the shapes a program reads — ids for rules, clauses and
 * notes; amounts as decimal strings with their currency; the status words — and leave open what a
 * later version may add (`additionalProperties` is not closed). The tests check the outputs of the
 * sample register against them.
 */

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** An amount: `{ "amount": "12500.00", "currency": "SEK" }`. */
const amount = {
  type: 'object',
  required: ['amount', 'currency'],
  properties: {
    amount: { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
  },
};

const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const ids = { type: 'array', items: { type: 'string' } };
const bilingual = {
  type: 'object',
  required: ['sv', 'en'],
  properties: { sv: { type: 'string' }, en: { type: 'string' } },
};
const complianceStatus = {
  enum: ['fulfilled', 'pending', 'overdue', 'violated', 'not_applicable', 'undetermined'],
};
const verdict = { enum: ['compliant', 'undetermined', 'not_compliant'] };
/** An activity's verdict: one of the three, or outside the policy (no version in force, note 16). */
const activityVerdict = { enum: [...verdict.enum, 'outside_policy'] };
const outcome = {
  enum: ['evaluated', 'not_international', 'no_policy_in_force'],
};
/** A rule's code: the built-in version's, or any a later version gives its rules. */
const activityRule = {
  type: 'string',
  description:
    "The rule's code: planning, board_approval, board_report_back or council_account in the built-in version, any identifier in another.",
};
const issue = {
  type: 'object',
  required: ['code', 'path', 'messages'],
  properties: {
    code: { type: 'string' },
    path: { type: 'array', items: { type: ['string', 'number'] } },
    messages: bilingual,
  },
};
const appliedPolicy = {
  type: 'object',
  required: ['id', 'title', 'fingerprint'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    fingerprint: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
  },
};

/** What the policy requires of one activity (`check FILE` without `--as-of`). */
const evaluation = {
  type: 'object',
  required: ['activity', 'outcome', 'decidingDate', 'international', 'facts', 'obligations'],
  properties: {
    activity: { type: 'string', description: "The activity's id." },
    outcome,
    decidingDate: day,
    international: { type: 'boolean' },
    policy: appliedPolicy,
    facts: { type: 'array', items: { type: 'object', required: ['kind'] } },
    conversions: {
      type: 'array',
      items: { type: 'object', properties: { from: amount, sek: amount } },
    },
    obligations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'status', 'rule', 'clauses', 'interpretationNotes'],
        properties: {
          code: activityRule,
          status: { enum: ['owed', 'not_applicable', 'undetermined'] },
          rule: { type: 'string', description: "The rule's code." },
          clauses: { ...ids, description: 'Clause ids: see `policy show --format json`.' },
          interpretationNotes: { ...ids, description: 'Interpretation note ids.' },
          dueBy: day,
        },
      },
    },
  },
};

/** One activity judged on a day (`check FILE --as-of DAY`; a line of `check REGISTER --format ndjson`). */
const compliance = {
  type: 'object',
  required: ['evaluation', 'asOf', 'results', 'verdict'],
  properties: {
    evaluation,
    asOf: day,
    verdict: activityVerdict,
    results: {
      type: 'array',
      items: {
        type: 'object',
        required: ['obligation', 'status', 'reason'],
        properties: {
          obligation: { ...activityRule, description: "The obligation's rule code." },
          status: complianceStatus,
          reason: { type: 'string' },
          deadline: day,
        },
      },
    },
  },
};

/** An activity of an audit, as `audit` writes it (a row of its JSON, a line of its NDJSON). */
const auditedActivity = {
  type: 'object',
  required: ['id', 'outcome', 'results', 'violations', 'verdict', 'costIssues', 'compliance'],
  properties: {
    id: { type: 'string' },
    outcome,
    results: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'status', 'reason'],
        properties: { code: activityRule, status: complianceStatus, reason: { type: 'string' } },
      },
    },
    violations: { type: 'integer', minimum: 0 },
    verdict: activityVerdict,
    planned: amount,
    actual: amount,
    costIssues: { type: 'array', items: issue },
    compliance,
  },
};

const statusCount = {
  type: 'object',
  required: ['fulfilled', 'pending', 'overdue', 'violated', 'not_applicable', 'undetermined'],
  additionalProperties: { type: 'integer', minimum: 0 },
};

/** The report without its rows: the last line of `audit --format ndjson`, the rest of its JSON. */
const auditSummary = {
  type: 'object',
  required: [
    'asOf',
    'policies',
    'verdicts',
    'agreements',
    'counts',
    'outcomes',
    'totals',
    'invalid',
    'noActualCosts',
    'outsidePolicy',
    'verdict',
  ],
  properties: {
    asOf: day,
    policies: { type: 'array', items: appliedPolicy },
    verdicts: {
      type: 'object',
      required: ['not_compliant', 'undetermined', 'compliant'],
      additionalProperties: { type: 'integer', minimum: 0 },
    },
    agreements: {
      type: 'array',
      items: {
        type: 'object',
        required: ['period', 'asOf', 'agreements', 'continuation', 'verdict'],
        properties: {
          asOf: day,
          verdict,
          continuation: {
            type: 'object',
            required: ['code', 'status', 'reason', 'clauses'],
            properties: { status: complianceStatus, clauses: ids },
          },
        },
      },
    },
    counts: { type: 'object', additionalProperties: statusCount },
    outcomes: { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } },
    totals: {
      type: 'object',
      required: ['planned', 'actual', 'unconverted'],
      properties: { planned: amount, actual: amount, unconverted: { type: 'integer' } },
    },
    invalid: {
      type: 'array',
      items: {
        type: 'object',
        required: ['list', 'issues'],
        properties: {
          list: { type: 'string' },
          index: { type: 'integer' },
          id: { type: 'string' },
          issues: { type: 'array', items: issue },
        },
      },
    },
    noActualCosts: ids,
    outsidePolicy: { ...ids, description: 'Activities on a day no policy version was in force.' },
    verdict,
  },
};

/** Every output schema, by the name `schema` prints it under. */
export const OUTPUT_SCHEMAS: Readonly<Record<string, object>> = {
  'check-evaluation': {
    $schema: DRAFT,
    title: 'check FILE --format json: what the policy requires of one activity',
    ...evaluation,
  },
  'check-compliance': {
    $schema: DRAFT,
    title:
      'check FILE --as-of DAY --format json (one activity), or a line of check REGISTER --format ndjson',
    ...compliance,
  },
  'audit-json': {
    $schema: DRAFT,
    title: 'audit FILE --format json: the report, its activities first, in register order',
    ...auditSummary,
    required: ['activities', ...auditSummary.required],
    properties: {
      activities: { type: 'array', items: auditedActivity },
      ...auditSummary.properties,
    },
  },
  'audit-ndjson': {
    $schema: DRAFT,
    title:
      'A line of audit FILE --format ndjson: an activity ("type": "activity"), or last the report without them ("type": "report")',
    oneOf: [
      {
        ...auditedActivity,
        required: ['type', ...auditedActivity.required],
        properties: { type: { const: 'activity' }, ...auditedActivity.properties },
      },
      {
        ...auditSummary,
        required: ['type', ...auditSummary.required],
        properties: { type: { const: 'report' }, ...auditSummary.properties },
      },
    ],
  },
  'account-json': {
    $schema: DRAFT,
    title: 'account FILE --period P --format json: the account to the council',
    type: 'object',
    required: ['period', 'policies', 'rows', 'total', 'byGoal', 'byTwinTown'],
    properties: {
      policies: { type: 'array', items: appliedPolicy },
      rows: {
        type: 'array',
        items: {
          type: 'object',
          required: [
            'id',
            'kind',
            'title',
            'firstDay',
            'lastDay',
            'approval',
            'reportBack',
            'accounted',
            'verdict',
          ],
          properties: {
            id: { type: 'string' },
            firstDay: day,
            lastDay: day,
            cost: amount,
            approval: complianceStatus,
            reportBack: complianceStatus,
            accounted: complianceStatus,
            verdict,
            attention: { type: 'array', items: bilingual },
          },
        },
      },
      total: {
        type: 'object',
        required: ['cost'],
        properties: { cost: amount },
      },
      byGoal: { type: 'array', items: { type: 'object', properties: { cost: amount } } },
      byTwinTown: { type: 'array', items: { type: 'object', properties: { cost: amount } } },
    },
  },
};
