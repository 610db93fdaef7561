import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relatedReports, type Related, type RelatedInput, type RelatedLookups } from '../../src/lib/related.ts';

const a = (id: string, rank: number, initiatives: string[], prefecture?: string): RelatedInput => ({ id, rank, initiatives, prefecture });
const articles = [
  a('wugang', 0, ['zhiwei-bangfu'], '430500'),
  a('linli', 1, ['wudao', 'huntiao'], '430700'),
  a('cili', 2, ['huntiao'], '430800'),
  a('anxiang', 3, [], '430700'),
  a('hanshou', 4, ['wudao', 'huntiao', 'x'], '430700'),
  a('taojiang', 5, ['wudao'], '430900'),
  a('news', 6, [], undefined),
];
const lookups: RelatedLookups = {
  withInitiative: (id) => articles.filter((x) => x.initiatives.includes(id)),
  inPrefecture: (code) => articles.filter((x) => x.prefecture === code),
};

describe('related reports', () => {
  it('lists the most shared initiatives first, then the nearest in archive order, then the same prefecture', () => {
    expect(relatedReports(articles[1]!, lookups)).toEqual([
      { id: 'hanshou', shared: ['wudao', 'huntiao'] },
      { id: 'cili', shared: ['huntiao'] },
      { id: 'taojiang', shared: ['wudao'] },
      { id: 'anxiang', shared: [] },
    ]);
  });

  it('never lists the article itself or one twice, and stops at the limit', () => {
    const related = relatedReports(articles[4]!, lookups, 2);
    // cili and taojiang share one initiative each; taojiang is nearer.
    expect(related.map((r) => r.id)).toEqual(['linli', 'taojiang']);
    expect(relatedReports(articles[3]!, lookups).map((r) => r.id)).toEqual(['hanshou', 'linli']);
  });

  it('has nothing for an article with no initiative and no place', () => {
    expect(relatedReports(articles[6]!, lookups)).toEqual([]);
  });
});

describe('related reports in a large archive', () => {
  // 2,000 reports, all sharing one initiative; every 10th also shares a second one.
  const many = Array.from({ length: 2000 }, (_, i) => a(`r${i}`, i, i % 10 === 0 ? ['common', 'rare'] : ['common'], '430100'));
  const big: RelatedLookups = {
    withInitiative: (id) => many.filter((x) => x.initiatives.includes(id)),
    inPrefecture: () => many,
  };

  it('looks only within the window on either side, nearest first', () => {
    expect(relatedReports(many[1000]!, big, 5, 3).map((r) => r.id)).toEqual(['r990', 'r1010', 'r980', 'r1020', 'r970']);
    expect(relatedReports(many[1001]!, big, 5, 3).map((r) => r.id)).toEqual(['r1000', 'r1002', 'r999', 'r1003', 'r998']);
  });

  it('gives the first and last report neighbours from one side only', () => {
    expect(relatedReports(many[0]!, big, 3).map((r) => r.id)).toEqual(['r10', 'r20', 'r30']);
    expect(relatedReports(many[1999]!, big, 2).map((r) => r.id)).toEqual(['r1998', 'r1997']);
  });
});

describe('relatedReports against a plain reference', () => {
  /** The rule written the slow, obvious way: every candidate in the windows, sorted, the first taken. */
  function reference(article: RelatedInput, lookups: RelatedLookups, limit: number, window: number): Related[] {
    const inWindow = (list: readonly RelatedInput[]) => {
      const at = list.findIndex((o) => o.rank >= article.rank);
      const from = at < 0 ? list.length : at;
      return list.slice(Math.max(0, from - window), from + window + 1);
    };
    const distance = (o: { rank: number }) => Math.abs(o.rank - article.rank);
    const candidates = new Map<string, RelatedInput>();
    for (const i of article.initiatives) for (const o of inWindow(lookups.withInitiative(i))) if (o.id !== article.id) candidates.set(o.id, o);
    const shared = (o: RelatedInput) => article.initiatives.filter((id) => o.initiatives.includes(id));
    const first = [...candidates.values()]
      .sort((x, y) => shared(y).length - shared(x).length || distance(x) - distance(y) || x.rank - y.rank)
      .slice(0, limit)
      .map((o) => ({ id: o.id, shared: shared(o) }));
    if (first.length >= limit || article.prefecture === undefined) return first;
    const taken = new Set([article.id, ...first.map((r) => r.id)]);
    const place = inWindow(lookups.inPrefecture(article.prefecture))
      .filter((o) => !taken.has(o.id))
      .sort((x, y) => distance(x) - distance(y) || x.rank - y.rank)
      .slice(0, limit - first.length)
      .map((o) => ({ id: o.id, shared: [] }));
    return [...first, ...place];
  }

  it('agrees with it on random archives, windows and limits', () => {
    const archive = fc.array(fc.record({ initiatives: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 4 }), prefecture: fc.option(fc.constantFrom('p', 'q'), { nil: undefined }) }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(archive, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 20 }), fc.nat(), (items, limit, window, pick) => {
        const inputs: RelatedInput[] = items.map((x, rank) => ({ id: `r${rank}`, rank, ...x }));
        const lookups: RelatedLookups = {
          withInitiative: (id) => inputs.filter((i) => i.initiatives.includes(id)),
          inPrefecture: (code) => inputs.filter((i) => i.prefecture === code),
        };
        const article = inputs[pick % inputs.length]!;
        expect(relatedReports(article, lookups, limit, window)).toEqual(reference(article, lookups, limit, window));
      }),
      { numRuns: 500 },
    );
  });
});
