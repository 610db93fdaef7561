// What the index stores for each article, shared by the indexer (which writes it) and the
// search page (which reads it back from Pagefind's fragments).

/** Facets a reader can narrow by. */
export const FACETS = ['prefecture', 'county', 'initiative', 'kind'] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_LABELS: Record<Facet, string> = {
  prefecture: '市州',
  county: '县市区',
  initiative: '举措',
  kind: '类型',
};

/** Printed parts of an article, in the order they are searched and shown. */
export interface SearchDoc {
  url: string;
  /** Position in print order across the archive, for stable ties. */
  order: number;
  headline: string;
  /** Organisation line (reports) — the federation that wrote it. */
  org: string;
  /** Region names from prefecture down, e.g. 常德市 › 临澧县. */
  region: string;
  byline: string;
  /** Toneless pinyin of the place and organisation names (changdeshi/linlixian/…), for Latin-letter queries. */
  pinyin: string;
  body: string;
  captions: string;
  filters: Partial<Record<Facet, string[]>>;
}

/** Text fields stored as Pagefind meta (strings only). */
export const META_FIELDS = ['headline', 'org', 'region', 'byline', 'pinyin', 'body', 'captions', 'order'] as const;

export function toMeta(doc: SearchDoc): Record<string, string> {
  return { title: doc.headline, ...Object.fromEntries(META_FIELDS.map((f) => [f, String(doc[f])])) };
}

export function fromFragment(fragment: { url: string; meta: Record<string, string>; filters: Record<string, string[]> }): SearchDoc {
  const m = fragment.meta;
  return {
    url: fragment.url,
    order: Number(m.order ?? 0),
    headline: m.headline ?? '',
    org: m.org ?? '',
    region: m.region ?? '',
    byline: m.byline ?? '',
    pinyin: m.pinyin ?? '',
    body: m.body ?? '',
    captions: m.captions ?? '',
    filters: fragment.filters,
  };
}

/** Everything searchable, in one string: the printed text, then the pinyin of its names. */
export const searchableText = (d: SearchDoc) => [d.org, d.headline, d.byline, d.body, d.captions, d.pinyin].join('\n');
