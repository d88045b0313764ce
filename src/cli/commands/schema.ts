/** `schema`: the JSON Schema of a document the command line reads, or of an output it writes. */
import { type Command, emit, type Run } from '../command.js';
import { readPackaged } from '../io.js';
import { usage } from '../options.js';
import { OUTPUT_SCHEMAS } from '../output-schemas.js';
import { USAGE } from '../words.js';

/** The documents the command line reads: their schemas ship with the library. */
const INPUTS = ['activity', 'rates', 'records', 'register', 'policy'];
const NAMES = [...INPUTS, ...Object.keys(OUTPUT_SCHEMAS)];

async function schema(run: Run): Promise<number> {
  const name = run.args[0];
  if (name === undefined || !NAMES.includes(name)) throw usage(USAGE.schemaName(NAMES.join(', ')));
  const output = OUTPUT_SCHEMAS[name];
  if (output) {
    await emit(run, `${JSON.stringify(output, null, 2)}\n`);
    return 0;
  }
  const url = import.meta.resolve(`solleftea-international-policy/schemas/${name}.schema.json`);
  await emit(run, await readPackaged(new URL(url)));
  return 0;
}

export const SCHEMA: Command = {
  name: 'schema',
  synopsis: { sv: 'schema NAMN', en: 'schema NAME' },
  summary: {
    sv: 'skriv JSON Schema för ett dokument som läses eller en utdata som skrivs',
    en: 'print the JSON Schema of a document read or an output written',
  },
  description: {
    sv: `Skriver JSON Schema för ett dokument som kommandoraden läser (${INPUTS.join(', ')})\neller för en utdata den skriver (${Object.keys(OUTPUT_SCHEMAS).join(', ')}).`,
    en: `Prints the JSON Schema of a document the command line reads (${INPUTS.join(', ')})\nor of an output it writes (${Object.keys(OUTPUT_SCHEMAS).join(', ')}).`,
  },
  example: 'solleftea-policy schema register > register.schema.json',
  args: { max: 1 },
  options: ['out', 'force'],
  formats: [],
  run: schema,
};
