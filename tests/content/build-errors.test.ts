// The build refuses exactly what `npm run check` refuses: each broken state of the content is set
// up in a scratch copy of the project, `npm run check` must fail, and the build's content step
// (`astro sync`, which runs the same validator) must fail with every one of the same messages.
import { appendFileSync, copyFileSync, cpSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../helpers/importing.ts';
import { scratchProject } from '../helpers/scratch.ts';

const scratch = scratchProject();
afterAll(() => scratch.remove());
const content = (...parts: string[]) => scratch.path('content', ...parts);
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const redirects = (yaml: string) => writeFileSync(content('redirects.yaml'), yaml);

/** Each broken state, with text the check's messages must contain. */
const states: [string, () => void, string][] = [
  ['an article with an unknown county', () => copyFileSync('tests/fixtures/invalid/unknown-county.md', content('articles/bad.md')), '临丽县'],
  ['a modified source of record', () => appendFileSync(content('sources/000_fa27af0bc5488c72.txt'), '改动'), 'sourceSha256'],
  ['two articles in one place on the page', () => copyFileSync(content('articles/linli.md'), content('articles/linli-2.md')), '同为版面'],
  ['an article stored twice', () => copyFileSync(content('articles/cili.md'), content('articles/cili-copy.md')), '正文与'],
  ['slugs differing only in case', () => copyFileSync(content('articles/linli.md'), content('articles/LinLi.md')), '只差大小写'],
  ['a page stored twice', () => {
    cpSync(content('sources/000_fa27af0bc5488c72.txt'), content('sources/page-05.txt'));
    writeFileSync(content('pages/page-05.yaml'), 'publication: 今日女报\nsourceFile: content/sources/page-05.txt\n');
  }, '同一版面只能收录一次'],
  ['a redirect from a live article', () => redirects('- from: /articles/linli/\n  to: /articles/cili/\n'), '是现有页面'],
  ['a redirect loop', () => redirects('- from: /articles/a/\n  to: /articles/b/\n- from: /articles/b/\n  to: /articles/a/\n'), '重定向成环'],
  ['a redirect to a missing page', () => redirects('- from: /articles/old/\n  to: /articles/nowhere/\n'), '不是本站现有页面'],
  ['a published article whose file is gone', () => rmSync(content('articles/cili.md')), '已发布的文章 /articles/cili/ 没有对应文件'],
  ['a renamed article without a redirect', () => renameSync(content('articles/cili.md'), content('articles/cili-gaige.md')), '/articles/cili/'],
  ['Markdown in a body', () => appendFileSync(content('articles/linli.md'), '\n# 不是标题\n'), 'body'],
  ['an organisation line YAML cannot read', () => edit(content('articles/linli.md'), (t) => t.replace('organisation: 常德市临澧县妇联', 'organisation: *常德市临澧县妇联')), 'YAML'],
  ['a body far longer than any report', () => appendFileSync(content('articles/linli.md'), `\n${'妇联改革'.repeat(6000)}。\n`), '远超一篇报道'],
  ['an unquoted page date the build reads as a date', () => appendFileSync(content('pages/000_fa27af0bc5488c72.yaml'), 'date: 2020-11-20\n'), '构建时这里会被读成'],
  ['an unquoted headline that looks like a date', () => edit(content('articles/cili.md'), (t) => t.replace(/^headline: .*$/m, 'headline: 2020-11-19')), '构建时这里会被读成'],
  ['an unknown YAML tag', () => edit(content('articles/cili.md'), (t) => t.replace(/^headline: /m, 'headline: !x ')), 'YAML 格式错误'],
  ['a redirect path without its trailing slash', () => redirects('- from: /articles/linli\n  to: /articles/cili/\n'), '页面网址'],
  ['a redirect over a built file', () => redirects('- from: /favicon.svg\n  to: /articles/cili/\n'), '页面网址'],
  ["a redirect into Pagefind's folder", () => redirects('- from: /pagefind/x/\n  to: /articles/cili/\n'), '资源目录'],
  ['a redirect differing from a live page only in case', () => redirects('- from: /Articles/linli/\n  to: /articles/cili/\n'), '只差大小写'],
  ['a published initiative page that would disappear', () => {
    edit(content('initiatives.yaml'), (t) => t.replace(/^- id: si-yuan\n(?:  .*\n)*/m, ''));
    edit(content('articles/hengyang-xian.md'), (t) => t.replace(/si-yuan,? ?/, ''));
  }, '/initiatives/si-yuan/'],
  ['no published-URL list', () => rmSync(content('published-urls.txt')), '找不到已发布网址清单'],
  ['an article file that is not UTF-8', () => appendFileSync(content('articles/linli.md'), Buffer.from([0xd5, 0xe2, 0xa1, 0xa3, 0x0a])), '不是 UTF-8'],
  ['an article file with a BOM', () => edit(content('articles/linli.md'), (t) => `\uFEFF${t}`), 'BOM'],
  ['a control character in an article', () => appendFileSync(content('articles/linli.md'), '\n妇联\x1b执委。\n'), 'U+001B'],
  ['a broken link in the articles folder', () => symlinkSync('/nonexistent/ghost.md', content('articles/ghost.md')), '无法读取'],
  ['thousands of nested quotes in a body', () => appendFileSync(content('articles/linli.md'), `\n${'> '.repeat(20000)}x\n`), '嵌套过深'],
  ['a broken vocabulary', () => appendFileSync(content('initiatives.yaml'), '- id: Bad Id\n  name: 坏\n'), 'initiatives.yaml'],
];

describe('build and npm run check refuse the same content', () => {
  const pristine = scratch.path('content.pristine');
  cpSync(content(), pristine, { recursive: true });
  const restore = () => {
    rmSync(content(), { recursive: true, force: true });
    cpSync(pristine, content(), { recursive: true });
  };

  it('both accept the committed content', () => {
    const check = checkContent(scratch.dir);
    expect(check.status, check.output).toBe(0);
    const sync = scratch.astro('sync');
    expect(sync.status, sync.output).toBe(0);
  });

  it.each(states)('%s', (_name, breakIt, expected) => {
    restore();
    breakIt();
    const check = checkContent(scratch.dir);
    const messages = check.output.split('\n').filter((l) => /^content\/\S+:\d+: /.test(l));
    expect(check.status, check.output).toBe(1);
    expect(messages.join('\n')).toContain(expected);
    const sync = scratch.astro('sync');
    expect(sync.status, sync.output).not.toBe(0);
    for (const m of messages) expect(sync.output).toContain(m);
    expect(sync.output, 'no stack trace for bad content').not.toMatch(/Stack trace|^\s+at /m);
  });
});
