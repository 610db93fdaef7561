// One article model: every representation of an article (its page's description and head
// tags, the GB/T 7714 citation, JSON-LD, and the JSON and plain-text exports) is derived here,
// from the article's data alone. Pure, so it is unit-tested without a build.
import type { ResolvedRegion } from '../regions/divisions.ts';
import { ARTICLE_KINDS, type ArticleData } from '../schema/article.ts';
import type { PageData } from '../schema/page.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { gbtCitation } from './citation.ts';
import { newsArticleJsonLd } from './structured-data.ts';
import { articlePath, pagePath, sourceTextPath, withBase } from './urls.ts';

export interface ArticleMetaInput {
  slug: string;
  kind: 'county-report' | 'news';
  kindName: string;
  headline: string;
  organisation?: string | undefined;
  byline?: { role: string; name: string }[] | undefined;
  /** The body as printed, one string per paragraph. */
  paragraphs: readonly string[];
  captions: readonly string[];
  figures: readonly { value: number; unit: string; counts: string }[];
  initiatives: readonly { id: string; name: string }[];
  region?: ResolvedRegion | undefined;
  eventDate?: { month: number; day: number } | undefined;
  /** Position on its printed page, from 1. */
  order: number;
  page: {
    id: string;
    publication: string;
    date?: string | undefined;
    pageNumber?: string | undefined;
    continuedFrom?: string | undefined;
    inferredYear?: { value: number; reason: string } | undefined;
  };
  /** The site's origin (https://user.github.io) and base path (/archive/). */
  site: string;
  base: string;
}

const DESCRIPTION_LENGTH = 80;

/**
 * The model's input from an article as the archive stores it: the build's pages (Astro entries)
 * and its data files (the validated archive) both come through here.
 */
export function articleMetaInput(
  article: { slug: string; data: ArticleData; paragraphs: readonly string[] },
  page: { id: string; data: PageData },
  initiativeName: (id: string) => string,
  address: { site: string; base: string },
): ArticleMetaInput {
  const d = article.data;
  return {
    slug: article.slug,
    kind: d.kind,
    kindName: ARTICLE_KINDS[d.kind],
    headline: d.headline,
    organisation: d.kind === 'county-report' ? d.organisation : undefined,
    byline: d.kind === 'news' ? d.byline : undefined,
    paragraphs: article.paragraphs,
    captions: d.captions,
    figures: d.figures,
    initiatives: d.initiatives.map((id) => ({ id, name: initiativeName(id) })),
    region: d.region,
    eventDate: d.kind === 'news' ? d.eventDate : undefined,
    order: d.source.order,
    page: { id: page.id, ...page.data },
    site: address.site,
    base: address.base,
  };
}

/** The article as data: every field, with region codes, initiative names and the printed text. */
export function articleRecord(a: ArticleMetaInput): ArticleRecord {
  const absolute = (path: string) => new URL(withBase(path, a.base), a.site).href;
  const division = (d: { name: string; code: string }) => ({ name: d.name, code: d.code });
  return {
    slug: a.slug,
    url: absolute(articlePath(a.slug)),
    kind: a.kind,
    ...(a.organisation !== undefined ? { organisation: a.organisation } : {}),
    headline: a.headline,
    ...(a.byline?.length ? { byline: a.byline } : {}),
    region: a.region
      ? {
          province: division(a.region.province),
          prefecture: division(a.region.prefecture),
          ...(a.region.county ? { county: division(a.region.county) } : {}),
          ...(a.region.township ? { township: division(a.region.township) } : {}),
        }
      : null,
    initiatives: a.initiatives.map(({ id, name }) => ({ id, name })),
    figures: a.figures.map(({ value, unit, counts }) => ({ value, unit, counts })),
    captions: [...a.captions],
    ...(a.eventDate ? { eventDate: a.eventDate } : {}),
    source: {
      publication: a.page.publication,
      page: a.page.id,
      pageUrl: absolute(pagePath(a.page.id)),
      sourceText: absolute(sourceTextPath(a.page.id)),
      order: a.order,
      date: a.page.date ?? null,
      pageNumber: a.page.pageNumber ?? null,
      ...(a.page.continuedFrom ? { continuedFrom: a.page.continuedFrom } : {}),
      // Never a printed date: the year the text implies, with why.
      inferredYear: a.page.inferredYear ?? null,
    },
    paragraphs: [...a.paragraphs],
  };
}


