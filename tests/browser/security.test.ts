// The pages work under their Content-Security-Policy (meta and _headers together) with no
// violation, and nothing a reader or editor types runs as code.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, search } from '../helpers/browser.ts';
import { serveDist, siteHeaders, type StaticServer } from '../helpers/server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function watched(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { page, problems };
}

describe('security headers', () => {
  it('_headers sets a CSP without unsafe-inline, nosniff, a referrer policy and a frame policy', () => {
    const h = siteHeaders();
    expect(h['Content-Security-Policy']).toMatch(/script-src 'self'/);
    expect(h['Content-Security-Policy']).not.toMatch(/unsafe-inline/);
    expect(h['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBeTruthy();
    expect(h['X-Frame-Options']).toBe('DENY');
  });

  it.each(['/', '/articles/linli/', '/regions/', '/initiatives/', '/pages/000_fa27af0bc5488c72/', '/404.html'])(
    '%s loads with no CSP violation and carries the CSP meta',
    async (path) => {
      const { page, problems } = await watched();
      await page.goto(`${server.origin}${path}`);
      await page.waitForLoadState('networkidle');
      const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toMatch(/unsafe-inline/);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('search works under the policy (WebAssembly allowed, nothing inline)', async () => {
    const { page, problems } = await watched();
    expect(await search(page, server.origin, '临澧')).toEqual(['/articles/linli/']);
    expect(problems).toEqual([]);
    await page.close();
  });
});
