import { describe, expect, it } from 'vitest';
import { relatedReports, type RelatedInput, type RelatedLookups } from '../../src/lib/related.ts';

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
