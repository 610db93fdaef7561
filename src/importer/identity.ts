// Which article of a re-imported page is which article already in the archive. Published URLs
// depend on it: an article keeps its slug whatever is added, removed, corrected or reordered.

export interface Identity {
  organisation?: string | undefined;
  headline: string;
  /** Headline-free printed text: body and captions. */
  text: string;
}

/** Bodies at least this similar are the same article, corrected. */
export const CLOSE_BODY = 0.5;
/**
 * With the same headline or federation, bodies must still share this much: unrelated reports on
 * one page share at most about 0.16 of their character pairs, and a URL must never move to a
 * different report just because the same federation wrote it.
 */
export const RELATED_BODY = 0.3;

const bigrams = (s: string) => {
  const t = s.normalize('NFKC').replace(/\s+/g, '');
  const set = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) set.add(t.slice(i, i + 2));
  return set;
};

/**
 * Dice coefficient over character pairs (0 unrelated … 1 same pairs). Written here because it is a
 * few lines and the npm packages for it are unmaintained; pairs suit Chinese, which has no spaces.
 */
export function similarity(a: string, b: string): number {
  const [x, y] = [bigrams(a), bigrams(b)];
  if (!x.size || !y.size) return a.replace(/\s+/g, '') === b.replace(/\s+/g, '') ? 1 : 0;
  let shared = 0;
  for (const pair of x) if (y.has(pair)) shared++;
  return (2 * shared) / (x.size + y.size);
}

const count = <T>(items: readonly T[], item: T) => items.filter((i) => i === item).length;

/**
 * For each incoming article, the index of the existing article it is, or undefined for a new one.
 * Two articles are the same when their bodies are close, or when their bodies are related and
 * they share the headline (and the organisation line, if any) or an organisation line that no
 * other article on either side has. Pairs are taken best first, each article at most once.
 */
export function matchArticles(incoming: readonly Identity[], existing: readonly Identity[]): (number | undefined)[] {
  const inOrgs = incoming.map((a) => a.organisation);
  const exOrgs = existing.map((a) => a.organisation);
  const pairs: { i: number; e: number; score: number }[] = [];
  incoming.forEach((a, i) =>
    existing.forEach((b, e) => {
      const body = similarity(a.text, b.text);
      const sameOrg = a.organisation !== undefined && a.organisation === b.organisation;
      const sameHeadline = a.headline === b.headline && (sameOrg || a.organisation === b.organisation);
      const uniqueOrg = sameOrg && count(inOrgs, a.organisation) === 1 && count(exOrgs, a.organisation) === 1;
      if (body >= CLOSE_BODY || (body >= RELATED_BODY && (sameHeadline || uniqueOrg))) pairs.push({ i, e, score: body + (sameHeadline ? 2 : 0) + (sameOrg ? 2 : 0) });
    }),
  );
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.e - q.e);
  const result: (number | undefined)[] = incoming.map(() => undefined);
  const taken = new Set<number>();
  for (const { i, e } of pairs) {
    if (result[i] !== undefined || taken.has(e)) continue;
    result[i] = e;
    taken.add(e);
  }
  return result;
}
