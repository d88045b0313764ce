import fc from 'fast-check';

// Every property runs 1 000 cases in `npm test`; `npm run fuzz` raises it and the mutation run lowers
// it (FC_NUM_RUNS); the mutation run also fixes the seed (FC_SEED). fast-check is imported directly
// (the instance @fast-check/vitest uses): importing @fast-check/vitest costs ~2.7 s per file and run.
const seed = process.env['FC_SEED'];
fc.configureGlobal({
  numRuns: Number(process.env['FC_NUM_RUNS'] ?? 1000),
  ...(seed === undefined ? {} : { seed: Number(seed) }),
});
