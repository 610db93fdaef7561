// The import tool end to end: the stored page reproduces the committed articles, a fresh import
// passes `npm run check`, a re-import keeps every URL on its article and the editor's fields,
// and bad input is refused with a message and nothing written.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/archive/files.ts';
import { CONTENT } from '../../src/archive/paths.ts';
import { prepareImport } from '../../src/importer/prepare.ts';
import { readArticles, SOURCE_FILE } from '../helpers/content.ts';
import { checkContent, emptyArchive, importPage, snapshot } from '../helpers/importing.ts';
import { scratchProject } from '../helpers/scratch.ts';

const paras = (body: string) => body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

describe('importing the stored source page into an empty archive', () => {
  const bytes = readFileSync(SOURCE_FILE);
  const { plan, refusals, created } = prepareImport(emptyArchive(), { bytes, text: bytes.toString('utf8'), pageId: '000_fa27af0bc5488c72' });
  const committed = readArticles();

  it('finds the 12 articles and the continuation marker, and the drafts pass every rule', () => {
    expect(refusals).toEqual([]);
    expect(created).toEqual([]);
    expect(plan.articles).toHaveLength(12);
    expect(plan.page.continuedFrom).toBe('03');
  });

  it('suggests the slugs the archive published', () => {
    expect(plan.articles.map((a) => a.draft.slug)).toEqual(committed.map((a) => a.slug));
  });

  it.each(committed.map((a, i) => [a.slug, a, i] as const))('reproduces the text of %s', (_slug, a, i) => {
    const { draft } = plan.articles[i]!;
    expect(draft.order).toBe(a.data.source.order);
    expect(draft.article.kind).toBe(a.data.kind);
    expect(draft.article.headline).toBe(a.data.headline);
    expect(draft.article.organisation).toBe(a.data.organisation);
    expect(draft.article.paragraphs).toEqual(paras(a.body));
    expect(draft.article.captions).toEqual(a.data.captions ?? []);
    expect(draft.article.byline).toEqual(a.data.byline);
    expect(draft.region).toEqual(a.data.region);
    expect(draft.eventDate).toEqual(a.data.eventDate); // and none invented where the article has none
    expect(draft.initiatives).toEqual(expect.arrayContaining(a.data.initiatives));
  });
});

describe('re-importing the committed page', () => {
  it('changes nothing: every article is recognised and its file left byte for byte', () => {
    const bytes = readFileSync(SOURCE_FILE);
    const { plan, refusals } = prepareImport(readContentFiles('.'), { bytes, text: bytes.toString('utf8'), pageId: '000_fa27af0bc5488c72' });
    expect(refusals).toEqual([]);
    expect(plan.articles.map((a) => a.status)).toEqual(Array(12).fill('same'));
    expect(plan.writes.size).toBe(0);
    expect(plan.removals).toEqual([]);
  });
});

