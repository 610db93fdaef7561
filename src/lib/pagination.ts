// Which page links a pager shows, and where they point. Pure, so the rules are unit-tested.

/** Page n of a list whose first page is at `first` (/initiatives/x/ → /initiatives/x/2/). */
export const pageHref = (first: string, n: number) => (n === 1 ? first : `${first.replace(/\/?$/, '/')}${n}/`);

/**
 * Page numbers to link, with null for a gap: always the first and last page and two either
 * side of the current one, so a reader can step or jump without a wall of links.
 */
export function pagerItems(current: number, last: number): (number | null)[] {
  const keep = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, last])]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  return keep.flatMap((n, i) => (i > 0 && n - keep[i - 1]! > 1 ? [null, n] : [n]));
}
