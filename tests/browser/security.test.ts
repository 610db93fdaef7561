// The pages work under their Content-Security-Policy (meta and _headers together) with no
// violation, and nothing a reader or editor types runs as code.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { search } from '../../tools/browser.ts';
import { useSiteInBrowser } from '../helpers/site.ts';
import { siteHeaders } from '../../tools/server.ts';

const site = useSiteInBrowser();

async function watched(): Promise<{ page: Page; problems: string[] }> {
  const page = await site.browser.newPage();
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
      await page.goto(`${site.server.origin}${path}`);
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
    expect(await search(page, site.server.origin, '临澧')).toEqual(['/articles/linli/']);
    expect(problems).toEqual([]);
    await page.close();
  });
});
