// The import tool end to end: the stored page reproduces the committed articles, a fresh import
// passes `npm run check`, edited files are never overwritten without --force, and bad input is
// refused with a message and nothing written.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planImport } from '../../src/importer/plan.ts';
import { loadVocabulary } from '../../src/initiatives/vocabulary.ts';
import { hunanDivisions } from '../../src/regions/load.ts';
import { readArticles, SOURCE_FILE } from '../helpers/content.ts';
import { listFiles } from '../../src/lib/files.ts';
import { scratchProject } from '../helpers/scratch.ts';

const IMPORT = resolve('src/importer/cli.ts');
const CHECK = resolve('src/checks/cli.ts');
const run = (cli: string, cwd: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
};
const paras = (body: string) => body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

describe('importing the stored source page', () => {
  const bytes = readFileSync(SOURCE_FILE);
  const plan = planImport({
    bytes,
    text: bytes.toString('utf8'),
    pageId: '000_fa27af0bc5488c72',
    takenSlugs: new Set(),
    previousSlugs: new Map(),
    divisions: hunanDivisions(),
    vocabulary: loadVocabulary(),
  });
  const committed = readArticles();

  it('finds the 12 articles and the continuation marker', () => {
    expect(plan.drafts).toHaveLength(12);
    expect(plan.page.continuedFrom).toBe('03');
  });

  it.each(committed.map((a, i) => [a.slug, a, i] as const))('reproduces the text of %s', (_slug, a, i) => {
    const d = plan.drafts[i]!;
    expect(d.order).toBe(a.data.source.order);
    expect(d.article.kind).toBe(a.data.kind);
    expect(d.article.headline).toBe(a.data.headline);
    expect(d.article.organisation).toBe(a.data.organisation);
    expect(d.article.paragraphs).toEqual(paras(a.body));
    expect(d.article.captions).toEqual(a.data.captions ?? []);
    expect(d.article.byline).toEqual(a.data.byline);
    expect(d.region).toEqual(a.data.region);
    expect(d.eventDate).toEqual(a.data.eventDate); // and none invented where the article has none
    // suggestions include every initiative the editor confirmed
    expect(d.initiatives).toEqual(expect.arrayContaining(a.data.initiatives));
  });
});

/** Every file under content/, with its bytes, to prove nothing was written. */
const snapshot = (dir: string) =>
  Object.fromEntries(listFiles(join(dir, 'content')).map((f) => [f, readFileSync(join(dir, 'content', f), 'base64')]));

describe('npm run import', () => {
  const scratch = scratchProject();
  afterAll(() => scratch.remove());
  // A fresh archive: no articles, pages or sources yet, no published URLs.
  for (const dir of ['articles', 'pages', 'sources']) {
    for (const f of readdirSync(scratch.path('content', dir))) rmSync(scratch.path('content', dir, f));
  }
  writeFileSync(scratch.path('content/published-urls.txt'), '# none yet\n');
  const page = scratch.path('page-04.txt');
  writeFileSync(page, readFileSync(SOURCE_FILE));

  it('--dry-run prints the plan and writes nothing', () => {
    const before = snapshot(scratch.dir);
    const { status, output } = run(IMPORT, scratch.dir, 'page-04.txt', '--dry-run');
    expect(status, output).toBe(0);
    expect(output).toContain('找到 12 篇文章（11 篇县级妇联报道，1 篇新闻），本版上接 03 版');
    expect(output).toContain('试运行：未写入任何文件');
    expect(snapshot(scratch.dir)).toEqual(before);
  });

  it('writes drafts that pass npm run check, and says what needs an editor', () => {
    const { status, output } = run(IMPORT, scratch.dir, 'page-04.txt');
    expect(status, output).toBe(0);
    expect(output).toContain('content/articles/xiangxiang-qizi.md  湘潭市湘乡市棋梓镇妇联：“改”强基层组织,“联”动巾帼情怀');
    expect(output).toContain('标题与正文粘连');
    expect(output).toContain('已写入 14 个文件');
    expect(readFileSync(scratch.path('content/sources/page-04.txt'))).toEqual(readFileSync(SOURCE_FILE));
    expect(readFileSync(scratch.path('content/articles/linli.md'), 'utf8')).toContain('# 导入工具按词表建议，请确认');
    const check = run(CHECK, scratch.dir);
    expect(check.status, check.output).toBe(0);
  });

  it('does nothing when run again on the same page', () => {
    const { status, output } = run(IMPORT, scratch.dir, 'page-04.txt');
    expect(status, output).toBe(0);
    expect(output).toContain('无需写入');
  });

  it('refuses to overwrite an edited article, naming it, unless --force, which keeps a backup', () => {
    const file = scratch.path('content/articles/linli.md');
    const edited = readFileSync(file, 'utf8').replace('initiatives: [', 'initiatives: [huntiao-zhan, ');
    writeFileSync(file, edited);
    const refused = run(IMPORT, scratch.dir, 'page-04.txt');
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('content/articles/linli.md');
    expect(refused.output).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe(edited);

    const forced = run(IMPORT, scratch.dir, 'page-04.txt', '--force');
    expect(forced.status, forced.output).toBe(0);
    const backupDir = /备份在 (backups\/[^/]+)\//.exec(forced.output)?.[1];
    expect(backupDir).toBeDefined();
    expect(readFileSync(scratch.path(backupDir!, 'content/articles/linli.md'), 'utf8')).toBe(edited);
    expect(readFileSync(file, 'utf8')).not.toBe(edited);
  });

  describe('bad input is refused with a message, writing nothing', () => {
    const cases: [string, string | Buffer | undefined, RegExp][] = [
      ['missing.txt', undefined, /找不到文件 missing\.txt/],
      ['empty.txt', '  \n\n', /empty\.txt 是空文件/],
      ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /二进制文件/],
      ['gbk.txt', Buffer.concat([Buffer.from('益阳市桃江县妇联:\n'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3])]), /gbk\.txt: 第 2 行：不是 UTF-8 编码/],
      ['no-org.txt', '这是一段没有署名单位的文字。\n\n又一段。', /第 1 行：没有找到署名单位行/],
      ['unknown-place.txt', '北京市朝阳区妇联:\n\n标题\n\n正文。', /unknown-place\.txt: 第 1 行：署名单位“北京市朝阳区妇联”中找不到湖南省的县级行政区/],
    ];
    it.each(cases)('%s', (name, content, message) => {
      if (content !== undefined) writeFileSync(scratch.path(name), content);
      const before = snapshot(scratch.dir);
      const { status, output } = run(IMPORT, scratch.dir, name);
      expect(status).toBe(1);
      expect(output).toMatch(message);
      expect(output).toContain('导入失败');
      expect(snapshot(scratch.dir)).toEqual(before);
      expect(existsSync(scratch.path(`content/articles/${name}.importing`))).toBe(false);
    });
  });
});
