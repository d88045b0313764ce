/**
 * Writes the documentation pages generated from the policy data, so that they cannot drift from it:
 * docs/generated/policy.md, the policy clause by clause with the rules and functions implementing
 * each clause. Run by `npm run docs` before TypeDoc; the output is not committed.
 */

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { POLICY_2019_2022, type PolicyVersion } from '../src/index.js';
import { checkGuide } from './guide-runs.js';
import { pictures } from './pictures.js';
import { IMPLEMENTED_BY, traceability, traceabilityPage } from './traceability.js';
import { vocabularyPage } from './vocabulary.js';

const SECTIONS = {
  intro: 'Inledning — Introduction',
  aims: 'Syfte och mål — Purpose and goals',
  twinTowns: 'Vänorter — Twin towns',
  council: 'Ansvarsfördelning: kommunfullmäktige — Responsibilities: the municipal council',
  board: 'Ansvarsfördelning: kommunstyrelsen — Responsibilities: the executive board',
} as const;

/**
 * The anchor TypeDoc gives a clause's heading (its slugger drops the dot and lowers the case):
 * `board.approval` → `boardapproval`. The browser test checks that every link to one lands.
 */
export const clauseSlug = (id: string): string => id.replaceAll('.', '').toLowerCase();

const quote = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

export function policyPage(policy: PolicyVersion): string {
  const lines = [
    '---',
    'title: The policy, clause by clause',
    'group: Guides',
    '---',
    '',
    '# The policy, clause by clause — Policyn, paragraf för paragraf',
    '',
    `_${policy.title}_, ${policy.statuteBook}, antagen av kommunfullmäktige ${policy.adoption.date}, ${policy.adoption.paragraph}; gäller ${policy.validity.from} till ${policy.validity.to}. Sidan skapas ur policyns data när dokumentationen byggs. Den svenska texten är ordagrann; den engelska är bibliotekets återgivning, ingen officiell översättning. Varje paragrafs id är det svaren hänvisar till, och länken \`#board.approval\` leder hit. Varje regel länkar till de tolkningar den bygger på och de funktioner som räknar ut den.`,
    '',
    `_${policy.title}_, ${policy.statuteBook}, adopted by the municipal council on ${policy.adoption.date}, ${policy.adoption.paragraph}; in force ${policy.validity.from} to ${policy.validity.to}. Fingerprint \`${policy.fingerprint}\`.`,
    '',
    'This page is generated from the policy data (`POLICY_2019_2022`) when the documentation is built, so it cannot drift from what the library computes. The Swedish text is verbatim; the English is this library’s rendering, not an official translation. Each clause’s id is what results cite; each rule links to the interpretation notes it depends on and to the functions that compute it.',
    '',
    '## Clauses',
    '',
  ];
  let section = '';
  for (const clause of policy.clauses) {
    if (clause.section !== section) {
      section = clause.section;
      lines.push(`### ${SECTIONS[clause.section]}`, '');
    }
    // The heading says the id (TypeDoc's anchor is its slug, `boardapproval`); the anchor before it
    // is the id itself (`#board.approval`), what the try-it page and the command line's readers cite.
    lines.push(
      `<a id="${clause.id}"></a>`,
      '',
      `#### ${clause.id}`,
      '',
      quote(clause.sv),
      '',
      clause.en,
      '',
    );
    const rules = policy.rules.filter((rule) => rule.clauseIds.includes(clause.id));
    const goal = policy.goals.find((g) => g.clauseId === clause.id);
    if (rules.length > 0) {
      const links = rules
        .map((rule) => `[\`${rule.code}\`](#rule-${rule.code.replaceAll('_', '-')})`)
        .join(', ');
      lines.push(`Implemented by rule ${links}. — Genomförs av regeln ${links}.`, '');
    } else if (goal) {
      lines.push(
        `Carries no obligation: it is the goal \`${goal.id}\`, which activities may link to in \`policyGoals\`.`,
        '',
      );
    } else {
      lines.push(`Carries no obligation (${clause.kind}).`, '');
    }
  }
  lines.push('## Rules', '');
  for (const rule of policy.rules) {
    lines.push(
      `### Rule ${rule.code.replaceAll('_', '-')}`,
      '',
      `**${rule.title.en}** (${rule.title.sv}), code \`${rule.code}\`.`,
      '',
      `- Applies to: ${rule.appliesTo.en} — _Gäller:_ ${rule.appliesTo.sv}`,
      `- Duty: ${rule.duty.en} — _Skyldighet:_ ${rule.duty.sv} Owed by \`${rule.owedBy}\`${rule.owedTo ? ` to \`${rule.owedTo}\`` : ''}; timing \`${rule.timing}\`.`,
      `- Clauses: ${rule.clauseIds.map((id) => `[§ ${id}](#${id})`).join(', ')}`,
      `- Interpretation notes: ${
        rule.interpretationNoteIds
          .map((id) => policy.interpretationNotes.find((note) => note.id === id))
          .map((note) =>
            note ? `[note ${note.number}](interpretation-notes.md#note-${note.number})` : '',
          )
          .join(', ') || 'none'
      }`,
      `- Computed by: ${IMPLEMENTED_BY[rule.kind].map((name) => `{@link ${name}}`).join(', ')}`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The interpretation notes of a version, in Swedish and English, from its data: each note with its
 * number, id, reading and the rules that apply it.
 */
export function notesPage(policy: PolicyVersion): string {
  const lines = [
    '---',
    'title: Interpretation notes',
    'group: Guides',
    '---',
    '',
    '# Interpretation notes — Tolkningar',
    '',
    `Där policyns text lämnar utrymme gör biblioteket en tolkning. Tolkningarna är data i policyversionen (_${policy.title}_): varje regel anger de tolkningar den tillämpar, och varje skyldighet och avtalsskyldighet bär dem (\`interpretationNotes\`), så att varje svar visar vilken tolkning det bygger på. En senare version kan ändra en tolkning utan att ändra hur tidigare aktiviteter bedöms. Där en tolkning rimligen kan gå åt ett annat håll är den ett val med denna standard (till exempel en tidsfrist för rapporter).`,
    '',
    `Where the policy's text is open, the library takes a reading. The readings are data of the policy version (_${policy.title}_): every rule lists the notes it applies (\`Rule.interpretationNoteIds\`), and every obligation and agreement duty carries them (\`interpretationNotes\`), so that each answer names the reading it used. A later version can change a reading without changing how past activities are judged. Where a reading could reasonably go another way it is an option with this default (a report deadline, for instance). This page is generated from the data when the documentation is built; the page [The policy, clause by clause](policy.md) links each rule to its notes.`,
    '',
  ];
  for (const note of policy.interpretationNotes) {
    const rules = policy.rules.filter((rule) => rule.interpretationNoteIds.includes(note.id));
    lines.push(
      `## Note ${note.number}`,
      '',
      `**${note.title.sv}** — _${note.title.en}_ (\`${note.id}\`)`,
      '',
      `${note.text.sv}`,
      '',
      `_${note.text.en}_`,
      '',
      rules.length > 0
        ? `Applied by ${rules.map((rule) => `[\`${rule.code}\`](policy.md#rule-${rule.code.replaceAll('_', '-')})`).join(', ')}, on ${[
            ...new Set(rules.flatMap((rule) => rule.clauseIds)),
          ]
            .map((id) => `[§ ${id}](policy.md#${clauseSlug(id)})`)
            .join(', ')}.`
        : 'Applied by no rule: it says what the library does not need.',
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The changes not yet released: the notes in `.changeset/` (each file's front matter, which names
 * the bump, left out), in file order, or a line saying that there are none.
 */
export function unreleasedPage(directory = '.changeset'): string {
  const notes = readdirSync(directory)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => {
      const text = readFileSync(`${directory}/${file}`, 'utf8');
      const bump = /^"[^"]+": (\w+)$/m.exec(text)?.[1] ?? 'unknown';
      return `## ${file.replace(/\.md$/, '')} (${bump})\n\n${text.replace(/^---\n[\s\S]*?\n---\n/, '').trim()}\n`;
    });
  return [
    '---',
    'title: Unreleased changes',
    '---',
    '',
    '# Unreleased changes',
    '',
    'What the next release will bring, from the notes in `.changeset/` (see the CHANGELOG for what has been released).',
    '',
    ...(notes.length > 0 ? notes : ['Nothing: every change has been released.\n']),
  ].join('\n');
}

