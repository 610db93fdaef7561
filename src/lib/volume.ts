// Volumes: the archive split by publication year, so that search loads one year's index at a time
// (newest first) and a new page re-indexes only its own year. Pure; used by the article page
// (which names its volume for the indexer), the indexer and the search page.

/** Volume of the pages with neither a printed date nor an inferred year. */
export const UNDATED = 'undated';

export interface VolumeOf {
  /** The volume's key: the year as digits, or UNDATED. Also its folder under /pagefind/. */
  key: string;
  /** The year is inferred (labelled on the page with its reason), not printed. */
  inferred: boolean;
}

/** A page's volume: the printed date's year, else the labelled inferred year, else UNDATED. */
export function volumeOf(page: { date?: string | undefined; inferredYear?: { value: number } | undefined }): VolumeOf {
  if (page.date) return { key: page.date.slice(0, 4), inferred: false };
  if (page.inferredYear) return { key: String(page.inferredYear.value), inferred: true };
  return { key: UNDATED, inferred: false };
}

/** Newest year first; the undated volume last. */
export function compareVolumeKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNDATED) return 1;
  if (b === UNDATED) return -1;
  return Number(b) - Number(a);
}

/** How a volume is named to a reader: 2020 年, 年份不详. */
export const volumeLabel = (key: string) => (key === UNDATED ? '年份不详' : `${key} 年`);

/**
 * Volumes (searched, or still to search) as a reader reads them: 2024–2019 年 for consecutive keys in
 * search order, 2024 年 for one, with 年份不详 named apart.
 */
export function yearsLabel(keys: readonly string[]): string {
  const years = keys.filter((k) => k !== UNDATED);
  const parts: string[] = [];
  if (years.length === 1) parts.push(`${years[0]} 年`);
  else if (years.length > 1) parts.push(`${years[0]}–${years.at(-1)} 年`);
  if (keys.includes(UNDATED)) parts.push('年份不详的版面');
  return parts.join('及');
}
