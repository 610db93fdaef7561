// Browser-side measurements for the benchmark, in headless Debian Chromium on loopback:
// bytes per query (first and next), time from input to rendered results, result quality
// against ground truth for this archive and for stock Pagefind, and article page weight.
import { readFileSync, statSync } from 'node:fs';
import { listFiles } from '../src/lib/files.ts';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { INDEX_LANGUAGE, parseQuery, toPhrase } from '../src/search/tokenize.ts';
import { FILES, withBase } from '../src/lib/urls.ts';
import { median } from './queries.ts';

export interface Query {
  kind: string;
  q: string;
}

/** Bytes a static host sends: Pagefind's own files are already gzip; text assets get gzip here. */
async function sizes(r: Response): Promise<{ raw: number; wire: number }> {
  const body = await r.body().catch(() => Buffer.alloc(0));
  const compressed = /\.pf_|\.png$/.test(r.url());
  return { raw: body.length, wire: compressed ? body.length : gzipSync(body).length };
}

/** What a downloaded file is, for the breakdown of a query's bytes. */
export type Part = 'page' | 'runtime' | 'meta' | 'index' | 'fragments' | 'filters';
const partOf = (url: string): Part =>
  /\.pf_meta/.test(url) ? 'meta'
  : /\.pf_index/.test(url) ? 'index'
  : /\.pf_fragment/.test(url) ? 'fragments'
  : /\.pf_filter/.test(url) ? 'filters'
  : /\/pagefind[^/]*\//.test(url) ? 'runtime'
  : 'page';

export async function traffic(context: BrowserContext, action: () => Promise<unknown>, only = '') {
  const pending: Promise<{ raw: number; wire: number; part: Part }>[] = [];
  const listen = (r: Response) => {
    if (r.url().includes(only)) pending.push(sizes(r).then((s) => ({ ...s, part: partOf(r.url()) })));
  };
  context.on('response', listen);
  await action();
  context.off('response', listen);
  const all = await Promise.all(pending);
  const parts = {} as Record<Part, { wire: number; files: number }>;
  for (const x of all) {
    parts[x.part] ??= { wire: 0, files: 0 };
    parts[x.part].wire += x.wire;
    parts[x.part].files++;
  }
  return { raw: all.reduce((s, x) => s + x.raw, 0), wire: all.reduce((s, x) => s + x.wire, 0), requests: all.length, parts };
}

const done = (page: Page) => page.waitForSelector('[data-search-status="done"]');

/**
 * Types a query into the search box: ms from the input event to the first results on screen, and
 * to the first screen complete (the status says done).
 */
async function typeAndTime(page: Page, q: string): Promise<{ ms: number; firstMs: number }> {
  return page.evaluate(
    (query) =>
      new Promise<{ ms: number; firstMs: number }>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#search-input')!;
        const status = document.querySelector<HTMLElement>('[data-search-status]')!;
        const list = document.querySelector<HTMLElement>('[data-search-results]')!;
        let started = false;
        let firstMs = NaN;
        // The previous query's results are replaced in one go; a list emptied first is not "results".
        const rows = new MutationObserver(() => {
          if (started && Number.isNaN(firstMs) && list.children.length > 0) firstMs = performance.now() - t0;
        });
        const observer = new MutationObserver(() => {
          if (status.dataset.searchStatus === 'loading') started = true;
          if (started && status.dataset.searchStatus === 'done') {
            observer.disconnect();
            rows.disconnect();
            requestAnimationFrame(() => {
              const ms = performance.now() - t0;
              resolve({ ms, firstMs: Number.isNaN(firstMs) ? ms : firstMs });
            });
          }
        });
        observer.observe(status, { attributes: true });
        rows.observe(list, { childList: true });
        input.value = query;
        const t0 = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    q,
  );
}

export interface QueryCost {
  kind: string;
  q: string;
  results: string;
  firstWire: number;
  firstRaw: number;
  /** The first query's bytes by kind of file. */
  firstParts: Partial<Record<Part, { wire: number; files: number }>>;
  nextWire: number;
  /** Input to the first screen complete: the median of `runs`. */
  ms: number;
  /** Every timed run, input to the first screen complete. */
  runs?: number[];
  /** Input to the first results on screen (median); the same as `ms` when one year fills the screen. */
  firstMs?: number;
}

/**
 * Bytes of each query cold and after a warm-up query, and `repeats` timed runs of it after the
 * warm-up, each in a fresh browser context: this machine's timings vary from run to run.
 */
