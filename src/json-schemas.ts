/**
 * JSON Schemas (draft 2020-12) of the input documents, generated from the zod schemas. The build
 * writes them to `dist/schemas/NAME.schema.json`, shipped under the package's `./schemas/*` export.
 * Not part of the JavaScript API.
 */
import * as z from 'zod/mini';
import { ratesSchema } from './money/parse-rates.js';
import { policyDefinitionSchema } from './policy/define-policy.js';
import { activitySchema, recordsSchema, registerSchema } from './schemas.js';

/** The name of each JSON Schema document the package ships. */
export type JsonSchemaName = 'activity' | 'rates' | 'records' | 'register' | 'policy';

const DOCUMENTS: Readonly<Record<JsonSchemaName, { schema: z.ZodMiniType; title: string }>> = {
  activity: { schema: activitySchema, title: 'An international trip or exchange' },
  rates: { schema: ratesSchema, title: 'Exchange rates, in SEK per unit' },
  records: { schema: recordsSchema, title: 'Governance records: approvals, reports, agreements' },
  register: { schema: registerSchema, title: 'A register of activities and governance records' },
  policy: { schema: policyDefinitionSchema, title: 'A version of the policy, as a definition' },
};

/**
 * Every input document's JSON Schema, by name, each with an `$id` that names the file as version
 * `version` of the package ships it: `https://unpkg.com/solleftea-international-policy@VERSION/dist/schemas/NAME.schema.json`.
 */
export function jsonSchemaDocuments(
  version: string,
): Record<JsonSchemaName, Record<string, unknown>> {
  const entries = Object.entries(DOCUMENTS).map(([name, { schema, title }]) => [
    name,
    {
      ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
      $id: `https://unpkg.com/solleftea-international-policy@${version}/dist/schemas/${name}.schema.json`,
      title,
    },
  ]);
  return Object.fromEntries(entries) as Record<JsonSchemaName, Record<string, unknown>>;
}
