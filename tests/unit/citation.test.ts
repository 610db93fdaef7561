import { describe, expect, it } from 'vitest';
import { gbtCitation } from '../../src/lib/citation.ts';
import { jsonForScript, newsArticleJsonLd } from '../../src/lib/structured-data.ts';

describe('GB/T 7714 newspaper citation', () => {
  it('uses the printed date and page when there are some', () => {
    expect(gbtCitation({ authors: ['丁文祥'], title: '数字革命与竞争国际化', publication: '中国青年报', date: '2000-11-20', pageNumber: '15' })).toBe(
      '丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).',
    );
  });

  it('brackets an inferred year and never invents a page', () => {
    expect(gbtCitation({ authors: ['常德市临澧县妇联'], title: '标题', publication: '今日女报', inferredYear: 2020 })).toBe(
      '常德市临澧县妇联. 标题[N]. 今日女报, [2020].',
    );
  });

  it('leaves the date out entirely when nothing is known', () => {
    expect(gbtCitation({ authors: ['甲'], title: '标题', publication: '今日女报' })).toBe('甲. 标题[N]. 今日女报.');
  });

  it('lists three authors, then 等', () => {
    expect(gbtCitation({ authors: ['甲', '乙', '丙', '丁'], title: 'T', publication: 'P' })).toBe('甲, 乙, 丙, 等. T[N]. P.');
  });
});

describe('NewsArticle JSON-LD', () => {
  const base = { url: 'https://a/x/', headline: 'H', description: 'D', publication: '今日女报', keywords: [] };

  it('nests the place from the county up, and has no date unless printed', () => {
    const ld = newsArticleJsonLd({ ...base, organisation: '常德市临澧县妇联', places: ['湖南省', '常德市', '临澧县'] });
    expect(ld.contentLocation).toEqual({
      '@type': 'AdministrativeArea',
      name: '临澧县',
      containedInPlace: { '@type': 'AdministrativeArea', name: '常德市', containedInPlace: { '@type': 'AdministrativeArea', name: '湖南省' } },
    });
    expect(ld.author).toEqual([{ '@type': 'Organization', name: '常德市临澧县妇联' }]);
    expect('datePublished' in ld).toBe(false);
  });

  it('names reporters as people', () => {
    const ld = newsArticleJsonLd({ ...base, reporters: ['李立', '朱泓江'], places: [], datePublished: '2020-11-20' });
    expect(ld.author).toEqual([
      { '@type': 'Person', name: '李立' },
      { '@type': 'Person', name: '朱泓江' },
    ]);
    expect(ld.datePublished).toBe('2020-11-20');
  });

  it('cannot be closed early by text inside it', () => {
    expect(jsonForScript({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
