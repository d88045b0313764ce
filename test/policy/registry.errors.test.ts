/**
 * Every error `policyRegistry` raises, with its exact messages and details: a maintainer who gets one
 * must be told which version is wrong and how, in both languages.
 */
import { describe, expect, it } from 'vitest';
import {
  definePolicy,
  POLICY_2019_2022,
  type PolicyVersion,
  policyRegistry,
  toPolicyDefinition,
} from '../../src/index.js';
import { lazy } from '../support/lazy.js';
import { thrownBy } from '../support/thrown.js';

const DEFINITION = lazy(() => toPolicyDefinition(POLICY_2019_2022));

describe('policyRegistry: its errors, word for word', () => {
  it('invalid_argument: a version the library did not make — changed, or written by hand', () => {
    for (const version of [
      { ...POLICY_2019_2022, title: 'Changed' },
      { ...POLICY_2019_2022, twinTowns: [] as PolicyVersion['twinTowns'], id: '' },
    ]) {
      expect(thrownBy(() => policyRegistry([POLICY_2019_2022, version]))).toMatchObject({
        code: 'invalid_argument',
        messages: {
          sv: 'policyRegistry: policyversionerna ska vara en lista med versioner från BUILT_IN_POLICIES, parsePolicy eller definePolicy, inte en lista med en version som biblioteket inte gjort.',
          en: 'policyRegistry: the policy versions must be a list of versions from BUILT_IN_POLICIES, parsePolicy or definePolicy, not a list with a version the library did not make.',
        },
        details: { function: 'policyRegistry' },
      });
    }
  });

  it('duplicate_policy: one version given twice', () => {
    expect(thrownBy(() => policyRegistry([POLICY_2019_2022, POLICY_2019_2022]))).toMatchObject({
      code: 'duplicate_policy',
      messages: {
        sv: 'Versionen "solleftea-2019-2022" finns två gånger.',
        en: 'The version "solleftea-2019-2022" is there twice.',
      },
      details: { id: 'solleftea-2019-2022' },
    });
  });

  it('overlapping_validity: names both versions and their days', () => {
    const overlapping = definePolicy({
      ...DEFINITION(),
      id: 'overlapping',
      validity: { from: '2022-06-01', to: '2023-12-31' },
    });
    expect(thrownBy(() => policyRegistry([overlapping, POLICY_2019_2022]))).toMatchObject({
      code: 'overlapping_validity',
      messages: {
        sv: 'solleftea-2019-2022 (2019-11-25–2022-12-31) och overlapping (2022-06-01–2023-12-31) gäller samma dagar; bara en version kan gälla en dag, om inte den senare anger den tidigare i validity.supersedes.',
        en: 'solleftea-2019-2022 (2019-11-25 to 2022-12-31) and overlapping (2022-06-01 to 2023-12-31) are in force on the same days; only one version can be in force on a day, unless the later one names the earlier in validity.supersedes.',
      },
      details: { first: 'solleftea-2019-2022', second: 'overlapping' },
    });
  });

  it('overlapping_validity: a successor that overlaps, besides the version it names, a third one', () => {
    const next = definePolicy({
      ...DEFINITION(),
      id: 'next',
      validity: { from: '2022-11-01', to: '2026-12-31', supersedes: POLICY_2019_2022.id },
    });
    const third = definePolicy({
      ...DEFINITION(),
      id: 'third',
      validity: { from: '2022-12-01', to: '2030-12-31', supersedes: 'next' },
    });
    expect(thrownBy(() => policyRegistry([third, next, POLICY_2019_2022]))).toMatchObject({
      code: 'overlapping_validity',
      messages: {
        sv: 'solleftea-2019-2022 (2019-11-25–2022-12-31) och third (2022-12-01–2030-12-31) gäller samma dagar; bara en version kan gälla en dag, om inte den senare anger den tidigare i validity.supersedes.',
        en: 'solleftea-2019-2022 (2019-11-25 to 2022-12-31) and third (2022-12-01 to 2030-12-31) are in force on the same days; only one version can be in force on a day, unless the later one names the earlier in validity.supersedes.',
      },
      details: { first: 'solleftea-2019-2022', second: 'third' },
    });
  });

  it('unknown_superseded: a version replacing one the registry does not hold', () => {
    const next = definePolicy({
      ...DEFINITION(),
      id: 'next',
      validity: { from: '2023-01-01', to: '2023-12-31', supersedes: 'nope' },
    });
    expect(thrownBy(() => policyRegistry([next, POLICY_2019_2022]))).toMatchObject({
      code: 'unknown_superseded',
      messages: {
        sv: 'next ersätter "nope", som inte är en tidigare version i registret.',
        en: 'next supersedes "nope", which is not an earlier version in the registry.',
      },
      details: { id: 'next', supersedes: 'nope' },
    });
  });

  it('unknown_superseded: a version cannot replace itself, nor one that comes after it', () => {
    const itself = definePolicy({
      ...DEFINITION(),
      validity: { ...DEFINITION().validity, supersedes: POLICY_2019_2022.id },
    });
    expect(thrownBy(() => policyRegistry([itself]))).toMatchObject({
      code: 'unknown_superseded',
      details: { id: POLICY_2019_2022.id, supersedes: POLICY_2019_2022.id },
    });
    const next = definePolicy({
      ...DEFINITION(),
      id: 'next',
      validity: { from: '2023-01-01', to: '2023-12-31' },
    });
    const earlier = definePolicy({
      ...DEFINITION(),
      validity: { ...DEFINITION().validity, supersedes: 'next' },
    });
    expect(thrownBy(() => policyRegistry([earlier, next]))).toMatchObject({
      code: 'unknown_superseded',
      details: { id: POLICY_2019_2022.id, supersedes: 'next' },
    });
  });
});
