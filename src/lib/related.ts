// Related reports for an article page: others that share an initiative (most shared first), then
// others from the same prefecture, the nearest in archive order first. Pure: the lookups are passed in.

export interface RelatedInput {
  id: string;
  /** Position in archive order. */
  rank: number;
  initiatives: readonly string[];
  /** Code of the article's prefecture-level division, when it has one. */
  prefecture?: string | undefined;
}

export interface RelatedLookups {
  /** The articles tagged with an initiative, in archive order. */
  withInitiative(id: string): readonly RelatedInput[];
  /** The articles of a prefecture, in archive order. */
  inPrefecture(code: string): readonly RelatedInput[];
}

export interface Related {
  id: string;
  /** Initiatives it shares with the article, in the article's order; empty when related by place. */
  shared: string[];
}

/** How many related reports a page lists. */
export const RELATED_COUNT = 5;
/**
 * How many reports of each of its initiatives (and of its prefecture) are looked at on either side
 * of an article in archive order: a page then costs the same however large the archive. Scanning
 * every report sharing an initiative cost each page a pass over most of the archive, and the build
 * as a whole time quadratic in its size.
 */
export const RELATED_WINDOW = 100;

/** Index of the first entry of a rank-ordered list at or after `rank`. */
function lowerBound(list: readonly RelatedInput[], rank: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.rank < rank) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entries of a rank-ordered list within `window` places of `rank` on either side. */
const around = (list: readonly RelatedInput[], rank: number, window: number) => {
  const at = lowerBound(list, rank);
  return list.slice(Math.max(0, at - window), at + window + 1);
};

/**
 * Reports sharing the most of the article's initiatives, then the nearest in archive order (the
 * earlier of two equally near), then reports of the same prefecture, nearest first. Costs the
 * number of initiatives times the window, whatever the archive's size.
 */
export function relatedReports(article: RelatedInput, lookups: RelatedLookups, limit = RELATED_COUNT, window = RELATED_WINDOW): Related[] {
  // Candidates come from the windows; what they share is counted in full, wherever the windows end.
  const shared = new Map<string, { rank: number; ids: string[] }>();
  for (const initiative of article.initiatives) {
    for (const other of around(lookups.withInitiative(initiative), article.rank, window)) {
      if (other.id === article.id || shared.has(other.id)) continue;
      shared.set(other.id, { rank: other.rank, ids: article.initiatives.filter((id) => other.initiatives.includes(id)) });
    }
  }
  const distance = (rank: number) => Math.abs(rank - article.rank);
  const byInitiative = [...shared]
    .sort(([, x], [, y]) => y.ids.length - x.ids.length || distance(x.rank) - distance(y.rank) || x.rank - y.rank)
    .slice(0, limit)
    .map(([id, { ids }]) => ({ id, shared: ids }));
  if (byInitiative.length >= limit || article.prefecture === undefined) return byInitiative;
  const chosen = new Set([article.id, ...byInitiative.map((r) => r.id)]);
  const byPlace = around(lookups.inPrefecture(article.prefecture), article.rank, window)
    .filter((other) => !chosen.has(other.id))
    .sort((x, y) => distance(x.rank) - distance(y.rank) || x.rank - y.rank)
    .slice(0, limit - byInitiative.length)
    .map((other) => ({ id: other.id, shared: [] }));
  return [...byInitiative, ...byPlace];
}
