/**
 * The Swedish door of the site, after TypeDoc has built it. TypeDoc 0.28 has no Swedish locale and
 * gives the whole site one `lang`; this step marks the pages written in Swedish `lang="sv"` and puts
 * their frame — the toolbar, the settings, the "on this page" list, the footer, the labels a screen
 * reader reads, and the words its script shows (copy, no results…) — in Swedish. The English pages
 * are left as they are. Run by `npm run docs` after TypeDoc.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SITE = 'site';

/** The pages written in Swedish: the home page (Swedish first) and the Swedish guides. */
export const SWEDISH_PAGES: readonly string[] = [
  'index.html',
  'documents/Handledning_för_handläggare.html',
  'documents/Så_lägger_du_till_nästa_policyversion.html',
  'documents/Så_tar_du_fram_nästa_policy.html',
];

/** The frame's words, as TypeDoc writes them (between tags, or in an attribute), and in Swedish. */
const FRAME: readonly (readonly [string, string])[] = [
  ['>Preparing search index...<', '>Förbereder sökindex …<'],
  ['>Settings<', '>Inställningar<'],
  ['>Member Visibility<', '>Synliga medlemmar<'],
  ['>Protected<', '>Skyddade<'],
  ['>Inherited<', '>Ärvda<'],
  ['>External<', '>Externa<'],
  ['>Theme<', '>Tema<'],
  ['>OS<', '>Systemets<'],
  ['>Light<', '>Ljust<'],
  ['>Dark<', '>Mörkt<'],
  ['>On This Page<', '>På den här sidan<'],
  ['>Loading...<', '>Laddar …<'],
  ['>Generated using <', '>Skapad med <'],
  ['aria-label="Search the docs"', 'aria-label="Sök i dokumentationen"'],
  ['placeholder="Search the docs"', 'placeholder="Sök i dokumentationen"'],
  ['aria-label="Search"', 'aria-label="Sök"'],
  ['title="Search"', 'title="Sök"'],
  ['aria-label="Menu"', 'aria-label="Meny"'],
  ['title="Menu"', 'title="Meny"'],
  ['aria-label="Breadcrumb"', 'aria-label="Brödsmulor"'],
  ['aria-label="Permalink"', 'aria-label="Permanent länk"'],
  ['aria-label="Settings"', 'aria-label="Inställningar"'],
  ['aria-label="On This Page"', 'aria-label="På den här sidan"'],
];

/** The words the site's script shows, in Swedish (the rest stay as TypeDoc has them). */
const SCRIPT_WORDS: Readonly<Record<string, string>> = {
  copy: 'Kopiera',
  copied: 'Kopierat!',
  hierarchy_expand: 'Visa',
  hierarchy_collapse: 'Dölj',
  folder: 'Mapp',
  search_index_not_available: 'Sökindexet är inte tillgängligt',
  search_no_results_found_for_0: 'Inga träffar för {0}',
};

/** A Swedish page: `lang="sv"`, its frame in Swedish, and the Swedish copy of the site's script. */
export function swedishPage(html: string): string {
  let page = html.replace(/<html class="default" lang="en"/, '<html class="default" lang="sv"');
  for (const [english, swedish] of FRAME) page = page.replaceAll(english, swedish);
  return page.replace(/(src="(?:\.\.\/)*assets\/)main\.js"/, '$1main.sv.js"');
}

/** The end of the JSON object that starts at `start` (its closing brace, plus one). */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '\\') i++;
      else if (char === '"') quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The site's script with its words in Swedish: the first table of translations, replaced. */
export function swedishScript(script: string): string {
  const marker = 'window.translations=';
  const start = script.indexOf(marker) + marker.length;
  const end = start < marker.length ? -1 : objectEnd(script, start);
  if (end < 0) return script;
  const words = {
    ...(JSON.parse(script.slice(start, end)) as Record<string, string>),
    ...SCRIPT_WORDS,
  };
  return `${script.slice(0, start)}${JSON.stringify(words)}${script.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const script = readFileSync(join(SITE, 'assets/main.js'), 'utf8');
  const swedish = swedishScript(script);
  if (swedish === script) throw new Error('The site script has no table of words to translate.');
  writeFileSync(join(SITE, 'assets/main.sv.js'), swedish);
  for (const page of SWEDISH_PAGES) {
    const path = join(SITE, page);
    const html = readFileSync(path, 'utf8');
    const translated = swedishPage(html);
    if (!translated.includes('lang="sv"') || !translated.includes('main.sv.js'))
      throw new Error(`${page}: TypeDoc's frame has changed; the Swedish door needs updating.`);
    writeFileSync(path, translated);
  }
  console.log(`Swedish frame: ${SWEDISH_PAGES.length} pages`);
}
