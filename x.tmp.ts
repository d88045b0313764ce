import { audit, auditToCsv } from './src/index.js';
import EXAMPLE from './examples/sample-register.json' with { type: 'json' };
import { SAMPLE_REGISTER } from './test/fixtures/samples.js';
console.log(auditToCsv(audit(EXAMPLE, { asOf: '2021-06-30' }), 'en'));
console.log(auditToCsv(audit({ ...SAMPLE_REGISTER, continuationDecisions: [] }, { asOf: '2023-03-31', deadlines: { reportBackDays: 90 } }), 'en'));
