// The search page as a reader uses it: header form, typing, sharing the URL, back button,
// facets, excerpts, hostile input and no JavaScript.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { search } from '../../tools/browser.ts';
import { useSiteInBrowser } from '../helpers/site.ts';

const site = useSiteInBrowser();
let page: Page;
let errors: string[];
beforeEach(async () => {
  page = await site.browser.newPage();
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
});

const status = () => page.textContent('[data-search-status]');
const done = () => page.waitForSelector('[data-search-status="done"]');
const resultPaths = () => page.$$eval('[data-search-results] a[href]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('from any page', () => {
  it('the header search box submits to /search/?q= and shows results', async () => {
    await page.goto(`${site.server.origin}/articles/wugang/`);
    await page.fill('#site-search-q', '临澧');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await done();
    expect(new URL(page.url()).searchParams.get('q')).toBe('临澧');
    expect(await resultPaths()).toEqual(['/articles/linli/']);
    expect(errors).toEqual([]);
  });
});

describe('typing, sharing and going back', () => {
  it('updates the URL as the reader types, and the back button restores the earlier search', async () => {
    await search(page, site.server.origin, '桃江');
    await page.fill('#search-input', '临澧');
    await page.waitForURL((url) => url.searchParams.get('q') === '临澧');
    await page.waitForFunction(() => document.querySelector('[data-search-results] a')?.getAttribute('href')?.startsWith('/articles/linli/'));
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[data-search-results] a')?.getAttribute('href')?.startsWith('/articles/taojiang/'));
    expect(await page.inputValue('#search-input')).toBe('桃江');
    expect(errors).toEqual([]);
  });

  it('waits while an input method composes, and searches the characters it commits', async () => {
    await search(page, site.server.origin, '桃江');
    const entries = await page.evaluate(() => history.length);
    // A search pushes its URL before it awaits anything, so one for the pinyin letters would
    // show in the history as soon as the input event has been handled.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
      input.value = 'lin';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    });
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(new URL(page.url()).searchParams.get('q')).toBe('桃江');
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      input.value = '临澧';
      input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '临澧' }));
    });
    await page.waitForURL((url) => url.searchParams.get('q') === '临澧');
    await page.waitForFunction(() => document.querySelector('[data-search-results] a')?.getAttribute('href')?.startsWith('/articles/linli/'));
    expect(await page.evaluate(() => history.length)).toBe(entries + 1); // one search: the committed characters
    expect(errors).toEqual([]);
  });

  it('runs a shared URL on load, facets included', async () => {
    const got = await search(page, site.server.origin, '妇联', `&prefecture=${encodeURIComponent('常德市')}`);
    expect(got).toEqual(['/articles/linli/']);
    expect(await page.isChecked('input[name="prefecture"][value="常德市"]')).toBe(true);
    expect(await status()).toContain('筛选前 12 篇');
  });
});

