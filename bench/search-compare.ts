// Stock Pagefind vs the archive's search, on tests/search/queries.txt, in headless Chromium.
// Both index the same text (the <article> element minus tags); only tokenisation and query
// handling differ. Run after `npm run build`:  npm run bench:search
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { launch, search } from '../tools/browser.ts';
import { expected, printedArticles, readQueries } from '../tools/ground-truth.ts';
import { serveDist } from '../tools/server.ts';

const STOCK_DIR = 'dist/pagefind-stock';
/** What the search runtime fetches; the bundled UI files are not used by either side. */
const RUNTIME = (file: string) => !/-ui\.|highlight|playground/.test(file);

function size(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const full = join(dir, name);
    return sum + (statSync(full).isDirectory() ? size(full) : RUNTIME(name) ? statSync(full).size : 0);
  }, 0);
}

async function buildStock(): Promise<void> {
  rmSync(STOCK_DIR, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({ rootSelector: 'article', excludeSelectors: ['.tags', '.note'] });
    if (!index || errors.length) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: 'dist', glob: 'articles/**/*.html' });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: STOCK_DIR });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
  }
}

/** Stock Pagefind through its own JS API: plain query, or the query in quotes (exact phrase). */
async function stockSearch(page: Page, query: string, quoted: boolean): Promise<string[]> {
  return page.evaluate(
    async ([q, quote]) => {
      const runtime = '/pagefind-stock/pagefind.js';
      const pf = await import(/* @vite-ignore */ runtime);
      await pf.init();
      const res = await pf.search(quote ? `"${q}"` : q);
      const data = await Promise.all(res.results.map((r: { data(): Promise<{ url: string }> }) => r.data()));
      return data.map((d: { url: string }) => d.url);
    },
    [query, quoted] as const,
  );
}

function score(runs: { want: string[]; got: string[] }[]) {
  let relevant = 0;
  let found = 0;
  let returned = 0;
  for (const { want, got } of runs) {
    relevant += want.length;
    returned += got.length;
    found += got.filter((g) => want.includes(g)).length;
  }
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  return { recall: pct(found / relevant), precision: pct(returned ? found / returned : 1) };
}

/** Bytes fetched from the server while `action` runs (response bodies, uncompressed). */
async function bytesDuring(page: Page, action: () => Promise<unknown>): Promise<{ all: number; index: number }> {
  const sizes: Promise<[string, number]>[] = [];
  const listener = (r: import('playwright-core').Response) => sizes.push(r.body().then((b) => [r.url(), b.length], () => [r.url(), 0]));
  page.on('response', listener);
  await action();
  page.off('response', listener);
  const all = await Promise.all(sizes);
  return { all: all.reduce((s, [, n]) => s + n, 0), index: all.filter(([u]) => u.includes('/pagefind/')).reduce((s, [, n]) => s + n, 0) };
}

await buildStock();
const server = await serveDist();
const browser = await launch();
try {
  const articles = printedArticles();
  const queries = readQueries();
  const page = await browser.newPage();
  await page.goto(`${server.origin}/`);
  type Run = { want: string[]; got: string[] };
  const runs: Record<'stock' | 'quoted' | 'ours', Run[]> = { stock: [], quoted: [], ours: [] };
  for (const { query } of queries) {
    const want = expected(articles, query);
    runs.stock.push({ want, got: await stockSearch(page, query, false) });
    runs.quoted.push({ want, got: await stockSearch(page, query, true) });
  }
  for (const { query } of queries) runs.ours.push({ want: expected(articles, query), got: await search(page, server.origin, query) });

  const fresh = await browser.newPage();
  const first = await bytesDuring(fresh, () => search(fresh, server.origin, '临澧'));
  const second = await bytesDuring(fresh, async () => {
    await fresh.fill('#search-input', '执委帮扶');
    await fresh.waitForFunction(() => new URL(location.href).searchParams.get('q') === '执委帮扶');
    await fresh.waitForSelector('[data-search-status="done"]');
  });

  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const s = score(runs.stock);
  const q = score(runs.quoted);
  const o = score(runs.ours);
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:search\` on ${articles.length} articles and ${queries.length} queries (tests/search/queries.txt).`,
    '',
    '| | recall | precision | index size |',
    '| --- | --- | --- | --- |',
    `| stock Pagefind 1.6, plain query | ${s.recall} | ${s.precision} | ${kb(size(STOCK_DIR))} |`,
    `| stock Pagefind 1.6, quoted query | ${q.recall} | ${q.precision} | ${kb(size(STOCK_DIR))} |`,
    `| this archive (character pairs, exact phrases) | ${o.recall} | ${o.precision} | ${kb(size('dist/pagefind'))} |`,
    '',
    `Bytes the browser downloads for a first query on the search page (临澧): ${kb(first.all)} in all, ${kb(first.index)} of it Pagefind runtime and index; for a second query (执委帮扶) on the same page: ${kb(second.all)}.`,
    'Index size counts the files the search runtime loads (pagefind.js, wasm, metadata, index, fragment and filter chunks), not Pagefind\'s unused UI bundles. Sizes are uncompressed.',
  ].join('\n');
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/search-comparison.md', `${table}\n`);
  console.log(table);
} finally {
  await browser.close();
  await server.close();
  rmSync(STOCK_DIR, { recursive: true, force: true });
}
