/**
 * Every problem of a policy definition at once (issue 31): a field written wrongly does not hide a
 * threshold in another currency, a rule citing a clause that is not there, or a group no version
 * lists. The shape of each field is checked on its own, the threshold where it is written, and the
 * checks across fields run on the fields that have their shape.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  POLICY_2019_2022,
  type PolicyDefinition,
  parsePolicy,
  toPolicyDefinition,
} from '../../src/index.js';

const DEFINITION = toPolicyDefinition(POLICY_2019_2022);

type Edit = (definition: PolicyDefinition) => Record<string, unknown>;

/** Independent breakages, each with the path of the one issue it must give. */
const BREAKAGES: Record<string, { edit: Edit; path: (string | number)[] }> = {
  'a mandate period that is no text': {
    edit: (d) => ({ ...d, mandatePeriod: 5 }),
    path: ['mandatePeriod'],
  },
  'a threshold in euro': {
    edit: (d) => ({ ...d, reportBackThreshold: { amount: '10 000,00', currency: 'EUR' } }),
    path: ['reportBackThreshold', 'currency'],
  },
  'a rule citing a clause that is not there': {
    edit: (d) => ({
      ...d,
      rules: d.rules.map((rule, i) => (i === 1 ? { ...rule, clauseIds: ['nowhere'] } : rule)),
    }),
    path: ['rules', 1, 'clauseIds', 0],
  },
  'validity ending before it starts': {
    edit: (d) => ({ ...d, validity: { ...d.validity, to: '2019-01-01' } }),
    path: ['validity', 'to'],
  },
  'a field no definition has': {
    edit: (d) => ({ ...d, approvalLimit: 3 }),
    path: ['approvalLimit'],
  },
};

describe('parsePolicy says every problem at once', () => {
  it('a schema error beside a threshold in euro and a citation to nothing: all three', () => {
    let definition: Record<string, unknown> = { ...DEFINITION };
    for (const name of [
      'a mandate period that is no text',
      'a threshold in euro',
      'a rule citing a clause that is not there',
    ])
      definition = BREAKAGES[name]?.edit(definition as unknown as PolicyDefinition) ?? definition;
    const result = parsePolicy(definition);
    expect(!result.success && result.issues.map((issue) => issue.messages.en)).toEqual([
      'mandatePeriod: must be text, but is a number.',
      'reportBackThreshold.currency: the report-back threshold must be in SEK, not "EUR".',
      'rules[1].clauseIds[0]: the clause "nowhere" is not in the policy.',
    ]);
  });

  it('a group no version lists, though the optional list of groups is left out and another field fails', () => {
    const result = parsePolicy({
      ...DEFINITION,
      title: '',
      rules: DEFINITION.rules.map((rule, i) =>
        i === 0 ? { ...rule, when: { fact: 'country_in', group: 'nordic' } } : rule,
      ),
    });
    expect(!result.success && result.issues.map((issue) => issue.path)).toEqual([
      ['title'],
      ['rules', 0, 'when', 'group'],
    ]);
  });

  it('checks across fields are left out where a field they read failed: no false alarm from it', () => {
    // The clauses fail: no rule is said to cite a missing clause.
    const result = parsePolicy({ ...DEFINITION, clauses: 'none' });
    expect(!result.success && result.issues.map((issue) => issue.path)).toEqual([['clauses']]);
  });

  test.prop([fc.subarray(Object.keys(BREAKAGES), { minLength: 1 })])(
    'any set of independent breakages: one issue for each, at its path',
    (names) => {
      let definition: Record<string, unknown> = { ...DEFINITION };
      for (const name of names)
        definition = BREAKAGES[name]?.edit(definition as unknown as PolicyDefinition) ?? definition;
      const result = parsePolicy(definition);
      expect(result.success).toBe(false);
      const paths = result.success ? [] : result.issues.map((issue) => JSON.stringify(issue.path));
      expect(paths.sort()).toEqual(
        names.map((name) => JSON.stringify(BREAKAGES[name]?.path)).sort(),
      );
    },
  );
});
