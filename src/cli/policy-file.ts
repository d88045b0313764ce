/**
 * The starting file `policy new` writes: the next version after an existing one, marked as a draft,
 * in YAML with a comment at each field (JSON without comments when the file's name ends in `.json`),
 * naming the JSON Schema an editor checks it against.
 */
import type { Language, PolicyDefinition, PolicyVersion } from 'solleftea-international-policy';
import { toPolicyDefinition } from 'solleftea-international-policy';
import { yamlLibrary } from './io.js';
import { POLICY_FILE } from './words.js';

/** A definition as a starting file holds it: its schema first, then the mark of a draft. */
export type DraftFile = PolicyDefinition & { readonly $schema: string; readonly draft: true };

/** The day after or before `day` (`YYYY-MM-DD`), by `days` days. */
function shifted(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The next version after `version`, as a draft: in force from the day after it ends for as many
 * years as it was, replacing it, its years in the id, titles and mandate period moved on, to be
 * adopted by the council at a meeting before it starts (the paragraph left to fill in). Its rules,
 * towns, goals, texts and readings are the version's own, to edit.
 */
export function nextDraft(version: PolicyVersion, schema: string): DraftFile {
  const { $schema: _, draft: __, ...definition } = toPolicyDefinition(version);
  const from = shifted(version.validity.to, 1);
  const years = Number(version.validity.to.slice(0, 4)) - Number(version.validity.from.slice(0, 4));
  const first = Number(from.slice(0, 4));
  const last = first + years;
  const to = `${last}${version.validity.to.slice(4)}`;
  const old = `${version.validity.from.slice(0, 4)}-${version.validity.to.slice(0, 4)}`;
  const now = `${first}-${last}`;
  const moved = (text: string) => text.replaceAll(old, now);
  const id = moved(definition.id);
  return {
    $schema: schema,
    draft: true,
    ...definition,
    id: id === definition.id ? `${id}-${now}` : id,
    title: moved(definition.title),
    shortTitle: moved(definition.shortTitle),
    adoption: { body: 'council', date: shifted(from, -1), paragraph: '§ ?' },
    validity: { from, to: to < from ? shifted(from, 365 * years) : to, supersedes: version.id },
    mandatePeriod: `${first}–${last}`,
  };
}

/**
 * A policy file as YAML: a heading, a comment above each field and above each field of the first
 * rule, and a first line an editor's YAML support reads the schema from.
 */
export function policyYaml(
  file: PolicyDefinition & { readonly $schema: string },
  heading: string,
  language: Language,
): string {
  const { Document, isMap, isScalar } = yamlLibrary();
  const document = new Document(file);
  const say = (text: string) => ` ${text}`;
  document.commentBefore = heading.split('\n').map(say).join('\n');
  const comment = (map: unknown, words: Readonly<Record<string, { [K in Language]: string }>>) => {
    if (!isMap(map)) return;
    for (const pair of map.items) {
      const key = pair.key;
      const text = isScalar(key) ? words[String(key.value)] : undefined;
      if (text && isScalar(key)) key.commentBefore = say(text[language]);
    }
  };
  comment(document.contents, POLICY_FILE.fields);
  comment(document.getIn(['rules', 0], true), POLICY_FILE.ruleFields);
  const text = document.toString({ lineWidth: 0 });
  return `# yaml-language-server: $schema=${file.$schema}\n${text}`;
}

/** A starting file as YAML (see {@link policyYaml}), its heading saying it is a draft and how to use it. */
export function draftYaml(file: DraftFile, from: string, language: Language): string {
  return policyYaml(file, POLICY_FILE.heading(from)[language], language);
}
