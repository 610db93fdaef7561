// Turns candidate articles into the answer: keeps those that contain every term, ranks them,
// builds highlighted excerpts and counts facets. Terms and parts arrive normalized (tokenize.ts).
// Pure; runs in the browser.
import { FACETS, PART, type Facet, type SearchDoc } from './record.ts';
import { normalize } from './tokenize.ts';

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Every term occurs within one part of the article (parts never run into each other). */
export function containsAll(doc: SearchDoc, terms: readonly string[]): boolean {
  return terms.every((t) => doc.parts.some((p) => p.includes(t)));
}

/** Place and organisation hits outrank headline hits, which outrank body hits; more hits rank higher. */
export function score(doc: SearchDoc, terms: readonly string[]): number {
  const place = [doc.parts[PART.organisation] ?? '', doc.parts[PART.pinyin] ?? '', normalize(doc.region)];
  const headline = doc.parts[PART.headline] ?? '';
  const rest = doc.parts.slice(PART.rest);
  return terms.reduce(
    (sum, t) =>
      sum + (place.some((p) => p.includes(t)) ? 10_000 : 0) + 100 * count(headline, t) + rest.reduce((n, p) => n + count(p, t), 0),
    0,
  );
}

export function rank(docs: readonly SearchDoc[], terms: readonly string[]): SearchDoc[] {
  return docs
    .filter((d) => containsAll(d, terms))
    .map((d) => ({ d, s: score(d, terms) }))
    .sort((a, b) => b.s - a.s || a.d.order - b.d.order)
    .map(({ d }) => d);
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** A window of the text around the first hit in the body (or byline, captions, headline), hits marked. */
export function excerpt(doc: SearchDoc, terms: readonly string[], radius = 48): Segment[] {
  const candidates = [...doc.parts.slice(PART.rest), doc.parts[PART.headline] ?? ''];
  const source = candidates.find((s) => terms.some((t) => s.includes(t))) ?? doc.parts[PART.rest + 1] ?? '';
  const hits: [number, number][] = [];
  for (const t of terms) {
    for (let at = source.indexOf(t); at !== -1; at = source.indexOf(t, at + t.length)) hits.push([at, at + t.length]);
  }
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits[0]?.[0] ?? 0;
  const from = Math.max(0, first - radius);
  const to = Math.min(source.length, first + radius * 2);
  const segments: Segment[] = [];
  let at = from;
  for (const [s, e] of hits) {
    if (e <= at || s >= to) continue;
    const start = Math.max(s, at);
    if (start > at) segments.push({ text: source.slice(at, start), mark: false });
    segments.push({ text: source.slice(start, Math.min(e, to)), mark: true });
    at = Math.min(e, to);
  }
  if (at < to) segments.push({ text: source.slice(at, to), mark: false });
  if (from > 0) segments.unshift({ text: '…', mark: false });
  if (to < source.length) segments.push({ text: '…', mark: false });
  return segments;
}

export type Selection = Partial<Record<Facet, string[]>>;

const matches = (doc: SearchDoc, selection: Selection, except?: Facet) =>
  FACETS.every((f) => {
    const wanted = selection[f];
    if (f === except || !wanted?.length) return true;
    return (doc.filters[f] ?? []).some((v) => wanted.includes(v));
  });

export function applyFacets(docs: readonly SearchDoc[], selection: Selection): SearchDoc[] {
  return docs.filter((d) => matches(d, selection));
}

/** For each facet, how many results each value would give, keeping the other facets' choices. */
export function facetCounts(docs: readonly SearchDoc[], selection: Selection): Record<Facet, [string, number][]> {
  const out = {} as Record<Facet, [string, number][]>;
  for (const f of FACETS) {
    const counts = new Map<string, number>();
    for (const d of docs) {
      if (!matches(d, selection, f)) continue;
      for (const v of d.filters[f] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    out[f] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
  }
  return out;
}
