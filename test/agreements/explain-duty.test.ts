/**
 * `explainDuty`: an agreement duty is plain data, and its words come from that data alone — the same
 * for the duty and for any copy. A value that is no duty gets `invalid_argument` naming the field.
 */
import { describe, expect, it } from 'vitest';
import {
  type AgreementDuty,
  type Explainable,
  explainDuty,
  PolicyError,
  parseRegister,
  reviewAgreements,
} from '../../src/index.js';
import { SAMPLE_REGISTER } from '../fixtures/samples.js';
import { copies, readable } from '../support/copies.js';
import { thrownBy as thrown } from '../support/thrown.js';

const thrownBy = (call: () => unknown): PolicyError => {
  const error = thrown(call);
  expect(error).toBeInstanceOf(PolicyError);
  return error as PolicyError;
};

const _loose = (value: unknown) => value as Explainable;

describe('explainDuty: the words come from the data, so every copy says the same', () => {
  it('for every agreement duty of the sample register', () => {
    const register = parseRegister(SAMPLE_REGISTER);
    if (!register.success) throw new Error('the sample register parses');
    for (const asOf of ['2020-01-01', '2022-06-01', '2023-03-31']) {
      const review = reviewAgreements(register.data, { period: '2019-2022', asOf });
      const duties = [
        review.continuation,
        ...review.agreements.flatMap((a) => [a.evaluation, a.termination]),
      ];
      for (const duty of duties) {
        const words = explainDuty(duty);
        readable(words);
        for (const copy of copies(duty)) expect(explainDuty(copy as AgreementDuty)).toEqual(words);
      }
    }
  });

  it('a duty judged with no version in force takes its title from the built-in rule', () => {
    const register = parseRegister(SAMPLE_REGISTER);
    if (!register.success) throw new Error('the sample register parses');
    const review = reviewAgreements(register.data, { period: '2015-2018', asOf: '2019-01-01' });
    expect(review.continuation.reason).toBe('no_policy_in_force');
    expect(review.continuation.rule).toBeUndefined();
    expect(review.continuation.owedBy).toBe('council');
    expect(explainDuty(review.continuation)).toEqual({
      sv: 'Beslut om fortsatta vänortsavtal (2015–2018): kan inte avgöras — ingen känd version av policyn gällde 2018-10-14.',
      en: 'Decision on continuing agreements (2015–2018): cannot be determined — no known version of the policy was in force on 2018-10-14.',
    });
  });
});

describe('explainDuty: a value that is no duty', () => {
  it('an agreement duty with evidence of the wrong kind', () => {
    const register = parseRegister(SAMPLE_REGISTER);
    if (!register.success) throw new Error('the sample register parses');
    const review = reviewAgreements(register.data, { period: '2019-2022', asOf: '2023-03-31' });
    const duty = { ...review.continuation, reason: 'terminated', evidence: { decidedOn: 'x' } };
    expect(thrownBy(() => explainDuty(duty as unknown as AgreementDuty)).messages.en).toContain(
      'explainDuty: takes a duty from reviewAgreements (or a copy of one); duty.evidence.terminatedOn is not what one holds: not undefined.',
    );
  });
});
