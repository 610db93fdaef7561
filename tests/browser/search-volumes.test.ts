// The search index in volumes, one per publication year, on a synthetic archive of three years
// built for real in a scratch folder: newest year first, one runtime download, older years on
// demand with an honest running count, and, once every year is searched, exactly the articles
// that contain the query. A rebuild after adding a page re-indexes only that page's year.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCopiedPage, FIRST_YEAR, generateSite, type GeneratedArticle } from '../../bench/corpus.ts';
import { normalize, parseQuery } from '../../src/search/tokenize.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { search } from '../../tools/browser.ts';
import { RESULT_MODES, useResultMode, useSiteInBrowser } from '../helpers/site.ts';
import { runAstro } from '../helpers/scratch.ts';

const dir = mkdtempSync(join(tmpdir(), 'archive-volumes-'));
const dist = join(dir, 'dist');
const YEARS = [FIRST_YEAR + 2, FIRST_YEAR + 1, FIRST_YEAR].map(String);
/** 36 articles a year (3 pages): 2001 and 2002 full, 2003 with 24. */
const PER_YEAR = 36;
let articles: GeneratedArticle[];
let firstBuild = '';

const contains = (a: GeneratedArticle, q: string) => parseQuery(q).terms.every((t) => a.parts.some((p) => normalize(p).includes(t)));
const truth = (q: string) => articles.filter((a) => contains(a, q)).map((a) => articlePath(a.slug));
const volumeOf = new Map<string, string>();

beforeAll(() => {
  articles = generateSite(96, dir, { perYear: PER_YEAR }).articles;
  for (const a of articles) volumeOf.set(articlePath(a.slug), a.volume);
  const built = runAstro(dir, ['build']);
  if (built.status !== 0) throw new Error(built.output);
  firstBuild = built.output;
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const site = useSiteInBrowser(dist);
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});

/** Paths of every request the page makes while `act` runs. */
async function requests(act: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (r: { url(): string }) => seen.push(new URL(r.url()).pathname);
  page.on('request', listener);
  try {
    await act();
  } finally {
    page.off('request', listener);
  }
  return seen;
}

const status = () => page.textContent('[data-search-status]');
const shown = () => page.$$eval('[data-search-results] a[href]', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('volumes in the built site', () => {
  it('writes one bundle per year, newest first, and one shared runtime', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'pagefind/volumes.json'), 'utf8')) as { volumes: { key: string; articles: number }[] };
    expect(manifest.volumes.map((v) => [v.key, v.articles])).toEqual([
      [YEARS[0], 24],
      [YEARS[1], 36],
      [YEARS[2], 36],
    ]);
    for (const key of YEARS) expect(readdirSync(join(dist, 'pagefind', key))).toContain('pagefind-entry.json');
    expect(readdirSync(join(dist, 'pagefind'))).toContain('pagefind.js');
    expect(firstBuild).toMatch(/重新索引 3 卷/);
  });
});

