/**
 * `npm run test:browser`: the built documentation site in a real browser. Serves site/ on 127.0.0.1,
 * opens it in headless Chromium (Debian's, driven by playwright-core), and checks that the home page
 * and every guide render without console errors, that every internal link resolves, and that the
 * try-it page evaluates as the reader types: a cost above the threshold brings the report-back duty,
 * a malformed date shows its error; its form turns report-back on between 10 000,00 and 10 000,01 kr
 * and the verdict to not compliant for an approval after departure. Every internal link is followed
 * with its fragment; the search finds words of the guides; the pictures load. Saves screenshots of
 * the try-it page, its form and the timeline under site/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { SWEDISH_PAGES } from './swedish-pages.js';

const SITE = 'site';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

if (!existsSync(join(SITE, 'index.html'))) throw new Error('Build the site first: npm run docs.');

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  // Browsers ask for a favicon the site does not have; that is not a broken page.
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  const file = join(SITE, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(SITE) || !existsSync(file)) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const failures: string[] = [];

/** Today in Sweden, as the page takes it. */
const todayInSweden = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());

/** The page opens blank, in Swedish, judged today, asking the questions that decide. */
async function tryItOpensBlank(page: Page): Promise<void> {
  await page.waitForSelector('#result li.question');
  if ((await page.inputValue('#sample')) !== '-1') fail('try-it: the form should open blank');
  if ((await page.inputValue('#as-of')) !== todayInSweden)
    fail(`try-it: the day judged should default to today in Sweden (${todayInSweden})`);
  if ((await page.inputValue('#title')) !== '') fail('try-it: the blank form has a title');
  // The first day picks the version, so it is asked first; once given, the rest is asked.
  const first = await page.getAttribute('#result li.question', 'data-path');
  if (first !== 'departureDate')
    fail(`try-it: a blank form should ask for the day first, not ${first}`);
  await page.fill('#first-day', '2021-05-03');
  await page.waitForSelector('#result li.question[data-path="destinations"]');
  const questions = await page.$$eval('#result li.question', (items) => items.length);
  if (questions < 3) fail(`try-it: a dated draft should ask what decides (${questions} questions)`);
  console.log(
    `✔ try-it: opens blank, judged ${todayInSweden}, asking for the day, then ${questions} questions that decide`,
  );
}

/** Each duty's status by icon, word and colour together; the day and the version shown. */
async function statusAtAGlance(page: Page): Promise<void> {
  const badge = (code: string) => page.locator(`#result li[data-code="${code}"] .status`);
  const violated = badge('board_approval');
  const words = (await violated.textContent())?.trim();
  if (words !== '✘ inte uppfyllt') fail(`try-it: the approval's status reads "${words}"`);
  if (!(await violated.getAttribute('class'))?.includes('status-violated'))
    fail('try-it: the approval is not marked violated');
  const planning = (await badge('planning').textContent())?.trim();
  if (planning !== '✔ uppfyllt') fail(`try-it: the plan's status reads "${planning}"`);
  const colour = (locator: typeof violated) =>
    locator.evaluate(
      (node) =>
        (
          globalThis as unknown as { getComputedStyle(n: unknown): { color: string } }
        ).getComputedStyle(node).color,
    );
  if ((await colour(violated)) === (await colour(badge('planning'))))
    fail('try-it: fulfilled and not fulfilled have the same colour');
  const judged = await page.textContent('#judged');
  if (
    judged !==
    'Bedömt per 2020-03-31 enligt Policy för internationella kontakter 2019-2022 (gäller 2019-11-25–2022-12-31).'
  )
    fail(`try-it: the day and version shown read "${judged}"`);
  if (!(await page.textContent('#result li.legend'))?.includes('”Åligger” betyder'))
    fail('try-it: "åligger" is not explained');
  console.log('✔ try-it: each duty by icon, word and colour; the day judged and the version shown');
}

