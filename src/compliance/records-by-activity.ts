import type { ActivityReport, BoardApproval, Records } from '../records/types.js';
import type { ActivityRecords } from './types.js';

/** The records about each activity, grouped once so that each activity is judged in constant time. */
export function recordsByActivity(register: Records): Map<string, ActivityRecords> {
  const byActivity = new Map<
    string,
    {
      approvals?: BoardApproval[];
      reportsBack?: ActivityReport[];
      councilAccounts?: ActivityReport[];
    }
  >();
  const add = <K extends 'approvals' | 'reportsBack' | 'councilAccounts'>(
    list: K,
    records: readonly (K extends 'approvals' ? BoardApproval : ActivityReport)[],
  ) => {
    for (const record of records) {
      let entry = byActivity.get(record.activity);
      if (!entry) {
        entry = {};
        byActivity.set(record.activity, entry);
      }
      // Most activities have one record of a kind: a list made of it holds just it (one pushed
      // to from empty reserves room for 16).
      const records = entry[list] as unknown[] | undefined;
      if (records) records.push(record);
      else entry[list] = [record] as (typeof entry)[K];
    }
  };
  add('approvals', register.approvals);
  add('reportsBack', register.reportsBack);
  add('councilAccounts', register.councilAccounts);
  return byActivity;
}
