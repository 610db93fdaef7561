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
  it('lists the most shared initiatives first, then archive order, then the same prefecture', () => {
    expect(relatedReports(articles[1]!, lookups)).toEqual([
      { id: 'hanshou', shared: ['wudao', 'huntiao'] },
      { id: 'cili', shared: ['huntiao'] },
      { id: 'taojiang', shared: ['wudao'] },
      { id: 'anxiang', shared: [] },
    ]);
  });

  it('never lists the article itself or one twice, and stops at the limit', () => {
    const related = relatedReports(articles[4]!, lookups, 2);
    expect(related.map((r) => r.id)).toEqual(['linli', 'cili']);
    expect(relatedReports(articles[3]!, lookups).map((r) => r.id)).toEqual(['linli', 'hanshou']);
  });

  it('has nothing for an article with no initiative and no place', () => {
    expect(relatedReports(articles[6]!, lookups)).toEqual([]);
  });
});
