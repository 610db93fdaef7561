import { describe, expect, it } from 'vitest';
import { pageHref, pagerItems } from '../../src/lib/pagination.ts';

describe('pager', () => {
  it('links page 1 to the list itself and later pages below it', () => {
    expect(pageHref('/initiatives/x/', 1)).toBe('/initiatives/x/');
    expect(pageHref('/initiatives/x/', 2)).toBe('/initiatives/x/2/');
    expect(pageHref('/initiatives/x', 3)).toBe('/initiatives/x/3/');
  });

  it('shows every page of a short run', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows first, last and two either side of the current page, with gaps marked', () => {
    expect(pagerItems(1, 50)).toEqual([1, 2, 3, null, 50]);
    expect(pagerItems(25, 50)).toEqual([1, null, 23, 24, 25, 26, 27, null, 50]);
    expect(pagerItems(50, 50)).toEqual([1, null, 48, 49, 50]);
    expect(pagerItems(4, 50)).toEqual([1, 2, 3, 4, 5, 6, null, 50]);
  });
});
