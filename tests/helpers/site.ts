// The served site and a browser for the tests of one file (vitest hooks, so tests only).
import type { Browser } from 'playwright-core';
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
