/**
 * The reference part of the maintainers' guide, generated from the JSON Schema of a policy file and
 * the shapes the engine judges each kind of rule in, so that it cannot drift from what `definePolicy`
 * takes: docs/generated/rule-vocabulary.md. Every field, value and fact the schema has must have its
 * words here (`test/docs/vocabulary.test.ts` holds it); a field the schema lacks is an error.
 */
import { jsonSchemaDocuments } from '../src/json-schemas.js';
import { KIND_SHAPES } from '../src/policy/define-policy.js';

type Words = readonly [sv: string, en: string];
type Schema = {
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly const?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, Schema>>;
  readonly minimum?: number;
  readonly maximum?: number;
};

/** What each field of a rule means. */
export const RULE_FIELDS: Readonly<Record<string, Words>> = {
  code: [
    'Regelns id, som du väljer; svaren anger det (`board_approval`).',
    'The rule’s id, chosen by you; answers name it (`board_approval`).',
  ],
  kind: [
    'Vad regeln kräver, och därmed hur den bedöms (se Slag nedan).',
    'What the rule requires, and so how it is judged (see Kinds below).',
  ],
  title: ['Kort rubrik, svenska och engelska.', 'A short title, in Swedish and English.'],
  appliesTo: ['Vad regeln gäller, i ord.', 'What the rule applies to, in words.'],
  duty: ['Vad regeln kräver, i ord.', 'What it requires, in words.'],
  owedBy: ['Vem skyldigheten åligger.', 'Who owes the duty.'],
  owedTo: [
    'Vem den ska fullgöras inför; för ett beslut: det organ vars beslut uppfyller den.',
    'To whom it is owed; for a decision: the body whose decision fulfils it.',
  ],
  when: [
    'När regeln gäller: ett villkor (se Villkor nedan); bara för regler om aktiviteter.',
    'When the rule applies: a condition (see Conditions below); rules about activities only.',
  ],
  timing: ['När skyldigheten ska vara fullgjord.', 'When the duty falls due.'],
  withinDays: [
    'Med `after_return`: antal dagar efter aktivitetens sista dag.',
    'With `after_return`: the number of days after the activity’s last day.',
  ],
  content: ['Vad en plan eller rapport ska ange.', 'What a plan or report must state.'],
  clauseIds: [
    'Paragraferna regeln bygger på, i textens ordning.',
    'The clauses it rests on, in the order of the text.',
  ],
  interpretationNoteIds: ['Tolkningarna regeln tillämpar.', 'The interpretation notes it applies.'],
};

/** What each value of an enumerated field means. */
export const VALUES: Readonly<Record<string, Readonly<Record<string, Words>>>> = {
  kind: {
    plan: [
      'syfte, mål och förväntad nytta anges före aktiviteten',
      'purpose, goal and expected benefit stated before the activity',
    ],
    decision: [
      'ett beslut av organet regeln gäller inför, före avresan eller bokningen',
      'a decision by the body owed, before departure or booking',
    ],
    report: [
      'en rapport till kommunstyrelsen efter aktiviteten',
      'a report to the board after the activity',
    ],
    account: ['en redovisning till kommunfullmäktige', 'an account to the council'],
    evaluation: [
      'varje vänortsavtal utvärderas varje mandatperiod',
      'each twin-town agreement evaluated every mandate period',
    ],
    continuation: [
      'fullmäktige beslutar vilka avtal som fortsätter',
      'the council decides which agreements continue',
    ],
    termination: [
      'ett inaktivt avtal utan nytta sägs upp',
      'an inactive agreement of no benefit terminated',
    ],
    adoption: ['policyn antas av fullmäktige', 'the policy adopted by the council'],
  },
  owedBy: {
    council: ['kommunfullmäktige', 'the municipal council'],
    board: ['kommunstyrelsen', 'the executive board'],
    organiser: ['den enhet som anordnar aktiviteten', 'the unit organising the activity'],
    municipality: [
      'kommunen, där texten inte nämner någon',
      'the municipality, where the text names no one',
    ],
  },
  timing: {
    before_activity: ['före aktivitetens första dag', 'before the activity’s first day'],
    before_departure: ['senast avresedagen', 'on or before the departure'],
    before_booking: [
      'senast bokningsdagen (`bookingDate`); utan den kan det inte avgöras',
      'on or before the booking date (`bookingDate`); without it, undetermined',
    ],
    after_return: [
      'efter hemkomsten, inom `withinDays` dagar om det anges',
      'after the return, within `withinDays` days where given',
    ],
    at_next_meeting: [
      'vid organets första sammanträde efter hemkomsten (`meetingDays`)',
      'at the body’s first meeting after the return (`meetingDays`)',
    ],
    in_council_account: [
      'i nästa redovisning till fullmäktige',
      'in the next account to the council',
    ],
    within_mandate_period: ['en gång varje mandatperiod', 'once every mandate period'],
    after_evaluation: [
      'när en utvärdering funnit grund för det',
      'once an evaluation has found the ground for it',
    ],
    on_adoption: ['när policyn antas', 'when the policy is adopted'],
  },
  content: {
    purpose: ['syfte', 'purpose'],
    goal: ['mål', 'goal'],
    expected_benefit: ['förväntad nytta', 'expected benefit'],
    result: ['resultat', 'result'],
  },
};

