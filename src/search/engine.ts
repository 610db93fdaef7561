// Drives Pagefind in the browser. One exact phrase per term, results intersected. Up to
// FULL_RANK_LIMIT (one screen of) results are loaded whole, ranked and faceted exactly
// (results.ts); beyond that, only the fragments on screen are fetched: order comes from where
// the first hit sits (organisation line and headline come first in the index), and facet
// counts from Pagefind, on request.
import { FACETS, fromFragment, type Facet, type SearchDoc } from './record.ts';
import { applyFacets, facetCounts, rank, type Selection } from './results.ts';
import { canOccur, INDEX_LANGUAGE, toPhrase } from './tokenize.ts';
import { FILES, withBase } from '../lib/urls.ts';

/**
 * Results rendered at once; more on request. Every result shown costs its fragment (~1.5 kB
 * gzip at 10,000 articles): 10 rather than 20 saves 16–21 kB per query (bench/tokenisation.md).
 */
export const PAGE_SIZE = 10;
/**
 * Above this many results, fragments are loaded a screen at a time instead of all at once.
 * One screen: loading 82 fragments to rank them tripled a county query's bytes at 10,000
 * articles (bench/RESULTS.md).
 */
export const FULL_RANK_LIMIT = PAGE_SIZE;
/** Tests set a lower limit (localStorage 'search.fullRankLimit') to run the paged path on a small site. */
const fullRankLimit = () => Number(localStorage.getItem('search.fullRankLimit') ?? FULL_RANK_LIMIT);

type Filters = Record<string, { any: string[] }>;
interface PagefindResult {
  id: string;
  words: number[];
  data(): Promise<{ url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: { noWorker?: boolean; baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  /** Loads every filter chunk, after which searches report filter counts. */
  filters(): Promise<unknown>;
  search(query: string, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
}

export type Counts = Record<Facet, [string, number | null][]>;

export interface Answer {
  /** Results after the facet choices. */
  total: number;
  /** Results before the facet choices. */
  before: number;
  /** Facet values with counts (null where too costly to count); undefined until loadCounts(). */
  counts: Counts | undefined;
  /** Loads the facet counts: free for one screen of results, Pagefind's filter chunks beyond. */
  loadCounts(): Promise<Counts>;
  /** The results from..from+size, best first, loading what is needed. */
  slice(from: number, size: number): Promise<SearchDoc[]>;
}


/**
 * Pagefind takes its query language from <html lang> when it starts, and would cut our
 * pairs with its Chinese word segmenter. It reads the attribute synchronously in init(),
 * so the page keeps lang="zh-CN" for everything else.
 */
function initIn(language: string, init: () => Promise<void>): Promise<void> {
  const root = document.documentElement;
  const lang = root.lang;
  root.lang = language;
  try {
    return init();
  } finally {
    root.lang = lang;
  }
}
let loaded: Promise<{ pf: Pagefind; included: Set<string> }> | undefined;
function load() {
  loaded ??= Promise.all([
    import(/* @vite-ignore */ withBase(FILES.searchRuntime)).then(async (m: Pagefind) => {
      // On the main thread: the worker script is another 12 kB gzip on every first query, and
      // decoding one screen's chunks is short work (bench/RESULTS.md).
      // Result URLs are site paths in the index; Pagefind puts the base path in front.
      await m.options({ noWorker: true, baseUrl: withBase('/') });
      await initIn(INDEX_LANGUAGE, () => m.init());
      return m;
    }),
    fetch(withBase(FILES.searchSettings)).then((r) => r.json() as Promise<{ include_characters?: string[] }>),
  ]).then(([pf, entry]) => ({ pf, included: new Set(entry.include_characters ?? []) }));
  return loaded;
}

const docs = new Map<string, Promise<SearchDoc>>();
/** The article behind a result; `order` is its place in Pagefind's (print-order) results. */
const docOf = (r: PagefindResult, order: number) => {
  if (!docs.has(r.id)) docs.set(r.id, r.data().then((f) => fromFragment(f, order)));
  return docs.get(r.id)!;
};

const toFilters = (selection: Selection): Filters | undefined => {
  const entries = FACETS.filter((f) => selection[f]?.length).map((f) => [f, { any: selection[f]! }] as const);
  return entries.length ? Object.fromEntries(entries) : undefined;
};

/** Results of every term, intersected, in the first term's order. */
async function intersect(pf: Pagefind, terms: string[], filters?: Filters): Promise<PagefindResult[]> {
  const answers = await Promise.all(terms.map((t) => pf.search(toPhrase(t), filters ? { filters } : {})));
  const [first, ...rest] = answers;
  const keep = rest.map((a) => new Set((a?.results ?? []).map((r) => r.id)));
  return (first?.results ?? []).filter((r) => keep.every((ids) => ids.has(r.id)));
}

const NO_COUNTS = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Counts;
const EMPTY: Answer = { total: 0, before: 0, counts: NO_COUNTS, loadCounts: async () => NO_COUNTS, slice: async () => [] };

export async function find(terms: string[], selection: Selection): Promise<Answer> {
  const { pf, included } = await load();
  if (!terms.every((t) => canOccur(t, included))) return EMPTY;
  const all = await intersect(pf, terms);

  if (all.length <= fullRankLimit()) {
    const ranked = rank(await Promise.all(all.map((r, i) => docOf(r, i))), terms);
    const shown = applyFacets(ranked, selection);
    const counts = facetCounts(ranked, selection);
    return { total: shown.length, before: ranked.length, counts, loadCounts: async () => counts, slice: async (from, size) => shown.slice(from, from + size) };
  }

  const filters = toFilters(selection);
  const narrowed = filters ? await intersect(pf, terms, filters) : all;
  // Pagefind returns equal scores in print order; the first hit's position then puts
  // organisation-line and headline hits (which come first in the content) ahead of body hits.
  const ordered = narrowed.map((r, i) => ({ r, i })).sort((a, b) => (a.r.words[0] ?? 0) - (b.r.words[0] ?? 0) || a.i - b.i);
  // Pagefind counts filter values only once their chunks are loaded: at 10,000 articles all
  // four cost ~160 kB, more than the search itself, so they load when the reader asks
  // (or has already chosen a facet).
  let counts: Counts | undefined;
  const loadCounts = async () => {
    if (counts) return counts;
    await pf.filters();
    const totals = (await pf.search(toPhrase(terms[0]!)))?.totalFilters;
    counts = Object.fromEntries(
      FACETS.map((f) => {
        const values = Object.entries(totals?.[f] ?? {}).filter(([, n]) => n > 0);
        // Counts are the first term's; with more terms only the values are known.
        return [f, values.sort((a, b) => b[1] - a[1]).map(([v, n]) => [v, terms.length === 1 ? n : null])];
      }),
    ) as Counts;
    return counts;
  };
  if (filters) await loadCounts();
  return {
    total: ordered.length,
    before: all.length,
    get counts() {
      return counts;
    },
    loadCounts,
    slice: (from, size) => Promise.all(ordered.slice(from, from + size).map(({ r, i }) => docOf(r, i))),
  };
}
