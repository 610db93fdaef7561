// Long lists (an initiative's or a region's reports) split into numbered pages, and which page
// links a pager shows. URLs come from lib/urls.ts. Pure, so unit-tested.
import type { Page } from 'astro';
import { LIST_PAGE_SIZE, listPagePath } from './urls.ts';

/** Pages a list of `total` items takes: at least one, so a list with nothing of its own still has its page. */
export const pageCount = (total: number, size: number = LIST_PAGE_SIZE) => Math.max(1, Math.ceil(total / size));

/** The site path of every page of a list of `total` items whose first page is at `first`. */
export const listPagePaths = (first: string, total: number, size: number = LIST_PAGE_SIZE) =>
  Array.from({ length: pageCount(total, size) }, (_, i) => listPagePath(first, i + 1));

/**
 * A list split into pages of `size`, first page at `first`, later ones at listPagePath. Astro's
 * Page shape, but its URLs are site paths (a link is withBase(url)), as everywhere else.
 */
export function paginateList<T>(items: readonly T[], first: string, size: number = LIST_PAGE_SIZE): Page<T>[] {
  const paths = listPagePaths(first, items.length, size);
  const last = paths.length;
  return paths.map((current, i) => {
    const data = items.slice(i * size, (i + 1) * size);
    return {
      data,
      start: i * size,
      end: i * size + data.length - 1,
      size,
      total: items.length,
      currentPage: i + 1,
      lastPage: last,
      url: { current, prev: paths[i - 1], next: paths[i + 1], first: i > 0 ? paths[0] : undefined, last: i < last - 1 ? paths[last - 1] : undefined },
    };
  });
}

/**
 * What a list page says about the whole list: its first page gives the total; later pages only
 * their range and the number of pages. Appending reports then changes the first and the last page
 * (and every page only when a page is added), not every page of a long list.
 */
export const isFirstPage = (page: Page<unknown>) => page.currentPage === 1;

/**
 * What a list page shows of its list, for its incremental-build key: its place and links, each item
 * as `ref` gives it, and the total on the first page only.
 */
export const listPageShows = <T, R>(page: Page<T>, ref: (item: T) => R) => ({ ...page, total: isFirstPage(page) ? page.total : undefined, data: page.data.map(ref) });

/** For a page's title: （第 2 页，共 5 页）, or nothing when the list fits on one page. */
export const pageNote = (page: Page<unknown>) => (page.lastPage > 1 ? `（第 ${page.currentPage} 页，共 ${page.lastPage} 页）` : '');

/** Which reports a page shows, after their total: ，这里是第 101–200 篇, or nothing on a single page. */
export const pageRange = (page: Page<unknown>) => (page.lastPage > 1 ? `，这里是${rangeOf(page)}` : '');

/** The reports a page shows: 第 101–200 篇. */
export const rangeOf = (page: Page<unknown>) => `第 ${page.start + 1}–${page.end + 1} 篇`;

/**
 * The line above a page of a list: the whole list's total (as `whole` says it) and the range on the
 * first page, `part` and the range on later ones, which never print the total (isFirstPage).
 */
export const listIntro = (page: Page<unknown>, whole: (total: number) => string, part: string) =>
  isFirstPage(page) ? `${whole(page.total)}${pageRange(page)}：` : `${part}，这里是${rangeOf(page)}：`;

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
