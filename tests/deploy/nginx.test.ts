// dist/ served by real nginx with the shipped snippets (deploy/nginx/), at the root and under
// /archive/, asked over HTTP as a browser would: security headers, caching, types, gzip,
// 404s and redirects, then one search in Chromium. dist/ is built for the root, so the
// /archive/ layout is only checked here for what doesn't depend on the site's own links;
// tests/site/deploy-paths.test.ts serves a sub-path build through the same nginx.
import { readdirSync, readFileSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, search } from '../../tools/browser.ts';
import { assertBuilt } from '../../tools/dist.ts';
import { siteHeaders } from '../../tools/server.ts';
import { startNginx, type Nginx } from '../../tools/nginx.ts';

const DIST = resolve(import.meta.dirname, '../../dist');
const SECURITY = siteHeaders(resolve(import.meta.dirname, '../../public'));
const IMMUTABLE = 'public, max-age=31536000, immutable';

let nginx: Nginx;
// Files whose names change with each build, found in dist/ once it is known to be there.
const f = {} as Record<'js' | 'css' | 'fragment' | 'index' | 'filter' | 'meta' | 'wasm' | 'entry' | 'txt', string>;
/** The search index's newest volume (a year's Pagefind bundle). */
let volume = '';
const pick = (dir: string, name: RegExp) => {
  const file = readdirSync(join(DIST, dir)).find((n) => name.test(n));
  if (!file) throw new Error(`dist/${dir}/ has no file matching ${name}`);
  return `/${dir}/${file}`;
};

beforeAll(async () => {
  nginx = await startNginx(DIST); // fails (not skips) with 找不到 nginx：请运行 apt-get install nginx
  assertBuilt();
  volume = `pagefind/${(JSON.parse(readFileSync(join(DIST, 'pagefind/volumes.json'), 'utf8')) as { volumes: { key: string }[] }).volumes[0]!.key}`;
  Object.assign(f, {
    js: pick('_astro', /\.js$/),
    css: pick('_astro', /\.css$/),
    fragment: pick(`${volume}/fragment`, /\.pf_fragment$/),
    index: pick(`${volume}/index`, /\.pf_index$/),
    filter: pick(`${volume}/filter`, /\.pf_filter$/),
    meta: pick(volume, /\.pf_meta$/),
    wasm: pick(volume, /^wasm\..+\.pagefind$/),
    entry: pick(volume, /^pagefind-entry\.json$/),
    txt: pick('sources', /\.txt$/),
  });
});
afterAll(async () => {
  await nginx?.stop();
});

