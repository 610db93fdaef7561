// From a page's text and the archive as it is to the exact changes an import would make. Pure
// apart from the injected data, so a dry run, a real run and the tests all see the same plan.
import type { ContentFiles } from '../archive/files.ts';
import { articleFile, CONTENT, pageFile, sourceFile } from '../archive/paths.ts';
import { normalisedDigest, sha256 } from '../archive/source-text.ts';
import { parseYaml } from '../archive/yaml-file.ts';
import type { Archive } from '../archive/validate.ts';
import { bodyKey } from '../archive/rules.ts';
import { compact, mentions, type Initiative } from '../archive/vocabulary.ts';
import { suggestNewsSlug, suggestReportSlug } from '../lib/slug.ts';
import { articlePath } from '../lib/urls.ts';
import { organisationMatchesRegion, type DivisionIndex } from '../regions/divisions.ts';
import { shortName } from '../regions/names.ts';
import { existingArticles, type ExistingArticle } from './existing.ts';
import { matchArticles, similarity, type Identity } from './identity.ts';
import { ImportError, parsePage, type ParsedArticle, type ParsedPage } from './parse.ts';
import { regionFromOrganisation, selfNames, type OrganisationRegion } from './region.ts';
import { mergeDraft, renderDraft, renderPage, type Draft } from './render.ts';

export interface PlanInput {
  bytes: Uint8Array;
  text: string;
  pageId: string;
  /** The project's content as it is now, and the archive validated from it. */
  files: ContentFiles;
  archive: Archive;
  divisions: DivisionIndex;
  vocabulary: readonly Initiative[];
  publication?: string;
}

/** new: a new article and URL; same: file unchanged; updated: only its place or layout changes; corrected: its printed text changes. */
export type ArticleStatus = 'new' | 'same' | 'updated' | 'corrected';

export interface PlannedArticle {
  draft: Draft;
  status: ArticleStatus;
  previous?: ExistingArticle | undefined;
  /** What the editor should confirm about this article. */
  notes: string[];
}

export interface Removal {
  article: ExistingArticle;
  /** Where its URL redirects (content/redirects.yaml), when it was published. */
  redirectTo?: string | undefined;
}

export interface ImportPlan {
  page: ParsedPage;
  articles: PlannedArticle[];
  removals: Removal[];
  /** Files whose content changes or that are new. */
  writes: Map<string, string | Uint8Array>;
  /** Reasons the import must not happen; nothing is written when there is any. */
  refusals: string[];
  /** Existing files whose text this import replaces or removes: written only with --force, after a backup. */
  overwrites: string[];
}

const identity = (a: { organisation?: unknown; headline?: unknown }, paragraphs: readonly string[], captions: unknown): Identity => ({
  organisation: typeof a.organisation === 'string' ? a.organisation : undefined,
  headline: typeof a.headline === 'string' ? a.headline : '',
  text: [...paragraphs, ...(Array.isArray(captions) ? captions.map(String) : [])].join(''),
});

/** Everything printed of an article, for initiative suggestions. */
const printedText = (a: ParsedArticle) => [a.headline, ...a.paragraphs, ...a.captions].join('');

/** The printed parts of an article, to tell a text correction from a move. */
const printedParts = (a: { kind?: unknown; headline?: unknown; organisation?: unknown; byline?: unknown; captions?: unknown }, paragraphs: readonly string[]) =>
  JSON.stringify([a.kind, a.headline, a.organisation ?? null, a.byline ?? null, a.captions ?? [], paragraphs]);

/** Bodies this similar by the same federation are a copy of one article, not two articles. */
const COPY = 0.9;

