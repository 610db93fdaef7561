// What a reader does beyond searching: find a prefecture on the map, select a citation and
// share a section link, search by pinyin, print, read in dark mode, and use it all with assistive technology.
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../tools/browser.ts';
import { useSiteInBrowser } from '../helpers/site.ts';

const site = useSiteInBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext();
});

const open = async (path: string): Promise<Page> => {
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${path}`);
  return page;
};

describe('map', () => {
  it('takes the reader from a prefecture on the home map to its counties and their reports', async () => {
    const page = await open('/');
    await page.click('.hunan-map a[aria-label^="常德市"]');
    await page.waitForURL(/\/regions\/changde\/$/);
    expect(await page.textContent('h1')).toBe('常德市');
    await page.click('main .region-list a[href="/regions/changde/linli/"]');
    await page.waitForURL(/\/regions\/changde\/linli\/$/);
    expect(await page.$('main a[href="/articles/linli/"]')).not.toBeNull();
    await page.close();
  });
});

describe('citation and links', () => {
  it('selects the whole citation with one click, without any script, ready to copy', async () => {
    const page = await open('/articles/linli/');
    await page.click('#citation-text');
    const selected = await page.evaluate(() => getSelection()?.toString().trim());
    expect(selected).toBe('常德市临澧县妇联. “五导”工作法让执委引领婚姻家庭新风尚[N]. 今日女报, [2020].');
    // the permanent link is the canonical address (SITE_URL), wherever the page is served from
    expect(await page.getAttribute('#permalink', 'href')).toBe('http://localhost:4321/articles/linli/');
    expect(await page.evaluate(() => document.scripts.length)).toBe(1); // JSON-LD only
    await page.close();
  });

  it('puts a section link in the address bar from its heading anchor', async () => {
    const page = await open('/articles/linli/');
    await page.click('#cite a.heading-anchor');
    expect(page.url()).toBe(`${site.server.origin}/articles/linli/#cite`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('cite');
    await page.close();
  });
});

describe('pinyin', () => {
  it.each([
    ['taojiang', '/articles/taojiang/'],
    ['TaoJiang', '/articles/taojiang/'],
    ['linli', '/articles/linli/'],
    ['chenxi', '/articles/chenxi/'],
    ['xiangxiang qizi', '/articles/xiangxiang-qizi/'],
    ['hengyangxian', '/articles/hengyang-xian/'],
  ])('%s finds its place first', async (q, first) => {
    const page = await context.newPage();
    const got = await search(page, site.server.origin, q);
    expect(got[0]).toBe(first);
    await page.close();
  });
});

describe('print and dark mode', () => {
  it('prints the article alone with its permanent link', async () => {
    const page = await open('/articles/linli/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('.prev-next')).toBe(false);
    expect(await page.isVisible('.cite')).toBe(false);
    expect(await page.isVisible('article h1')).toBe(true);
    expect(await page.textContent('.print-only')).toContain('/articles/linli/');
    expect(await page.isVisible('.print-only')).toBe(true);
    await page.close();
  });

  it('follows a dark colour scheme', async () => {
    const page = await open('/articles/linli/');
    await page.emulateMedia({ colorScheme: 'dark' });
    // the background actually painted: the root's, else the body's (transparent counts as none)
    const painted = () =>
      page.evaluate(() =>
        [document.documentElement, document.body].map((el) => getComputedStyle(el).backgroundColor).find((c) => !/^rgba\(.*, 0\)$|^transparent$/.test(c)) ?? 'none',
      );
    const brightness = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    const dark = await painted();
    expect(dark).not.toBe('none');
    expect(brightness(dark)).toBeLessThan(150);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(brightness(await painted())).toBeGreaterThan(600);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  it.each(['/', '/articles/linli/', '/regions/changde/', '/initiatives/wudao-gongzuofa/', '/pages/', '/pages/years/2020/', `/search/?q=${encodeURIComponent('执委')}`])(
    '%s has no violations',
    async (path) => {
      // axe is injected as an inline script, which the site's CSP rightly blocks.
      const audit = await site.browser.newContext({ bypassCSP: true });
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await audit.newPage();
        await page.emulateMedia({ colorScheme });
        await page.goto(`${site.server.origin}${path}`);
        if (path.startsWith('/search/')) await page.waitForSelector('[data-search-results] li');
        await page.addScriptTag({ path: axe });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(violations, `${path} (${colorScheme})`).toEqual([]);
        await page.close();
      }
      await audit.close();
    },
  );
});