describe('facets', () => {
  it('offer counts per city, county, initiative and kind, and narrow the results', async () => {
    await search(page, site.server.origin, '执委');
    const legends = await page.$$eval('#search-facets legend', (ls) => ls.map((l) => l.textContent));
    expect(legends).toEqual(['市州', '县市区', '举措', '类型']);
    const before = (await resultPaths()).length;
    const kindCounts = await page.$$eval('#search-facets input[name="kind"]', (inputs) =>
      inputs.map((i) => Number(/\((\d+)\)/.exec(i.closest('label')!.textContent!)![1])),
    );
    expect(kindCounts.reduce((a, b) => a + b, 0)).toBe(before);
    await page.check('input[name="initiative"][value="五导工作法"]');
    await page.waitForURL((url) => url.searchParams.get('initiative') === '五导工作法');
    await done();
    expect(await resultPaths()).toEqual(['/articles/linli/']);
  });

  it('on more results than one screen, load their counts when the reader asks', async () => {
    await search(page, site.server.origin, '妇联');
    expect(await resultPaths()).toHaveLength(12);
    expect(await page.$$('#search-facets input')).toHaveLength(0);
    await page.click('#search-facets button:has-text("按市州、县市区、举措筛选")');
    await page.waitForSelector('#search-facets input[name="prefecture"]');
    const label = await page.textContent('label:has(input[name="prefecture"][value="常德市"])');
    expect(label?.replace(/\s+/g, '')).toBe('常德市(1)');
    await page.check('input[name="prefecture"][value="常德市"]');
    await page.waitForURL((url) => url.searchParams.get('prefecture') === '常德市');
    await done();
    expect(await resultPaths()).toEqual(['/articles/linli/']);
    // a chosen facet stays on screen, checked, so it can be undone
    expect(await page.isChecked('input[name="prefecture"][value="常德市"]')).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('results', () => {
  it('show headline, region and an excerpt in normal Chinese text with the hit marked', async () => {
    await search(page, site.server.origin, '由妇联主席负责');
    const item = page.locator('[data-search-results] li').first();
    expect(await item.locator('a').textContent()).toBe('“五导”工作法让执委引领婚姻家庭新风尚');
    expect(await item.locator('.result-meta').textContent()).toContain('常德市 › 临澧县');
    expect(await item.locator('mark').allTextContents()).toEqual(['由妇联主席负责']);
    expect(await item.locator('.result-excerpt').textContent()).toContain('建立由妇联主席负责、妇联执委组成的');
    // deep link into the article at the hit
    expect(await item.locator('a').getAttribute('href')).toMatch(/^\/articles\/linli\/#:~:text=/);
  });

  it('render every result as a link without further clicks', async () => {
    const got = await search(page, site.server.origin, '妇');
    expect(got.length).toBe(12);
    expect(new Set(got).size).toBe(12);
  });
});

describe('hostile and odd input', () => {
  it('shows markup in a query as text and runs nothing', async () => {
    const q = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    expect(await search(page, site.server.origin, q)).toEqual([]);
    expect(await page.$$('main img, main script:not([type="module"]):not([src])')).toHaveLength(0);
    expect(await status()).toContain('“<img”');
    expect(await status()).toContain('<script>alert(2)</script>');
    expect(errors).toEqual([]);
  });

  it('handles empty, punctuation-only and 500-character queries', async () => {
    expect(await search(page, site.server.origin, '')).toEqual([]);
    expect(await status()).toContain('请输入要查找的字词');
    expect(await search(page, site.server.origin, '，。“”!!')).toEqual([]);
    expect(await status()).toContain('只含标点');
    expect(await search(page, site.server.origin, '妇'.repeat(500))).toEqual([]);
    expect(await status()).toContain('没有文章');
    expect(errors).toEqual([]);
  });

  it('finds an article by a long pasted passage', async () => {
    const passage = '临澧县妇联完成改革任务后,乡、村两级共有妇联组织173个、妇联执委2739人。为充分用好执委力量、发挥妇联作用、凸显改革成效,按照“一村一站”原则,在全县160个村(社区)建立由妇联主席负责、妇联执委组成的婚姻家庭矛盾纠纷调解服务站';
    expect(await search(page, site.server.origin, passage)).toEqual(['/articles/linli/']);
  });
});

describe('keyboard', () => {
  it('can search and reach the first result with the keyboard alone', async () => {
    await page.goto(`${site.server.origin}/search/`);
    await done();
    await page.focus('#search-input');
    await page.keyboard.type('宜章');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-search-results] a') !== null);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^\/articles\/yizhang\//);
  });
});

describe('without JavaScript', () => {
  it('says so and links to the region and initiative indexes', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site.server.origin}/search/?q=${encodeURIComponent('临澧')}`);
    expect(await plain.textContent('main')).toContain('搜索需要浏览器启用 JavaScript');
    expect(await plain.$('main a[href="/regions/"]')).not.toBeNull();
    expect(await plain.$('main a[href="/initiatives/"]')).not.toBeNull();
    await context.close();
  });
});
