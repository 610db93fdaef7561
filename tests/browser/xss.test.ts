// Hostile text in an article's frontmatter is shown as text everywhere (article page, lists,
// JSON-LD, search results); raw HTML in a body stops the build. Full build in a scratch copy.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, search } from '../../tools/browser.ts';
import { scratchProject } from '../helpers/scratch.ts';
import { serveDist, type StaticServer } from '../../tools/server.ts';

const HEADLINE = '<script>alert("h")</script>执委"><img src=x onerror=alert("i")>';
const CAPTION = '</figcaption><svg onload=alert("c")>';
const article = (body: string) => `---
kind: county-report
headline: ${JSON.stringify(HEADLINE)}
organisation: 益阳市桃江县妇联
region:
  prefecture: 益阳市
  county: 桃江县
source:
  page: 000_fa27af0bc5488c72
  order: 13
captions:
  - ${JSON.stringify(CAPTION)}
---
${body}
`;

const scratch = scratchProject();
let server: StaticServer;
let browser: Browser;
let build: { status: number | null; output: string };

beforeAll(async () => {
  writeFileSync(scratch.path('content/articles/payload.md'), article('桃江县妇联 a < b && c > d，{{constructor}} ${alert(1)}。'));
  build = scratch.astro('build');
  server = await serveDist(scratch.path('dist'));
  browser = await launch();
  // A whole Astro build: vitest's default hook timeout (10 s) failed it on a loaded CI machine.
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  scratch.remove();
});

describe('payloads in frontmatter', () => {
  it('build', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('are escaped in the HTML and JSON-LD', () => {
    const html = readFileSync(scratch.path('dist/articles/payload/index.html'), 'utf8');
    // (inside quoted attribute values a "<" is plain text, so parse rather than grep)
    const doc = parse(html);
    // the JSON-LD block is the only script on an article page
    expect(doc.querySelectorAll('script').map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(doc.querySelectorAll('img, [onerror], [onload]')).toHaveLength(0);
    expect(doc.querySelector('h1')?.text).toBe(HEADLINE);
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(ld).headline).toBe(HEADLINE);
  });

  it.each(['/articles/payload/', '/regions/yiyang/taojiang/', '/pages/000_fa27af0bc5488c72/'])('run nothing and read as text on %s', async (path) => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.origin}${path}`);
    await page.waitForLoadState('networkidle');
    expect(await page.textContent('main')).toContain(HEADLINE);
    expect(await page.$$('main img, main svg:not(.hunan-map svg)')).toHaveLength(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('stay text in search results', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    expect(await search(page, server.origin, 'onerror')).toEqual(['/articles/payload/']);
    expect(await page.textContent('[data-search-results] a')).toBe(HEADLINE);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('raw HTML in a Markdown body', () => {
  it('stops the build', () => {
    writeFileSync(scratch.path('content/articles/payload.md'), article('桃江县妇联<script>alert(1)</script>。'));
    const { status, output } = scratch.astro('build');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/articles\/payload\.md:\d+: body: “<script>”是 HTML/);
  });
});
