// The site works wherever it is served: at the root (dist/ of `npm test`'s build) and under a
// sub-path (a scratch build with SITE_URL=https://user.github.io/archive/, served ONLY under
// /archive/, by a plain static server and by nginx with the shipped configuration). Every
// internal reference of every page must answer 200, canonical URLs, feeds and sitemaps carry
// the path, redirects keep it, and searches run in Chromium there.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, search } from '../../tools/browser.ts';
import { crawl } from '../helpers/crawl.ts';
import { assertBuilt, distFiles } from '../../tools/dist.ts';
import { scratchProject } from '../helpers/scratch.ts';
import { startNginx } from '../../tools/nginx.ts';
import { serveDist } from '../../tools/server.ts';

const SITE = 'https://user.github.io/archive/';
const scratch = scratchProject();
// A renamed article, so the sub-path build has a redirect page too.
renameSync(scratch.path('content/articles/cili.md'), scratch.path('content/articles/cili-gaige.md'));
writeFileSync(scratch.path('content/redirects.yaml'), '- from: /articles/cili/\n  to: /articles/cili-gaige/\n');
const built = scratch.astroWith({ SITE_URL: SITE }, 'build');

/** Site paths of the HTML pages of a build: /articles/linli/ … */
const pagesOf = (dist: string) =>
  distFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/index\.html$/, ''));

interface Served {
  /** Scheme, host and port; the site is at origin + base. */
  origin: string;
  close(): Promise<void>;
}

const layouts: { name: string; dist: string; base: string; canonical: string; serve(dist: string, base: string): Promise<Served> }[] = [
  { name: 'at the root', dist: 'dist', base: '/', canonical: 'http://localhost:4321/', serve: (dist, base) => serveDist(dist, { base }) },
  { name: 'under a sub-path', dist: scratch.path('dist'), base: '/archive/', canonical: SITE, serve: (dist, base) => serveDist(dist, { base }) },
  {
    name: 'under a sub-path by nginx (deploy/nginx)',
    dist: scratch.path('dist'),
    base: '/archive/',
    canonical: SITE,
    serve: async (dist) => {
      const nginx = await startNginx(dist);
      return { origin: nginx.sub, close: () => nginx.stop() };
    },
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  scratch.remove();
});

describe.each(layouts)('served $name', ({ dist, base, canonical, serve }) => {
  let server: Served;
  beforeAll(async () => {
    if (dist === 'dist') assertBuilt();
    else expect(built.status, built.output).toBe(0);
    server = await serve(dist, base);
  });
  afterAll(() => server?.close());
  const at = (path: string) => `${server.origin}${base}${path.slice(1)}`;

  it('every internal reference of every page answers 200', async () => {
    const pages = pagesOf(dist).filter((p) => p !== '/404.html');
    expect(pages.length).toBeGreaterThan(50);
    const { statuses, broken } = await crawl(pages.map(at));
    expect(broken).toEqual([]);
    // Stylesheets, the favicon, the feed, the search form and the Pagefind script were all among them.
    const fetched = [...statuses.keys()].map((u) => new URL(u).pathname);
    for (const kind of [/\/_astro\/.+\.css$/, /favicon\.svg$/, /rss\.xml$/, /\/search\/$/, /sources\/.+\.txt$/]) {
      expect(fetched.some((p) => kind.test(p)), String(kind)).toBe(true);
    }
    expect(fetched.every((p) => p.startsWith(base))).toBe(true);
  });

  it('canonical URLs, Open Graph, citations, JSON-LD, the feed and the sitemap carry the path', () => {
    const html = readFileSync(`${dist}/articles/linli/index.html`, 'utf8');
    const permalink = `${canonical}articles/linli/`;
    expect(html).toContain(`<link rel="canonical" href="${permalink}">`);
    expect(html).toContain(`<meta property="og:url" content="${permalink}">`);
    expect(html).toContain(`<meta name="citation_public_url" content="${permalink}">`);
    expect(html).toContain(`"url":"${permalink}"`);
    const feed = readFileSync(`${dist}/rss.xml`, 'utf8');
    expect(feed).toContain(`<link>${canonical}</link>`);
    expect(feed).toContain(`<link>${permalink}</link>`);
    const locs = [...readFileSync(`${dist}/sitemap-0.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(50);
    expect(locs.filter((loc) => !loc.startsWith(canonical))).toEqual([]);
    expect(readFileSync(`${dist}/sitemap-index.xml`, 'utf8')).toContain(`<loc>${canonical}sitemap-0.xml</loc>`);
    expect(readFileSync(`${dist}/opensearch.xml`, 'utf8')).toContain(`template="${canonical}search/?q={searchTerms}"`);
    expect(JSON.parse(readFileSync(`${dist}/articles/linli.json`, 'utf8')).url).toBe(permalink);
  });

  it('the 404 page has working links and claims no canonical URL', async () => {
    const response = await fetch(at('/no-such-page/'));
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).not.toContain('rel="canonical"');
    expect(html).toContain('<meta name="robots" content="noindex">');
    const { broken } = await crawl([at('/404.html')]);
    expect(broken).toEqual([]);
  });

  it('search finds articles and its results open them', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} ${r.status()}`));
    const results = await search(page, `${server.origin}${base.replace(/\/$/, '')}`, '临澧');
    expect(results).toContain(`${base}articles/linli/`);
    await page.click(`[data-search-results] a[href^="${base}articles/linli/"]`);
    await page.waitForURL(`**${base}articles/linli/**`);
    expect(await page.textContent('h1')).toContain('五导');
    // the header's search form submits under the same path
    await page.fill('#site-search-q', '执委帮扶');
    await page.press('#site-search-q', 'Enter');
    await page.waitForSelector('[data-search-status="done"]');
    expect(new URL(page.url()).pathname).toBe(`${base}search/`);
    expect(failed).toEqual([]);
    await page.close();
  });
});

describe('a malformed SITE_URL', () => {
  it('stops the build with a message naming SITE_URL and a correct example, and no stack trace', () => {
    const { status, output } = scratch.astroWith({ SITE_URL: 'user.github.io/archive' }, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL=“user.github.io/archive” 不是完整的网址');
    expect(output).toContain('SITE_URL=https://user.github.io/archive/ npm run build');
    expect(output).not.toMatch(/^\s+at /m);
  });
});

describe('under a sub-path, a renamed article', () => {
  it('redirects to its new URL, path included', () => {
    const html = readFileSync(scratch.path('dist/articles/cili/index.html'), 'utf8');
    expect(html).toMatch(/http-equiv="refresh" content="0;url=\/archive\/articles\/cili-gaige\/"/);
  });
});
