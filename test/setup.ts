import fc from 'fast-check';

// A property runs fast-check's default of 100 cases in `npm test`, a boundary invariant 1 000
// (`test/support/runs.ts`); `npm run fuzz` raises both and the mutation run lowers them (FC_NUM_RUNS);
// the mutation run also fixes the seed (FC_SEED). fast-check is imported directly (the instance the
// tests' `@fast-check/vitest` uses).
const seed = process.env['FC_SEED'];
fc.configureGlobal({
  numRuns: Number(process.env['FC_NUM_RUNS'] ?? 100),
  ...(seed === undefined ? {} : { seed: Number(seed) }),
});