export async function measureQueries(browser: Browser, origin: string, queries: Query[], warmup: string, repeats = 1): Promise<QueryCost[]> {
  const rows: QueryCost[] = [];
  for (const { kind, q } of queries) {
    const cold = await browser.newContext();
    const page = await cold.newPage();
    const first = await traffic(cold, async () => {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
      await done(page);
    });
    const results = (await page.textContent('[data-search-status]')) ?? '';
    await cold.close();

    // Bytes in a run of their own: reading every response body over the DevTools protocol, and
    // compressing it here, slowed the run it was timing.
    const warmed = async () => {
      const context = await browser.newContext();
      const page2 = await context.newPage();
      await page2.goto(`${origin}/search/?q=${encodeURIComponent(warmup)}`);
      await done(page2);
      return { context, page2 };
    };
    const counted = await warmed();
    const nextWire = (await traffic(counted.context, () => typeAndTime(counted.page2, q))).wire;
    await counted.context.close();
    const timed: { ms: number; firstMs: number }[] = [];
    for (let run = 0; run < repeats; run++) {
      const { context, page2 } = await warmed();
      timed.push(await typeAndTime(page2, q));
      await context.close();
    }
    const runs = timed.map((t) => t.ms);
    rows.push({ kind, q, results, firstWire: first.wire, firstRaw: first.raw, firstParts: first.parts, nextWire, ms: median(runs), runs, firstMs: median(timed.map((t) => t.firstMs)) });
  }
  return rows;
}

/** Stock Pagefind through its own API: a plain query, then its first 20 results' fragments, as a default UI would. */
async function stockQuery(page: Page, q: string): Promise<number> {
  return page.evaluate(async (query) => {
    const runtime = '/pagefind-stock/pagefind.js';
    const pf = await import(/* @vite-ignore */ runtime);
    await pf.init();
    const res = await pf.search(query);
    await Promise.all(res.results.slice(0, 20).map((r: { data(): Promise<unknown> }) => r.data()));
    return res.results.length as number;
  }, q);
}

export interface StockCost {
  q: string;
  results: number;
  firstWire: number;
  nextWire: number;
}

/** Bytes stock Pagefind fetches for the same queries: cold, then after one other query. */
export async function measureStockQueries(browser: Browser, origin: string, queries: Query[], warmup: string): Promise<StockCost[]> {
  const rows: StockCost[] = [];
  for (const { q } of queries) {
    const cold = await browser.newContext();
    const page = await cold.newPage();
    await page.goto(`${origin}/404.html`);
    let results = 0;
    const first = await traffic(cold, async () => (results = await stockQuery(page, q)), '/pagefind-stock/');
    await cold.close();
    const warm = await browser.newContext();
    const page2 = await warm.newPage();
    await page2.goto(`${origin}/404.html`);
    await stockQuery(page2, warmup);
    const next = await traffic(warm, () => stockQuery(page2, q), '/pagefind-stock/');
    await warm.close();
    rows.push({ q, results, firstWire: first.wire, nextWire: next.wire });
  }
  return rows;
}

export interface Quality {
  recall: number;
  precision: number;
  wrong: string[];
}

export function score(runs: { q: string; want: Set<string>; got: string[] }[]): Quality {
  let relevant = 0;
  let found = 0;
  let returned = 0;
  const wrong: string[] = [];
  for (const { q, want, got } of runs) {
    const hits = got.filter((u) => want.has(u)).length;
    relevant += want.size;
    found += hits;
    returned += got.length;
    if (hits !== want.size || got.length !== want.size) wrong.push(`${q}: 应为 ${want.size} 篇，返回 ${got.length} 篇，其中 ${hits} 篇正确`);
  }
  return { recall: relevant ? found / relevant : 1, precision: returned ? found / returned : 1, wrong };
}

/**
 * Runs each list of search strings through a Pagefind bundle in the page, the results of a
 * list intersected, and loads the first `shown` fragments: the result count and their URLs.
 */
