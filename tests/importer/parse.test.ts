import { describe, expect, it } from 'vitest';
import { ImportError, isCreditLine, parseByline, parsePage, splitRunIn } from '../../src/importer/parse.ts';
import { regionFromOrganisation } from '../../src/importer/region.ts';
import { hunanDivisions } from '../../src/regions/load.ts';
import { readArticles, readSource } from '../helpers/content.ts';

const divisions = hunanDivisions();

describe('page parsing', () => {
  const page = parsePage(
    [
      '(上接 03 版)',
      '',
      '益阳市桃江县妇联:',
      '',
      '激发执委活力',
      '',
      '桃江县坚持党建带妇建,乡、村',
      '',
      '两级妇联组织不断完善。',
      '',
      '',
      '',
      '桃江县妇联执委走访困境儿童。',
      '',
      '黄芳在株洲调研妇联工作',
      '',
      '今日女报/凤网首席记者 李立 见习记者 朱泓江',
      '',
      '11月19日,黄芳一行调研。',
    ].join('\n'),
  );

  it('takes the continuation marker as page metadata', () => {
    expect(page.continuedFrom).toBe('03');
  });

  it('splits at organisation lines and news headlines with bylines', () => {
    expect(page.articles.map((a) => [a.kind, a.organisation, a.headline])).toEqual([
      ['county-report', '益阳市桃江县妇联', '激发执委活力'],
      ['news', undefined, '黄芳在株洲调研妇联工作'],
    ]);
    expect(page.articles[1]!.byline).toEqual([
      { role: '今日女报/凤网首席记者', name: '李立' },
      { role: '见习记者', name: '朱泓江' },
    ]);
  });

  it('rejoins a paragraph broken across columns and attaches a set-apart caption', () => {
    const [report] = page.articles;
    expect(report!.paragraphs).toEqual(['桃江县坚持党建带妇建,乡、村两级妇联组织不断完善。']);
    expect(report!.captions).toEqual(['桃江县妇联执委走访困境儿童。']);
    expect(report!.notes).toEqual(expect.arrayContaining(['第 9 行与上一段合并（分栏断行）', '第 13 行识别为图片说明']));
  });

  it('cuts a headline run into its body where the federation names itself', () => {
    expect(splitRunIn('“改”强基层组织,“联”动巾帼情怀棋梓镇妇联始终坚持“党建带妇建、妇建促党建”的工作思路,紧紧围绕', ['棋梓镇', '湘乡市'])).toEqual([
      '“改”强基层组织,“联”动巾帼情怀',
      '棋梓镇妇联始终坚持“党建带妇建、妇建促党建”的工作思路,紧紧围绕',
    ]);
    expect(splitRunIn('激发执委活力', ['桃江县'])).toBeUndefined();
  });

  it('parses bylines into role and name', () => {
    expect(parseByline('本报记者 王芳')).toEqual([{ role: '本报记者', name: '王芳' }]);
  });

  it('rejects a page without organisation lines, and text before the first one, with the line', () => {
    expect(() => parsePage('只是一段话。\n\n又一段话。')).toThrow(ImportError);
    expect(() => parsePage('只是一段话。\n\n又一段话。')).toThrow(/第 1 行/);
    expect(() => parsePage('\n\n开头的文字。\n\n益阳市桃江县妇联:\n\n标题\n\n正文。')).toThrow(/第 3 行：这段文字在第一个署名单位/);
  });
});

describe('line endings', () => {
  const lf = readSource().replace(/\r\n?/g, '\n');
  const names = () => ['棋梓镇', '湘乡市'];
  const expected = parsePage(lf, names);

  it.each([
    ['CRLF', '\r\n'],
    ['CR only (old Mac)', '\r'],
  ])('%s parses to the same articles and line numbers as LF', (_name, eol) => {
    const parsed = parsePage(lf.replaceAll('\n', eol), names);
    expect(parsed).toEqual(expected);
    expect(parsed.articles).toHaveLength(12);
    expect(parsed.articles.map((a) => a.line)).toEqual(expected.articles.map((a) => a.line));
  });
});

