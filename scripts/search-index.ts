/**
 * The site's full-text search in Swedish, after TypeDoc has built the site (run by `npm run docs`):
 * Pagefind indexes each page's content (not its frame) in the page's language — Swedish pages with
 * Swedish stemming — and the home page gets a search box for the clerks' door that shows each
 * result with an excerpt (its field named for screen readers, which Pagefind's interface leaves to
 * a title). Picked over TypeDoc's own search for Swedish by `npm run bench:search`:
 * Pagefind ranks the Swedish guide first for every Swedish query measured and shows an excerpt;
 * TypeDoc's search stays in the toolbar for the API's symbols.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const SITE = 'site';

/** Every HTML page of the site, by its path. */
function pages(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : pages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The search box of the home page: Pagefind's interface, in Swedish, with excerpts. */
const BOX = `<div id="sok" class="site-search" data-pagefind-ignore><link rel="stylesheet" href="pagefind/pagefind-ui.css"/><script src="pagefind/pagefind-ui.js"></script><div id="sok-ruta"></div><script>window.addEventListener("DOMContentLoaded",()=>{new PagefindUI({element:"#sok-ruta",showSubResults:true,showImages:false,translations:{placeholder:"Sök i handledningarna",clear_search:"Rensa",zero_results:"Inga träffar för [SEARCH_TERM]",many_results:"[COUNT] träffar för [SEARCH_TERM]",one_result:"[COUNT] träff för [SEARCH_TERM]",load_more:"Visa fler"}});const name=()=>{const box=document.querySelector(".pagefind-ui__search-input");if(box){box.setAttribute("aria-label","Sök i handledningarna");return true}return false};if(!name())new MutationObserver((_,watch)=>{if(name())watch.disconnect()}).observe(document.getElementById("sok-ruta"),{childList:true,subtree:true})})</script></div>`;

// Only the content of each page is indexed, not the menu and toolbar every page repeats.
for (const path of pages(SITE)) {
  const html = readFileSync(path, 'utf8');
  const marked = html.replace(
    '<div class="col-content">',
    '<div class="col-content" data-pagefind-body>',
  );
  if (marked !== html) writeFileSync(path, marked);
}
const home = join(SITE, 'index.html');
const html = readFileSync(home, 'utf8');
const anchor = '<div class="tsd-panel tsd-typography">';
if (!html.includes(anchor))
  throw new Error('The home page has changed: the search box has no place.');
// Once: run again on a site already indexed, the page keeps its one box.
if (!html.includes('id="sok"')) writeFileSync(home, html.replace(anchor, `${anchor}${BOX}`));

const { index } = await pagefind.createIndex({});
if (!index) throw new Error('Pagefind could not start.');
const added = await index.addDirectory({ path: SITE });
await index.writeFiles({ outputPath: join(SITE, 'pagefind') });
await pagefind.close();
console.log(`search index: ${added.page_count} pages (Pagefind)`);
