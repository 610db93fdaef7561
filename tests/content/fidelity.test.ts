// The archive's text is the printed text: nothing lost, nothing duplicated, nothing added,
// only column breaks and the run-in headline repaired.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readArticles, readSource, SOURCE_FILE, type ArticleFile } from '../helpers/content.ts';

const PAGE_MARKER = /\(上接\s*03\s*版\)/;
const articles = readArticles();
const strip = (s: string) => s.replace(/\s+/g, '');

/** What the printed page shows for one article, in print order. */
function printed(a: ArticleFile): string {
  const d = a.data;
  const head =
    d.kind === 'news'
      ? d.headline + d.byline.map((b: { role: string; name: string }) => b.role + b.name).join('')
      : `${d.organisation}:${d.headline}`;
  return head + a.body + (d.captions ?? []).join('');
}

/** Sentences of the source: split at 。！？ and line ends, organisation colons dropped. */
function sentences(text: string): string[] {
  return text
    .replace(PAGE_MARKER, '')
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[。！？])/))
    .map((s) => strip(s).replace(/妇联:$/, '妇联'))
    .filter((s) => s.length > 0);
}

describe('source of record', () => {
  it('is stored unchanged (hash recorded in the page file)', () => {
    const page = parse(readFileSync('content/pages/000_fa27af0bc5488c72.yaml', 'utf8')) as { sourceSha256: string };
    expect(createHash('sha256').update(readFileSync(SOURCE_FILE)).digest('hex')).toBe(page.sourceSha256);
  });

  it.runIf(existsSync('../shared/seeds/000_fa27af0bc5488c72.txt'))('matches the seed byte for byte', () => {
    expect(readFileSync(SOURCE_FILE)).toEqual(readFileSync('../shared/seeds/000_fa27af0bc5488c72.txt'));
  });
});

describe('articles reproduce the page', () => {
  it('has 11 federation reports and 1 news story', () => {
    expect(articles.filter((a) => a.data.kind === 'county-report')).toHaveLength(11);
    expect(articles.filter((a) => a.data.kind === 'news').map((a) => a.data.headline)).toEqual(['黄芳在株洲调研妇联工作']);
    expect(articles.map((a) => a.data.source.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('in print order, the articles are exactly the page minus its page marker', () => {
    expect(strip(articles.map(printed).join(''))).toBe(strip(readSource().replace(PAGE_MARKER, '')));
  });

  it('every sentence of the source is in exactly one article', () => {
    const texts = articles.map((a) => strip(printed(a)));
    const list = sentences(readSource());
    expect(list.length).toBeGreaterThan(80);
    for (const s of list) {
      const holders = texts.filter((t) => t.includes(s)).length;
      expect(holders, s).toBe(1);
    }
  });

  it('keeps the page marker out of every article', () => {
    for (const a of articles) expect(printed(a), a.file).not.toMatch(/上接/);
  });

  it('rejoins paragraphs split across columns', () => {
    const body = (slug: string) => articles.find((a) => a.slug === slug)!.body;
    expect(body('linli')).toContain('乡、村两级共有妇联组织173个');
    expect(body('lanshan')).toContain('真正成为党心民意');
    expect(body('huangfang-zhuzhou-diaoyan')).toContain('稳妥“五步走”的工作做法');
    expect(body('huangfang-zhuzhou-diaoyan')).toContain('妇女儿童维权服务中心');
    expect(body('xiangxiang-qizi')).toContain('工作部署,凝聚巾帼力量');
    // no paragraph ends mid-sentence
    for (const a of articles) {
      for (const para of a.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) expect(para, a.file).toMatch(/[。”」]$/);
    }
  });

  it('separates the 棋梓镇 headline from the body it was run into', () => {
    const qizi = articles.find((a) => a.slug === 'xiangxiang-qizi')!;
    expect(qizi.data.headline).toBe('“改”强基层组织,“联”动巾帼情怀');
    expect(qizi.body.trim().startsWith('棋梓镇妇联始终坚持')).toBe(true);
  });

  it('attaches each photo caption to the report it illustrates', () => {
    const captions = Object.fromEntries(articles.filter((a) => a.data.captions?.length).map((a) => [a.slug, a.data.captions]));
    expect(captions).toEqual({
      'xiangxiang-qizi': ['湘乡市棋梓镇妇联执委队伍壮大,格局更开放,抱团履职热情高涨。'],
      linli: ['临澧县妇联邀请专家给妇联执委上婚姻家庭纠纷调解辅导课。'],
      chenxi: ['辰溪县妇联执委和巾帼志愿者关爱困境儿童。'],
    });
  });
});
