import { describe, expect, it } from 'vitest';
import { pagerItems } from '../../src/lib/pagination.ts';
import { unrecorded } from '../../src/archive/published.ts';
import { isLaterListPage, listPagePath } from '../../src/lib/urls.ts';

describe('list pages', () => {
  it('puts page 1 at the list itself and later pages below it', () => {
    expect(listPagePath('/initiatives/x/', 1)).toBe('/initiatives/x/');
    expect(listPagePath('/initiatives/x/', 2)).toBe('/initiatives/x/2/');
  });

  it('never records later pages as permanent links: they shift as reports are added', () => {
    expect(isLaterListPage('/initiatives/x/2/')).toBe(true);
    expect(isLaterListPage('/initiatives/x/12/index.html')).toBe(true);
    expect(isLaterListPage('/initiatives/x/')).toBe(false);
    expect(isLaterListPage('/articles/2/')).toBe(false);
    const built = ['/initiatives/x/index.html', '/initiatives/x/2/index.html', '/initiatives/x/3/index.html'];
    expect(unrecorded([], built)).toEqual(['/initiatives/x/']);
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