/** The guides whose command-line runs the docs build makes, failing on one that prints otherwise. */
export const RUN_GUIDES: readonly string[] = [
  'docs/drafting-the-next-policy.md',
  'docs/ta-fram-nasta-policy.md',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = RUN_GUIDES.flatMap((guide) => checkGuide(guide));
  if (problems.length > 0) {
    console.error(problems.join('\n\n'));
    process.exit(1);
  }
  mkdirSync('docs/generated', { recursive: true });
  writeFileSync('docs/generated/policy.md', policyPage(POLICY_2019_2022));
  writeFileSync('docs/generated/interpretation-notes.md', notesPage(POLICY_2019_2022));
  writeFileSync('docs/generated/unreleased.md', unreleasedPage());
  writeFileSync('docs/generated/rule-vocabulary.md', vocabularyPage());
  writeFileSync(
    'docs/generated/traceability.md',
    traceabilityPage(
      POLICY_2019_2022,
      traceability(POLICY_2019_2022, 'test', ['scenarios/solleftea-2019-2022.yaml']),
    ),
  );
  mkdirSync('docs/generated/pictures', { recursive: true });
  for (const [name, svg] of Object.entries(pictures(POLICY_2019_2022)))
    writeFileSync(`docs/generated/pictures/${name}`, svg);
}
