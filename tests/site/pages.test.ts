// The built pages: every article, region and initiative has its page, with the structure readers rely on.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { divisionSlug } from '../../src/lib/slug.ts';
import { projectSchemaInputs } from '../../src/archive/validate.ts';
import { ARTICLE_FILES } from '../../src/lib/article-files.ts';
import { assertBuilt, distFiles, page, text } from '../../tools/dist.ts';
import { readArticles } from '../helpers/content.ts';

assertBuilt();
const articles = readArticles();

/** Region page paths from the prefecture down to where an article sits, from its frontmatter names. */
function regionPaths(region: { prefecture: string; county?: string; township?: string }): string[] {
  const p = divisionSlug(region.prefecture);
  const paths = [`/regions/${p}/`];
  if (region.county) paths.push(`${paths[0]}${divisionSlug(region.county, region.prefecture)}/`);
  if (region.county && region.township) paths.push(`${paths[1]}${divisionSlug(region.township, region.county)}/`);
  return paths;
}

describe('article pages', () => {
  it.each(articles.map((a) => [a.slug, a] as const))('/articles/%s/', (slug, a) => {
    const doc = page(`/articles/${slug}/`);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    const found = doc.querySelectorAll('article');
    expect(found).toHaveLength(1);
    const article = found[0]!;
    expect(text(article.querySelector('h1'))).toBe(a.data.headline.replace(/\s+/g, ''));
    // the whole body, every caption and the byline are inside <article>
    for (const para of a.body.split(/\n\s*\n/).filter((p) => p.trim())) expect(text(article)).toContain(para.replace(/\s+/g, ''));
    for (const c of a.data.captions ?? []) expect(text(article.querySelector('figcaption'))).toContain(c);
    for (const b of a.data.byline ?? []) expect(text(article)).toContain(b.role + b.name);
    // tags inside, navigation and source line outside
    for (const id of a.data.initiatives) expect(article.querySelector(`a[href="/initiatives/${id}/"]`)).not.toBeNull();
    expect(article.querySelector('nav, .source-line, .prev-next')).toBeNull();
    expect(doc.querySelector('img')).toBeNull();
    // breadcrumb 湖南省 › prefecture › county (› township)
    const crumbs = doc.querySelectorAll('.breadcrumb li').map((li) => text(li));
    expect(crumbs).toEqual(['湖南省', a.data.region.prefecture, a.data.region.county, a.data.region.township].filter(Boolean));
  });

  it('link to previous and next article in page order', () => {
    const next = (slug: string) => page(`/articles/${slug}/`).querySelector('a[rel="next"]')?.getAttribute('href');
    const prev = (slug: string) => page(`/articles/${slug}/`).querySelector('a[rel="prev"]')?.getAttribute('href');
    for (let i = 0; i < articles.length; i++) {
      expect(next(articles[i]!.slug)).toBe(articles[i + 1] ? `/articles/${articles[i + 1]!.slug}/` : undefined);
      expect(prev(articles[i]!.slug)).toBe(articles[i - 1] ? `/articles/${articles[i - 1]!.slug}/` : undefined);
    }
  });

  it('state the source without inventing a date or page number, and mark the year as inferred', () => {
    const source = text(page('/articles/linli/').querySelector('.source-line'));
    expect(source).toContain('《今日女报》');
    expect(source).toContain('本版第7篇');
    expect(source).toContain('上接03版');
    expect(source).toContain('原版未印出版日期和版次');
    expect(source).toContain('年份（推断）：2020年');
    expect(source).not.toMatch(/20\d\d[-年]\d{1,2}[-月]\d{1,2}/);
  });

  it('show key figures with what they count', () => {
    const figures = text(page('/articles/taojiang/').querySelector('.figures'));
    expect(figures).toBe('3660名妇联执委');
  });
});

