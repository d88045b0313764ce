/** The traceability matrix: every clause is pinned by a test that names it. */
import { describe, expect, it } from 'vitest';
import { titles, traceability, traceabilityPage, untested } from '../../scripts/traceability.js';
import { POLICY_2019_2022 } from '../../src/index.js';

const tests = new URL('..', import.meta.url).pathname;
const scenarios = new URL('../../scenarios/solleftea-2019-2022.yaml', import.meta.url).pathname;
const matrix = traceability(POLICY_2019_2022, tests, [scenarios]);

describe('the traceability matrix', () => {
  it('has a row for every clause, and no clause without a test that names it', () => {
    expect(matrix.map((row) => row.clause)).toEqual(POLICY_2019_2022.clauses.map((c) => c.id));
    expect(untested(matrix)).toEqual([]);
  });

  it('traces an obligation to its rule, its notes, its functions and its tests', () => {
    const approval = matrix.find((row) => row.clause === 'board.approval');
    expect(approval?.rules).toEqual(['board_approval']);
    expect(approval?.notes.length).toBeGreaterThan(0);
    expect(approval?.functions).toContain('evaluate');
    expect(approval?.tests.map((pin) => pin.file)).toContain('test/compliance/assess.test.ts');
  });

  it('counts a scenario case as pinning each clause its clauses list', () => {
    const approval = matrix.find((row) => row.clause === 'board.approval');
    const cases = approval?.tests.filter(
      (pin) => pin.file === 'scenarios/solleftea-2019-2022.yaml',
    );
    expect(cases?.map((pin) => pin.title)).toContain(
      'Vänortsresa: beslut dagen efter avresan är i efterhand',
    );
    const withoutScenarios = traceability(POLICY_2019_2022, tests);
    const before = withoutScenarios.find((row) => row.clause === 'board.approval');
    expect(approval?.tests.length).toBe((before?.tests.length ?? 0) + (cases?.length ?? 0));
  });

  it('reads the titles of describe, it, it.each and test.prop, over several lines', () => {
    const source = `describe('a (board.approval)', () => {});\nit(\n  "b",\n () => {});\ntest.prop([fc.nat()], { numRuns: 3 })('c', () => {});\nit.each([1])('d %s', () => {});`;
    expect(titles(source)).toEqual(['a (board.approval)', 'b', 'c', 'd %s']);
  });

  it('marks a clause no test names as a failure on the page', () => {
    const bare = traceability(POLICY_2019_2022, new URL('../fixtures', import.meta.url).pathname);
    expect(untested(bare)).toEqual(POLICY_2019_2022.clauses.map((c) => c.id));
    expect(traceabilityPage(POLICY_2019_2022, bare)).toContain('**✘ Not pinned by any test:');
    expect(traceabilityPage(POLICY_2019_2022, matrix)).toContain(
      `All ${POLICY_2019_2022.clauses.length} clauses are pinned by tests.`,
    );
  });
});
