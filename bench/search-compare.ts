// Stock Pagefind vs the archive's search, on tests/search/queries.txt, in headless Chromium.
// Both index the same text (the <article> element minus tags); only tokenisation and query
// handling differ. Run after `npm run build`:  npm run bench:search
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { launch, search } from '../tools/browser.ts';
import { expected, printedArticles, readQueries } from '../tools/ground-truth.ts';
import { serveDist } from '../tools/server.ts';
import { buildStockIndex, folderSize, runtimeFile } from './builds.ts';
import { pagefindRuns, score, traffic } from './measure.ts';

const STOCK_DIR = 'dist/pagefind-stock';
const size = (dir: string) => folderSize(dir, runtimeFile).bytes;

await buildStockIndex('dist', STOCK_DIR);
const server = await serveDist();
const browser = await launch();
try {
  const articles = printedArticles();
  const queries = readQueries();
  const page = await browser.newPage();
  await page.goto(`${server.origin}/`);
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const wants = queries.map(({ query }) => new Set(expected(articles, query)));
  // Stock Pagefind through its own API, as bench/run.ts measures it: plain, then quoted (exact phrase).
  const stock = async (toSearch: (q: string) => string) =>
    (await pagefindRuns(page, '/pagefind-stock/pagefind.js', queries.map(({ query }) => [toSearch(query)]))).map((r) => r.urls);
  const plain = await stock((q) => q);
  const quoted = await stock((q) => `"${q}"`);
  const ours: string[][] = [];
  for (const { query } of queries) ours.push(await search(page, server.origin, query));
  const scored = (got: string[][]) => {
    const { recall, precision } = score(queries.map(({ query }, i) => ({ q: query, want: wants[i]!, got: got[i]! })));
    return { recall: pct(recall), precision: pct(precision) };
  };

  // Bytes as served (uncompressed): the outer count takes every response, the inner one Pagefind's own files.
  const fresh = await browser.newPage();
  const bytes = async (action: () => Promise<unknown>) => {
    let index = 0;
    const all = await traffic(fresh.context(), async () => {
      index = (await traffic(fresh.context(), action, '/pagefind/')).raw;
    });
    return { all: all.raw, index };
  };
  const first = await bytes(() => search(fresh, server.origin, '临澧'));
  const second = await bytes(async () => {
    await fresh.fill('#search-input', '执委帮扶');
    await fresh.waitForFunction(() => new URL(location.href).searchParams.get('q') === '执委帮扶');
    await fresh.waitForSelector('[data-search-status="done"]');
  });

  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const s = scored(plain);
  const q = scored(quoted);
  const o = scored(ours);
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
