// `npm run build` may index while Astro finishes (src/search/build-cli.ts): then one volume at a
// time until Astro exits, and only the articles the content has, whatever dist/ still holds.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { docCache } from '../../src/search/doc-cache.ts';
import { changedPages, readArticleDocs } from '../../src/search/indexer.ts';
import { indexSite } from '../../src/search/site-index.ts';
import { pool } from '../../src/search/volumes.ts';
import { buildCache } from '../../src/lib/build-cache.ts';

describe('indexing beside Astro', () => {
  it('indexes one volume at a time until Astro has exited, then as many as the jobs allow', async () => {
    let exited!: () => void;
    const alone = new Promise<void>((done) => (exited = done));
    let running = 0;
    const seen: number[] = [];
    const results = await pool([1, 2, 3, 4, 5, 6], 2, async (n) => {
      seen.push(++running);
      await delay(20);
      if (n === 2) exited();
      running--;
      return n * 10;
    }, alone);
    expect(results).toEqual([10, 20, 30, 40, 50, 60]);
    expect(seen.slice(0, 2)).toEqual([1, 1]);
    expect(Math.max(...seen)).toBe(2);
  });

  it('runs as many as the jobs allow from the start when there is nothing to wait for', async () => {
    let running = 0;
    const seen: number[] = [];
    await pool([1, 2, 3, 4], 2, async () => {
      seen.push(++running);
      await delay(10);
      running--;
    });
    expect(seen.slice(0, 2)).toEqual([1, 2]);
  });

  describe('reading only the articles named', () => {
    const dist = mkdtempSync(join(tmpdir(), 'index-beside-'));
    afterAll(() => rmSync(dist, { recursive: true, force: true }));
    const article = (slug: string, order: number) => {
      mkdirSync(join(dist, 'articles', slug), { recursive: true });
      writeFileSync(
        join(dist, 'articles', slug, 'index.html'),
        `<html><body><article data-search-order="${order}" data-search-volume="2020"><h1 data-search="headline">${slug}</h1><div data-search="body"><p>正文</p></div></article></body></html>`,
      );
    };

    it('leaves out the page of an article removed from the content, not yet pruned from dist/', () => {
      article('kept', 1);
      article('removed', 2);
      const { docs, unreadable } = readArticleDocs(dist, undefined, ['kept']);
      expect(docs.map((d) => d.url)).toEqual(['/articles/kept/']);
      expect(unreadable).toEqual([]);
      expect(readArticleDocs(dist).docs.map((d) => d.url)).toEqual(['/articles/kept/', '/articles/removed/']);
    });

    it('counts the pages the index has not read as they are now', () => {
      const cacheFolder = join(dist, 'cache');
      const cache = docCache(cacheFolder);
      expect(changedPages(dist, cache, ['kept', 'removed'])).toBe(2);
      readArticleDocs(dist, cache, ['kept', 'removed']);
      cache.save();
      expect(changedPages(dist, docCache(cacheFolder), ['kept', 'removed'])).toBe(0);
      article('kept', 1);
      expect(changedPages(dist, docCache(cacheFolder), ['kept', 'removed'])).toBe(1);
    });

    it('reports an article whose page is missing', () => {
      const { unreadable } = readArticleDocs(dist, undefined, ['kept', 'never-built']);
      expect(unreadable).toEqual([join(dist, 'articles', 'never-built', 'index.html')]);
    });
  });

  describe('a whole site beside Astro', () => {
    const root = mkdtempSync(join(tmpdir(), 'index-beside-site-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
    const outDir = join(root, 'dist');
    for (const [slug, order] of [['a', 1], ['b', 2]] as const) {
      mkdirSync(join(outDir, 'articles', slug), { recursive: true });
      writeFileSync(
        join(outDir, 'articles', slug, 'index.html'),
        `<html><body><article data-search-order="${order}" data-search-volume="2020"><h1 data-search="headline">${slug}</h1><div data-search="body"><p>正文</p></div></article></body></html>`,
      );
    }
    const run = (maxChangedPages: number, signal?: AbortSignal) => {
      let exited!: () => void;
      const astroExited = new Promise<void>((done) => (exited = done));
      const waited: number[] = [];
      const report = indexSite({ root, outDir, jobs: 2, articles: ['a', 'b'], beside: { astroExited, onWait: (n) => waited.push(n), maxChangedPages }, signal });
      return { report, waited, exited };
    };

    it('reads nothing more when Astro failed while it waited', async () => {
      const stop = new AbortController();
      const { report, waited, exited } = run(1, stop.signal);
      await delay(100);
      expect(waited).toEqual([2]);
      // build-cli: Astro exits with a failure, the indexing is stopped.
      exited();
      stop.abort();
      await expect(report).rejects.toThrow(/abort/i);
      expect(existsSync(join(outDir, 'pagefind')), 'no volume written').toBe(false);
    }, 60_000);

    it('waits for Astro to exit before reading more changed pages than it may read beside it', async () => {
      const { report, waited, exited } = run(1);
      await delay(300);
      expect(waited).toEqual([2]);
      expect(existsSync(join(outDir, 'pagefind')), 'nothing indexed while Astro runs').toBe(false);
      exited();
      expect((await report).articles).toBe(2);
      expect(existsSync(join(outDir, 'pagefind', 'volumes.json'))).toBe(true);
    }, 60_000);

    it('indexes a few changed pages while Astro still runs', async () => {
      rmSync(buildCache(root).searchVolumes, { recursive: true, force: true });
      rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
      const { report, waited } = run(2);
      // Astro never exits here: one volume needs no second process.
      expect((await report).volumes.map((v) => v.reused)).toEqual([false]);
      expect(waited).toEqual([]);
    }, 60_000);
  });
});
