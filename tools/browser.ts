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

/** Opens the search page for `q`, waits until the results are rendered, and shows them all ("显示更多"). */
export async function search(page: Page, origin: string, q: string, extra = ''): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}${extra}`);
  await page.waitForSelector('[data-search-status="done"]');
  while (await page.isVisible('#search-more')) {
    const before = (await resultLinks(page)).length;
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] a[href]').length > n, before);
  }
  return resultLinks(page);
}