describe('searching newest first', () => {
  beforeAll(() => useResultMode(page, site.server.origin, null));

  it('fills the first screen from the newest year alone and says which years were searched', async () => {
    const loaded = await requests(async () => {
      await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent('妇联')}`);
      await page.waitForSelector('[data-search-status="done"]');
    });
    const links = await shown();
    expect(links).toHaveLength(10);
    expect(links.every((p) => volumeOf.get(p) === YEARS[0])).toBe(true);
    expect(await status()).toBe(`已检索 ${YEARS[0]} 年，找到 24 篇文章；更早的 ${YEARS[1]}–${YEARS[2]} 年尚未检索`);
    const fromIndex = loaded.filter((p) => p.startsWith('/pagefind/'));
    expect(fromIndex.filter((p) => p.startsWith(`/pagefind/${YEARS[1]}/`) || p.startsWith(`/pagefind/${YEARS[2]}/`))).toEqual([]);
    expect(fromIndex.filter((p) => p.endsWith('.pagefind') && p.includes('wasm'))).toHaveLength(1);
  });

  it('goes on to older years on request, with one WebAssembly download in all', async () => {
    const loaded = await requests(async () => {
      const all = await search(page, site.server.origin, '妇联');
      expect([...all].sort()).toEqual(truth('妇联').sort());
      expect(all.map((p) => volumeOf.get(p))).toEqual(articles.map((a) => a.volume).sort().reverse());
    });
    expect(await status()).toBe('找到 96 篇文章（已检索全部年份）');
    expect(loaded.filter((p) => p.includes('wasm'))).toHaveLength(1);
    expect(loaded.some((p) => p.startsWith(`/pagefind/${YEARS[2]}/`))).toBe(true);
  });

  it('counts every year at once on request, without paging through the results', async () => {
    await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent('妇联')}`);
    await page.waitForSelector('[data-search-status="done"]');
    expect(await page.textContent('#search-all-years')).toBe(`检索全部年份（还有 ${YEARS[1]}–${YEARS[2]} 年）`);
    const loaded = await requests(async () => {
      await page.click('#search-all-years');
      await page.waitForSelector('[data-search-status="done"]');
    });
    expect(await status()).toBe('找到 96 篇文章（已检索全部年份）');
    expect(await shown()).toHaveLength(10);
    // Counting needs the older years' indexes, not their results' fragments: the screen is full.
    expect(loaded.filter((p) => p.includes('/fragment/'))).toEqual([]);
    expect(await page.isVisible('#search-all-years')).toBe(false);
    expect(await page.textContent('#search-more')).toBe('显示更多（还有 86 篇）');
    // Facets count over every year searched.
    await page.click('#search-facets button:has-text("按市州、县市区、举措筛选")');
    await page.waitForSelector('#search-facets input[name="prefecture"]');
    const counts = await page.$$eval('#search-facets input[name="prefecture"]', (inputs) =>
      inputs.map((i) => [(i as HTMLInputElement).value, i.parentElement!.querySelector('.count')?.textContent ?? ''] as const),
    );
    expect(counts.length).toBeGreaterThan(1);
    for (const [name, shown] of counts) expect(shown, name).toBe(`(${articles.filter((a) => a.parts[0]!.startsWith(name)).length})`);
    expect(counts.reduce((n, [, shown]) => n + Number(shown.slice(1, -1)), 0)).toBe(96);
  });

  it('loads the next year while the newest year’s results load, when the newest cannot fill the screen', async () => {
    // A stretch of the newest year's text that fewer than a screen of its articles have, and the next year has too.
    const inYear = (q: string, year: string) => truth(q).filter((p) => volumeOf.get(p) === year).length;
    const candidates = articles.filter((a) => a.volume === YEARS[0]).flatMap((a) => Array.from({ length: 30 }, (_, i) => a.parts[2]!.slice(i * 5, i * 5 + 6)));
    const q = candidates.find((c) => c.length === 6 && inYear(c, YEARS[0]!) > 0 && inYear(c, YEARS[0]!) < 10 && inYear(c, YEARS[1]!) > 0)!;
    expect(q).toBeDefined();
    // The newest year's fragments are held until the next year is asked for: without loading it
    // meanwhile, the search would wait for those fragments first, and the hold would time out.
    let asked: () => void = () => undefined;
    const nextAsked = new Promise<string>((resolve) => (asked = () => resolve('asked')));
    const onRequest = (r: { url(): string }) => new URL(r.url()).pathname.startsWith(`/pagefind/${YEARS[1]}/`) && asked();
    const holds: string[] = [];
    page.on('request', onRequest);
    await page.route(`**/pagefind/${YEARS[0]}/fragment/**`, async (route) => {
      holds.push(await Promise.race([nextAsked, new Promise<string>((resolve) => setTimeout(() => resolve('timed out'), 10_000))]));
      await route.continue();
    });
    try {
      await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('[data-search-status="done"]');
    } finally {
      await page.unrouteAll();
      page.off('request', onRequest);
    }
    expect(holds.length).toBe(inYear(q, YEARS[0]!));
    expect(holds.every((h) => h === 'asked')).toBe(true);
    const links = await shown();
    const want = truth(q);
    expect(links).toHaveLength(Math.min(10, want.length));
    expect(links.every((p) => want.includes(p))).toBe(true);
    expect(links.slice(0, inYear(q, YEARS[0]!)).every((p) => volumeOf.get(p) === YEARS[0])).toBe(true);
  });

  it('searches no further than the first screen needs', async () => {
    // Fewer than a screen in the newest year, a screen or more with the next: the oldest year is not touched.
    const inYear = (q: string, year: string) => truth(q).filter((p) => volumeOf.get(p) === year).length;
    const candidates = articles.flatMap((a) => Array.from({ length: 40 }, (_, i) => a.parts[2]!.slice(i * 3, i * 3 + 4)));
    const q = candidates.find((c) => c.length === 4 && inYear(c, YEARS[0]!) > 0 && inYear(c, YEARS[0]!) < 10 && inYear(c, YEARS[0]!) + inYear(c, YEARS[1]!) >= 10 && inYear(c, YEARS[2]!) > 0)!;
    expect(q).toBeDefined();
    const loaded = await requests(async () => {
      await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('[data-search-status="done"]');
    });
    expect(await status()).toMatch(new RegExp(`^已检索 ${YEARS[0]}–${YEARS[1]} 年，`));
    expect(await shown()).toHaveLength(10);
    expect(loaded.filter((p) => p.startsWith(`/pagefind/${YEARS[2]}/`))).toEqual([]);
    // Keeping each search to its year, once two are loaded, costs no filter file.
    expect(loaded.filter((p) => p.endsWith('.pf_filter'))).toEqual([]);
    // The next year's first request goes out before the newest year's fragments: over HTTP/1.1
    // (six connections a host) it would otherwise wait behind them, and its whole chain with it.
    const nextYear = loaded.findIndex((p) => p.startsWith(`/pagefind/${YEARS[1]}/`));
    const fragments = loaded.findIndex((p) => p.startsWith(`/pagefind/${YEARS[0]}/fragment/`));
    expect(nextYear).toBeGreaterThanOrEqual(0);
    expect(fragments).toBeGreaterThan(nextYear);
  });

  it('searches older years by itself while the first screen is not full', async () => {
    // A stretch of the oldest year's text that fewer than a screen of articles have, none of the newest year.
    const candidates = articles.filter((a) => a.volume === YEARS[2]).flatMap((a) => Array.from({ length: 20 }, (_, i) => a.parts[2]!.slice(i * 7, i * 7 + 16)));
    const q = candidates.find((c) => c.length === 16 && truth(c).length < 10 && !truth(c).some((p) => volumeOf.get(p) === YEARS[0]))!;
    expect(q).toBeDefined();
    await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForSelector('[data-search-status="done"]');
    const want = truth(q);
    expect(want.length).toBeLessThan(10);
    expect((await shown()).sort()).toEqual(want.sort());
    expect(await status()).toBe(`找到 ${want.length} 篇文章（已检索全部年份）`);
  });
});

