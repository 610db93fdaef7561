// Related reports for an article page: others that share an initiative (most shared first), then
// others from the same prefecture, in archive order. Pure: the lookups are passed in.

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

/** Costs the total length of the article's initiatives' lists, not the whole archive. */
export function relatedReports(article: RelatedInput, lookups: RelatedLookups, limit = RELATED_COUNT): Related[] {
  const shared = new Map<string, { rank: number; ids: string[] }>();
  for (const initiative of article.initiatives) {
    for (const other of lookups.withInitiative(initiative)) {
      if (other.id === article.id) continue;
      const entry = shared.get(other.id) ?? { rank: other.rank, ids: [] };
      entry.ids.push(initiative);
      shared.set(other.id, entry);
    }
  }
  const byInitiative = [...shared]
    .sort(([, x], [, y]) => y.ids.length - x.ids.length || x.rank - y.rank)
    .slice(0, limit)
    .map(([id, { ids }]) => ({ id, shared: ids }));
  if (byInitiative.length >= limit || article.prefecture === undefined) return byInitiative;
  const chosen = new Set([article.id, ...byInitiative.map((r) => r.id)]);
  const byPlace: Related[] = [];
  for (const other of lookups.inPrefecture(article.prefecture)) {
    if (byInitiative.length + byPlace.length >= limit) break;
    if (!chosen.has(other.id)) byPlace.push({ id: other.id, shared: [] });
  }
  return [...byInitiative, ...byPlace];
}
