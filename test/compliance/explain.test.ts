/**
 * `explain`: results are plain data, and their words come from that data alone — the same for the
 * result and for any copy of it. A value that is no result gets `invalid_argument` naming the first
 * field, by its path, that no result holds; never a bare `TypeError`.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  assessCompliance,
  type Explainable,
  evaluate,
  explain,
  PolicyError,
} from '../../src/index.js';
import { activityInput } from '../arbitraries/activities.js';
import { parsed, ratesOf, trip } from '../fixtures/build.js';
import { copies, readable } from '../support/copies.js';
import { thrownBy as thrown } from '../support/thrown.js';

const thrownBy = (call: () => unknown): PolicyError => {
  const error = thrown(call);
  expect(error).toBeInstanceOf(PolicyError);
  return error as PolicyError;
};

const loose = (value: unknown) => value as Explainable;

describe('explain: the words come from the data, so every copy says the same', () => {
  const rates = ratesOf({ EUR: '11.2', USD: '10.1' });

  test.prop([activityInput, fc.constantFrom('2019-06-01', '2021-01-01', '2030-01-01')], {
    numRuns: 150,
  })(
    'for any activity: the evaluation, each obligation and each compliance result',
    (input, asOf) => {
      const activity = parsed(input);
      const compliance = assessCompliance(activity, {}, { asOf, rates });
      const results: Explainable[] = [
        compliance.evaluation,
        ...compliance.evaluation.obligations,
        ...compliance.results,
      ];
      for (const result of results) {
        const words = explain(result);
        readable(words);
        for (const copy of copies(result)) expect(explain(loose(copy))).toEqual(words);
      }
    },
  );
});

describe('explain: a value that is no result', () => {
  const approval = () => {
    const result = evaluate(trip({ destinations: [{ twinTown: 'esashi' }] })).obligations[1];
    if (!result) throw new Error('the trip has an approval duty');
    return result;
  };

  it.each([
    ['null', null, 'result', 'not null', 'inte null'],
    ['a number', 12, 'result', 'not 12', 'inte 12'],
    ['a list', [], 'result', 'not this list', 'inte den här listan'],
    ['an empty object', {}, 'result.code', 'not undefined', 'inte undefined'],
    [
      'a duty',
      { reason: 'terminated', code: 'agreement_termination', kind: 'termination' },
      'result.kind',
      'not "termination"',
      'inte "termination"',
    ],
  ])('%s: invalid_argument naming the field', (_, value, path, shown, visat) => {
    const error = thrownBy(() => explain(loose(value)));
    expect(error.code).toBe('invalid_argument');
    expect(error.details).toEqual({ function: 'explain' });
    expect(error.messages.en).toBe(
      `explain: takes a result from evaluate or assessCompliance (or a copy of one); ${path} is not what one holds: ${shown}.`,
    );
    expect(error.messages.sv).toBe(
      `explain: tar ett resultat från evaluate eller assessCompliance (eller en kopia av ett); ${path} är inte vad ett sådant har: ${visat}.`,
    );
  });

  it.each([
    ['a title that is not text', { rule: { title: { sv: 1, en: 'x' } } }, 'result.rule.title.sv'],
    ['an unknown status', { status: 'maybe' }, 'result.status'],
    ['an unknown party', { owedBy: 'mayor' }, 'result.owedBy'],
    ['a timing no rule has', { timing: '__proto__' }, 'result.timing'],
    ['a timing read from the prototype', { timing: 'toString' }, 'result.timing'],
    ['a fact of no known kind', { facts: [{ kind: 'rumour' }] }, 'result.facts[0].kind'],
    [
      'a fact missing its name',
      { facts: [{ kind: 'twin_town', policyPeriod: 'x' }] },
      'result.facts[0].name',
    ],
    ['facts that are no list', { facts: 'none' }, 'result.facts'],
  ])('an obligation with %s: the path of that field', (_, change, path) => {
    const error = thrownBy(() => explain(loose({ ...approval(), ...change })));
    expect(error.messages.en).toContain(`; ${path} is not what one holds`);
  });

  it("an evaluation whose policy's draft mark is not a flag: the path of that mark", () => {
    const evaluation = evaluate(trip({ destinations: [{ twinTown: 'esashi' }] }));
    const copy = JSON.parse(JSON.stringify(evaluation));
    expect(explain(loose(copy))).toEqual(explain(evaluation));
    const spoiled = { ...copy, policy: { ...copy.policy, draft: 'yes' } };
    expect(thrownBy(() => explain(loose(spoiled))).messages.en).toContain(
      '; result.policy.draft is not what one holds: not "yes".',
    );
  });

  it('a compliance result whose reason lacks its evidence, and one with an unknown reason', () => {
    const compliance = assessCompliance(
      trip({ destinations: [{ twinTown: 'esashi' }] }),
      {
        approvals: [
          { activity: 'T-1', decidedOn: '2020-01-10', decision: 'approved', reference: 'KS § 1' },
        ],
      } as never,
      { asOf: '2021-01-01' },
    );
    const result = compliance.results[1];
    if (!result) throw new Error('an approval result');
    expect(explain(result).en).toMatch(/^Approval by the executive board: /);
    const withoutEvidence = { ...result, reason: 'approved_in_time', evidence: undefined };
    expect(thrownBy(() => explain(loose(withoutEvidence))).messages.en).toContain(
      '; result.evidence is not what one holds: not undefined.',
    );
    expect(thrownBy(() => explain(loose({ ...result, reason: 'vibes' }))).messages.en).toContain(
      '; result.reason is not what one holds: not "vibes".',
    );
    expect(
      thrownBy(() => explain(loose({ ...result, obligation: { ...result.obligation, kind: 'x' } })))
        .messages.en,
    ).toContain('; result.obligation.kind is not what one holds');
  });
});
