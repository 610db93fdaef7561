// Debian's Chromium driven by playwright-core (Playwright's own browser download cannot work here).
// No vitest here: bench/ and scripts/ use it outside the test runner (tests/helpers/site.ts has the hooks).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 Chromium（${CHROMIUM}）：请运行 apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const resultLinks = (page: Page) =>
  page.$$eval('[data-search-results] a[href]', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Opens the search page for `q`, waits until the results are rendered, and shows them all, every year searched ("显示更多"). */
export async function search(page: Page, origin: string, q: string, extra = ''): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}${extra}`);
  await page.waitForSelector('[data-search-status="done"]');
  // "显示更多" shows the next screen, or searches the next older year (which may add nothing);
  // the page marks the status as loading until it has done either.
  while (await page.isVisible('#search-more')) {
    await page.click('#search-more');
    await page.waitForSelector('[data-search-status="done"]');
  }
  return resultLinks(page);
}
