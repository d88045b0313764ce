/**
 * `npm run bench:search`: TypeDoc's search and Pagefind measured on the built site, query by query,
 * for the choice issue 32 asks to make by measuring both. Indexes a copy of `site/` with Pagefind
 * (which reads each page's `lang` and stems Swedish pages as Swedish), serves it, and asks each
 * search the same Swedish and English queries in headless Chromium: how many results, the first,
 * where the first Swedish guide ranks, and whether an excerpt is shown. Needs `npm run docs` first.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import * as pagefind from 'pagefind';
import { chromium } from 'playwright-core';
import { SWEDISH_PAGES } from './swedish-pages.js';

if (!existsSync('site/index.html')) throw new Error('Build the site first: npm run docs.');
const root = mkdtempSync(join(tmpdir(), 'solleftea-search-'));
cpSync('site', root, { recursive: true });
const began = performance.now();
const { index } = await pagefind.createIndex({});
if (!index) throw new Error('Pagefind could not start.');
const added = await index.addDirectory({ path: root });
await index.writeFiles({ outputPath: join(root, 'pagefind') });
await pagefind.close();
const indexMs = performance.now() - began;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});

/** The queries: Swedish words (some beginning with å, ä or ö) and English ones. */
const QUERIES: readonly (readonly [string, 'sv' | 'en'])[] = [
  ['återrapportering', 'sv'],
  ['ärende', 'sv'],
  ['vänort', 'sv'],
  ['godkännande', 'sv'],
  ['avresa', 'sv'],
  ['auditStream', 'en'],
  ['report-back', 'en'],
];
const swedishGuide = (href: string) =>
  SWEDISH_PAGES.some((page) => page !== 'index.html' && decodeURIComponent(href).endsWith(page));
const rankOf = (hrefs: readonly string[]) => {
  const rank = hrefs.findIndex(swedishGuide);
  return rank < 0 ? '–' : String(rank + 1);
};
const short = (href: string | undefined) =>
  href === undefined ? '–' : decodeURIComponent(href.replace(/^.*\//, '')).slice(0, 38);

try {
  const page = await browser.newPage();
  console.log(`Pagefind: ${added.page_count} pages indexed in ${(indexMs / 1000).toFixed(1)} s`);
  console.log(
    `${'query'.padEnd(18)} ${'TypeDoc: n, first, sv guide at'.padEnd(56)} Pagefind: n, first, sv guide at, excerpt`,
  );
  for (const [query, language] of QUERIES) {
    await page.goto(`${base}index.html`);
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', query);
    await page.waitForTimeout(600);
    const typedoc = await page.$$eval('#tsd-search-results li a', (anchors) =>
      anchors.map((anchor) => (anchor as unknown as { href: string }).href),
    );
    // Pagefind searches the index of the page's language: a Swedish page for a Swedish query.
    await page.goto(
      `${base}${language === 'sv' ? 'documents/Handledning_för_handläggare.html' : 'documents/Concepts.html'}`,
    );
    const found = (await page.evaluate(`(async () => {
      const search = await import('/pagefind/pagefind.js');
      await search.init();
      const answer = await search.search(${JSON.stringify(query)});
      const top = await Promise.all(answer.results.slice(0, 10).map((result) => result.data()));
      return { count: answer.results.length, hrefs: top.map((d) => d.url), excerpt: top[0]?.excerpt ?? '' };
    })()`)) as { count: number; hrefs: string[]; excerpt: string };
    const excerpt = found.excerpt.replace(/<[^>]+>/g, '').slice(0, 50);
    console.log(
      `${query.padEnd(18)} ${`${typedoc.length}, ${short(typedoc[0])}, ${rankOf(typedoc)}`.padEnd(56)} ${found.count}, ${short(found.hrefs[0])}, ${rankOf(found.hrefs)}, "${excerpt}"`,
    );
  }
  console.log('TypeDoc shows no excerpt: its results list names only.');
} finally {
  await browser.close();
  server.close();
  rmSync(root, { recursive: true, force: true });
}
