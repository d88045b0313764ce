/** Each activity's whole compliance in an audit, as `auditStream` hands it on with the row. */
import { type AuditOptions, auditStream, type Compliance } from '../../src/index.js';

/** The compliance of each activity of a register document audited with `options`, by id. */
export async function compliancesOf(
  document: { readonly activities: readonly unknown[] } & Record<string, unknown>,
  options: AuditOptions,
): Promise<ReadonlyMap<string, Compliance>> {
  const found = new Map<string, Compliance>();
  const { activities, ...records } = document;
  await auditStream(
    { records: { ...records, activities: [] }, activities },
    { ...options, onActivity: (row, compliance) => void found.set(row.id, compliance) },
  );
  return found;
}
