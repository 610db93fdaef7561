import { describe, expect, it } from 'vitest';
import { divisionSlug, pinyinSlug, SLUG_PATTERN, suggestReportSlug } from '../../src/lib/slug.ts';
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