/** Refusals when the page, or its articles, are already in the archive under another page. */
function duplicates(input: PlanInput, articles: readonly ParsedArticle[]): string[] {
  const digest = normalisedDigest(input.bytes);
  const twin = input.archive.pages.find((p) => p.id !== input.pageId && p.source && normalisedDigest(p.source) === digest);
  const rename = (id: string) => `若要重新导入该版面，请把文件命名为 ${id}.txt 再导入`;
  if (twin) return [`与已有版面 ${twin.id}（${sourceFile(twin.id)}）的文字相同：同一版面只能收录一次。${rename(twin.id)}`];
  const others = new Map<string, Archive['articles'][number]>();
  const byOrganisation = new Map<string, Archive['articles'][number][]>();
  for (const a of input.archive.articles) {
    if (a.data.source.page === input.pageId) continue;
    others.set(bodyKey(a.paragraphs), a);
    if (a.data.kind === 'county-report') byOrganisation.set(a.data.organisation, [...(byOrganisation.get(a.data.organisation) ?? []), a]);
  }
  // The same text, or a lightly edited copy by the same federation.
  const heldBy = (a: ParsedArticle) =>
    others.get(bodyKey(a.paragraphs)) ??
    byOrganisation.get(a.organisation ?? '')?.find((b) => similarity(a.paragraphs.join(''), b.paragraphs.join('')) >= COPY);
  const held = articles.map(heldBy).filter((a) => a !== undefined);
  const byPage = new Map<string, number>();
  for (const a of held) byPage.set(a.data.source.page, (byPage.get(a.data.source.page) ?? 0) + 1);
  const [page, count] = [...byPage].sort((x, y) => y[1] - x[1])[0] ?? [];
  if (page && count! * 2 > articles.length) {
    return [`${articles.length} 篇文章中有 ${count} 篇已在版面 ${page} 中：这像是同一版面的另一份文本。${rename(page)}`];
  }
  return articles
    .filter((a) => others.has(bodyKey(a.paragraphs)))
    .map((a) => `“${a.headline}”的正文与 ${others.get(bodyKey(a.paragraphs))!.file}（版面 ${others.get(bodyKey(a.paragraphs))!.data.source.page}）相同：同一篇文章只能收录一次`);
}

