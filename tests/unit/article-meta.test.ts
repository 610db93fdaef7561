// One article model: every representation of an article comes from articleMeta(), without a build.
import { describe, expect, it } from 'vitest';
import { articleMeta, type ArticleMetaInput } from '../../src/lib/article-meta.ts';
import { hunanDivisions } from '../../src/regions/load.ts';

const divisions = hunanDivisions();
const resolved = divisions.resolve({ prefecture: '常德市', county: '临澧县' });
if (!resolved.ok) throw new Error(resolved.message);

const report: ArticleMetaInput = {
  slug: 'linli',
  kind: 'county-report',
  kindName: '县级妇联报道',
  headline: '“五导”工作法让执委引领婚姻家庭新风尚',
  organisation: '常德市临澧县妇联',
  paragraphs: ['临澧县妇联完成改革任务后,乡、村两级共有妇联组织173个。', '第二段 &amp; *原样*。'],
  captions: ['临澧县妇联邀请专家给妇联执委上婚姻家庭纠纷调解辅导课。'],
  figures: [{ value: 173, unit: '个', counts: '妇联组织' }],
  initiatives: [{ id: 'wudao-gongzuofa', name: '五导工作法' }],
  region: resolved.region,
  order: 7,
  page: { id: '000_x', publication: '今日女报', continuedFrom: '03', inferredYear: { value: 2020, reason: '文中称“自2020年5月以来”。' } },
  site: 'https://user.github.io',
  base: '/archive/',
};
const news: ArticleMetaInput = {
  ...report,
  slug: 'huangfang',
  kind: 'news',
  kindName: '新闻',
  headline: '黄芳在株洲调研妇联工作',
  organisation: undefined,
  byline: [
    { role: '今日女报/凤网首席记者', name: '李立' },
    { role: '见习记者', name: '朱泓江' },
  ],
  eventDate: { month: 11, day: 19 },
  captions: [],
};

describe('articleMeta', () => {
  const meta = articleMeta(report);

  it('gives the permanent link with the base path', () => {
    expect(meta.permalink).toBe('https://user.github.io/archive/articles/linli/');
    expect(meta.jsonLd.url).toBe(meta.permalink);
  });

  it('describes the article from the printed text', () => {
    expect(meta.description).toBe('常德市临澧县妇联：“五导”工作法让执委引领婚姻家庭新风尚。临澧县妇联完成改革任务后,乡、村两级共有妇联组织173个。第二段 &amp; *原样*。…');
    expect(meta.jsonLd.description).toBe(meta.description);
  });

  it('cites with the inferred year in brackets, and says why', () => {
    expect(meta.citation).toBe('常德市临澧县妇联. “五导”工作法让执委引领婚姻家庭新风尚[N]. 今日女报, [2020].');
    expect(meta.inferredNote).toContain('[2020]');
    expect(articleMeta({ ...report, page: { ...report.page, date: '2020-11-20' } }).citation).toBe(
      '常德市临澧县妇联. “五导”工作法让执委引领婚姻家庭新风尚[N]. 今日女报, 2020-11-20.',
    );
  });

  it('exports every field as data, inventing nothing', () => {
    expect(meta.record).toMatchObject({
      slug: 'linli',
      kind: 'county-report',
      organisation: '常德市临澧县妇联',
      region: { prefecture: { name: '常德市', code: '430700' }, county: { name: '临澧县', code: '430724' } },
      initiatives: [{ id: 'wudao-gongzuofa', name: '五导工作法' }],
      figures: report.figures,
      captions: report.captions,
      source: {
        page: '000_x',
        order: 7,
        date: null,
        pageNumber: null,
        continuedFrom: '03',
        inferredYear: { value: 2020, reason: '文中称“自2020年5月以来”。' },
        sourceText: 'https://user.github.io/archive/sources/000_x.txt',
      },
      paragraphs: report.paragraphs,
    });
    expect(JSON.parse(JSON.stringify(meta.record))).toEqual(meta.record);
  });

  it('gives the printed text, nothing added', () => {
    expect(meta.plainText).toBe(
      '常德市临澧县妇联:\n“五导”工作法让执委引领婚姻家庭新风尚\n\n临澧县妇联完成改革任务后,乡、村两级共有妇联组织173个。\n\n第二段 &amp; *原样*。\n\n临澧县妇联邀请专家给妇联执委上婚姻家庭纠纷调解辅导课。\n',
    );
  });

  it('credits reporters for news, and keeps the stated event date', () => {
    const m = articleMeta(news);
    expect(m.authors).toEqual(['李立', '朱泓江']);
    expect(m.jsonLd.author).toEqual([
      { '@type': 'Person', name: '李立' },
      { '@type': 'Person', name: '朱泓江' },
    ]);
    expect(m.record).toMatchObject({ byline: news.byline, eventDate: { month: 11, day: 19 } });
    expect(m.record).not.toHaveProperty('organisation');
    expect(m.plainText.split('\n').slice(0, 2)).toEqual(['黄芳在株洲调研妇联工作', '今日女报/凤网首席记者 李立 见习记者 朱泓江']);
  });
});
