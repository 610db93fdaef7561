// Browser measurements that only a search in volumes has: what searching every remaining year
// costs after the first screen, and whether the result set then equals the single index's.
import type { Browser } from 'playwright-core';
import { search } from '../tools/browser.ts';
import { traffic, type Query } from './measure.ts';

const done = '[data-search-status="done"]';
const status = async (page: import('playwright-core').Page) => (await page.textContent('[data-search-status]')) ?? '';
/** The count the page states: 找到 N 篇, or 0 for 没有文章…. */
export const countOf = (text: string) => Number(/找到 (\d+) 篇/.exec(text)?.[1] ?? 0);

export interface AllYearsCost {
  q: string;
  /** Status after the first screen, and after every year was searched. */
  first: string;
  all: string;
  /** Bytes for searching the remaining years (after the first query), as sent. */
  wire: number;
  /** Files of the remaining years' indexes loaded. */
  requests: number;
  /** From the click on 检索全部年份 to the final count shown (Playwright's click included). */
  ms: number;
}

/** After a first query, presses 检索全部年份 and measures what the remaining years cost. */
export async function measureAllYears(browser: Browser, origin: string, queries: Query[]): Promise<AllYearsCost[]> {
  const rows: AllYearsCost[] = [];
  for (const { q } of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForSelector(done);
    const first = await status(page);
    let ms = 0;
    const cost = await traffic(context, async () => {
      if (!(await page.isVisible('#search-all-years'))) return;
      const started = performance.now();
      await page.click('#search-all-years');
      await page.waitForSelector(done);
      ms = performance.now() - started;
    });
    rows.push({ q, first, all: await status(page), wire: cost.wire, requests: cost.requests, ms });
    await context.close();
  }
  return rows;
}

export interface Agreement {
  q: string;
  truth: number;
  volumes: number;
  /** null when there was no single index to compare with (results.json keeps no NaN). */
  single: number | null;
  /** Result URLs compared one by one (for result sets up to `listUpTo`). */
  listed: boolean;
  same: boolean;
}

/**
 * Each query on both sites, every year searched: the counts shown, and for small result sets the
 * URLs themselves, against each other and against ground truth.
 */
export async function compareWithSingle(browser: Browser, volumes: string, single: string | undefined, queries: Query[], truth: (q: string) => Set<string>, listUpTo = 60): Promise<Agreement[]> {
  const page = await browser.newPage();
  const rows: Agreement[] = [];
  const counted = async (origin: string, q: string) => {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForSelector(done);
    if (await page.isVisible('#search-all-years')) {
      await page.click('#search-all-years');
      await page.waitForSelector(done);
    }
    return countOf(await status(page));
  };
  for (const { q } of queries) {
    const want = truth(q);
    // Without a single index (it could not be built), against ground truth alone.
    const [inVolumes, inSingle] = [await counted(volumes, q), single ? await counted(single, q) : null];
    let same = inVolumes === want.size && (!single || inSingle === want.size);
    const listed = want.size <= listUpTo;
    if (listed && same) {
      const lists = [await search(page, volumes, q), ...(single ? [await search(page, single, q)] : [])];
      same = lists.every((got) => got.length === want.size && got.every((u) => want.has(u)));
    }
    rows.push({ q, truth: want.size, volumes: inVolumes, single: inSingle, listed, same });
  }
  await page.close();
  return rows;
}
