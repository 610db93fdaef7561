import { describe, expect, it } from 'vitest';
import { newestPage, pageName, pagesByYear, pageYearKeys } from '../../src/lib/page-years.ts';
import { INDEX, pagePath, pageYearPath } from '../../src/lib/urls.ts';
import { UNDATED } from '../../src/lib/volume.ts';

const page = (id: string, data: { date?: string; inferredYear?: { value: number; reason: string }; pageNumber?: string } = {}) => ({
  id,
  data: { publication: '今日女报', ...data },
});
const inferred = { value: 2020, reason: '报道称“自2020年5月以来”' };
const pages = [
  page('003_c', { date: '2021-03-08', pageNumber: '04' }),
  page('001_a', { inferredYear: inferred }),
  page('004_d'),
  page('002_b', { date: '2020-11-20' }),
  page('005_e', { date: '2021-01-01', inferredYear: { value: 2019, reason: '不用' } }),
];
const counts: Record<string, number> = { '001_a': 12, '002_b': 3, '003_c': 5, '004_d': 1, '005_e': 2 };

describe('pagesByYear', () => {
  const years = pagesByYear(pages, (p) => counts[p.id]!);

  it('groups pages by printed year, else labelled inferred year, newest first and undated last', () => {
    expect(years.map((y) => y.key)).toEqual(['2021', '2020', UNDATED]);
  });

  it("lists each page exactly once, each year's pages in archive order", () => {
    expect(years.map((y) => y.pages.map((p) => p.id))).toEqual([['003_c', '005_e'], ['001_a', '002_b'], ['004_d']]);
  });

  it('counts pages, articles and the pages placed by an inferred year', () => {
    expect(years.map((y) => [y.pages.length, y.articles, y.inferred])).toEqual([
      [2, 7, 0],
      [2, 15, 1],
      [1, 1, 0],
    ]);
  });

  it('has nothing for an empty archive', () => {
    expect(pagesByYear([], () => 0)).toEqual([]);
    expect(newestPage([])).toBeUndefined();
  });

  it('gives the same years as the routes the validator knows', () => {
    expect(pageYearKeys(pages)).toEqual(years.map((y) => y.key));
  });
});

describe('newestPage', () => {
  it('is the last page in archive order, whatever the input order', () => {
    expect(newestPage(pages)?.id).toBe('005_e');
  });
});

describe('pageName', () => {
  it('names the printed page number, or says none is printed', () => {
    expect(pageName(page('x', { pageNumber: '04' }).data)).toBe('《今日女报》第 04 版');
    expect(pageName(page('x').data)).toBe('《今日女报》版次未印');
  });
});

describe('year page URLs', () => {
  it('live two segments below the pages index, so no printed page id can take one', () => {
    expect(pageYearPath('2020')).toBe('/pages/years/2020/');
    expect(pageYearPath(UNDATED)).toBe('/pages/years/undated/');
    expect(pageYearPath('2020').startsWith(INDEX.pages)).toBe(true);
    // a page id is one file name: its path has one segment below /pages/
    expect(pagePath('years')).not.toBe(pageYearPath('2020'));
    expect(pagePath('years').split('/').length).toBeLessThan(pageYearPath('2020').split('/').length);
  });
});
