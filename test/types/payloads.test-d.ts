/**
 * Typed payloads, as a TypeScript user meets them (vitest's typecheck runs this file; nothing in it
 * runs): an issue's `values` and an error's `details` narrow on their `code`, and a key the code
 * does not have is a type error.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AnyPolicyError,
  InputIssue,
  IssueCode,
  IssueValuesByCode,
  PolicyErrorCode,
  PolicyErrorDetails,
} from '../../src/index.js';
import { PolicyError, parseActivity } from '../../src/index.js';

describe('an issue’s values narrow on its code', () => {
  it('invalid_date quotes the string that is no date', () => {
    const issue = {} as InputIssue;
    if (issue.code === 'invalid_date') {
      expectTypeOf(issue.values.value).toEqualTypeOf<string>();
      expectTypeOf(issue.values).toEqualTypeOf<{ readonly value: string }>();
      // @ts-expect-error: invalid_date has no `expected`
      issue.values.expected;
    }
    if (issue.code === 'too_long') expectTypeOf(issue.values.maximum).toEqualTypeOf<number>();
    if (issue.code === 'unknown_goal')
      expectTypeOf(issue.values.known).toEqualTypeOf<readonly string[]>();
  });

  it('does so on the issues a parser returns', () => {
    const result = parseActivity({});
    if (!result.success) {
      const [first] = result.issues;
      if (first.code === 'required') expectTypeOf(first.values.expected).toEqualTypeOf<string>();
      // @ts-expect-error: not every code has a `value`
      first.values.value;
    }
  });

  it('an issue quoting nothing has no keys', () => {
    const issue = {} as InputIssue<'empty_text'>;
    // @ts-expect-error: empty_text quotes nothing
    issue.values.value;
  });

  it('InputIssue<C> is the issue of the codes C, and every code has its values', () => {
    expectTypeOf<InputIssue<'invalid_date'>['values']>().toEqualTypeOf<
      IssueValuesByCode['invalid_date']
    >();
    expectTypeOf<InputIssue<'invalid_date' | 'required'>['code']>().toEqualTypeOf<
      'invalid_date' | 'required'
    >();
    expectTypeOf<keyof IssueValuesByCode>().toEqualTypeOf<IssueCode>();
    expectTypeOf<InputIssue['code']>().toEqualTypeOf<IssueCode>();
  });
});

describe('a PolicyError’s details narrow on its code', () => {
  it('after instanceof, invalid_argument names the function', () => {
    const thrown: unknown = undefined;
    if (thrown instanceof PolicyError) {
      expectTypeOf(thrown).toEqualTypeOf<AnyPolicyError>();
      if (thrown.code === 'invalid_argument') {
        expectTypeOf(thrown.details.function).toEqualTypeOf<string>();
        // @ts-expect-error: invalid_argument has no `value`
        thrown.details.value;
      }
      if (thrown.code === 'date_out_of_range')
        expectTypeOf(thrown.details.body).toEqualTypeOf<'council' | 'board'>();
    }
  });

  it('AnyPolicyError narrows where an error is passed on', () => {
    const error = {} as AnyPolicyError;
    if (error.code === 'invalid_date') expectTypeOf(error.details.value).toEqualTypeOf<string>();
    if (error.code === 'invalid_policy')
      expectTypeOf(error.details.issues[0].messages.en).toEqualTypeOf<string>();
    expectTypeOf<AnyPolicyError<'invalid_date'>>().toEqualTypeOf<PolicyError<'invalid_date'>>();
  });

  it('the constructor takes each code with its own details', () => {
    expectTypeOf(
      new PolicyError('invalid_date', { sv: 'a', en: 'b' }, { value: '2019-02-29' }),
    ).toEqualTypeOf<PolicyError<'invalid_date'>>();
    // @ts-expect-error: invalid_date's details are its value
    new PolicyError('invalid_date', { sv: 'a', en: 'b' }, { function: 'f' });
    // @ts-expect-error: no such code
    new PolicyError('no_such_code', { sv: 'a', en: 'b' }, {});
    expectTypeOf<keyof PolicyErrorDetails>().toEqualTypeOf<PolicyErrorCode>();
  });

  it('a value typed PolicyError has all codes’ details, read only after narrowing', () => {
    const error = {} as PolicyError;
    expectTypeOf(error.code).toEqualTypeOf<PolicyErrorCode>();
    // @ts-expect-error: a class does not narrow: `function` is only invalid_argument's
    error.details.function;
  });
});