/** What each fact of the condition vocabulary asks, and its fields. */
export const FACTS: Readonly<
  Record<string, { readonly words: Words; readonly fields: Readonly<Record<string, Words>> }>
> = {
  international: {
    words: [
      'Ett resmål eller en part ligger utanför Sverige (tolkning 3).',
      'A destination or partner lies outside Sweden (note 3).',
    ],
    fields: {},
  },
  twin_town: {
    words: [
      'Ett resmål eller en part är en vänort i versionen; okänt när en ort kan vara en (tolkning 4).',
      'A destination or partner is a twin town of the version; unknown while a place may be one (note 4).',
    ],
    fields: {},
  },
  country_in: {
    words: [
      'Ett resmål eller en part ligger i en grupp länder som versionen anger i `countryGroups`.',
      'A destination or partner lies in a group of countries the version names in `countryGroups`.',
    ],
    fields: { group: ['gruppens id', 'the group’s id'] },
  },
  kind: {
    words: [
      'Aktiviteten är av ett av dessa slag: `trip`, eller ett utbytes form.',
      'The activity is of one of these kinds: `trip`, or an exchange’s form.',
    ],
    fields: { kinds: ['slagen', 'the kinds'] },
  },
  cost: {
    words: [
      'Kostnaden, på den grund tolkning 1 anger, jämförd med ett belopp; per resenär: beloppet gånger antalet resenärer, exakt. Utan `amount`: versionens `reportBackThreshold`. Ett utbyte har inga resenärer.',
      'The cost, on the basis note 1 sets, compared with an amount; per traveller: the amount times the number of travellers, exactly. Without `amount`: the version’s `reportBackThreshold`. An exchange has no travellers.',
    ],
    fields: {
      compare: ['`more` (mer än) eller `at_least` (minst)', '`more` (more than) or `at_least`'],
      per: [
        '`activity` (hela aktiviteten) eller `traveller` (per resenär)',
        '`activity` (as a whole) or `traveller` (each)',
      ],
      amount: [
        'beloppet, som en kostnadspost skrivs: `{ amount: "15 000,00", currency: "SEK" }`',
        'the amount, written as a cost item’s: `{ amount: "15 000,00", currency: "SEK" }`',
      ],
    },
  },
};

/** What the version-level parameters the conditions use mean. */
export const PARAMETERS: Readonly<Record<string, Words>> = {
  reportBackThreshold: [
    'Beloppet för kostnadsvillkor utan eget belopp; krävs när ett sådant finns, avvisas annars.',
    'The amount of cost conditions that name none; required when one does, refused when none does.',
  ],
  countryGroups: [
    'Grupper av länder som `country_in` anger: id, namn, ISO-koder; en grupp som inget villkor använder avvisas.',
    'Groups of countries `country_in` names: id, name, ISO codes; a group no condition uses is refused.',
  ],
};

const shown = (values: readonly string[] | null | undefined) =>
  values === null || values === undefined || values.length === 0
    ? '—'
    : values.map((value) => `\`${value}\``).join(', ');

/** The policy file's JSON Schema, as the package ships it. */
export function policySchema(): Schema {
  return jsonSchemaDocuments('0.0.0').policy as Schema;
}

/** The facts of the schema's condition vocabulary, with their fields. */
export function schemaFacts(schema: Schema): Map<string, string[]> {
  const definitions = Object.values(schema.$defs ?? {});
  const facts = new Map<string, string[]>();
  const visit = (node: Schema) => {
    const fact = node.properties?.['fact']?.const;
    if (fact)
      facts.set(
        fact,
        Object.keys(node.properties ?? {}).filter((key) => key !== 'fact'),
      );
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) visit(branch);
  };
  for (const definition of definitions) visit(definition);
  return facts;
}