/** The response's values for the _headers names (null where missing; a repeated header shows as "a, b"). */
const securityOf = (res: Response) => Object.fromEntries(Object.keys(SECURITY).map((name) => [name, res.headers.get(name)]));
const distText = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** Raw bytes, as sent: fetch would undo the gzip before the test sees it. */
function getRaw(url: string, headers: Record<string, string> = {}): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((ok, fail) => {
    httpGet(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

it('compares against a real _headers block', () => {
  expect(Object.keys(SECURITY)).toEqual(expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'X-Frame-Options']));
});

describe.each([
  { layout: 'at the root', origin: () => nginx.root, base: '' },
  { layout: 'under /archive/ (alias)', origin: () => nginx.sub, base: '/archive' },
])('dist/ $layout', ({ origin, base }) => {
  const url = (path: string) => `${origin()}${base}${path}`;
  const get = async (path: string) => {
    const res = await fetch(url(path), { redirect: 'manual' });
    return { res, text: await res.text() };
  };
  const headerOf = async (name: string, paths: string[]) =>
    Object.fromEntries(await Promise.all(paths.map(async (p) => [p, (await get(p)).res.headers.get(name)])));

  it('sends the security headers of _headers on pages, assets, Pagefind files, redirects and 404s', async () => {
    for (const path of ['/', '/articles/linli/', f.js, f.css, f.fragment, f.index, f.wasm, '/articles/linli', '/no-such-page/']) {
      expect(securityOf((await get(path)).res), path).toEqual(SECURITY);
    }
  });

  it('lets browsers keep content-hashed files for a year, and revalidate the rest', async () => {
    const hashed = [f.js, f.css, f.fragment, f.index, f.filter, f.meta];
    expect(await headerOf('cache-control', hashed)).toEqual(Object.fromEntries(hashed.map((p) => [p, IMMUTABLE])));
    // Same name in every build: HTML, feeds, the source texts, Pagefind's entry points and its
    // wasm.<language>.pagefind (named by language, not content). A 404 is never kept either.
    const named = ['/', '/articles/linli/', '/rss.xml', '/sitemap-index.xml', '/favicon.svg', f.txt, '/pagefind/pagefind.js', '/pagefind/volumes.json', f.entry, f.wasm, '/no-such-page/', '/_astro/no-such.js'];
    expect(await headerOf('cache-control', named)).toEqual(Object.fromEntries(named.map((p) => [p, 'no-cache'])));
  });

  it('labels each kind of file with its type, UTF-8 for text', async () => {
    const want: Record<string, string> = {
      '/articles/linli/': 'text/html; charset=utf-8',
      [f.txt]: 'text/plain; charset=utf-8',
      '/rss.xml': 'application/xml; charset=utf-8',
      '/sitemap-index.xml': 'application/xml; charset=utf-8',
      '/favicon.svg': 'image/svg+xml; charset=utf-8',
      [f.js]: 'text/javascript; charset=utf-8',
      '/pagefind/pagefind.js': 'text/javascript; charset=utf-8',
      [f.css]: 'text/css; charset=utf-8',
      '/pagefind/volumes.json': 'application/json',
      [f.entry]: 'application/json',
      // Pagefind's index and WebAssembly are gzip data its script unpacks itself.
      [f.fragment]: 'application/octet-stream',
      [f.index]: 'application/octet-stream',
      [f.filter]: 'application/octet-stream',
      [f.meta]: 'application/octet-stream',
      [f.wasm]: 'application/octet-stream',
    };
    expect(await headerOf('content-type', Object.keys(want))).toEqual(want);
  });

  it('gzips HTML for clients that accept it, and sends Pagefind files as they are (gzip already)', async () => {
    const html = await getRaw(url('/articles/linli/'), { 'accept-encoding': 'gzip' });
    expect(html.headers['content-encoding']).toBe('gzip');
    expect(html.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(html.body).toString('utf8')).toBe(distText('articles/linli/index.html'));
    const plain = await getRaw(url('/articles/linli/'));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(distText('articles/linli/index.html'));
    for (const file of [f.fragment, f.wasm]) {
      const res = await getRaw(url(file), { 'accept-encoding': 'gzip' });
      expect(res.headers['content-encoding'], file).toBeUndefined();
      expect(res.body.equals(readFileSync(join(DIST, file))), file).toBe(true);
    }
  });

  it('serves a page at its slash URL and redirects the URL without the slash to it', async () => {
    const page = await get('/articles/linli/');
    expect(page.res.status).toBe(200);
    expect(page.text).toBe(distText('articles/linli/index.html'));
    expect((await get('/')).text).toBe(distText('index.html'));
    // content/redirects.yaml is empty, so dist/ has no redirect pages of its own to check here.
    const bare = await get('/articles/linli');
    expect([bare.res.status, bare.res.headers.get('location')]).toEqual([301, `${base}/articles/linli/`]);
  });

  it("answers what isn't there with 404 and the site's own 404 page", async () => {
    // /articles/ is a directory without index.html (nginx alone would say 403); _headers is host configuration.
    for (const path of ['/no-such-page/', '/no-such-page', '/articles/', '/_headers', '/_astro/no-such.js', '/pagefind/fragment/no-such.pf_fragment']) {
      const { res, text } = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(text === distText('404.html'), `${path} has the body of dist/404.html`).toBe(true);
    }
  });
});

it('under /archive/, the bare /archive redirects to /archive/', async () => {
  const res = await fetch(`${nginx.sub}/archive`, { redirect: 'manual' });
  expect([res.status, res.headers.get('location')]).toEqual([301, '/archive/']);
});

it('serves .wasm as application/wasm (dist/ has none today; a probe file through the same snippet)', async () => {
  const res = await fetch(`${nginx.root}/probe/probe.wasm`);
  expect(res.headers.get('content-type')).toBe('application/wasm');
});

it('a search in Chromium through nginx finds 临澧, with no failed request and no CSP violation', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => void (r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`)));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // Chromium reports a blocked resource as a console error; the event also catches report-only kinds.
    page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
    );
    const results = await search(page, nginx.root, '临澧');
    expect(problems).toEqual([]);
    expect(results).toContain('/articles/linli/');
  } finally {
    await browser.close();
  }
});
