// What links, feeds, citations and sharing rely on: head tags, JSON-LD, RSS, sitemap, the map.
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distFiles, page, text } from '../../tools/dist.ts';
import { readArticles } from '../helpers/content.ts';

assertBuilt();
const articles = readArticles();
const html = distFiles().filter((f) => f.endsWith('.html') && f !== '/404.html');
const meta = (path: string, selector: string, attr = 'content') => page(path).querySelector(selector)?.getAttribute(attr);

describe('every page', () => {
  it.each(html)('%s has title, description, canonical, feed and sharing tags', (file) => {
    const path = file.replace(/index\.html$/, '');
    const doc = page(path);
    expect(text(doc.querySelector('title')).length).toBeGreaterThan(2);
    expect(meta(path, 'meta[name="description"]')!.length).toBeGreaterThan(10);
    expect(meta(path, 'link[rel="canonical"]', 'href')).toBe(new URL(path, 'http://localhost:4321').href);
    expect(meta(path, 'link[rel="alternate"][type="application/rss+xml"]', 'href')).toBe('/rss.xml');
    expect(meta(path, 'link[rel="sitemap"]', 'href')).toBe('/sitemap-index.xml');
    expect(meta(path, 'meta[property="og:url"]')).toBe(meta(path, 'link[rel="canonical"]', 'href'));
    expect(meta(path, 'meta[name="twitter:card"]')).toBe('summary');
    expect(doc.querySelector('a.skip-link[href="#main"]')).not.toBeNull();
  });
});

describe('article metadata', () => {
  it.each(articles.map((a) => [a.slug, a] as const))('%s: citation tags and NewsArticle JSON-LD state only what is known', (slug, a) => {
    const path = `/articles/${slug}/`;
    expect(meta(path, 'meta[name="citation_title"]')).toBe(a.data.headline);
    expect(meta(path, 'meta[name="citation_journal_title"]')).toBe('今日女报');
    expect(page(path).querySelector('meta[name="citation_publication_date"]')).toBeNull();
    const ld = JSON.parse(page(path).querySelector('script[type="application/ld+json"]')!.text) as Record<string, any>;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(a.data.headline);
    expect(ld.publisher).toEqual({ '@type': 'Organization', name: '今日女报' });
    expect(ld.datePublished).toBeUndefined();
    const place = [a.data.region.township, a.data.region.county, a.data.region.prefecture, '湖南省'].filter(Boolean);
    let at = ld.contentLocation;
    for (const name of place) {
      expect(at.name).toBe(name);
      at = at.containedInPlace;
    }
    expect(at).toBeUndefined(); // no level beyond the province
    expect(ld.url).toBe(meta(path, 'link[rel="canonical"]', 'href'));
  });

  it('links previous and next article in print order from the head', () => {
    expect(meta('/articles/linli/', 'link[rel="prev"]', 'href')).toBe('http://localhost:4321/articles/yueyang-xian/');
    expect(meta('/articles/linli/', 'link[rel="next"]', 'href')).toBe('http://localhost:4321/articles/cili/');
    expect(page('/articles/wugang/').querySelector('link[rel="prev"]')).toBeNull();
  });

  it('shows a GB/T 7714 citation with the inferred year bracketed, and the permanent link', () => {
    expect(text(page('/articles/linli/').querySelector('#citation-text'))).toBe('常德市临澧县妇联.“五导”工作法让执委引领婚姻家庭新风尚[N].今日女报,[2020].');
    expect(page('/articles/huangfang-zhuzhou-diaoyan/').querySelector('#citation-text')!.text.trim()).toBe('李立, 朱泓江. 黄芳在株洲调研妇联工作[N]. 今日女报, [2020].');
    expect(meta('/articles/linli/', '#permalink', 'href')).toBe('http://localhost:4321/articles/linli/');
    expect(text(page('/articles/linli/').querySelector('.cite'))).toContain('为推断的出版年');
  });

  it('gives every section heading on an article a link anchor to itself', () => {
    const doc = page('/articles/linli/');
    expect(doc.querySelectorAll('main h2').length).toBeGreaterThan(0);
    for (const h of doc.querySelectorAll('main h2')) {
      expect(h.querySelector(`a.heading-anchor[href="#${h.id}"]`), h.text).not.toBeNull();
    }
  });
});

describe('feeds', () => {
  const rss = parse(readFileSync('dist/rss.xml', 'utf8'));
  it('RSS lists every article with an absolute link and no invented date', () => {
    const items = rss.querySelectorAll('item');
    expect(items).toHaveLength(articles.length);
    // (an HTML parser treats <link> as empty, so read the permalink guid)
    const links = items.map((i) => i.querySelector('guid')?.text);
    expect(links.sort()).toEqual(articles.map((a) => `http://localhost:4321/articles/${a.slug}/`).sort());
    expect(rss.querySelectorAll('pubDate')).toHaveLength(0);
  });

  it('the sitemap lists every article', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    for (const a of articles) expect(sitemap).toContain(`<loc>http://localhost:4321/articles/${a.slug}/</loc>`);
  });
});

describe('map of Hunan', () => {
  it.each(['/', '/regions/'])('%s shows all 14 divisions with names and counts, linking those with reports', (path) => {
    const svg = page(path).querySelector('.hunan-map svg')!;
    const linked = svg.querySelectorAll('a[href]');
    const empty = svg.querySelectorAll('path[role="img"]');
    expect(linked.length + empty.length).toBe(14);
    expect(empty.map((p) => p.getAttribute('aria-label')).sort()).toEqual(['湘西土家族苗族自治州：暂无报道', '长沙市：暂无报道'].sort());
    expect(linked.find((a) => a.getAttribute('href') === '/regions/changde/')?.getAttribute('aria-label')).toBe('常德市：1 篇报道');
    for (const a of linked) expect(a.querySelector('title')?.text).toBe(a.getAttribute('aria-label'));
    expect(page(path).querySelectorAll('.map-legend li')).toHaveLength(4);
    expect(page(path).querySelector('.map-counties a[href="/regions/changde/linli/"]')).not.toBeNull();
  });

  it('keeps the home page well under 100 kB of HTML', () => {
    expect(readFileSync('dist/index.html').length).toBeLessThan(100 * 1024);
  });
});

describe('print and colour schemes', () => {
  const css = distFiles()
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(`dist${f}`, 'utf8'))
    .join('\n');
  it('has a print stylesheet and a dark scheme', () => {
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(/prefers-color-scheme:\s*dark/);
    expect(text(page('/articles/linli/').querySelector('.print-only'))).toBe('永久链接：http://localhost:4321/articles/linli/');
  });
});