/** The form's state travels in the address's fragment, never its query. */
async function stateInTheAddress(
  page: Page,
  browser: import('playwright-core').Browser,
): Promise<void> {
  const url = page.url();
  if (!/#s=[\w-]+$/.test(url) || url.includes('?'))
    fail(`try-it: the address holds no state: ${url}`);
  const again = await browser.newPage();
  await again.goto(url);
  await again.waitForSelector('#result li[data-code="board_approval"]');
  const same =
    (await again.inputValue('#input')) === (await page.inputValue('#input')) &&
    (await again.inputValue('#approved-on')) === (await page.inputValue('#approved-on')) &&
    (await again.inputValue('#as-of')) === (await page.inputValue('#as-of'));
  if (!same) fail('try-it: the link does not bring back the same form');
  await again.close();
  console.log("✔ try-it: the form travels in the address's fragment and comes back the same");
}

/** The due dates download as an iCalendar file a parser reads. */
async function calendarDownload(page: Page): Promise<void> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#download-ics'),
  ]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  const ICAL = (await import('ical.js')).default;
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  const uids = events.map((event) => String(event.getFirstPropertyValue('uid')));
  if (!uids.includes('activity/KS 2020/57/board_approval@solleftea-international-policy'))
    fail(`try-it: the calendar has no approval event: ${uids.join(', ')}`);
  console.log(`✔ try-it: the due dates download as a calendar of ${events.length} events`);
}

/** Printing gives a one-page memo: the result with its clauses, without the form. */
async function printedMemo(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  if (await page.isVisible('#input-section')) fail('try-it: the printed memo shows the form');
  if (!(await page.isVisible('#print-heading'))) fail('try-it: the printed memo has no heading');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  if (pages !== 1) fail(`try-it: the printed memo is ${pages} pages, not one`);
  await page.emulateMedia({ media: 'screen' });
  console.log(`✔ try-it: printing gives a memo of ${pages} page`);
}

/** An activity after every version: outside the policy, and no line points to rows not there. */
async function outsideThePolicy(page: Page): Promise<void> {
  await page.fill('#first-day', '2027-03-01');
  await page.fill('#last-day', '2027-03-04');
  await page.waitForSelector('#verdict[data-verdict="outside_policy"]');
  const rows = await page.$$eval('#result li', (items) => items.length);
  const verdict = (await page.textContent('#verdict')) ?? '';
  if (rows !== 0 || /nedan|below/.test(verdict))
    fail(`try-it: outside the policy, ${rows} rows and "${verdict}"`);
  if (
    !(await page.textContent('#judged'))?.includes(
      'Utanför policyn: ingen version gällde 2027-03-01',
    )
  )
    fail('try-it: the day outside the policy is not said');
  console.log('✔ try-it: a 2027 trip is outside the policy, with no rows promised');
}

/** A new place resets its country; a country name is suggested as its code; errors at the field. */
async function countryAndFieldErrors(page: Page): Promise<void> {
  await page.selectOption('#sample', '0');
  await page.waitForSelector('#result li[data-code="board_approval"]');
  const where = page.locator('#places .place:nth-child(1) .where');
  const country = page.locator('#places .place:nth-child(1) .country');
  await where.fill('Madison, Wisconsin');
  if ((await country.inputValue()) !== '') fail("try-it: a new place kept the old place's country");
  await country.fill('USA');
  await page.waitForSelector('#result li[data-code="board_approval"][data-status="owed"]');
  const hint = await page.textContent('#places .place:nth-child(1) .hint');
  if (hint !== '= US (ISO-kod)') fail(`try-it: "USA" suggests "${hint}"`);
  console.log(
    '✔ try-it: a new place resets its country; "USA" is taken as US; Madison owes approval',
  );
  await country.fill('Xyz');
  await page.waitForSelector('#places .country[aria-invalid="true"]');
  const message = await page.textContent('#places .place:nth-child(1) .field-error');
  if (!message?.startsWith('"Xyz" är ingen landskod'))
    fail(`try-it: the country's error should say in words what is wrong, not "${message}"`);
  const described = await country.getAttribute('aria-describedby');
  if (!described || !(await page.isVisible(`#${described}`)))
    fail('try-it: the error is not tied to its field');
  console.log(`✔ try-it: a wrong country is marked at its field: "${message}"`);
  await page.screenshot({ path: join(SITE, 'try-it-errors.png'), fullPage: true });
}
/**
 * Every text of every generated picture fits: inside the box its anchor stands in, or inside the
 * picture, with the fonts this browser falls back to (Debian's Chromium: DejaVu Sans for system-ui).
 */
