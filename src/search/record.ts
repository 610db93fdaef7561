// What the index stores for each article, shared by the indexer (which writes it) and the
// search page (which reads it back from Pagefind's fragments).
//
// Pagefind indexes every meta value as words too, so meta holds only the short display fields;
// the searchable text travels as the record's content, its parts split by SEPARATOR.
import { fromIndexText, normalize, toIndexText } from './tokenize.ts';

/** Facets a reader can narrow by. */
export const FACETS = ['prefecture', 'county', 'initiative', 'kind'] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_LABELS: Record<Facet, string> = {
  prefecture: '市州',
  county: '县市区',
  initiative: '举措',
  kind: '类型',
};

/** The filter naming each page's volume, which the search adds when it loads a volume (engine.ts), not stored in the index; not a facet the reader sees. */
export const VOLUME_FILTER = 'volume';

/** Between parts of the content, so no phrase spans two of them (headline into body, say). */
export const SEPARATOR = '‖';

/** An article as read from its built page. */
export interface ArticleDoc {
  url: string;
  headline: string;
  /** Organisation line as printed, colon included (reports only). */
  organisation: string;
  /** Region names from prefecture down, e.g. 常德市 › 临澧县. */
  region: string;
  /** Toneless pinyin of the place names (changdeshi/linlixian), for Latin-letter queries. */
  pinyin: string;
  /** The volume (publication year, or undated) it is indexed in: src/lib/volume.ts. */
  volume: string;
  byline: string;
  body: string;
  captions: string[];
  filters: Partial<Record<Facet, string[]>>;
}

/** A search result as the page uses it. */
export interface SearchDoc {
  url: string;
  /** Rank in the order Pagefind returned it (print order), for stable ties. */
  order: number;
  /** Display fields, as printed. */
  headline: string;
  /** Organisation line without its colon (reports only). */
  organisation: string;
  region: string;
  /** Searchable parts, normalized: organisation line, pinyin, headline, byline, body, captions… */
  parts: string[];
  filters: Partial<Record<Facet, string[]>>;
}

export const PART = { organisation: 0, pinyin: 1, headline: 2, rest: 3 } as const;

export const searchParts = (a: ArticleDoc) => [a.organisation, a.pinyin, a.headline, a.byline, a.body, ...a.captions];

/** Pagefind custom record for an article (`index`: the tokenisation; the benchmark compares others). */
export function toRecord(a: ArticleDoc, index: (text: string) => string = toIndexText) {
  return {
    url: a.url,
    content: searchParts(a).map(index).join(` ${SEPARATOR} `),
    meta: { title: a.headline, organisation: a.organisation.replace(/[:：]$/, ''), region: a.region },
    filters: a.filters as Record<string, string[]>,
  };
}

/** Pagefind escapes < and > in fragment content; our rendering never parses it as HTML. */
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export function fromFragment(
  fragment: { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> },
  order: number,
): SearchDoc {
  const m = fragment.meta;
  return {
    url: fragment.url,
    order,
    headline: m.title ?? '',
    organisation: m.organisation ?? '',
    region: m.region ?? '',
    parts: unescape(fragment.content)
      .split(SEPARATOR)
      .map((p) => normalize(fromIndexText(p))),
    filters: fragment.filters,
  };
}
