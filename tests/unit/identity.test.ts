// Which re-imported article is which existing one: the URL promise rests on this.
import { describe, expect, it } from 'vitest';
import { matchArticles, similarity, type Identity } from '../../src/importer/identity.ts';

const a = (organisation: string | undefined, headline: string, text: string): Identity => ({ organisation, headline, text });
const linli = a('常德市临澧县妇联', '“五导”工作法', '临澧县妇联完成改革任务后,乡、村两级共有妇联组织173个、妇联执委2739人。');
const cili = a('张家界市慈利县妇联', '破解“改革四难”', '慈利县妇联围绕“改革四难”,探索出一条基层妇联改革新路。');
const news = a(undefined, '黄芳在株洲调研妇联工作', '11月19日,湖南省妇联党组书记、主席黄芳一行在株洲市调研。');

describe('similarity', () => {
  it('is 1 for the same text, about 0 for unrelated text, and symmetric', () => {
    expect(similarity(linli.text, linli.text)).toBe(1);
    expect(similarity(linli.text, cili.text)).toBeLessThan(0.3);
    expect(similarity(linli.text, cili.text)).toBe(similarity(cili.text, linli.text));
    expect(similarity('', '')).toBe(1);
  });
});

describe('matching re-imported articles', () => {
  it('follows articles that moved, and leaves a new one unmatched', () => {
    const added = a('常德市安乡县妇联', '安乡县妇联执委进村入户', '安乡县妇联组织执委深入村组。');
    expect(matchArticles([added, news, cili, linli], [linli, cili, news])).toEqual([undefined, 2, 1, 0]);
  });

  it('recognises a corrected headline, organisation line or body', () => {
    const headline = { ...linli, headline: '“五导”工作法引领新风尚' };
    const organisation = { ...cili, organisation: '张家界市慈利县妇联会' };
    const body = { ...news, headline: '黄芳到株洲调研', text: news.text.replace('11月19日', '11月18日') };
    expect(matchArticles([organisation, body, headline], [linli, cili, news])).toEqual([1, 2, 0]);
  });

  it('never pairs two articles that share nothing, and leaves a removed one unmatched', () => {
    const other = a('益阳市桃江县妇联', '激发执委活力', '桃江县坚持党建带妇建,大力支持妇联改革转型。');
    expect(matchArticles([other], [linli, cili])).toEqual([undefined]);
    expect(matchArticles([cili], [linli, cili])).toEqual([1]);
  });

  it('tells apart two reports of one federation by headline and body', () => {
    const first = a('常德市临澧县妇联', '婚调站', '在全县160个村(社区)建立婚姻家庭矛盾纠纷调解服务站。');
    const second = a('常德市临澧县妇联', '执委培训', '邀请专家给妇联执委上婚姻家庭纠纷调解辅导课,共培训执委三百人次。');
    expect(matchArticles([second, first], [first, second])).toEqual([1, 0]);
    // an organisation line shared by two articles is no identity by itself
    const rewritten = a('常德市临澧县妇联', '全新标题', '完全不同的一篇报道内容。');
    expect(matchArticles([rewritten], [first, second])).toEqual([undefined]);
  });

  it('never moves a URL to a different report of the same federation', () => {
    const other = a('常德市临澧县妇联', '临澧县举办巾帼家政技能培训班', '近日,县妇联联合人社部门举办家政服务技能培训,六十名农村妇女参加。');
    expect(matchArticles([other], [linli])).toEqual([undefined]);
    expect(matchArticles([{ ...other, headline: linli.headline }], [linli])).toEqual([undefined]);
  });

  it('pairs each existing article at most once', () => {
    expect(matchArticles([linli, linli], [linli])).toEqual([0, undefined]);
  });
});