async function picturesFit(page: Page): Promise<void> {
  const files = readdirSync(join(SITE, 'media')).filter((name) => name.endsWith('.svg'));
  let texts = 0;
  for (const file of files) {
    await page.goto(`${base}media/${file}`);
    // A script as text: the test runner's helpers for named functions do not exist in the page.
    const measured = (await page.evaluate(`(() => {
      const view = document.documentElement.viewBox.baseVal;
      const boxes = [...document.querySelectorAll('rect')].map((rect) => rect.getBBox());
      const spills = [];
      let count = 0;
      for (const text of document.querySelectorAll('text')) {
        count++;
        const box = text.getBBox();
        const x = Number(text.getAttribute('x'));
        const y = Number(text.getAttribute('y'));
        const outer = boxes.find((s) => x >= s.x && x <= s.x + s.width && y >= s.y && y <= s.y + s.height) ?? view;
        if (box.x < outer.x - 1 || box.y < outer.y - 1 || box.x + box.width > outer.x + outer.width + 1 || box.y + box.height > outer.y + outer.height + 1)
          spills.push('"' + text.textContent + '" (' + Math.round(box.width) + ' px wide in ' + Math.round(outer.width) + ')');
      }
      return { spills, count };
    })()`)) as { spills: string[]; count: number };
    texts += measured.count;
    for (const spill of measured.spills) fail(`picture ${file}: text spills out: ${spill}`);
  }
  console.log(`✔ pictures: ${texts} texts in ${files.length} pictures, each inside its shape`);
}

/** Runs axe-core on the page: no serious or critical violation. */
async function accessible(page: Page, name: string): Promise<void> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}) at ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
  for (const violation of violations) fail(`${name}: accessibility: ${violation}`);
}

const fail = (message: string): void => {
  failures.push(message);
  console.error(`✘ ${message}`);
};

