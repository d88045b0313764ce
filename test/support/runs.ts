/**
 * How many cases a property runs. `npm test` runs each property at fast-check's default of 100
 * cases (`test/setup.ts`), and the boundary invariants — the threshold between 10 000,00 and
 * 10 000,01 kr, exact money, the calendar's edges, the decision by every completion of a missing
 * fact — at 1 000, with `{ ...BOUNDARY }` as their parameters. `FC_NUM_RUNS`, when set, sets both:
 * `npm run fuzz` raises it, the mutation run lowers it.
 */
const given = process.env['FC_NUM_RUNS'];

/** The parameters of a boundary invariant: 1 000 cases in `npm test`. */
export const BOUNDARY: { readonly numRuns: number } = Object.freeze({
  numRuns: given === undefined ? 1000 : Number(given),
});