/** Headline, organisation line, byline, body and captions exactly as printed, in print order. */
export function plainText(a: ArticleMetaInput): string {
  const head = [
    ...(a.organisation !== undefined ? [`${a.organisation}:`] : []),
    a.headline,
    ...(a.byline?.length ? [a.byline.map((b) => `${b.role} ${b.name}`).join(' ')] : []),
  ];
  return `${[head.join('\n'), ...a.paragraphs, ...a.captions].join('\n\n')}\n`;
}

/**
 * The article as one CSL-JSON record (type article-newspaper), from which every citation export
 * is generated. An inferred year is an approximate date (CSL `circa`) with a note saying so.
 */
export function cslRecord(a: ArticleMetaInput, url: string) {
  const inferred = a.page.date ? undefined : a.page.inferredYear;
  const printed = a.page.date?.split('-').map(Number);
  return {
    id: a.slug,
    type: 'article-newspaper',
    title: a.headline,
    author: a.kind === 'county-report' && a.organisation !== undefined ? [{ literal: a.organisation }] : (a.byline ?? []).map((b) => ({ literal: b.name })),
    'container-title': a.page.publication,
    language: 'zh-CN',
    URL: url,
    ...(printed ? { issued: { 'date-parts': [printed] } } : inferred ? { issued: { 'date-parts': [[inferred.value]], circa: true } } : {}),
    ...(a.page.pageNumber ? { page: a.page.pageNumber } : {}),
    ...(inferred ? { note: `出版年 ${inferred.value} 为推断（原版未印日期）：${inferred.reason}` } : {}),
  };
}

export type CslRecord = ReturnType<typeof cslRecord>;

export function articleMeta(a: ArticleMetaInput) {
  const record = articleRecord(a);
  const opening = a.paragraphs.join('').replace(/\s+/g, ' ').trim().slice(0, DESCRIPTION_LENGTH);
  const description = `${a.organisation !== undefined ? `${a.organisation}：` : ''}${a.headline}。${opening}…`;
  const authors = a.kind === 'county-report' && a.organisation !== undefined ? [a.organisation] : (a.byline ?? []).map((b) => b.name);
  const inferred = a.page.date ? undefined : a.page.inferredYear;
  const places = a.region ? [a.region.province, a.region.prefecture, a.region.county, a.region.township].filter((d) => d !== undefined).map((d) => d.name) : [];
  return {
    record,
    permalink: record.url,
    description,
    authors,
    citation: gbtCitation({ authors, title: a.headline, publication: a.page.publication, date: a.page.date, pageNumber: a.page.pageNumber, inferredYear: inferred?.value }),
    /** Explains a bracketed (inferred) year in the citation. */
    inferredNote: inferred
      ? `方括号中的年份 [${inferred.value}] 为推断的出版年（原版未印日期），依 GB/T 7714—2015 对估计出版年的写法。`
      : undefined,
    citationTags: { title: a.headline, authors, publication: a.page.publication, date: a.page.date },
    jsonLd: newsArticleJsonLd({
      url: record.url,
      headline: a.headline,
      description,
      organisation: a.organisation,
      reporters: a.kind === 'news' ? authors : undefined,
      publication: a.page.publication,
      places,
      datePublished: a.page.date,
      keywords: a.initiatives.map((i) => i.name),
    }),
    /** Search facets: region names from prefecture down, and the kind's name. */
    regionNames: places.slice(1),
    plainText: plainText(a),
    csl: cslRecord(a, record.url),
  };
}

export type ArticleMeta = ReturnType<typeof articleMeta>;