describe.each(RESULT_MODES)('after every year is searched (%s result sets)', (_mode, limit) => {
  beforeAll(() => useResultMode(page, site.server.origin, limit));

  it('returns exactly the articles that contain the query, newest year first', async () => {
    const counties = [...new Set(articles.map((a) => a.county))].slice(0, 6);
    const pieces = articles.filter((_, i) => i % 17 === 0).map((a) => a.parts[2]!.slice(20, 24));
    const queries = [...counties, ...pieces, '妇联 执委', '巾帼', '上海', '9999'];
    const wrong: string[] = [];
    for (const q of queries) {
      const got = await search(page, site.server.origin, q);
      const want = truth(q);
      if ([...got].sort().join() !== [...want].sort().join() || new Set(got).size !== got.length) wrong.push(`${q}: want ${want.length}, got ${got.length}`);
      const years = got.map((p) => Number(volumeOf.get(p)));
      if (years.some((y, i) => i > 0 && y > years[i - 1]!)) wrong.push(`${q}: not newest year first`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('a new page', () => {
  it('re-indexes only its own year; the other years are reused byte for byte', () => {
    const keep = join(tmpdir(), `archive-volumes-keep-${process.pid}`);
    cpSync(join(dist, 'pagefind', YEARS[2]!), keep, { recursive: true });
    // A copy of the newest year's last page, as a new page of that year.
    addCopiedPage(dir);
    const built = runAstro(dir, ['build']);
    expect(built.status, built.output).toBe(0);
    expect(built.output).toMatch(new RegExp(`${YEARS[0]} 卷 36 篇：已索引`));
    expect(built.output).toMatch(new RegExp(`${YEARS[1]} 卷 36 篇：未变，沿用缓存`));
    expect(built.output).toMatch(/重新索引 1 卷/);
    const files = (readdirSync(keep, { recursive: true }) as string[]).filter((name) => name.includes('.'));
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) {
      expect(readFileSync(join(dist, 'pagefind', YEARS[2]!, name)).equals(readFileSync(join(keep, name))), name).toBe(true);
    }
    rmSync(keep, { recursive: true, force: true });
  }, 240_000);
});