/** Opens a page and records every console error and failed request on it. */
async function visit(page: Page, url: string): Promise<void> {
  const problems: string[] = [];
  page.removeAllListeners('console');
  page.removeAllListeners('pageerror');
  page.removeAllListeners('response');
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (reply) => {
    if (reply.status() >= 400) problems.push(`${reply.url()}: HTTP ${reply.status()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) fail(`${url}: HTTP ${response?.status()}`);
  await page.waitForTimeout(50);
  for (const problem of problems) fail(`${url}: console error: ${problem}`);
}

try {
  const page = await browser.newPage();
  const guides = readdirSync(join(SITE, 'documents')).map((name) => `documents/${name}`);
  const pages = ['index.html', 'modules.html', ...guides];
  const links = new Set<string>();
  let checked = 0;
  // Two tabs take the pages in turn: a page spends much of its check waiting on the browser.
  const queue = [...pages];
  const tab = async (each: Page): Promise<void> => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      await visit(each, base + path);
      await accessible(each, path);
      checked++;
      const lang = await each.getAttribute('html', 'lang');
      const swedish = SWEDISH_PAGES.includes(decodeURIComponent(path));
      if (lang !== (swedish ? 'sv' : 'en')) fail(`${path}: lang="${lang}"`);
      if (swedish && !(await each.content()).includes('På den här sidan'))
        fail(`${path}: the frame of a Swedish page is not Swedish`);
      const found = await each.$$eval('a[href]', (anchors) =>
        anchors.map((anchor) => (anchor as unknown as { href: string }).href),
      );
      for (const href of found) if (href.startsWith(base)) links.add(href);
    }
  };
  const second = await browser.newPage();
  await Promise.all([tab(page), tab(second)]);
  await second.close();
  // Every internal link is followed with its fragment: the page must exist and hold the element the
  // fragment names (a clause's `#board.approval`, a heading's anchor).
  const texts = new Map<string, string | undefined>();
  let fragments = 0;
  for (const link of links) {
    const [address, fragment] = link.split('#') as [string, string | undefined];
    if (!texts.has(address)) {
      const response = await fetch(address);
      if (!response.ok) fail(`broken internal link: ${address} (HTTP ${response.status})`);
      texts.set(address, response.ok ? await response.text() : undefined);
    }
    const text = texts.get(address);
    if (text === undefined || !fragment) continue;
    fragments++;
    const id = decodeURIComponent(fragment).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!new RegExp(`\\s(id|name)="${id}"`).test(text))
      fail(`internal link to a missing anchor: ${link}`);
  }
  console.log(
    `✔ ${pages.length} pages rendered; ${links.size} internal links followed, ${fragments} with a fragment`,
  );

  // The search finds words of the guides and the clause page, not only of the API.
  await visit(page, `${base}index.html`);
  for (const query of ['board.approval', 'vänort', 'auditStream']) {
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', query);
    const found = await page
      .waitForSelector('#tsd-search-results li', { timeout: 5000 })
      .then(() => page.$$eval('#tsd-search-results li', (items) => items.length))
      .catch(() => 0);
    if (found === 0) fail(`search: nothing found for ${query}`);
    else console.log(`✔ search: ${found} results for ${query}`);
    await page.keyboard.press('Escape');
  }
  // Swedish words beginning with å, ä or ö are found, and a Swedish query leads to a Swedish guide.
  for (const [query, guide] of [
    ['återrapportering', 'Så_tar_du_fram_nästa_policy.html'],
    ['ärende', 'Handledning_för_handläggare.html'],
  ] as const) {
    await visit(page, `${base}index.html`);
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', query);
    await page
      .waitForSelector('#tsd-search-results li a', { timeout: 5000 })
      .catch(() => undefined);
    const first = await page.getAttribute('#tsd-search-results li a', 'href').catch(() => null);
    if (!first || !decodeURIComponent(first).endsWith(guide))
      fail(`search: "${query}" should lead first to ${guide}, not ${first}`);
    else {
      await page.click('#tsd-search-results li a');
      await page.waitForLoadState('load');
      if ((await page.getAttribute('html', 'lang')) !== 'sv')
        fail(`search: "${query}" lands on a page not marked Swedish`);
      console.log(`✔ search: "${query}" lands first on the Swedish guide ${guide}`);
    }
  }

  await picturesFit(page);
  // The pictures, drawn from the data at the docs build: each loads and has a size; a screenshot
  // of the timeline is kept.
  await visit(page, `${base}documents/Concepts.html`);
  const pictures = await page.$$eval('img[src$=".svg"]', (images) =>
    images.map((image) => {
      const img = image as unknown as { src: string; naturalWidth: number };
      return { src: img.src, width: img.naturalWidth };
    }),
  );
  if (pictures.length < 3) fail(`concepts: ${pictures.length} pictures, expected 3`);
  for (const picture of pictures)
    if (picture.width === 0) fail(`picture does not load: ${picture.src}`);
  const timeline = page.locator('img[src*="timeline"]');
  await timeline.scrollIntoViewIfNeeded();
  await timeline.screenshot({ path: join(SITE, 'timeline.png') });
  console.log(`✔ ${pictures.length} pictures load; screenshot: ${join(SITE, 'timeline.png')}`);

  console.log(`✔ axe-core: ${checked} pages without a serious or critical violation`);
  // The home page's two doors: for clerks (guide, form, clauses) and for developers (README, API).
  await visit(page, `${base}index.html`);
  const doors = await page.$$eval('.tsd-panel a[href]', (anchors) =>
    anchors.map((anchor) => (anchor as unknown as { href: string }).href),
  );
  for (const door of [
    'documents/Handledning_f%C3%B6r_handl%C3%A4ggare.html',
    'media/try-it.html',
    'documents/The_policy,_clause_by_clause.html',
    'documents/README.html',
  ])
    if (!doors.some((href) => href.endsWith(door))) fail(`home page: no door to ${door}`);
  console.log('✔ home page: a door for clerks (guide, form, clauses) and one for developers');
  // The clerks' search on the home page (Pagefind): a Swedish word found in the Swedish guides,
  // the first result a guide, each result with an excerpt.
  for (const query of ['återrapportering', 'avresa', 'ärende']) {
    // The results of the query before go first, so that those waited for are this query's.
    await page.fill('.pagefind-ui__search-input', '');
    await page
      .waitForSelector('.pagefind-ui__result-link', { state: 'detached' })
      .catch(() => undefined);
    await page.fill('.pagefind-ui__search-input', query);
    await page
      .waitForSelector('.pagefind-ui__result-link', { timeout: 10_000 })
      .catch(() => undefined);
    const first = await page.getAttribute('.pagefind-ui__result-link', 'href').catch(() => null);
    const excerpt = await page.textContent('.pagefind-ui__result-excerpt').catch(() => null);
    const guide = SWEDISH_PAGES.find(
      (path) => path !== 'index.html' && first && decodeURIComponent(first).endsWith(path),
    );
    if (!guide) fail(`home search: "${query}" should find a Swedish guide first, not ${first}`);
    else if (!excerpt?.trim()) fail(`home search: "${query}" shows no excerpt`);
    else
      console.log(
        `✔ home search: "${query}" finds ${guide} first, with an excerpt: "${excerpt.trim().slice(0, 60)}…"`,
      );
  }
  await accessible(page, 'index.html with search results');

  // The try-it page, reached from its guide.
  await visit(page, `${base}documents/Try_it.html`);
  await page.click('text=Open the try-it page');
  await tryItOpensBlank(page);
  await page.selectOption('#sample', '0');
  await page.waitForSelector('#result li[data-code="board_report_back"]');
  const status = (code: string) =>
    page.getAttribute(`#result li[data-code="${code}"]`, 'data-status');
  if ((await status('board_report_back')) !== 'not_applicable') {
    fail('try-it: the sample trip (9 800 kr) should owe no report-back');
  }
  // The JSON tab, reached by keyboard from the form's tab.
  await page.focus('#tab-form');
  await page.keyboard.press('ArrowRight');
  if ((await page.getAttribute('#tab-json', 'aria-selected')) !== 'true')
    fail('try-it: the arrow key does not move to the JSON tab');
  const input = page.locator('#input');
  const text = await input.inputValue();
  await input.fill(text.replace('"4 200,00"', '"4 200,01"').replace('"5 600,00"', '"6 000,00"'));
  await page.waitForSelector('#result li[data-code="board_report_back"][data-status="owed"]');
  console.log('✔ try-it: a cost above the threshold brings the report-back duty');
  await input.fill(text.replace('"2020-03-10"', '"2020-02-30"'));
  await page.waitForSelector('#result li.issue[data-path="departureDate"]');
  const message = await page.textContent('#result li.issue[data-path="departureDate"]');
  if (!message?.includes('2020-02-30'))
    fail(`try-it: the date error should quote the date: ${message}`);
  await page.selectOption('#language', 'en');
  const english = await page.textContent('#result li.issue[data-path="departureDate"]');
  if (!english?.startsWith('departureDate: "2020-02-30" is not a valid date')) {
    fail(`try-it: the English error is ${english}`);
  }
  console.log('✔ try-it: a malformed date shows its error, in the chosen language');
  await input.fill(text);
  await page.waitForSelector('#result li[data-code="board_approval"]');
  // Each citation links to its clause: the page holds an element with the clause's id.
  const citations = await page.$$eval('#result a.clause', (anchors) =>
    anchors.map((anchor) => (anchor as unknown as { href: string }).href),
  );
  if (citations.length === 0) fail('try-it: no clause is cited as a link');
  for (const citation of citations) {
    const [address, fragment] = citation.split('#') as [string, string];
    const target = await (await fetch(address)).text();
    if (!target.includes(` id="${decodeURIComponent(fragment)}"`))
      fail(`try-it: the citation ${citation} lands on no clause`);
  }
  console.log(`✔ try-it: ${citations.length} citations link to their clauses`);
  await page.screenshot({ path: join(SITE, 'try-it.png'), fullPage: true });

  // The page's own navigation leads back into the site.
  const navigation = await page.$$eval('nav a', (anchors) =>
    anchors.map((anchor) => (anchor as unknown as { href: string }).href),
  );
  for (const link of navigation)
    if (!(await fetch(link)).ok) fail(`try-it: its navigation link ${link} is broken`);

  // The form: the clerk types, and the evaluation and the verdict follow.
  await page.click('#tab-form');
  await page.selectOption('#language', 'sv');
  if ((await page.textContent('h1')) !== 'Prova') fail('try-it: the page does not follow Swedish');
  const reportBack = () =>
    page.getAttribute('#result li[data-code="board_report_back"]', 'data-status');
  const costTotal = async (first: string) => {
    await page.fill('#costs .cost:nth-child(1) .amount', first);
    await page.waitForTimeout(50);
    return reportBack();
  };
  // The sample's costs are 5 600,00 and 4 200,00 kr: the first at 5 800,00 makes 10 000,00 kr.
  if ((await costTotal('5 800,00')) !== 'not_applicable')
    fail('try-it form: 10 000,00 kr should owe no report-back');
  if ((await costTotal('5 800,01')) !== 'owed')
    fail('try-it form: 10 000,01 kr should owe the report-back');
  console.log('✔ try-it form: report-back between 10 000,00 and 10 000,01 kr');
  await page.fill('#as-of', '2020-03-31');
  await page.fill('#approved-on', '2020-03-02');
  await page.waitForTimeout(50);
  const approval = () =>
    page.getAttribute('#result li[data-code="board_approval"]', 'data-compliance');
  if ((await approval()) !== 'fulfilled')
    fail('try-it form: an approval before departure should fulfil the duty');
  await page.fill('#approved-on', '2020-03-11');
  await page.waitForTimeout(50);
  if (
    (await approval()) !== 'violated' ||
    (await page.getAttribute('#verdict', 'data-verdict')) !== 'not_compliant'
  )
    fail('try-it form: an approval after departure should make the verdict not compliant');
  console.log(
    '✔ try-it form: an approval dated after departure turns the verdict to not compliant',
  );
  await statusAtAGlance(page);
  // The JSON tab round-trips with the form.
  const json = JSON.parse(await page.inputValue('#input'));
  if (json.plannedCosts?.[0]?.amount !== '5 800,01')
    fail('try-it: the JSON tab does not follow the form');
  await stateInTheAddress(page, browser);
  await calendarDownload(page);
  await printedMemo(page);
  await outsideThePolicy(page);
  await countryAndFieldErrors(page);
  await page.selectOption('#language', 'en');
  if ((await page.textContent('#tab-form')) !== 'Form')
    fail('try-it: the page does not follow English');
  await page.screenshot({ path: join(SITE, 'try-it-form.png'), fullPage: true });
  console.log(`✔ screenshot: ${join(SITE, 'try-it-form.png')}`);
  await accessible(page, 'try-it');
  // The form in both languages, at a phone's width and a desktop's.
  await page.selectOption('#sample', '0');
  for (const language of ['sv', 'en']) {
    await page.selectOption('#language', language);
    for (const [width, height, name] of [
      [390, 844, 'phone'],
      [1280, 900, 'desktop'],
    ] as const) {
      await page.setViewportSize({ width, height });
      const file = join(SITE, `try-it-${language}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`✔ screenshot: ${file}`);
    }
  }
  console.log(`✔ screenshot: ${join(SITE, 'try-it.png')}`);
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`${failures.length} problem(s) in the browser test.`);
  process.exit(1);
}
