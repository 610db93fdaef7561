// Long lists split into numbered pages, and the lists that would grow with the whole archive (the
// home page, the pages index) kept bounded. The real archive is too small to need a second page, so
// a synthetic archive of 240 articles (bench/corpus.ts) on pages dated over three years is built for
// real in a scratch folder, with 130 of them moved to one county so that its region page runs over two pages.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE, generateSite, type GeneratedArticle } from '../../bench/corpus.ts';
import { articleFile, CONTENT } from '../../src/archive/paths.ts';
import { siteRoutes } from '../../src/archive/routes.ts';
import { validateProject } from '../../src/archive/validate.ts';
import { listFiles } from '../../src/lib/files.ts';
import { divisionSlug } from '../../src/lib/slug.ts';
import { compareVolumeKeys, volumeLabel } from '../../src/lib/volume.ts';
import { articlePath, INDEX, initiativePath, LIST_PAGE_SIZE, listPagePath, pagePath, pageYearPath, regionPath } from '../../src/lib/urls.ts';
import { fileForUrl, page as distPage } from '../../tools/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { moveReports } from '../helpers/move-reports.ts';
import { runAstro } from '../helpers/scratch.ts';

const dir = mkdtempSync(join(tmpdir(), 'archive-lists-'));
const dist = join(dir, 'dist');
const page = (pathname: string) => distPage(pathname, dist);
const site = { exists: (p: string) => fileForUrl(p, dist) !== undefined, page };
let articles: GeneratedArticle[];

/** The county the long region list is made in, and how many reports are moved there. */
const LONG = { prefecture: '怀化市', county: '鹤城区', moved: 130 };
/** Articles per year of printed dates: 240 articles give pages in three years. */
const PER_YEAR = 100;
const longCounty = regionPath([divisionSlug(LONG.prefecture), divisionSlug(LONG.county, LONG.prefecture)]);
/** Article path → its county page, as written in each article's file (after the move). */
const countyOf = new Map<string, string>();

/** Moves the first reports to LONG's county, and notes where every report's county page is. */
function moveToLongCounty() {
  moveReports(dir, articles.slice(0, LONG.moved).map((a) => a.slug), LONG);
  for (const a of articles) {
    const text = readFileSync(join(dir, articleFile(a.slug)), 'utf8');
    const [prefecture, county] = [/^ {2}prefecture: (.+)$/m, /^ {2}county: (.+)$/m].map((re) => re.exec(text)![1]!) as [string, string];
    countyOf.set(articlePath(a.slug), regionPath([divisionSlug(prefecture), divisionSlug(county, prefecture)]));
  }
}

/** Page n of a list of `pages` pages (`at` gives each page's path): title, pager, prev/next links, no broken link. */
function expectListPage(at: (n: number) => string, n: number, pages: number): void {
  const doc = page(at(n));
  expect(doc.querySelector('title')?.text, at(n)).toContain(`第 ${n} 页，共 ${pages} 页`);
  expect(doc.querySelector('.pager [aria-current="page"]')?.text, at(n)).toBe(String(n));
  const rel = (r: string) => doc.querySelector(`link[rel="${r}"]`)?.getAttribute('href');
  expect(rel('prev'), at(n)).toBe(n > 1 ? `http://localhost:4321${at(n - 1)}` : undefined);
  expect(rel('next'), at(n)).toBe(n < pages ? `http://localhost:4321${at(n + 1)}` : undefined);
  expect(brokenLinks(at(n), doc, site), at(n)).toEqual([]);
}

