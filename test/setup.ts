import { fc } from '@fast-check/vitest';

// Every property runs 1 000 cases in `npm test`; `npm run fuzz` raises it (FC_NUM_RUNS).
fc.configureGlobal({ numRuns: Number(process.env['FC_NUM_RUNS'] ?? 1000) });
