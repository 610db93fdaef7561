// Every internal URL is built here, so a route and the links to it cannot drift apart.
// Published URLs must never change: change these only with redirects.
//
// The builders give site paths (/articles/linli/): the identity of a page, as recorded in
// content/published-urls.txt and redirects. A link in a page is `withBase(path)`, so the whole
// site also works under a sub-path (SITE_URL=https://user.github.io/archive/).

declare const __ARCHIVE_BASE__: string | undefined;

/**
 * The path the site is served under (/ or /archive/): astro.config.mjs defines it from SITE_URL for
 * the build; / outside a site build. Not import.meta.env.BASE_URL, which a BASE_URL variable in the
 * deployer's environment would override.
 */
export const BASE = typeof __ARCHIVE_BASE__ === 'string' ? __ARCHIVE_BASE__ : '/';

/** A site path as a link: /articles/linli/ → /archive/articles/linli/ under a sub-path. */
export const withBase = (path: string, base: string = BASE) => `${base.replace(/\/$/, '')}${path}`;

export const articlePath = (slug: string) => `/articles/${slug}/`;
/** A file an article is offered as, beside its page: /articles/linli.json, /articles/linli.bib … */
export const articleFilePath = (slug: string, ending: string) => `/articles/${slug}${ending}`;
export const initiativePath = (id: string) => `/initiatives/${id}/`;
export const pagePath = (id: string) => `/pages/${id}/`;
export const sourceTextPath = (id: string) => `/sources/${id}.txt`;
/** Region pages nest by level: /regions/shaoyang/, /regions/shaoyang/wugang/, /regions/xiangtan/xiangxiang/qizi/. */
export const regionPath = (slugs: readonly string[]) => `/regions/${slugs.map((s) => `${s}/`).join('')}`;

export const INDEX = {
  home: '/',
  regions: '/regions/',
  initiatives: '/initiatives/',
  pages: '/pages/',
  search: '/search/',
  /** Key figures across counties. */
  figures: '/figures/',
} as const;

/**
 * A year's printed pages (a volume, lib/volume.ts): /pages/years/2020/, /pages/years/undated/. Two
 * segments below /pages/, so never a printed page's /pages/<id>/ (an id is one file name, no slash).
 */
export const PAGE_YEARS = `${INDEX.pages}years/`;
export const pageYearPath = (key: string) => `${PAGE_YEARS}${key}/`;

/** A key figure on its article's page: /articles/linli/#figure-2. */
export const figureAnchor = (slug: string, index: number) => `${articlePath(slug)}#${figureId(index)}`;
export const figureId = (index: number) => `figure-${index}`;

/** The whole archive as data, explained on /data/. */
export const DATA = {
  page: '/data/',
  articlesJson: '/data/articles.json',
  articlesCsv: '/data/articles.csv',
  figuresCsv: '/data/figures.csv',
  schema: '/data/article.schema.json',
} as const;

/** Files every build writes besides the pages. */
export const FILES = {
  feed: '/rss.xml',
  sitemap: '/sitemap-index.xml',
  favicon: '/favicon.svg',
  notFound: '/404.html',
  /** Lets a browser add the archive's search as a search engine. */
  openSearch: '/opensearch.xml',
  /** The first sitemap, which the sitemap integration always writes. */
  firstSitemap: '/sitemap-0.xml',
  /** Pagefind's runtime, one for every volume of the index. */
  searchRuntime: '/pagefind/pagefind.js',
  /** The index's volumes, newest first: what the search page reads before searching. */
  searchVolumes: '/pagefind/volumes.json',
} as const;

/** One volume (a year) of the search index, a Pagefind bundle of its own: /pagefind/2020/. */
export const searchVolumePath = (key: string) => `/pagefind/${key}/`;

/** Reports per page of a list (an initiative's or a region's reports): long lists are split into numbered pages. */
export const LIST_PAGE_SIZE = 100;
/** Page n of a list whose first page is at `first` (/initiatives/x/ → /initiatives/x/2/, /regions/a/b/ → /regions/a/b/2/). */
export const listPagePath = (first: string, n: number) => (n === 1 ? first : `${first}${n}/`);
/** Where paginated lists live. Region slugs are pinyin, never a number, so /regions/a/b/2/ cannot be a township. */
const LISTS = [INDEX.initiatives, INDEX.regions];
/**
 * The later pages of a list (/initiatives/x/2/, /regions/a/b/2/): they shift as reports are added,
 * so they are not permanent links and never go into the published-URL manifest.
 */
export const isLaterListPage = (path: string) =>
  LISTS.some((list) => path.startsWith(list) && /^(?:[^/]+\/)+\d+\/(index\.html)?$/.test(path.slice(list.length)));
/**
 * The rest parameter of a route under `prefix` that serves `path`: /regions/a/b/2/ under /regions/
 * → a/b/2, and undefined for the prefix itself, so routes take their parameters from these builders.
 */
export function restParam(path: string, prefix: string): string | undefined {
  if (!path.startsWith(prefix)) throw new Error(`${path} 不在 ${prefix} 之下`);
  return path.slice(prefix.length).replace(/\/$/, '') || undefined;
}
