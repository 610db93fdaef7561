// Drives Pagefind in the browser, one volume (publication year) at a time, newest first
// (volumes.ts): one runtime and one WebAssembly download, the newest volume as Pagefind's primary
// index and older ones merged in as the reader goes on. One exact phrase per term, results
// intersected. Within a volume, up to FULL_RANK_LIMIT (one screen of) results are loaded whole,
// ranked and faceted exactly (results.ts); beyond that, only the fragments on screen are fetched:
// order comes from where the first hit sits (organisation line and headline come first in the
// index), and facet counts from Pagefind, on request.
import { mergeCounts, sliceAcross, totalOf, beforeOf, type Counts, type VolumeAnswer } from './combined.ts';
import { FACETS, fromFragment, VOLUME_FILTER, type SearchDoc } from './record.ts';
import { applyFacets, facetCounts, rank, type Selection } from './results.ts';
import { canOccur, INDEX_LANGUAGE, toPhrase } from './tokenize.ts';
import type { VolumeManifest } from './volumes.ts';
import { FILES, searchVolumePath, withBase } from '../lib/urls.ts';

export type { Counts } from './combined.ts';

/**
 * Results rendered at once; more on request. Every result shown costs its fragment (~1.5 kB
 * gzip at 10,000 articles): 10 rather than 20 saves 16–21 kB per query (bench/tokenisation.md).
 */