describe('npm run import', () => {
  const scratch = scratchProject();
  afterAll(() => scratch.remove());
  const dir = scratch.dir;
  // A fresh archive: no articles, pages or sources yet, no published URLs.
  for (const d of [CONTENT.articles, CONTENT.pages, CONTENT.sources]) rmSync(scratch.path(d), { recursive: true, force: true });
  writeFileSync(scratch.path(CONTENT.published), '# none yet\n');
  const page = scratch.path('000_fa27af0bc5488c72.txt');
  const source = readFileSync(SOURCE_FILE, 'utf8');
  writeFileSync(page, source);
  const article = (slug: string) => scratch.path(CONTENT.articles, `${slug}.md`);

  it('--dry-run prints the URL of every article and writes nothing', () => {
    const before = snapshot(dir);
    const { status, output } = importPage(dir, '000_fa27af0bc5488c72.txt', '--dry-run');
    expect(status, output).toBe(0);
    expect(output).toContain('找到 12 篇文章（11 篇县级妇联报道，1 篇新闻），本版上接 03 版');
    expect(output).toContain('   1. /articles/wugang/  邵阳武冈市妇联：每3名执委帮扶1名困境妇女儿童（原文第 5 行起；新文章）');
    expect(output).toContain('试运行：未写入任何文件');
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes drafts that pass npm run check, and says what needs an editor', () => {
    const { status, output } = importPage(dir, '000_fa27af0bc5488c72.txt');
    expect(status, output).toBe(0);
    expect(output).toContain('/articles/xiangxiang-qizi/  湘潭市湘乡市棋梓镇妇联：“改”强基层组织,“联”动巾帼情怀');
    expect(output).toContain('标题与正文粘连');
    expect(output).toContain('已写入 14 个文件');
    expect(readFileSync(scratch.path(CONTENT.sources, '000_fa27af0bc5488c72.txt'))).toEqual(readFileSync(SOURCE_FILE));
    expect(readFileSync(article('linli'), 'utf8')).toContain('# 导入工具按词表建议，请确认');
    expect(existsSync(article('huangfang-zhuzhou-diaoyan')), 'a readable news slug').toBe(true);
    const check = checkContent(dir);
    expect(check.status, check.output).toBe(0);
  });

  it('does nothing when run again on the same page', () => {
    const { status, output } = importPage(dir, '000_fa27af0bc5488c72.txt');
    expect(status, output).toBe(0);
    expect(output).toContain('无需写入');
  });

  it("keeps the editor's fields on re-import", () => {
    const edited = readFileSync(article('linli'), 'utf8').replace(
      'initiatives: [',
      'figures:\n  - value: 173\n    unit: 个\n    counts: 妇联组织\ninitiatives: [huntiao-zhan, ',
    );
    expect(edited, 'the edit applies').not.toBe(readFileSync(article('linli'), 'utf8'));
    writeFileSync(article('linli'), edited);
    const { status, output } = importPage(dir, '000_fa27af0bc5488c72.txt');
    expect(status, output).toBe(0);
    expect(readFileSync(article('linli'), 'utf8')).toBe(edited);
  });

  it('keeps every URL on its article when a report is added before the others and the order changes', () => {
    const headlines = () => Object.fromEntries(readArticles(dir).map((a) => [a.slug, a.data.headline]));
    const before = headlines();
    writeFileSync(page, source.replace('邵阳武冈市妇联:', '常德市安乡县妇联:\n\n安乡县妇联执委进村入户\n\n安乡县妇联组织执委深入村组,倾听妇女群众心声。\n\n邵阳武冈市妇联:'));
    const refused = importPage(dir, '000_fa27af0bc5488c72.txt');
    expect(refused.status, 'the source of record changes only with --force').toBe(1);
    expect(refused.output).toContain(`${CONTENT.sources}/000_fa27af0bc5488c72.txt`);
    const { status, output } = importPage(dir, '000_fa27af0bc5488c72.txt', '--force');
    expect(status, output).toBe(0);
    expect(output).toContain('/articles/anxiang/  常德市安乡县妇联：安乡县妇联执委进村入户（原文第 5 行起；新文章）');
    expect(output).toContain('/articles/wugang/  邵阳武冈市妇联：每3名执委帮扶1名困境妇女儿童（原文第 11 行起；保留网址，位置或格式更新）');
    expect(headlines()).toEqual({ ...before, anxiang: '安乡县妇联执委进村入户' });
    expect(readArticles(dir).find((a) => a.slug === 'wugang')!.data.source.order).toBe(2);
    expect(checkContent(dir).status).toBe(0);
  });

  it('replaces text the editor changed only with --force, keeping a backup', () => {
    const file = article('cili');
    const edited = readFileSync(file, 'utf8').replace('慈利县', '慈利县（编辑改动）');
    writeFileSync(file, edited);
    const refused = importPage(dir, '000_fa27af0bc5488c72.txt');
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('保留网址，文字有更正');
    expect(refused.output).toContain(`${CONTENT.articles}/cili.md`);
    expect(refused.output).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = importPage(dir, '000_fa27af0bc5488c72.txt', '--force');
    expect(forced.status, forced.output).toBe(0);
    const backupDir = /备份在 (backups\/[^/]+)\//.exec(forced.output)?.[1];
    expect(readFileSync(scratch.path(backupDir!, CONTENT.articles, 'cili.md'), 'utf8')).toBe(edited);
    expect(readFileSync(file, 'utf8')).not.toBe(edited);
  });

  it('refuses the same page under another name, writing nothing', () => {
    writeFileSync(scratch.path('page05.txt'), readFileSync(page));
    const before = snapshot(dir);
    const { status, output } = importPage(dir, 'page05.txt');
    expect(status).toBe(1);
    expect(output).toContain('与已有版面 000_fa27af0bc5488c72');
    expect(output).toContain('请把文件命名为 000_fa27af0bc5488c72.txt');
    expect(snapshot(dir)).toEqual(before);
    // the same text with CRLF line endings and a BOM is the same page
    writeFileSync(scratch.path('page06.txt'), `\uFEFF${readFileSync(page, 'utf8').replace(/\n/g, '\r\n')}`);
    expect(importPage(dir, 'page06.txt').output).toContain('与已有版面 000_fa27af0bc5488c72');
    // most of its articles already on another page: a second copy of the same page
    writeFileSync(scratch.path('page07.txt'), readFileSync(page, 'utf8').replace('每3名执委帮扶', '每三名执委帮扶'));
    expect(importPage(dir, 'page07.txt').output).toMatch(/13 篇文章中有 \d+ 篇已在版面 000_fa27af0bc5488c72 中/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses to drop a published article, naming its URL; with a redirect it is removed', () => {
    writeFileSync(scratch.path(CONTENT.published), '# published\n/articles/xinhua/\n');
    const text = readFileSync(page, 'utf8');
    writeFileSync(page, text.slice(0, text.indexOf('娄底市新化县妇联:')) + text.slice(text.indexOf('黄芳在株洲')));
    const before = snapshot(dir);
    const refused = importPage(dir, '000_fa27af0bc5488c72.txt', '--force');
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('已发布的文章 /articles/xinhua/（content/articles/xinhua.md，娄底市新化县妇联：为基层妇联“赋权增能”）在新的版面文本中找不到');
    expect(snapshot(dir)).toEqual(before);

    writeFileSync(scratch.path(CONTENT.redirects), '- from: /articles/xinhua/\n  to: /articles/chenxi/\n');
    const { status, output } = importPage(dir, '000_fa27af0bc5488c72.txt', '--force');
    expect(status, output).toBe(0);
    expect(output).toContain('删除 /articles/xinhua/（content/articles/xinhua.md）：新文本中没有这篇，网址重定向到 /articles/chenxi/');
    expect(existsSync(article('xinhua'))).toBe(false);
    const check = checkContent(dir);
    expect(check.status, check.output).toBe(0);
  });

  it('keeps printed characters that YAML or Markdown would interpret, and names a near-miss place to confirm', () => {
    const page = [
      '*益阳市桃江具妇联:',
      '',
      '# [激发] 执委活力: 要我干',
      '',
      '1. 第一条 &amp; **加粗** `代码` www.example.cn。',
      '',
      '',
      '',
      '执委入户走访,了解困难妇女儿童需求。',
      '',
      '通讯员 张三 摄',
      '',
      '[郴州市宜章县妇联:',
      '',
      '- 搭建 "三个平台"',
      '',
      '> 宜章县坚持党建带妇建 | 创新举措 ~~ 2020.',
    ].join('\r');
    writeFileSync(scratch.path('odd-01.txt'), page);
    const { status, output } = importPage(dir, 'odd-01.txt');
    expect(status, output).toBe(0);
    expect(output).toContain('“桃江具”疑为“桃江县”');
    const check = checkContent(dir);
    expect(check.status, check.output).toBe(0);
    const stored = readArticles(dir).filter((a) => a.data.source.page === 'odd-01');
    expect(stored.map((a) => [a.data.organisation, a.data.headline, a.data.captions])).toEqual([
      ['*益阳市桃江具妇联', '# [激发] 执委活力: 要我干', ['执委入户走访,了解困难妇女儿童需求。', '通讯员 张三 摄']],
      ['[郴州市宜章县妇联', '- 搭建 "三个平台"', undefined],
    ]);
    expect(stored.map((a) => a.data.region.county)).toEqual(['桃江县', '宜章县']);
  });

  it('never gives a published URL to a different report of the same federation', () => {
    writeFileSync(scratch.path(CONTENT.published), '# published\n/articles/wugang/\n');
    const text = readFileSync(page, 'utf8');
    const start = text.indexOf('邵阳武冈市妇联:');
    const end = text.indexOf('益阳市桃江县妇联:');
    writeFileSync(page, `${text.slice(0, start)}邵阳武冈市妇联:\n\n武冈市举办巾帼家政技能培训班\n\n近日,武冈市妇联联合人社部门举办家政服务技能培训,六十名农村妇女参加。\n\n${text.slice(end)}`);
    const before = snapshot(dir);
    const { status, output } = importPage(dir, '000_fa27af0bc5488c72.txt', '--force');
    expect(status).toBe(1);
    expect(output).toContain('/articles/wugang-2/  邵阳武冈市妇联：武冈市举办巾帼家政技能培训班');
    expect(output).toContain('已发布的文章 /articles/wugang/');
    expect(snapshot(dir)).toEqual(before);
    writeFileSync(page, text);
  });

  it('refuses a copy of a page whose punctuation was changed to full width', () => {
    writeFileSync(scratch.path('copy-01.txt'), readFileSync(page, 'utf8').replace(/,/g, '，'));
    const before = snapshot(dir);
    const { status, output } = importPage(dir, 'copy-01.txt');
    expect(status).toBe(1);
    expect(output).toMatch(/篇已在版面 000_fa27af0bc5488c72 中/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes text YAML would read as a date or number so that the build reads it back as text', () => {
    writeFileSync(scratch.path('odd-02.txt'), '益阳市安化县妇联:\n\n2020-11-19\n\n安化县坚持党建带妇建,大力推进妇联改革,成效明显。\n\n\n\n0b11\n');
    const { status, output } = importPage(dir, 'odd-02.txt');
    expect(status, output).toBe(0);
    const check = checkContent(dir);
    expect(check.status, check.output).toBe(0);
    const stored = readArticles(dir).find((a) => a.data.source.page === 'odd-02')!;
    expect([stored.data.headline, stored.data.captions]).toEqual(['2020-11-19', ['0b11']]);
  });

  it('refuses printed text with a control character, naming the line', () => {
    writeFileSync(scratch.path('ctrl.txt'), '益阳市安化县妇联:\n\n标题\n\n正文\x1b有控制字符。\n');
    const { status, output } = importPage(dir, 'ctrl.txt');
    expect(status).toBe(1);
    expect(output).toContain('ctrl.txt: 第 5 行：含有控制字符 U+001B');
  });

  describe('bad input is refused with a message, writing nothing', () => {
    const cases: [string, string | Buffer | undefined, RegExp][] = [
      ['missing.txt', undefined, /找不到文件 missing\.txt/],
      ['empty.txt', '  \n\n', /empty\.txt 是空文件/],
      ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /二进制文件/],
      ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('益阳市桃江县妇联:\n', 'utf16le')]), /UTF-16 编码（小端）/],
      ['gbk.txt', Buffer.concat([Buffer.from('益阳市桃江县妇联:\n'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3])]), /gbk\.txt: 第 2 行：不是 UTF-8 编码/],
      ['huge.txt', Buffer.alloc(20 * 1024 * 1024, '益'), /超过版面文本的上限/],
      ['no-org.txt', '这是一段没有署名单位的文字。\n\n又一段。', /第 1 行：没有找到署名单位行/],
      ['unknown-place.txt', '北京市朝阳区妇联:\n\n标题\n\n正文。', /unknown-place\.txt: 第 1 行：署名单位“北京市朝阳区妇联”中找不到湖南省的县级行政区/],
      ['bad name!.txt', '益阳市桃江县妇联:\n\n标题\n\n正文。', /只能含字母、数字、下划线和连字符/],
    ];
    it.each(cases)('%s', (name, content, message) => {
      if (content !== undefined) writeFileSync(scratch.path(name), content);
      const before = snapshot(dir);
      const { status, output } = importPage(dir, name);
      expect(status).toBe(1);
      expect(output).toMatch(message);
      expect(output).toContain('导入失败');
      expect(output).not.toMatch(/^\s+at /m);
      expect(snapshot(dir)).toEqual(before);
    });
  });
});