describe('photo credit lines', () => {
  it.each(['通讯员 张三 摄', '记者 李立 摄', '通讯员 张三 供图', '张三/摄', '(通讯员 张三 摄)', '（记者 李立、王芳 摄）', '本报记者张三摄', '图/通讯员 张三'])(
    '%s is a credit line',
    (line) => expect(isCreditLine(line)).toBe(true),
  );

  it.each([
    '今日女报/凤网首席记者 李立 见习记者 朱泓江',
    '本报记者 王芳',
    '志愿者在田间拍摄',
    '益阳市桃江县妇联:',
    '桃江县妇联执委走访困境儿童。',
    '记者在现场看到,妇女们正在排练节目,有人负责摄',
  ])('%s is not', (line) => expect(isCreditLine(line)).toBe(false));

  const report = (...body: string[]) => parsePage(['益阳市桃江县妇联:', '', '激发执委活力', '', ...body].join('\n')).articles;

  it('keeps a caption and its credit after the report body together, in order', () => {
    const articles = report('桃江县坚持党建带妇建。', '', '两级妇联组织不断完善。', '', '', '', '桃江县妇联执委走访困境儿童。', '', '通讯员 张三 摄');
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toEqual(['桃江县坚持党建带妇建。', '两级妇联组织不断完善。']);
    expect(articles[0]!.captions).toEqual(['桃江县妇联执委走访困境儿童。', '通讯员 张三 摄']);
    expect(articles[0]!.notes).toEqual(expect.arrayContaining(['第 11 行识别为图片说明', '第 13 行识别为图片署名，归入图片说明']));
  });

  it('does not start a news story at a short unpunctuated caption followed by a credit', () => {
    const articles = report('桃江县坚持党建带妇建。', '', '执委走访困境儿童', '', '(通讯员 张三 摄)', '', '两级妇联组织不断完善。');
    expect(articles.map((a) => a.kind)).toEqual(['county-report']);
    expect(articles[0]!.paragraphs).toEqual(['桃江县坚持党建带妇建。', '两级妇联组织不断完善。']);
    expect(articles[0]!.captions).toEqual(['执委走访困境儿童', '(通讯员 张三 摄)']);
  });

  it('a news story still starts after a caption and credit', () => {
    const articles = report('桃江县坚持党建带妇建。', '', '执委走访困境儿童', '', '记者 李立 摄', '', '黄芳在株洲调研妇联工作', '', '本报记者 王芳', '', '11月19日,黄芳一行调研。');
    expect(articles.map((a) => [a.kind, a.headline])).toEqual([
      ['county-report', '激发执委活力'],
      ['news', '黄芳在株洲调研妇联工作'],
    ]);
    expect(articles[0]!.captions).toEqual(['执委走访困境儿童', '记者 李立 摄']);
    expect(articles[1]!.paragraphs).toEqual(['11月19日,黄芳一行调研。']);
  });

  it('takes a credit out of the middle of the body, rejoining the paragraph it interrupted', () => {
    const first = `桃江县坚持党建带妇建,大力支持妇联改革转型,${'充分发挥新时代女性优势,'.repeat(6)}乡、村`;
    const articles = report(first, '', '张三/摄', '', '两级妇联组织不断完善。', '', '桃江县从宣传推介着手。');
    expect(articles[0]!.paragraphs).toEqual([`${first}两级妇联组织不断完善。`, '桃江县从宣传推介着手。']);
    expect(articles[0]!.captions).toEqual(['张三/摄']);
    expect(articles[0]!.notes).toEqual(expect.arrayContaining(['第 7 行识别为图片署名，归入图片说明', '第 9 行与上一段合并（分栏断行）']));
  });

  it('puts an unattached credit after the captions', () => {
    const long = `桃江县坚持党建带妇建,${'充分发挥新时代女性优势,'.repeat(8)}不断提升。`;
    const articles = report(long, '', '通讯员 张三 供图', '', '两级妇联组织不断完善。', '', '', '', '执委走访困境儿童。');
    expect(articles[0]!.paragraphs).toEqual([long, '两级妇联组织不断完善。']);
    expect(articles[0]!.captions).toEqual(['执委走访困境儿童。', '通讯员 张三 供图']);
  });

  it('never takes the only body paragraph as a caption', () => {
    const articles = report('执委走访困境儿童', '', '通讯员 张三 摄');
    expect(articles[0]!.paragraphs).toEqual(['执委走访困境儿童']);
    expect(articles[0]!.captions).toEqual(['通讯员 张三 摄']);
  });
});

describe('region from the organisation line', () => {
  it.each(readArticles().filter((a) => a.data.kind === 'county-report').map((a) => [a.data.organisation, a.data.region] as const))(
    '%s',
    (organisation, region) => {
      expect(regionFromOrganisation(organisation, divisions)).toEqual({ ok: true, region });
    },
  );

  it('says when a place is unknown', () => {
    const result = regionFromOrganisation('北京市朝阳区妇联', divisions);
    expect(result.ok).toBe(false);
    expect(result.ok || result.message).toContain('找不到湖南省的县级行政区');
  });
});
