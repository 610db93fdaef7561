// From a page's text to the exact files an import would write. Pure apart from the injected
// data, so a dry run, a real run and the tests all see the same plan.
import { createHash } from 'node:crypto';
import { mentions, type Initiative } from '../initiatives/vocabulary.ts';
import { pinyinSyllables, suggestReportSlug, uniqueSlug } from '../lib/slug.ts';
import type { DivisionIndex } from '../regions/divisions.ts';
import { shortName } from '../regions/names.ts';
import { ImportError, parsePage, type ParsedPage } from './parse.ts';
import { regionFromOrganisation, selfNames } from './region.ts';
import { renderDraft, renderPage, type Draft } from './render.ts';

export interface PlannedFile {
  path: string;
  content: string | Uint8Array;
}

export interface ImportPlan {
  page: ParsedPage;
  drafts: Draft[];
  files: PlannedFile[];
}

export interface PlanInput {
  bytes: Uint8Array;
  text: string;
  pageId: string;
  /** Slugs already used by other pages' articles. */
  takenSlugs: ReadonlySet<string>;
  /** Slugs of this page's articles from an earlier import, by print order. */
  previousSlugs: ReadonlyMap<number, string>;
  divisions: DivisionIndex;
  vocabulary: readonly Initiative[];
  publication?: string;
}

/** A news slug from the first syllables of its headline: huang-fang-zai-zhu-zhou-diao. */
const newsSlug = (headline: string) => pinyinSyllables(headline).slice(0, 6).join('-') || 'news';

export function planImport(input: PlanInput): ImportPlan {
  const regions = new Map<string, ReturnType<typeof regionFromOrganisation>>();
  const regionOf = (org: string) => {
    if (!regions.has(org)) regions.set(org, regionFromOrganisation(org, input.divisions));
    return regions.get(org)!;
  };
  const page = parsePage(input.text, (org) => {
    const r = regionOf(org);
    return r.ok ? selfNames(r.region) : [];
  });

  const taken = new Set(input.takenSlugs);
  const drafts = page.articles.map((article, i): Draft => {
    const order = i + 1;
    const text = [article.headline, ...article.paragraphs, ...article.captions].join('');
    const initiatives = input.vocabulary.filter((v) => mentions(v, text)).map((v) => v.id);
    let region: Draft['region'];
    let regionSuggested = false;
    if (article.organisation) {
      const r = regionOf(article.organisation);
      if (!r.ok) throw new ImportError(article.line, r.message);
      region = r.region;
    } else {
      const named = input.divisions.prefectures.find((p) => article.headline.includes(shortName(p.name)));
      if (named) [region, regionSuggested] = [{ prefecture: named.name }, true];
    }
    const date = /^(\d{1,2})月(\d{1,2})日/.exec(article.paragraphs[0] ?? '');
    const previous = input.previousSlugs.get(order);
    const slug =
      previous ??
      (article.kind === 'county-report' && region && 'county' in region ? suggestReportSlug(region, taken) : uniqueSlug(newsSlug(article.headline), taken));
    taken.add(slug);
    return {
      article,
      slug,
      region,
      regionSuggested,
      initiatives,
      ...(date ? { eventDate: { month: Number(date[1]), day: Number(date[2]) } } : {}),
      page: input.pageId,
      order,
    };
  });

  const sourceFile = `content/sources/${input.pageId}.txt`;
  const files: PlannedFile[] = [
    { path: sourceFile, content: input.bytes },
    {
      path: `content/pages/${input.pageId}.yaml`,
      content: renderPage({
        publication: input.publication ?? '今日女报',
        sourceFile,
        sourceSha256: createHash('sha256').update(input.bytes).digest('hex'),
        continuedFrom: page.continuedFrom,
      }),
    },
    ...drafts.map((d) => ({ path: `content/articles/${d.slug}.md`, content: renderDraft(d) })),
  ];
  return { page, drafts, files };
}
