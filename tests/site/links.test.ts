// Link checker over the built site: every internal href, including #fragments, must resolve.
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distFiles, fileForUrl, page } from '../../tools/dist.ts';
import { brokenLinks } from '../helpers/links.ts';

assertBuilt();
const htmlPages = distFiles().filter((f) => f.endsWith('.html')).map((f) => f.replace(/index\.html$/, ''));
const site = { exists: (p: string) => fileForUrl(p) !== undefined, page };

describe('internal links', () => {
  it('the site has pages to check', () => {
    expect(htmlPages.length).toBeGreaterThan(50);
  });

  it('includes fragment links to Chinese heading ids', () => {
    const doc = page('/');
    expect(doc.getElementById('常德市')?.querySelector('a.heading-anchor')?.getAttribute('href')).toBe('#常德市');
    expect(brokenLinks('/', doc, site)).toEqual([]);
  });

  it('keeps a county\'s old section link on its prefecture page landing on the county', () => {
    // /regions/changde/#临澧县 was the county's section, when prefecture pages listed every county's reports.
    const doc = page('/regions/changde/');
    expect(doc.getElementById('临澧县')?.querySelector('a')?.getAttribute('href')).toBe('/regions/changde/linli/');
  });

  it.each(htmlPages)('%s: every link and fragment resolves', (from) => {
    expect(brokenLinks(from, page(from), site)).toEqual([]);
  });
});

describe('the checker itself', () => {
  const doc = parse('<h2 id="婚调站的做法">婚调站的做法</h2><a href="#%E5%A9%9A%E8%B0%83%E7%AB%99%E7%9A%84%E5%81%9A%E6%B3%95">ok</a><a href="#婚调站">bad</a><a href="/nowhere/">bad</a>');
  const fake = { exists: (p: string) => p === '/a/', page: () => doc };
  it('decodes fragments of Chinese headings and reports missing ids and files', () => {
    expect(brokenLinks('/a/', doc, fake)).toEqual(['#婚调站 (no #婚调站)', '/nowhere/ (no file)']);
  });
});
