// Answers of several volumes as one, newest volume first: pages of results run on from one
// volume into the next, and facet counts add up over the volumes searched. Pure apart from the
// loading each volume's answer does itself; unit-tested.
import { FACETS, type Facet, type SearchDoc } from './record.ts';

export type Counts = Record<Facet, [string, number | null][]>;

/** One volume's results for a query. */
export interface VolumeAnswer {
  key: string;
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

/** Facet counts summed over volumes; a value counted as null (unknown) anywhere stays unknown. */
export function mergeCounts(all: readonly Counts[]): Counts {
  const out = {} as Counts;
  for (const f of FACETS) {
    const merged = new Map<string, number | null>();
    for (const counts of all) {
      for (const [value, n] of counts[f]) {
        const had = merged.get(value);
        merged.set(value, had === undefined ? n : had === null || n === null ? null : had + n);
      }
    }
    out[f] = [...merged].sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0) || a[0].localeCompare(b[0], 'zh-CN'));
  }
  return out;
}

/** Results from..from+size over the volumes in order, each volume's own ranking kept. */
export async function sliceAcross(volumes: readonly Pick<VolumeAnswer, 'total' | 'slice'>[], from: number, size: number): Promise<SearchDoc[]> {
  const parts: Promise<SearchDoc[]>[] = [];
  let skip = from;
  let want = size;
  for (const v of volumes) {
    if (want <= 0) break;
    if (skip >= v.total) {
      skip -= v.total;
      continue;
    }
    const take = Math.min(want, v.total - skip);
    parts.push(v.slice(skip, take));
    want -= take;
    skip = 0;
  }
  return (await Promise.all(parts)).flat();
}

export const totalOf = (volumes: readonly Pick<VolumeAnswer, 'total'>[]) => volumes.reduce((n, v) => n + v.total, 0);
export const beforeOf = (volumes: readonly Pick<VolumeAnswer, 'before'>[]) => volumes.reduce((n, v) => n + v.before, 0);
