import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cacheKey } from '../../src/lib/cache-key.ts';
import { listPageShows, listPagePaths, pageCount, pageNote, pageRange, pagerItems, paginateList } from '../../src/lib/pagination.ts';
import { unrecorded } from '../../src/archive/published.ts';
import { isLaterListPage, listPagePath, restParam } from '../../src/lib/urls.ts';

describe('list pages', () => {
  it('puts page 1 at the list itself and later pages below it', () => {
    expect(listPagePath('/initiatives/x/', 1)).toBe('/initiatives/x/');
    expect(listPagePath('/initiatives/x/', 2)).toBe('/initiatives/x/2/');
    expect(listPagePath('/regions/huaihua/hecheng/', 3)).toBe('/regions/huaihua/hecheng/3/');
  });

  it('give every list a first page, even one with nothing of its own', () => {
    expect([0, 1, 100, 101, 250].map((n) => pageCount(n, 100))).toEqual([1, 1, 1, 2, 3]);
    expect(listPagePaths('/regions/huaihua/', 0)).toEqual(['/regions/huaihua/']);
    expect(listPagePaths('/regions/huaihua/', 201, 100)).toEqual(['/regions/huaihua/', '/regions/huaihua/2/', '/regions/huaihua/3/']);
  });

  it('give routes their parameters from the path builders', () => {
    expect(restParam('/regions/huaihua/hecheng/2/', '/regions/')).toBe('huaihua/hecheng/2');
    expect(restParam('/initiatives/x/', '/initiatives/x/')).toBeUndefined();
    expect(restParam('/initiatives/x/3/', '/initiatives/x/')).toBe('3');
    expect(() => restParam('/articles/x/', '/regions/')).toThrow();
  });

  it('never records later pages as permanent links: they shift as reports are added', () => {
    expect(isLaterListPage('/initiatives/x/2/')).toBe(true);
    expect(isLaterListPage('/initiatives/x/12/index.html')).toBe(true);
    expect(isLaterListPage('/initiatives/x/')).toBe(false);
    expect(isLaterListPage('/articles/2/')).toBe(false);
    expect(isLaterListPage('/regions/huaihua/2/')).toBe(true);
    expect(isLaterListPage('/regions/xiangtan/xiangxiang/qizi/2/index.html')).toBe(true);
    expect(isLaterListPage('/regions/huaihua/hecheng/')).toBe(false);
    expect(isLaterListPage('/regions/')).toBe(false);
    const built = ['/initiatives/x/index.html', '/initiatives/x/2/index.html', '/initiatives/x/3/index.html'];
    expect(unrecorded([], built)).toEqual(['/initiatives/x/']);
  });
});

describe('splitting a list', () => {
  const items = Array.from({ length: 5 }, (_, i) => `r${i + 1}`);

  it('puts every item on exactly one page, in order, with the pages linked in turn by site path', () => {
    const pages = paginateList(items, '/regions/a/b/', 2);
    expect(pages.map((p) => p.data)).toEqual([['r1', 'r2'], ['r3', 'r4'], ['r5']]);
    expect(pages.map((p) => [p.start, p.end, p.currentPage, p.lastPage, p.total])).toEqual([
      [0, 1, 1, 3, 5],
      [2, 3, 2, 3, 5],
      [4, 4, 3, 3, 5],
    ]);
    expect(pages.map((p) => p.url)).toEqual([
      { current: '/regions/a/b/', prev: undefined, next: '/regions/a/b/2/', first: undefined, last: '/regions/a/b/3/' },
      { current: '/regions/a/b/2/', prev: '/regions/a/b/', next: '/regions/a/b/3/', first: '/regions/a/b/', last: '/regions/a/b/3/' },
      { current: '/regions/a/b/3/', prev: '/regions/a/b/2/', next: undefined, first: '/regions/a/b/', last: undefined },
    ]);
  });

  it('keeps an empty list as one empty page, and a short one as one page without a note', () => {
    const [empty, ...rest] = paginateList([], '/regions/a/');
    expect(rest).toEqual([]);
    expect(empty).toMatchObject({ data: [], total: 0, currentPage: 1, lastPage: 1, url: { current: '/regions/a/', prev: undefined, next: undefined } });
    const [one] = paginateList(items, '/regions/a/');
    expect([pageNote(one!), pageRange(one!)]).toEqual(['', '']);
  });

  it('says which page and which items a page of a long list shows', () => {
    const second = paginateList(items, '/initiatives/x/', 2)[1]!;
    expect(pageNote(second)).toBe('（第 2 页，共 3 页）');
    expect(pageRange(second)).toBe('，这里是第 3–4 篇');
  });
});

describe('appending to a list (incremental builds)', () => {
  const keys = (n: number) => paginateList(Array.from({ length: n }, (_, i) => `a${i}`), '/initiatives/x/', 10).map((p) => cacheKey(listPageShows(p, (a) => a)));

  it('changes the first page (its total) and the pages that gain reports, not the pages between', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 30 }), (before, added) => {
        const [old, now] = [keys(before), keys(before + added)];
        const sameCount = old.length === now.length;
        now.forEach((key, i) => {
          const gained = i * 10 + 10 > before;
          // A new page changes every page's pager; otherwise only page 1 and the pages that gained reports.
          if (i === 0 || gained || !sameCount) return;
          expect(key, `page ${i + 1} of ${before} → ${before + added}`).toBe(old[i]);
        });
        expect(now[0]).not.toBe(old[0]);
      }),
    );
  });
});

describe('pager', () => {
  it('shows every page of a short run', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows first, last and two either side of the current page, with gaps marked', () => {
    expect(pagerItems(1, 50)).toEqual([1, 2, 3, null, 50]);
    expect(pagerItems(25, 50)).toEqual([1, null, 23, 24, 25, 26, 27, null, 50]);
    expect(pagerItems(47, 50)).toEqual([1, null, 45, 46, 47, 48, 49, 50]);
    expect(pagerItems(50, 50)).toEqual([1, null, 48, 49, 50]);
  });

  it('shows a single missing page instead of an ellipsis', () => {
    expect(pagerItems(5, 50)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 50]);
    expect(pagerItems(46, 50)).toEqual([1, null, 44, 45, 46, 47, 48, 49, 50]);
  });
});

describe('recording published URLs', () => {
  it("leaves out an article's files beside its page, which move with the page", () => {
    expect(unrecorded([], ['/articles/linli/index.html', '/articles/linli.txt', '/articles/linli.csl.json', '/sources/p.txt'])).toEqual(['/articles/linli/', '/sources/p.txt']);
  });
});