export function planImport(input: PlanInput): ImportPlan {
  const regions = new Map<string, ReturnType<typeof regionFromOrganisation>>();
  const regionOf = (organisation: string) => {
    if (!regions.has(organisation)) regions.set(organisation, regionFromOrganisation(organisation, input.divisions));
    return regions.get(organisation)!;
  };
  const page = parsePage(input.text, (organisation) => {
    const r = regionOf(organisation);
    return r.ok ? selfNames(r.region) : [];
  });
  const refusals = duplicates(input, page.articles);
  const { articles: existing, unreadable } = existingArticles(input.files, input.pageId);
  for (const file of unreadable) refusals.push(`${file} 无法读取（没有 frontmatter 或 YAML 有误）：请先运行 npm run check 修好它，再导入`);

  const matches = matchArticles(
    page.articles.map((a) => identity(a, a.paragraphs, a.captions)),
    existing.map((e) => identity(e.data, e.paragraphs, e.data.captions)),
  );
  const published = new Set(input.archive.published.map((p) => p.url));
  const redirects = new Map(input.archive.redirects.map((r) => [r.from, r.to]));
  // A slug once used or published is never given to another article.
  const everPublished = [...published, ...redirects.keys()].flatMap((u) => /^\/articles\/([^/]+)\/$/.exec(u)?.[1] ?? []);
  const taken = new Set([...input.archive.slugs, ...everPublished]);

  const writes = new Map<string, string | Uint8Array>();
  const overwrites: string[] = [];
  const planned = page.articles.map((article, i): PlannedArticle => {
    const order = i + 1;
    const notes: string[] = [];
    let region: Draft['region'];
    let regionSuggested = false;
    if (article.organisation) {
      const r = regionOf(article.organisation);
      if (!r.ok) throw new ImportError(article.line, r.message);
      region = r.region;
      if (r.correction) notes.push(r.correction);
    } else {
      const named = input.divisions.prefectures.find((p) => article.headline.includes(shortName(p.name)));
      if (named) [region, regionSuggested] = [{ prefecture: named.name }, true];
    }
    const date = article.kind === 'news' ? /^(\d{1,2})月(\d{1,2})日/.exec(article.paragraphs[0] ?? '') : null;
    const previous = matches[i] === undefined ? undefined : existing[matches[i]!];
    const slug =
      previous?.slug ??
      (region && 'county' in region && article.kind === 'county-report' ? suggestReportSlug(region, taken) : suggestNewsSlug(article.headline, taken));
    taken.add(slug);
    const printed = compact(printedText(article));
    const draft: Draft = {
      article,
      slug,
      region,
      regionSuggested,
      initiatives: input.vocabulary.filter((v) => mentions(v, printed)).map((v) => v.id),
      ...(date ? { eventDate: { month: Number(date[1]), day: Number(date[2]) } } : {}),
      page: input.pageId,
      order,
    };
    const file = articleFile(slug);
    if (!previous) {
      writes.set(file, renderDraft(draft));
      return { draft, status: 'new', notes };
    }
    // The editor's region stays unless the organisation line now names another place.
    const keptRegion = previous.data.region as { county?: string; township?: string; prefecture?: string } | undefined;
    const moved =
      article.organisation !== undefined &&
      region !== undefined &&
      'county' in region &&
      (!keptRegion?.prefecture || organisationMatchesRegion(article.organisation, keptRegion as OrganisationRegion) !== undefined);
    if (moved) notes.push(`署名单位改为“${article.organisation}”，地区随之改为 ${Object.values(region as OrganisationRegion).join(' › ')}，请确认`);
    const content = mergeDraft(previous, article, { page: input.pageId, order }, moved ? (region as OrganisationRegion) : undefined);
    const corrected = printedParts(previous.data, previous.paragraphs) !== printedParts(article, article.paragraphs);
    if (content === previous.raw) return { draft, status: 'same', previous, notes };
    writes.set(file, content);
    if (corrected) overwrites.push(file);
    return { draft, status: corrected ? 'corrected' : 'updated', previous, notes };
  });

  const matched = new Set(matches.filter((m) => m !== undefined));
  const removals: Removal[] = [];
  existing.forEach((article, e) => {
    if (matched.has(e)) return;
    const url = articlePath(article.slug);
    const label = `${typeof article.data.organisation === 'string' ? `${article.data.organisation}：` : ''}${String(article.data.headline)}`;
    if (redirects.has(url)) removals.push({ article, redirectTo: redirects.get(url) });
    else if (published.has(url)) {
      refusals.push(
        `已发布的文章 ${url}（${article.file}，${label}）在新的版面文本中找不到，已发布的网址不能消失。` +
          `若它确实不属于此版面，请在 ${CONTENT.redirects} 中加一条 “- from: ${url}” “to: <现在的网址>”，再重新导入；否则请核对版面文本`,
      );
    } else {
      removals.push({ article });
      overwrites.push(article.file);
    }
  });

  const source = sourceFile(input.pageId);
  const storedSource = input.files.bytes(source);
  if (!storedSource || Buffer.compare(Buffer.from(storedSource), Buffer.from(input.bytes)) !== 0) writes.set(source, input.bytes);
  if (storedSource && writes.has(source)) overwrites.push(source);
  const pagePath = pageFile(input.pageId);
  const storedPage = input.files.text(pagePath);
  if (storedPage !== undefined && parseYaml(pagePath, storedPage).problems.length) {
    refusals.push(`${pagePath} 有误，无法更新：请先运行 npm run check 修好它，再导入`);
  } else {
    const pageText = renderPage(
      { publication: input.publication ?? '今日女报', sourceFile: source, sourceSha256: sha256(input.bytes), continuedFrom: page.continuedFrom },
      storedPage,
    );
    if (pageText !== storedPage) writes.set(pagePath, pageText);
  }

  return { page, articles: planned, removals, writes, refusals, overwrites };
}