beforeAll(() => {
  articles = generateSite(240, dir, { perYear: PER_YEAR }).articles;
  moveToLongCounty();
  const built = runAstro(dir, ['build']);
  if (built.status !== 0) throw new Error(built.output);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each initiative with reports: the articles it should list (in print order), and its page folders. */
const initiatives = () =>
  readdirSync(join(dist, 'initiatives'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map(({ name }) => ({
      name,
      want: articles.filter((a) => a.initiatives.includes(name)).map((a) => articlePath(a.slug)),
      pages: 1 + readdirSync(join(dist, 'initiatives', name)).filter((f) => /^\d+$/.test(f)).length,
    }));

describe('initiative pages', () => {
  it('split a long list into pages of LIST_PAGE_SIZE, every report once, in print order, pages linked in turn', () => {
    const long = initiatives().filter((i) => i.want.length > LIST_PAGE_SIZE);
    expect(long.length, 'the synthetic archive must have an initiative longer than one page').toBeGreaterThan(0);
    for (const { name, want, pages } of long) {
      expect(pages, name).toBe(Math.ceil(want.length / LIST_PAGE_SIZE));
      const at = (n: number) => listPagePath(initiativePath(name), n);
      const seen: string[] = [];
      for (let n = 1; n <= pages; n++) {
        const doc = page(at(n));
        seen.push(...doc.querySelectorAll('main .article-list a').map((a) => a.getAttribute('href')!));
        // The total on the first page only, so appending reports leaves the middle pages as they are.
        const range = `第 ${(n - 1) * LIST_PAGE_SIZE + 1}–${Math.min(n * LIST_PAGE_SIZE, want.length)} 篇`;
        if (n === 1) expect(doc.text, at(n)).toContain(`${want.length} 篇报道提到这一做法，这里是${range}`);
        else expect(doc.text, at(n)).toContain(`提到这一做法的报道，这里是${range}`);
        if (n > 1) expect(doc.text, at(n)).not.toContain(`${want.length} 篇报道`);
        expectListPage(at, n, pages);
      }
      expect(seen, name).toEqual(want);
    }
  });

  it('keep a short list on one page, without a pager', () => {
    const short = initiatives().filter((i) => i.want.length > 0 && i.want.length <= LIST_PAGE_SIZE);
    expect(short.length).toBeGreaterThan(0);
    for (const { name, want, pages } of short) {
      expect(pages, name).toBe(1);
      const doc = page(initiativePath(name));
      expect(doc.querySelector('.pager'), name).toBeNull();
      expect(doc.querySelectorAll('main .article-list a').map((a) => a.getAttribute('href')), name).toEqual(want);
    }
  });
});

/** Every region page the build wrote (all pages of each list), as site paths. */
const regionPages = () =>
  listFiles(join(dist, 'regions'))
    .filter((f) => f !== 'index.html')
    .map((f) => `/regions/${f.replace(/index\.html$/, '')}`);
const listed = (path: string) => page(path).querySelectorAll('main .article-list a').map((a) => a.getAttribute('href')!);

describe('region pages', () => {
  it("split a long county list into pages of LIST_PAGE_SIZE, in print order, pages linked in turn", () => {
    const want = articles.map((a) => articlePath(a.slug)).filter((p) => countyOf.get(p) === longCounty);
    const pages = Math.ceil(want.length / LIST_PAGE_SIZE);
    expect(pages, 'the moved reports must need a second page').toBeGreaterThan(1);
    const at = (n: number) => listPagePath(longCounty, n);
    expect(regionPages().filter((p) => p.startsWith(longCounty)).sort()).toEqual(Array.from({ length: pages }, (_, i) => at(i + 1)).sort());
    const seen: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const doc = page(at(n));
      seen.push(...listed(at(n)));
      expect(doc.querySelector('h1')?.text, at(n)).toBe(LONG.county);
      expectListPage(at, n, pages);
    }
    expect(seen).toEqual(want);
  });

  it('list every report on exactly one page, that of its county', () => {
    const where = regionPages().flatMap((path) => listed(path).map((href) => [href, path.replace(/\d+\/$/, '')] as const));
    expect(where.map(([href]) => href).sort()).toEqual(articles.map((a) => articlePath(a.slug)).sort());
    for (const [href, path] of where) expect(path, href).toBe(countyOf.get(href));
  });

  it("link a prefecture's counties with their counts instead of listing their reports", () => {
    const prefecture = regionPath([divisionSlug(LONG.prefecture)]);
    const doc = page(prefecture);
    expect(doc.querySelector('main .article-list')).toBeNull();
    const counties = doc.querySelectorAll('main .region-list li').map((li) => [li.querySelector('a')!.getAttribute('href')!, li.querySelector('.count')!.text] as const);
    const inPrefecture = [...countyOf.values()].filter((c) => c.startsWith(prefecture));
    expect(counties.map(([href]) => href).sort()).toEqual([...new Set(inPrefecture)].sort());
    for (const [href, count] of counties) expect(count, href).toBe(`${inPrefecture.filter((c) => c === href).length} 篇`);
    expect(brokenLinks(prefecture, doc, site)).toEqual([]);
  });

  it('stay small: no region page holds more than one page of reports', () => {
    const sizes = regionPages().map((path) => [path, statSync(join(dist, path, 'index.html')).size] as const);
    const [heaviest, size] = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(size, heaviest).toBeLessThan(40_000);
  });
});

/** The printed page an article is on (bench/corpus.ts puts ARTICLES_PER_PAGE on each, in order). */
const pageIdOf = (i: number) => `bench-${String(Math.floor(i / ARTICLES_PER_PAGE) + 1).padStart(4, '0')}`;

describe('home page', () => {
  it("lists only the newest printed page's articles, in print order", () => {
    const newest = pageIdOf(articles.length - 1);
    const want = articles.filter((_, i) => pageIdOf(i) === newest).map((a) => articlePath(a.slug));
    const home = page(INDEX.home);
    expect(home.querySelectorAll('main .article-list a').map((a) => a.getAttribute('href'))).toEqual(want);
    expect(home.querySelector(`main a[href="${pagePath(newest)}"]`)).not.toBeNull();
    expect(home.querySelector('main .page-date')?.text).toContain(`出版日期：${articles.at(-1)!.volume}-`);
  });

  it('links every prefecture and county with reports, with its count', () => {
    const home = page(INDEX.home);
    const counts = new Map(home.querySelectorAll('main section .region-list li').map((li) => [li.querySelector('a')!.getAttribute('href')!, li.querySelector('.count')!.text] as const));
    for (const county of new Set(countyOf.values())) expect(counts.get(county), county).toBe(`${[...countyOf.values()].filter((c) => c === county).length} 篇`);
    const prefectures = new Set([...countyOf.values()].map((c) => c.replace(/[^/]+\/$/, '')));
    for (const prefecture of prefectures) expect(home.querySelector(`main h3 a[href="${prefecture}"]`), prefecture).not.toBeNull();
    expect(brokenLinks(INDEX.home, home, site)).toEqual([]);
  });
});

describe('pages by year', () => {
  const yearsOf = () => [...new Set(articles.map((a) => a.volume))].sort(compareVolumeKeys);

  it('the pages index lists the years newest first, with their counts of pages and articles', () => {
    const index = page(INDEX.pages);
    const items = index.querySelectorAll('main .year-list li');
    expect(yearsOf().length, 'the synthetic archive must span several years').toBeGreaterThan(2);
    expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(yearsOf().map(pageYearPath));
    for (const [i, key] of yearsOf().entries()) {
      const inYear = articles.filter((a) => a.volume === key);
      const pages = new Set(articles.flatMap((a, j) => (a.volume === key ? [pageIdOf(j)] : [])));
      expect(items[i]!.text.replace(/\s+/g, ' '), key).toContain(`${volumeLabel(key)} ${pages.size} 个版面 · ${inYear.length} 篇`);
    }
    expect(brokenLinks(INDEX.pages, index, site)).toEqual([]);
  });

  it('the year pages together list every printed page exactly once, each in its year', () => {
    const ids = readdirSync(join(dir, CONTENT.pages)).map((f) => f.replace(/\.yaml$/, ''));
    const listed = yearsOf().flatMap((key) => {
      const doc = page(pageYearPath(key));
      expect(brokenLinks(pageYearPath(key), doc, site), key).toEqual([]);
      return doc.querySelectorAll('main .page-list > li').map((li) => {
        expect(li.querySelector('.page-date')?.text, key).toContain(`出版日期：${key}-`);
        return li.querySelector('a')!.getAttribute('href')!;
      });
    });
    expect(listed.sort()).toEqual(ids.map(pagePath).sort());
  });

  it('keep the home page and the pages index small', () => {
    const size = (path: string) => statSync(join(dist, path, 'index.html')).size;
    expect(size(INDEX.home)).toBeLessThan(100 * 1024);
    expect(size(INDEX.pages)).toBeLessThan(10 * 1024);
  });
});

describe('list pages known without a build', () => {
  it('are exactly the initiative, region and year pages the build writes', () => {
    const lists = (paths: Iterable<string>) => [...paths].filter((p) => /^\/(initiatives|regions|pages\/years)\/./.test(p)).sort();
    const built = listFiles(dist)
      .filter((f) => f.endsWith('index.html'))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect(lists(siteRoutes(validateProject(dir).archive).live)).toEqual(lists(built));
  });
});
