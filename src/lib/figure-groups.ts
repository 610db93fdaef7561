// Key figures across counties: every figure of every report, grouped by what it counts through
// the vocabulary (content/figure-counts.yaml), largest first within a group. Pure.

export interface FigureRow {
  slug: string;
  /** Position of the figure in its article's list, from 1 (its anchor on the article page). */
  index: number;
  value: number;
  unit: string;
  /** What is counted, in the article's words. */
  counts: string;
  /** Region names from prefecture down, for the row's label. */
  place: string[];
}

export interface FigureGroup {
  name: string;
  /** The wordings found in this group, as written in the articles. */
  wordings: string[];
  rows: FigureRow[];
}

export function groupFigures(rows: readonly FigureRow[], vocabulary: readonly { name: string; aliases: readonly string[] }[]): FigureGroup[] {
  const groupOf = new Map(vocabulary.flatMap((g) => [g.name, ...g.aliases].map((w) => [w, g.name] as const)));
  const groups = new Map<string, FigureGroup>();
  for (const row of rows) {
    const name = groupOf.get(row.counts) ?? row.counts;
    const group = groups.get(name) ?? { name, wordings: [], rows: [] };
    if (!group.wordings.includes(row.counts)) group.wordings.push(row.counts);
    group.rows.push(row);
    groups.set(name, group);
  }
  for (const g of groups.values()) g.rows.sort((a, b) => b.value - a.value || a.slug.localeCompare(b.slug));
  // Groups with the most figures first; ties by name, so the page is stable.
  return [...groups.values()].sort((a, b) => b.rows.length - a.rows.length || a.name.localeCompare(b.name, 'zh'));
}
