import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divisionSlug, headlineWords, pinyinSlug, SLUG_PATTERN, suggestNewsSlug, suggestReportSlug } from '../../src/lib/slug.ts';
import { levelSuffix, shortName } from '../../src/regions/names.ts';
import { readArticles } from '../helpers/content.ts';

describe('short names', () => {
  it('drops the level suffix', () => {
    expect(shortName('武冈市')).toBe('武冈');
    expect(shortName('棋梓镇')).toBe('棋梓');
    expect(shortName('湘西土家族苗族自治州')).toBe('湘西');
    expect(shortName('江华瑶族自治县')).toBe('江华');
    expect(levelSuffix('衡阳县')).toBe('县');
  });
});

describe('pinyin slugs', () => {
  it('spells place names in toneless pinyin', () => {
    expect(pinyinSlug('桃江')).toBe('taojiang');
    expect(pinyinSlug('临澧')).toBe('linli');
    expect(pinyinSlug('长沙')).toBe('changsha');
    expect(pinyinSlug('辰溪')).toBe('chenxi');
  });

  it('disambiguates a county named like its prefecture', () => {
    expect(divisionSlug('衡阳市')).toBe('hengyang');
    expect(divisionSlug('衡阳县', '衡阳市')).toBe('hengyang-xian');
    expect(divisionSlug('长沙县', '长沙市')).toBe('changsha-xian');
    expect(divisionSlug('武冈市', '邵阳市')).toBe('wugang');
  });

  it('names a township report after county and township, and never reuses a slug', () => {
    expect(suggestReportSlug({ prefecture: '湘潭市', county: '湘乡市', township: '棋梓镇' })).toBe('xiangxiang-qizi');
    expect(suggestReportSlug({ prefecture: '益阳市', county: '桃江县' }, new Set(['taojiang']))).toBe('taojiang-2');
    expect(suggestReportSlug({ prefecture: '益阳市', county: '桃江县' }, new Set(['taojiang', 'taojiang-2']))).toBe('taojiang-3');
  });

  it('published report slugs still follow the rule (a pinyin change would break URLs)', () => {
    const taken = new Set<string>();
    for (const a of readArticles()) {
      expect(a.slug).toMatch(SLUG_PATTERN);
      if (a.data.kind !== 'county-report') continue;
      expect(suggestReportSlug(a.data.region, taken), a.file).toBe(a.slug);
      taken.add(a.slug);
    }
  });
});

describe('news slugs', () => {
  it('keeps the first three words of the headline, not a run of syllables', () => {
    expect(suggestNewsSlug('黄芳在株洲调研妇联工作')).toBe('huangfang-zhuzhou-diaoyan');
    expect(headlineWords('黄芳在株洲调研妇联工作')).toEqual(['黄芳', '株洲', '调研', '妇联', '工作']);
  });

  it('drops function words and punctuation', () => {
    expect(suggestNewsSlug('为基层妇联“赋权增能”')).toBe('jiceng-fulian-fuquan');
    expect(suggestNewsSlug('在长沙与株洲的妇联')).toBe('changsha-zhuzhou-fulian');
  });

  it('keeps a level character with its place', () => {
    expect(headlineWords('株洲市妇联召开执委会').slice(0, 2)).toEqual(['株洲市', '妇联']);
    expect(headlineWords('长沙县妇联开展活动').slice(0, 2)).toEqual(['长沙县', '妇联']);
    expect(headlineWords('省妇联召开会议').slice(0, 2)).toEqual(['省', '妇联']);
  });

  it('never reuses a slug', () => {
    const taken = new Set(['huangfang-zhuzhou-diaoyan']);
    expect(suggestNewsSlug('黄芳在株洲调研妇联工作', taken)).toBe('huangfang-zhuzhou-diaoyan-2');
  });

  it.each([
    ['# **5G** [网络]进村', '5g-wangluo-jincun'],
    ['Hello World 妇联', 'hello-world-fulian'],
    ['２０２０年Ｆｕｌｌ宽', '2020-nian-full'],
    ['Café 女性', 'cafe-nvxing'],
    ['*** [] ###', 'news'],
    ['的了和', 'news'],
    ['', 'news'],
  ])('%s → %s', (headline, slug) => {
    expect(suggestNewsSlug(headline)).toBe(slug);
  });

  it('always gives a valid slug', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom(...'妇联在的株洲市县*#[]-_ 5Gé。，“”') }));
    fc.assert(fc.property(text, (headline) => SLUG_PATTERN.test(suggestNewsSlug(headline))));
  });

  it('the published news slugs follow the rule', () => {
    const news = readArticles().filter((a) => a.data.kind === 'news');
    expect(news.length).toBeGreaterThan(0);
    for (const a of news) expect(suggestNewsSlug(a.data.headline), a.file).toBe(a.slug);
  });
});