describe('region pages', () => {
  it.each(articles.map((a) => [a.slug, a] as const))("%s is listed on its own division's page, reached by links from its prefecture", (slug, a) => {
    const paths = regionPaths(a.data.region);
    const listed = (path: string) => page(path).querySelector(`main .article-list a[href="/articles/${slug}/"]`) !== null;
    expect(paths.map(listed), paths.join(' ')).toEqual(paths.map((_, i) => i === paths.length - 1));
    for (const [i, path] of paths.slice(0, -1).entries()) {
      expect(page(path).querySelector(`main .region-list a[href="${paths[i + 1]}"]`), path).not.toBeNull();
    }
  });

  it('list each report on exactly one region page, and a prefecture page only its own reports', () => {
    const regionPages = distFiles().filter((f) => f.startsWith('/regions/') && f !== '/regions/index.html');
    const listed = regionPages.flatMap((f) => page(f).querySelectorAll('main .article-list a').map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(articles.map((a) => `/articles/${a.slug}/`).sort());
    const changde = page('/regions/changde/');
    expect(changde.querySelector('main .article-list')).toBeNull();
    expect(text(changde.querySelector('main .region-list'))).toBe('临澧县1篇');
  });

  it('the index lists all 14 prefecture-level divisions, marking those without reports', () => {
    const items = page('/regions/').querySelectorAll('.region-list li');
    expect(items).toHaveLength(14);
    const without = items.filter((li) => text(li).includes('暂无报道')).map((li) => text(li).replace('暂无报道', ''));
    expect(without.sort()).toEqual(['长沙市', '湘西土家族苗族自治州'].sort());
    for (const li of items.filter((li) => !text(li).includes('暂无报道'))) expect(li.querySelector('a')).not.toBeNull();
  });

  it('tells 衡阳县 from 衡阳市', () => {
    expect(text(page('/regions/hengyang/').querySelector('h1'))).toBe('衡阳市');
    expect(text(page('/regions/hengyang/hengyang-xian/').querySelector('h1'))).toBe('衡阳县');
  });
});

describe('initiative pages', () => {
  it.each(projectSchemaInputs().vocabulary.map((v) => [v.id, v] as const))('/initiatives/%s/ lists exactly its articles', (id, v) => {
    const doc = page(`/initiatives/${id}/`);
    expect(text(doc.querySelector('h1'))).toBe(v.name.replace(/\s+/g, ''));
    const listed = doc.querySelectorAll('main .article-list a').map((a) => a.getAttribute('href'));
    expect(listed).toEqual(articles.filter((a) => a.data.initiatives.includes(id)).map((a) => `/articles/${a.slug}/`));
  });

  it('the index shows every initiative with its count', () => {
    const items = page('/initiatives/').querySelectorAll('main .region-list li');
    expect(items).toHaveLength(projectSchemaInputs().vocabulary.length);
    expect(text(items.find((li) => text(li).startsWith('党建带妇建')))).toBe('党建带妇建5篇');
  });
});

describe('page view and home', () => {
  it('lists the page in print order and says it continues from page 03', () => {
    const doc = page('/pages/000_fa27af0bc5488c72/');
    const links = doc.querySelectorAll('.page-toc a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(articles.map((a) => `/articles/${a.slug}/`));
    expect(text(doc.querySelector('main'))).toContain('本版上接03版');
  });

  it('serves the source text unchanged', () => {
    expect(readFileSync('dist/sources/000_fa27af0bc5488c72.txt')).toEqual(readFileSync('content/sources/000_fa27af0bc5488c72.txt'));
  });

  it("home shows the newest page's articles in print order, with its year labelled as inferred and why", () => {
    const home = page('/');
    const latest = home.getElementById('latest')!.parentNode!;
    expect(latest.querySelector('a[href="/pages/000_fa27af0bc5488c72/"]')).not.toBeNull();
    expect(latest.querySelectorAll('ol.article-list a').map((a) => a.getAttribute('href'))).toEqual(articles.map((a) => `/articles/${a.slug}/`));
    const said = text(latest);
    expect(said).toContain('《今日女报》版次未印');
    expect(said).toContain('原版未印出版日期');
    expect(said).toContain('年份（推断）：2020年');
    expect(said).toContain('推断依据：原版未印出版日期；临澧县报道称');
    expect(said).not.toMatch(/20\d\d[-年]\d{1,2}[-月]\d{1,2}/);
  });

  it('home links every region with a report, with its count, instead of listing reports, and links the pages index', () => {
    const home = page('/');
    expect(home.querySelector('main a[href="/pages/"]')).not.toBeNull();
    // no article is listed outside the newest page's section
    expect(home.querySelectorAll('main .article-list')).toHaveLength(1);
    const groups = home.querySelectorAll('main h3 a:not(.heading-anchor)').map((a) => a.textContent);
    expect(groups).toHaveLength(12);
    expect(groups).toContain('株洲市');
    const linked = new Set(home.querySelectorAll('main section a').map((a) => a.getAttribute('href')));
    const reported = new Set(articles.flatMap((a) => regionPaths(a.data.region).slice(0, 2)));
    expect([...reported].filter((path) => !linked.has(path))).toEqual([]);
    expect(text(home.getElementById('临澧县'))).toBe('临澧县1篇');
  });

  it('the pages index lists the years with their counts, each year page its pages', () => {
    const ids = readdirSync('content/pages').map((f) => f.replace(/\.yaml$/, ''));
    const index = page('/pages/');
    const years = index.querySelectorAll('main .year-list li');
    expect(years.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(['/pages/years/2020/']);
    expect(text(years[0])).toBe(`2020年${ids.length}个版面·${articles.length}篇（其中1个版面的年份为推断）`);
    // every printed page is listed exactly once, on its year's page
    const listed = years.flatMap((li) => page(li.querySelector('a')!.getAttribute('href')!).querySelectorAll('main .page-list > li > a').map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(ids.map((id) => `/pages/${id}/`).sort());
    const entry = text(page('/pages/years/2020/').querySelector('main .page-list li'));
    expect(entry).toMatch(/^《今日女报》版次未印（上接03版）12篇原版未印出版日期，年份（推断）：2020年（推断依据：.+）$/);
  });

  it('has a Chinese 404 page with a way back', () => {
    const doc = page('/404.html');
    expect(text(doc.querySelector('h1'))).toBe('找不到这个页面');
    expect(doc.querySelector('main a[href="/"]')).not.toBeNull();
  });
});

describe('whole site', () => {
  const html = distFiles().filter((f) => f.endsWith('.html'));

  it('runs a script only on the search page: article pages ship no JavaScript', () => {
    const scripts = (f: string) => [...readFileSync(`dist${f}`, 'utf8').matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    for (const f of html) {
      const executable = scripts(f).filter((attrs) => !attrs.includes('application/ld+json'));
      if (f === '/search/index.html') expect(executable).toEqual([expect.stringMatching(/type="module" src="\/_astro\/search/)]);
      else expect(executable, f).toEqual([]);
    }
  });

  it('every published URL still exists', () => {
    const published = readFileSync('content/published-urls.txt', 'utf8').split('\n').filter((l) => l.startsWith('/'));
    expect(published.length).toBeGreaterThan(60);
    const files = distFiles();
    const missing = published.filter((u) => !files.includes(u.endsWith('/') ? `${u}index.html` : u));
    expect(missing).toEqual([]);
  });

  it('has no stray pages beyond content, regions and initiatives', () => {
    // a folder per article page, and its files beside it (data, text, citation exports)
    const endings = Object.values(ARTICLE_FILES).map((f) => f.ending);
    const expected = articles.flatMap((a) => [a.slug, ...endings.map((e) => `${a.slug}${e}`)]);
    expect(readdirSync('dist/articles').sort()).toEqual(expected.sort());
  });
});