export const PAGE_SIZE = 10;
/**
 * Above this many results in a volume, fragments are loaded a screen at a time instead of all at
 * once. One screen: loading 82 fragments to rank them tripled a county query's bytes at 10,000
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
  /** Filter counts over the results the search's filters leave. */
  filters: Record<string, Record<string, number>>;
  /** Filter counts over all results. */
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: { noWorker?: boolean; baseUrl?: string; basePath?: string; mergeFilter?: Record<string, string> }): Promise<void>;
  init(): Promise<void>;
  /** Adds another bundle (an older volume) to every later search; shares the runtime's WebAssembly. */
  mergeIndex(path: string, options: { language: string; baseUrl: string; mergeFilter: Record<string, string> }): Promise<void>;
  /** Loads every filter chunk, after which searches report filter counts. */
  filters(): Promise<unknown>;
  search(query: string, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
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
interface Loaded {
  pf: Pagefind;
  volumes: VolumeManifest['volumes'];
  /** Volumes searchable so far: the newest (its primary index) and those merged after it. */
  merged: number;
  /**
   * Volumes Pagefind searches over, counting one being merged: Pagefind adds a volume to every
   * search as its merge starts, so whether to keep a search to one volume is decided by this.
   */
  inPagefind: number;
}
/**
 * Each volume's year as a filter Pagefind adds to every page of it when it loads, not one stored in
 * the index: filtering on it then loads no filter file, where a stored filter cost one per volume
 * on the way to a two-year first screen.
 */
const volumeFilter = (key: string) => ({ [VOLUME_FILTER]: key });
let loaded: Promise<Loaded> | undefined;
function load(): Promise<Loaded> {
  loaded ??= Promise.all([
    import(/* @vite-ignore */ withBase(FILES.searchRuntime)) as Promise<Pagefind>,
    fetch(withBase(FILES.searchVolumes)).then((r) => r.json() as Promise<VolumeManifest>),
  ]).then(async ([pf, manifest]) => {
    const newest = manifest.volumes[0];
    if (!newest) return { pf, volumes: [], merged: 0, inPagefind: 0 };
    // On the main thread: the worker script is another 12 kB gzip on every first query, and
    // decoding one screen's chunks is short work (bench/RESULTS.md). Result URLs are site paths
    // in the index; Pagefind puts the base path in front.
    await pf.options({ noWorker: true, baseUrl: withBase('/'), basePath: withBase(searchVolumePath(newest.key)) });
    await initIn(INDEX_LANGUAGE, () => pf.init());
    return { pf, volumes: manifest.volumes, merged: 1, inPagefind: 1 };
  });
  return loaded;
}

/** Makes the first `count` volumes searchable, merging older ones into Pagefind one by one. */
let merging = Promise.resolve();
function mergeUpTo(state: Loaded, count: number): Promise<void> {
  // One merge at a time, in order; a failed one does not block the next search's attempt.
  merging = merging.catch(() => undefined).then(async () => {
    while (state.merged < count) {
      // The newest volume gets its year as a filter only before the first merge: Pagefind counts
      // every filter over every result, which made one-volume searches of common terms slower.
      if (state.inPagefind === 1) await state.pf.options({ mergeFilter: volumeFilter(state.volumes[0]!.key) });
      const volume = state.volumes[state.merged]!;
      state.inPagefind = Math.max(state.inPagefind, state.merged + 1);
      await state.pf.mergeIndex(withBase(searchVolumePath(volume.key)), { language: INDEX_LANGUAGE, baseUrl: withBase('/'), mergeFilter: volumeFilter(volume.key) });
      state.merged++;
    }
  });
  return merging;
}

const docs = new Map<string, Promise<SearchDoc>>();
/** The article behind a result; `order` is its place in Pagefind's (print-order) results. */
const docOf = (r: PagefindResult, order: number) => {
  if (!docs.has(r.id)) docs.set(r.id, r.data().then((f) => fromFragment(f, order)));
  return docs.get(r.id)!;
};

const toFilters = (selection: Selection, volume?: string): Filters | undefined => {
  const entries: [string, { any: string[] }][] = FACETS.filter((f) => selection[f]?.length).map((f) => [f, { any: selection[f]! }]);
  // Once several volumes are in Pagefind, every search runs over all of them: keep to one.
  if (volume) entries.push([VOLUME_FILTER, { any: [volume] }]);
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
const empty = (key: string): VolumeAnswer => ({ key, total: 0, before: 0, counts: NO_COUNTS, loadCounts: async () => NO_COUNTS, slice: async () => [] });

const mayHold = (volume: Loaded['volumes'][number], terms: string[]) => terms.every((t) => canOccur(t, new Set(volume.characters)));

/**
 * Starts loading the volume after `index` when this one's results (at most `found`) cannot give
 * the `needed` still wanted: it will be searched next, so its index loads while this volume's
 * fragments do instead of after them. Not when this volume can fill the screen, nor when the next
 * cannot hold the terms: no bytes that the search would not load anyway.
 */
async function prepareNext(state: Loaded, index: number, terms: string[], found: number, needed: number): Promise<void> {
  const next = state.volumes[index + 1];
  if (!(found < needed && next && mayHold(next, terms))) return;
  void mergeUpTo(state, index + 2).catch(() => undefined);
  // Let the merge send its first request before this volume's fragments are asked for. Over
  // HTTP/1.1 a browser keeps six connections to a host, so a request sent behind a screen of
  // fragments waits for them, and the next volume's whole chain of loads waits on it.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** One volume's answer: volume `index` in the manifest's order; `needed` results are still wanted. */
async function searchVolume(state: Loaded, index: number, terms: string[], selection: Selection, needed: number): Promise<VolumeAnswer> {
  const volume = state.volumes[index]!;
  if (!mayHold(volume, terms)) return empty(volume.key);
  await mergeUpTo(state, index + 1);
  const { pf } = state;
  const only = state.inPagefind > 1 ? volume.key : undefined;
  const all = await intersect(pf, terms, toFilters({}, only));

  if (all.length <= fullRankLimit()) {
    // Facet choices only leave fewer: `all` bounds what this volume gives.
    await prepareNext(state, index, terms, all.length, needed);
    const ranked = rank(await Promise.all(all.map((r, i) => docOf(r, i))), terms);
    const shown = applyFacets(ranked, selection);
    const counts = facetCounts(ranked, selection);
    return { key: volume.key, total: shown.length, before: ranked.length, counts, loadCounts: async () => counts, slice: async (from, size) => shown.slice(from, from + size) };
  }

  const chosen = FACETS.some((f) => selection[f]?.length);
  const narrowed = chosen ? await intersect(pf, terms, toFilters(selection, only)) : all;
  // Pagefind returns equal scores in print order; the first hit's position then puts
  // organisation-line and headline hits (which come first in the content) ahead of body hits.
  const ordered = narrowed.map((r, i) => ({ r, i })).sort((a, b) => (a.r.words[0] ?? 0) - (b.r.words[0] ?? 0) || a.i - b.i);
  await prepareNext(state, index, terms, ordered.length, needed);
  // Pagefind counts filter values only once their chunks are loaded: at 10,000 articles all
  // four cost ~160 kB, more than the search itself, so they load when the reader asks
  // (or has already chosen a facet).
  let counts: Counts | undefined;
  const loadCounts = async () => {
    if (counts) return counts;
    await pf.filters();
    // Older volumes may have been merged since this one was searched: keep to this one if so.
    const alone = state.inPagefind === 1;
    const response = await pf.search(toPhrase(terms[0]!), alone ? {} : { filters: toFilters({}, volume.key)! });
    const totals = alone ? response?.totalFilters : response?.filters;
    counts = Object.fromEntries(
      FACETS.map((f) => {
        const values = Object.entries(totals?.[f] ?? {}).filter(([, n]) => n > 0);
        // Counts are the first term's; with more terms only the values are known.
        return [f, values.sort((a, b) => b[1] - a[1]).map(([v, n]) => [v, terms.length === 1 ? n : null])];
      }),
    ) as Counts;
    return counts;
  };
  if (chosen) await loadCounts();
  return {
    key: volume.key,
    total: ordered.length,
    before: all.length,
    get counts() {
      return counts;
    },
    loadCounts,
    slice: (from, size) => Promise.all(ordered.slice(from, from + size).map(({ r, i }) => docOf(r, i))),
  };
}

/** A search over the volumes, newest first, extended one volume at a time by next(). */
export interface Search {
  /** Every volume's key, newest first. */
  keys: string[];
  /** The answers of the volumes searched so far, in order. */
  searched: VolumeAnswer[];
  /** Results after the facet choices, in the volumes searched. */
  readonly total: number;
  /** Results before the facet choices, in the volumes searched. */
  readonly before: number;
  /** Every volume has been searched. */
  readonly done: boolean;
  /** Facet counts over the volumes searched; undefined until loadCounts(). */
  readonly counts: Counts | undefined;
  loadCounts(): Promise<Counts>;
  /**
   * Searches the next older volume. `wanted`: how many results the screen needs in all; when this
   * volume cannot bring the total there, the one after it starts loading at once.
   */
  next(wanted?: number): Promise<void>;
  /** Results from..from+size over the volumes searched, newest volume first. */
  slice(from: number, size: number): Promise<SearchDoc[]>;
}

/** Starts a search: nothing is loaded from the index until next() is called. */
export async function find(terms: string[], selection: Selection): Promise<Search> {
  const state = await load();
  const searched: VolumeAnswer[] = [];
  const search: Search = {
    keys: state.volumes.map((v) => v.key),
    searched,
    get total() {
      return totalOf(searched);
    },
    get before() {
      return beforeOf(searched);
    },
    get done() {
      return searched.length >= state.volumes.length;
    },
    get counts() {
      const all = searched.map((v) => v.counts);
      return all.every((c) => c !== undefined) ? mergeCounts(all as Counts[]) : undefined;
    },
    loadCounts: async () => mergeCounts(await Promise.all(searched.map((v) => v.loadCounts()))),
    next: async (wanted = 0) => {
      if (searched.length < state.volumes.length) searched.push(await searchVolume(state, searched.length, terms, selection, wanted - totalOf(searched)));
    },
    slice: (from, size) => sliceAcross(searched, from, size),
  };
  return search;
}