/** The page. */
export function vocabularyPage(): string {
  const schema = policySchema();
  const rule = schema.properties?.['rules']?.items as Schema;
  const lines = [
    '---',
    'title: The rule vocabulary (reference)',
    'group: Guides',
    '---',
    '',
    '# Regelvokabulären — The rule vocabulary',
    '',
    'Referens, skapad ur policyfilens JSON-schema (`schemas/policy.schema.json`) och de former motorn bedömer varje slag av regel i, när dokumentationen byggs: den kan inte glida isär från det `definePolicy` tar emot. Guiden är [Så lägger du till nästa policyversion](../ny-policyversion.md) / [Adding the next policy version](../adding-a-policy-version.md).',
    '',
    'A reference generated from the policy file’s JSON Schema and the shapes the engine judges each kind of rule in, when the documentation is built: it cannot drift from what `definePolicy` takes.',
    '',
    '## En regel — A rule',
    '',
    '| fält — field | krävs — required | värden — values | svenska | English |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [field, node] of Object.entries(rule.properties ?? {})) {
    const words = RULE_FIELDS[field];
    if (!words) throw new Error(`The rule field ${field} has no words in scripts/vocabulary.ts.`);
    const values = node.enum ?? node.items?.enum;
    const range = node.type === 'integer' ? `${node.minimum}–${node.maximum}` : shown(values);
    lines.push(
      `| \`${field}\` | ${rule.required?.includes(field) ? 'ja — yes' : 'nej — no'} | ${range} | ${words[0]} | ${words[1]} |`,
    );
  }
  for (const [field, values] of Object.entries(VALUES)) {
    const node = rule.properties?.[field];
    const listed = node?.enum ?? node?.items?.enum ?? [];
    lines.push(
      '',
      `### Fältet ${field} — the field \`${field}\``,
      '',
      '| värde — value | svenska | English |',
      '| --- | --- | --- |',
    );
    for (const value of listed) {
      const words = values[value];
      if (!words)
        throw new Error(`The value ${value} of ${field} has no words in scripts/vocabulary.ts.`);
      lines.push(`| \`${value}\` | ${words[0]} | ${words[1]} |`);
    }
  }
  lines.push(
    '',
    '## Slag — Kinds',
    '',
    'Hur motorn bedömer varje slag; en regel skriven i en annan form avvisas med `rule_not_judged`. — How the engine judges each kind; a rule written in another shape is refused with `rule_not_judged`.',
    '',
    '| slag — kind | owedBy | owedTo | timing | when | content | withinDays |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const [kind, shape] of Object.entries(KIND_SHAPES))
    lines.push(
      `| \`${kind}\` | \`${shape.owedBy}\` | ${shown(shape.owedTo)} | ${shown(shape.timing)} | ${shape.activity ? 'krävs — required' : '—'} | ${shape.content ? 'valfritt — optional' : '—'} | ${shape.days ? 'med `after_return` — with `after_return`' : '—'} |`,
    );
  lines.push(
    '',
    '## Villkor — Conditions',
    '',
    'Ett villkor är ett faktum, eller villkor kombinerade med `all` (alla), `any` (minst ett) och `not` (inte), som mest tio delar och åtta nivåer. Det bedöms i tre värden: sant, falskt, okänt med de uppgifter som saknas. — A condition is a fact, or conditions combined with `all`, `any` and `not`, at most ten parts and eight levels deep. It evaluates in three values: true, false, unknown with the missing facts.',
    '',
    '| faktum — fact | fält — fields | svenska | English |',
    '| --- | --- | --- | --- |',
  );
  for (const [fact, fields] of schemaFacts(schema)) {
    const words = FACTS[fact];
    if (!words) throw new Error(`The fact ${fact} has no words in scripts/vocabulary.ts.`);
    const described = fields.map((field) => {
      const meaning = words.fields[field];
      if (!meaning)
        throw new Error(`The field ${field} of ${fact} has no words in scripts/vocabulary.ts.`);
      return `\`${field}\`: ${meaning[0]} — ${meaning[1]}`;
    });
    lines.push(
      `| \`${fact}\` | ${described.join('<br>') || '—'} | ${words.words[0]} | ${words.words[1]} |`,
    );
  }
  lines.push(
    '',
    '## Versionens parametrar — The version’s parameters',
    '',
    '| fält — field | svenska | English |',
    '| --- | --- | --- |',
  );
  for (const [field, words] of Object.entries(PARAMETERS)) {
    if (!schema.properties?.[field]) throw new Error(`The schema has no field ${field}.`);
    lines.push(`| \`${field}\` | ${words[0]} | ${words[1]} |`);
  }
  return `${lines.join('\n')}\n`;
}
