// The served site and a browser for the tests of one file (vitest hooks, so tests only).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../../tools/browser.ts';
import { serveDist, type StaticServer } from '../../tools/server.ts';

/** Serves dist/ and opens Chromium for the tests of one file, closing both afterwards. */
export function useSiteInBrowser(root = 'dist'): { readonly server: StaticServer; readonly browser: Browser } {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serveDist(root);
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * The two ways the search page treats results: "whole" (every result loaded and ranked, as for
 * small result sets) and "paged" (a screen at a time, as large archives need), forced on a small
 * site by a limit of 0 (localStorage 'search.fullRankLimit', read by src/search/engine.ts).
 */
export const RESULT_MODES = [
  ['whole', null],
  ['paged', '0'],
] as const;

/** Puts the search page at `origin` into one of RESULT_MODES for the tests that follow. */
export async function useResultMode(page: Page, origin: string, limit: string | null): Promise<void> {
  await page.goto(`${origin}/search/`);
  await page.evaluate((l) => (l === null ? localStorage.removeItem('search.fullRankLimit') : localStorage.setItem('search.fullRankLimit', l)), limit);
}
