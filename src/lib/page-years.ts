// The printed pages by year (the same volumes as the search index, lib/volume.ts), so the pages
// index lists years and each year its own pages: no list grows with the whole archive. Also how a
// page is named in a list, and the newest page for the home page. Pure, so unit-tested.
import { compareVolumeKeys, volumeOf } from './volume.ts';

/** What is known of a printed page: only what it shows, and a labelled inferred year. */
export interface PageFacts {
  publication: string;
  pageNumber?: string | undefined;
  date?: string | undefined;
  inferredYear?: { value: number; reason: string } | undefined;
}

interface Page {
  id: string;
  data: PageFacts;
}

export interface PageYear<P> {
  /** The volume's key: the year as digits, or UNDATED (see lib/volume.ts). */
  key: string;
  /** The year's pages in archive order (by id). */
  pages: P[];
  /** Articles on the year's pages. */
  articles: number;
  /** How many of the pages are in this year by an inferred year, not a printed date. */
  inferred: number;
}

/** Pages grouped by year, newest year first (年份不详 last); each year's pages in archive order. */
export function pagesByYear<P extends Page>(pages: readonly P[], articlesOn: (page: P) => number): PageYear<P>[] {
  const years = new Map<string, PageYear<P>>();
  for (const page of [...pages].sort((a, b) => a.id.localeCompare(b.id))) {
    const { key, inferred } = volumeOf(page.data);
    let year = years.get(key);
    if (!year) years.set(key, (year = { key, pages: [], articles: 0, inferred: 0 }));
    year.pages.push(page);
    year.articles += articlesOn(page);
    if (inferred) year.inferred += 1;
  }
  return [...years.values()].sort((a, b) => compareVolumeKeys(a.key, b.key));
}

/** The year keys of a set of pages, newest first: the year pages a build writes. */
export const pageYearKeys = (pages: readonly { data: PageFacts }[]) =>
  [...new Set(pages.map((p) => volumeOf(p.data).key))].sort(compareVolumeKeys);

/** The newest printed page in archive order (ids sort as the archive is ordered, lib/print-order.ts). */
export const newestPage = <P extends Page>(pages: readonly P[]): P | undefined => [...pages].sort((a, b) => a.id.localeCompare(b.id)).at(-1);

/** A page as a list names it: 《今日女报》第 04 版, or 版次未印 when the page shows no number. */
export const pageName = (p: PageFacts) => `《${p.publication}》${p.pageNumber ? `第 ${p.pageNumber} 版` : '版次未印'}`;
