import type { LocalizedText } from '../errors.js';
import { notThis } from '../internal/guards.js';

/**
 * Internal: what the compliance layer's guards say a refused argument must be, in both languages side by
 * side — a table of the layer's vocabulary (`words.ts`) kept in a module of its own and imported as a
 * namespace (`import * as MUST`), so that a bundler leaves out the sentences an app never says.
 */

/** Records as `parseRecords` takes them (the parser's first issue follows). */
export const beRecordsAsParsed: LocalizedText = {
  sv: 'besluten ska vara { approvals, reportsBack, councilAccounts } som parseRecords tar emot',
  en: 'the records must be { approvals, reportsBack, councilAccounts } as parseRecords takes them',
};
/** The records of a register. */
export const beRecords = (records: unknown): LocalizedText => ({
  sv: `besluten ska vara { approvals, reportsBack, councilAccounts } från parseRecords eller parseRegister, ${notThis(records).sv}.`,
  en: `the records must be { approvals, reportsBack, councilAccounts } from parseRecords or parseRegister, ${notThis(records).en}.`,
});