export async function pagefindRuns(page: Page, bundle: string, searches: string[][], language = 'zh-cn', shown = Number.MAX_SAFE_INTEGER, manifest = '') {
  return page.evaluate(
    async ([path, lists, lang, n, volumesUrl]) => {
      type Hit = { id: string; data(): Promise<{ url: string }> };
      const pf = await import(/* @vite-ignore */ path);
      // A bundle in volumes (src/search/volumes.ts): the newest as Pagefind's primary, the rest merged.
      const folders = volumesUrl
        ? ((await (await fetch(volumesUrl)).json()) as { volumes: { key: string }[] }).volumes.map((v) => new URL(`${v.key}/`, new URL(volumesUrl, location.href)).pathname)
        : [];
      if (folders[0]) await pf.options({ basePath: folders[0] });
      // Pagefind reads its query language from <html lang> when it starts (see engine.ts initIn).
      const before = document.documentElement.lang;
      document.documentElement.lang = lang;
      const ready = pf.init();
      document.documentElement.lang = before;
      await ready;
      for (const folder of folders.slice(1)) await pf.mergeIndex(folder, { language: lang });
      const out: { count: number; urls: string[] }[] = [];
      for (const list of lists) {
        const answers = await Promise.all(list.map((s: string) => pf.search(s)));
        const [first, ...rest] = answers.map((a: { results: Hit[] }) => a.results);
        const keep = rest.map((r: Hit[]) => new Set(r.map((x) => x.id)));
        const hits = (first ?? []).filter((r: Hit) => keep.every((k: Set<string>) => k.has(r.id)));
        const loaded = await Promise.all(hits.slice(0, n).map((r: Hit) => r.data()));
        out.push({ count: hits.length, urls: loaded.map((d) => d.url) });
      }
      return out;
    },
    [bundle, searches, language, shown, manifest] as const,
  );
}

/**
 * Quality on sampled queries against ground truth. This archive: its index queried the way the
 * search page does (one exact phrase per term, intersected), plus the count the page shows.
 * Stock Pagefind: plain and quoted queries through its own API.
 */
export async function measureQuality(browser: Browser, origin: string, queries: Query[], truth: (q: string) => Set<string>) {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  const wants = queries.map(({ q }) => truth(q));
  const urls = async (...args: Parameters<typeof pagefindRuns>) => (await pagefindRuns(...args)).map((r) => r.urls);
  const ours = await urls(page, withBase(FILES.searchRuntime), queries.map(({ q }) => parseQuery(q).terms.map(toPhrase)), INDEX_LANGUAGE, Number.MAX_SAFE_INTEGER, FILES.searchVolumes);
  const plain = await urls(page, '/pagefind-stock/pagefind.js', queries.map(({ q }) => [q]));
  const quoted = await urls(page, '/pagefind-stock/pagefind.js', queries.map(({ q }) => [`"${q}"`]));
  const counts: string[] = [];
  for (const [i, { q }] of queries.entries()) {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
    await done(page);
    const shown = Number(/找到 (\d+) 篇/.exec((await page.textContent('[data-search-status]')) ?? '')?.[1] ?? 0);
    if (shown !== wants[i]!.size) counts.push(`${q}: 页面显示 ${shown} 篇，应为 ${wants[i]!.size} 篇`);
  }
  await page.close();
  const runs = (got: string[][]) => queries.map(({ q }, i) => ({ q, want: wants[i]!, got: got[i]! }));
  return { ours: score(runs(ours)), pageCounts: counts, stockPlain: score(runs(plain)), stockQuoted: score(runs(quoted)) };
}

/** HTML + CSS and JavaScript bytes of article pages, read from the built files. */
export function articleWeight(dist: string, slugs: string[]): { htmlCss: number[]; js: number[] } {
  const htmlCss: number[] = [];
  const js: number[] = [];
  for (const slug of slugs) {
    const html = readFileSync(join(dist, 'articles', slug, 'index.html'), 'utf8');
    const linked = (re: RegExp) => [...html.matchAll(re)].reduce((n, m) => n + readFileSync(join(dist, m[1]!)).length, 0);
    htmlCss.push(Buffer.byteLength(html) + linked(/<link rel="stylesheet" href="([^"]+)"/g));
    js.push(linked(/<script type="module" src="([^"]+)"/g));
  }
  return { htmlCss, js };
}

/** The heaviest HTML page under each list folder (initiatives, regions, pages), by file size. */
export function heaviestListPages(dist: string): { folder: string; path: string; bytes: number }[] {
  return ['initiatives', 'regions', 'pages'].map((folder) => {
    const [heaviest] = listFiles(join(dist, folder))
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ path: `/${folder}/${f.replace(/index\.html$/, '')}`, bytes: statSync(join(dist, folder, f)).size }))
      .sort((a, b) => b.bytes - a.bytes);
    return { folder, path: heaviest?.path ?? '', bytes: heaviest?.bytes ?? 0 };
  });
}
