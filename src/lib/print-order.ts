// Archive order: printed pages by id, each page's articles in print order. The pages, the feeds
// and the data files all list articles this way.

interface Placed {
  data: { source: { page: string; order: number } };
}

/** `articles` sorted into archive order. */
export function inPrintOrder<T extends Placed>(articles: readonly T[], pageIds: readonly string[]): T[] {
  const rank = new Map([...pageIds].sort((a, b) => a.localeCompare(b)).map((id, i) => [id, i]));
  return [...articles].sort(
    (a, b) => (rank.get(a.data.source.page) ?? 0) - (rank.get(b.data.source.page) ?? 0) || a.data.source.order - b.data.source.order,
  );
}
