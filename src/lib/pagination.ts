// Which page links a pager shows (their URLs come from lib/urls.ts). Pure, so unit-tested.

/**
 * Page numbers to link, with null for a gap: always the first and last page and two either
 * side of the current one, so a reader can step or jump without a wall of links.
 */
export function pagerItems(current: number, last: number): (number | null)[] {
  const keep = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, last])]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  // A gap of one page shows that page: an ellipsis would take the same room.
  return keep.flatMap((n, i) => {
    const gap = i === 0 ? 0 : n - keep[i - 1]! - 1;
    return gap === 0 ? [n] : gap === 1 ? [n - 1, n] : [null, n];
  });
}
