// `npm run check` on the real content and on scratch copies with one fault each: it must pass
// clean content and fail with "<file>:<line>: <field>: <what to do>" otherwise.
import { appendFileSync, copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../helpers/importing.ts';
import { scratchProject } from '../helpers/scratch.ts';

const check = (cwd = '.') => checkContent(cwd);

describe('npm run check', () => {
  it('passes the committed content', () => {
    const { status, output } = check();
    expect(status, output).toBe(0);
    expect(output).toContain('内容检查通过：12 篇文章、1 个版面');
  });

  describe('on broken content', () => {
    const scratch = scratchProject();
    afterAll(() => scratch.remove());
    const articles = scratch.path('content/articles');

    it('names file, line, field and value of a bad article, and exits 1', () => {
      copyFileSync('tests/fixtures/invalid/unknown-county.md', join(articles, 'bad.md'));
      const { status, output } = check(scratch.dir);
      rmSync(join(articles, 'bad.md'));
      expect(status).toBe(1);
      expect(output).toMatch(/^content\/articles\/bad\.md:7: region\.county: “临丽县”不是常德市下的县级行政区/m);
      expect(output).toContain('内容检查发现 1 个问题');
    });

    it('finds two articles claiming the same place on the page', () => {
      copyFileSync(join(articles, 'linli.md'), join(articles, 'linli-copy.md'));
      const { status, output } = check(scratch.dir);
      rmSync(join(articles, 'linli-copy.md'));
      expect(status).toBe(1);
      expect(output).toMatch(/content\/articles\/linli(-copy)?\.md:1: source\.order: 与 content\/articles\/linli(-copy)?\.md 同为版面/);
    });

    it('finds a published article whose file is gone', () => {
      copyFileSync(join(articles, 'cili.md'), scratch.path('cili.md.keep'));
      rmSync(join(articles, 'cili.md'));
      const { status, output } = check(scratch.dir);
      copyFileSync(scratch.path('cili.md.keep'), join(articles, 'cili.md'));
      expect(status).toBe(1);
      expect(output).toMatch(/^content\/published-urls\.txt:\d+: \/articles\/cili\/: 已发布的文章 \/articles\/cili\/ 没有对应文件/m);
      const line = Number(/^content\/published-urls\.txt:(\d+):/m.exec(output)![1]);
      expect(readFileSync(scratch.path('content/published-urls.txt'), 'utf8').split('\n')[line - 1]).toBe('/articles/cili/');
    });

    it('finds a changed source of record', () => {
      appendFileSync(scratch.path('content/sources/000_fa27af0bc5488c72.txt'), '改动');
      const { status, output } = check(scratch.dir);
      expect(status).toBe(1);
      expect(output).toContain('content/pages/000_fa27af0bc5488c72.yaml:3: sourceSha256: ');
    });
  });
});
