/**
 * comparisonCsvWriter: what a draft would change, for a spreadsheet — one record per duty judged
 * otherwise, in the language chosen, text a spreadsheet would run written as text, a change checked
 * before it is written (a copy is taken, anything else refused in words).
 */
import { describe, expect, it } from 'vitest';
import {
  type ActivityChange,
  compareDraft,
  comparisonCsvWriter,
  definePolicy,
  POLICY_2019_2022,
  PolicyError,
  toPolicyDefinition,
} from '../../src/index.js';
import { thrownBy } from '../support/thrown.js';

const definition = toPolicyDefinition(POLICY_2019_2022);
const DRAFT = definePolicy({
  ...definition,
  id: 'draft',
  draft: true,
  reportBackThreshold: { amount: '5 000,00', currency: 'SEK' },
});

/** A trip to Berlin costing 8 000 kr, planned without a purpose: a report-back with the draft, none today. */
const trip = (title: string) => ({
  kind: 'trip',
  id: 'T-1',
  title,
  organiser: 'Näringslivsenheten',
  travellers: { count: 1 },
  destinations: [{ place: 'Berlin', country: 'DE' }],
  departureDate: '2021-05-03',
  returnDate: '2021-05-05',
  actualCosts: [{ label: 'Fees', category: 'fees', amount: '8 000', currency: 'SEK' }],
});

const changeOf = (title: string): ActivityChange => {
  const [change] = compareDraft(
    { format: 1, activities: [trip(title)] },
    { draft: DRAFT, asOf: '2021-12-31' },
  ).activities;
  if (!change) throw new Error('the trip is judged otherwise');
  return change;
};

describe('comparisonCsvWriter', () => {
  it('writes one record per duty judged otherwise: before and after, in words, the draft marked', () => {
    const csv = comparisonCsvWriter('en');
    expect(csv.change(changeOf('Fair'))).toBe(
      'T-1,Fair,not compliant,not compliant,Report-back to the executive board,not applicable,not applicable,owed,pending,board.reporting,"Report-back to the executive board: not applicable — the cost SEK 8,000.00 is not more than SEK 10,000.00 (actual costs).",DRAFT – not adopted: Report-back to the executive board: pending — not reported yet; the policy sets no deadline.\r\n',
    );
  });

  it('writes Swedish with a semicolon, the header after a byte-order mark', () => {
    const csv = comparisonCsvWriter();
    expect(csv.header).toMatch(/^\uFEFFAktivitet;Titel;Bedömning i dag;Bedömning med utkastet;/);
    expect(csv.change(changeOf('Mässa'))).toMatch(
      /^T-1;Mässa;följer inte policyn;följer inte policyn;Återrapportering till kommunstyrelsen;gäller inte;gäller inte;åligger;väntar;/,
    );
  });

  it('writes a title a spreadsheet would run as a formula as text', () => {
    const record = comparisonCsvWriter('en').change(changeOf('=HYPERLINK("x")'));
    expect(record).toMatch(/^T-1,"'=HYPERLINK\(""x""\)",/);
  });

  it('takes a copy of a change, and refuses what is no change, saying what it takes', () => {
    const csv = comparisonCsvWriter('en');
    const change = changeOf('Fair');
    expect(csv.change(structuredClone(change))).toBe(csv.change(change));
    const error = thrownBy(() => csv.change({ ...change, verdict: 'better' } as never));
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).messages.en).toMatch(
      /^comparisonCsvWriter: .*a change from compareDraft or compareDraftStream/,
    );
    expect(() => comparisonCsvWriter('de' as never)).toThrow(PolicyError);
  });
});

describe('comparisonCsvWriter: a duty the draft no longer has', () => {
  it('writes it with no such duty after, the rule named from before, and no clauses under the draft', () => {
    const { reportBackThreshold: _, ...rest } = definition;
    const withoutReportBack = definePolicy({
      ...rest,
      id: 'draft-no-report-back',
      draft: true,
      rules: definition.rules.filter((rule) => rule.code !== 'board_report_back'),
      interpretationNotes: definition.interpretationNotes,
    });
    const [change] = compareDraft(
      {
        format: 1,
        activities: [
          {
            ...trip('Fair'),
            actualCosts: [{ label: 'Fees', category: 'fees', amount: '12 000', currency: 'SEK' }],
          },
        ],
      },
      { draft: withoutReportBack, asOf: '2021-12-31' },
    ).activities;
    const record = change ? comparisonCsvWriter('en').change(change) : '';
    expect(record).toMatch(
      /^T-1,Fair,not compliant,not compliant,Report-back to the executive board,owed,pending,no such duty,no such duty,,Report-back to the executive board: pending — not reported yet; the policy sets no deadline\.,\r\n$/,
    );
  });
});
