import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../../src/search/record.ts';
import { applyFacets, containsAll, excerpt, facetCounts, rank } from '../../src/search/results.ts';
import { canOccur, fromIndexText, indexCharacters, normalize, parseQuery, toIndexText, toPhrase } from '../../src/search/tokenize.ts';

interface Fields {
  url?: string;
  order?: number;
  organisation?: string;
  region?: string;
  pinyin?: string;
  headline?: string;
  body?: string;
  filters?: SearchDoc['filters'];
}
/** A result as the page reads it back: display fields and normalized parts in index order. */
const doc = (f: Fields): SearchDoc => ({
  url: f.url ?? '/articles/x/',
  order: f.order ?? 1,
  headline: f.headline ?? '',
  organisation: f.organisation ?? '',
  region: f.region ?? '',
  parts: [f.organisation ?? '', f.pinyin ?? '', f.headline ?? '', '', f.body ?? ''].map(normalize),
  filters: f.filters ?? {},
});

describe('tokenizer', () => {
  it('indexes overlapping character pairs, punctuation included, spaces dropped, the last character alone', () => {
    expect(toIndexText('临澧县妇联,共 21')).toBe('临澧 澧县 县妇 妇联 联, ,共 共2 21 1');
    expect(toIndexText('“网格+”')).toBe('“网 网格 格+ +” ”');
    expect(toIndexText('县')).toBe('县');
    expect(toIndexText('')).toBe('');
  });

  it('gives the text back from its indexed form, characters beyond the BMP included', () => {
    for (const text of ['临澧县妇联,共2162对夫妇', '县', '', '𠀋𠀌a'])
      expect(fromIndexText(toIndexText(text))).toBe(normalize(text));
    expect(fromIndexText(` ${toIndexText('临澧')} `)).toBe('临澧');
  });

  it('lists the punctuation the indexer must keep, and knows a term with any other cannot occur', () => {
    const chars = indexCharacters(['临澧县妇联,共2162对', '“网格化+户积分”']);
    expect(chars).toEqual([...'+,“”'].sort());
    expect(canOccur('网格化+户', new Set(chars))).toBe(true);
    expect(canOccur('执委！', new Set(chars))).toBe(false);
  });

  it('folds case and full-width forms', () => {
    expect(normalize('ＡＢｃ ３６６０')).toBe('abc3660');
  });

  it('splits a query into terms at ASCII and full-width spaces', () => {
    expect(parseQuery(' 妇联\u3000执委  妇联 ')).toEqual({ terms: ['妇联', '执委'], punctuationOnly: [] });
    expect(parseQuery('，。 临澧')).toEqual({ terms: ['临澧'], punctuationOnly: [normalize('，。')] });
    expect(parseQuery('')).toEqual({ terms: [], punctuationOnly: [] });
  });

  it('turns a term into the exact phrase of its pairs, or a prefix search for one character', () => {
    expect(toPhrase('由妇联主席')).toBe('"由妇 妇联 联主 主席"');
    expect(toPhrase('妇联')).toBe('"妇联"');
    expect(toPhrase('3+1')).toBe('"3+ +1"');
    expect(toPhrase('县')).toBe('县');
  });
});

describe('matching and ranking', () => {
  const linli = doc({ url: '/l/', order: 7, organisation: '常德市临澧县妇联', region: '常德市 › 临澧县', headline: '“五导”工作法', body: '临澧县妇联完成改革任务后,乡、村两级' });
  const other = doc({ url: '/o/', order: 1, organisation: '益阳市桃江县妇联', body: '学习临澧经验,临澧临澧' });

  it('keeps only articles containing every term, punctuation included', () => {
    expect(containsAll(linli, ['临澧', '两级'])).toBe(true);
    expect(containsAll(linli, ['乡、村'])).toBe(true);
    expect(containsAll(linli, ['乡村'])).toBe(false); // the printed text has 、 between them
    expect(containsAll(linli, ['临澧', '桃江'])).toBe(false);
  });

  it("puts the place's own article first, then headline hits, then more hits", () => {
    expect(rank([other, linli], ['临澧']).map((d) => d.url)).toEqual(['/l/', '/o/']);
    const a = doc({ url: '/a/', order: 1, body: '执委' });
    const b = doc({ url: '/b/', order: 2, body: '执委 执委' });
    const c = doc({ url: '/c/', order: 3, headline: '执委' });
    expect(rank([a, b, c], ['执委']).map((d) => d.url)).toEqual(['/c/', '/b/', '/a/']);
  });
});

describe('excerpts', () => {
  it('shows the original text around the hit with the hit marked', () => {
    const d = doc({ body: '前文'.repeat(40) + '由妇联主席负责、妇联执委组成' + '后文'.repeat(60) });
    const segments = excerpt(d, ['由妇联主席负责']);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['由妇联主席负责']);
    expect(segments[0]!.text).toBe('…');
    expect(segments.at(-1)!.text).toBe('…');
    expect(segments.map((s) => s.text).join('')).toContain('由妇联主席负责、妇联执委组成');
  });

  it('matches folded text (case, full-width forms) and marks the hit', () => {
    const d = doc({ body: '使用 Pagefind 检索，共３６６０名' });
    const segments = excerpt(d, ['pagefind', '3660']);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['pagefind', '3660']);
  });

  it('never matches across parts of an article', () => {
    expect(containsAll(doc({ headline: '激发执委活力', body: '桃江县坚持' }), ['活力桃江'])).toBe(false);
  });
});

describe('facets', () => {
  const docs = [
    doc({ url: '/1/', filters: { prefecture: ['常德市'], kind: ['报道'] } }),
    doc({ url: '/2/', filters: { prefecture: ['益阳市'], kind: ['报道'] } }),
    doc({ url: '/3/', filters: { prefecture: ['株洲市'], kind: ['新闻'] } }),
  ];

  it('filters within a facet by any chosen value and across facets by all', () => {
    expect(applyFacets(docs, { prefecture: ['常德市', '株洲市'] }).map((d) => d.url)).toEqual(['/1/', '/3/']);
    expect(applyFacets(docs, { prefecture: ['常德市', '株洲市'], kind: ['新闻'] }).map((d) => d.url)).toEqual(['/3/']);
  });

  it("counts each facet's values under the other facets' choices", () => {
    const counts = facetCounts(docs, { kind: ['报道'] });
    expect(counts.prefecture).toEqual([['常德市', 1], ['益阳市', 1]]);
    expect(counts.kind).toEqual([['报道', 2], ['新闻', 1]]);
  });
});
