// Related reports for an article page: others that share an initiative (most shared first), then
// others from the same prefecture, the nearest in archive order first. Pure: the lookups are passed in.

export interface RelatedInput {
  id: string;
  /** Position in archive order, from 0. */
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

/** Calls `visit` with each entry of a rank-ordered list within `window` places of `rank` on either side. */
function around(list: readonly RelatedInput[], rank: number, window: number, visit: (other: RelatedInput) => void): void {
  const at = lowerBound(list, rank);
  for (let i = Math.max(0, at - window), end = Math.min(list.length, at + window + 1); i < end; i++) visit(list[i]!);
}

/**
 * The first `limit` of the candidates in the order `before` gives (a total order), kept as they
 * come: every page looks at hundreds of candidates to keep five, and sorting them all was most
 * of what a rebuild spent on related reports.
 */
function best<T>(limit: number, before: (a: T, b: T) => number) {
  const top: T[] = [];
  return {
    offer(item: T) {
      if (top.length === limit && before(item, top[limit - 1]!) >= 0) return;
      let at = top.length;
      while (at > 0 && before(item, top[at - 1]!) < 0) at--;
      top.splice(at, 0, item);
      if (top.length > limit) top.pop();
    },
    top,
  };
}

/** A bit per initiative id, given as ids are first seen: sets of initiatives compared by AND. */
const bitOf = new Map<string, number>();
function maskOf(input: RelatedInput): Uint32Array {
  const bits = input.initiatives.map((id) => bitOf.get(id) ?? bitOf.set(id, bitOf.size).get(id)!);
  const mask = new Uint32Array((Math.max(-1, ...bits) >> 5) + 1);
  for (const bit of bits) mask[bit >> 5]! |= 1 << (bit & 31);
  return mask;
}
/** The masks of a lookup's list, made once per list (lookups hand out the same lists). */
const listMasks = new WeakMap<readonly RelatedInput[], Uint32Array[]>();
function masksOf(list: readonly RelatedInput[]): Uint32Array[] {
  const known = listMasks.get(list);
  // A list that grew since (a caller appending to it) is masked again rather than read past its end.
  if (known?.length === list.length) return known;
  const masks = list.map(maskOf);
  listMasks.set(list, masks);
  return masks;
}
/** How many initiatives two inputs share (their initiatives are distinct ids). */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let count = 0;
  for (let i = Math.min(a.length, b.length) - 1; i >= 0; i--) {
    let x = a[i]! & b[i]!;
    while (x) {
      x &= x - 1;
      count++;
    }
  }
  return count;
}
/**
 * Ranks already looked at by the current call: a rank is seen when its entry holds the call's
 * number. One array for all calls instead of a set per call, which was most of their cost.
 */
let seenAt = new Uint32Array(0);
let call = 0;

/**
 * Reports sharing the most of the article's initiatives, then the nearest in archive order (the
 * earlier of two equally near), then reports of the same prefecture, nearest first. Costs the
 * number of initiatives times the window, whatever the archive's size.
 */
export function relatedReports(article: RelatedInput, lookups: RelatedLookups, limit = RELATED_COUNT, window = RELATED_WINDOW): Related[] {
  if (limit <= 0) return [];
  const distance = (rank: number) => Math.abs(rank - article.rank);
  const nearer = (x: { rank: number }, y: { rank: number }) => distance(x.rank) - distance(y.rank) || x.rank - y.rank;
  // Candidates come from the windows; what they share is counted in full, wherever the windows end.
  call = call === 0xffffffff ? 1 : call + 1;
  if (call === 1) seenAt.fill(0);
  const seen = (rank: number) => {
    if (!(Number.isInteger(rank) && rank >= 0)) throw new RangeError(`related reports: rank ${rank} is not a position in archive order`);
    if (rank >= seenAt.length) {
      const grown = new Uint32Array(Math.max(rank + 1, seenAt.length * 2));
      grown.set(seenAt);
      seenAt = grown;
    }
    if (seenAt[rank] === call) return true;
    seenAt[rank] = call;
    return false;
  };
  seen(article.rank);
  const mine = maskOf(article);
  const byInitiative = best<{ other: RelatedInput; count: number }>(limit, (x, y) => y.count - x.count || nearer(x.other, y.other));
  for (const initiative of article.initiatives) {
    const list = lookups.withInitiative(initiative);
    const masks = masksOf(list);
    const at = lowerBound(list, article.rank);
    for (let i = Math.max(0, at - window), end = Math.min(list.length, at + window + 1); i < end; i++) {
      const other = list[i]!;
      if (seen(other.rank)) continue;
      const count = sharedCount(mine, masks[i]!);
      // Most candidates share fewer than the fifth best: not worth an object.
      const worst = byInitiative.top.length === limit ? byInitiative.top[limit - 1]! : undefined;
      if (!worst || count >= worst.count) byInitiative.offer({ other, count });
    }
  }
  const chosen = byInitiative.top.map(({ other }) => ({ id: other.id, shared: article.initiatives.filter((id) => other.initiatives.includes(id)) }));
  if (chosen.length >= limit || article.prefecture === undefined) return chosen;
  const taken = new Set([article.id, ...chosen.map((r) => r.id)]);
  const byPlace = best<RelatedInput>(limit - chosen.length, nearer);
  around(lookups.inPrefecture(article.prefecture), article.rank, window, (other) => {
    if (!taken.has(other.id)) byPlace.offer(other);
  });
  return [...chosen, ...byPlace.top.map((other) => ({ id: other.id, shared: [] }))];
}
