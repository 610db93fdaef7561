// Renaming an article without a redirect fails the build; with a redirect entry the old URL
// becomes a working redirect page, straight to the final page of a chain. Full builds in a
// scratch copy of the project.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../helpers/scratch.ts';

const scratch = scratchProject();
afterAll(() => scratch.remove());
renameSync(scratch.path('content/articles/cili.md'), scratch.path('content/articles/cili-gaige.md'));

describe('published URLs', () => {
  it('a renamed article without a redirect fails the build, naming the lost URL, its line and the fix', () => {
    const { status, output } = scratch.astro('build');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/published-urls\.txt:\d+: \/articles\/cili\/: 已发布的文章 \/articles\/cili\/ 没有对应文件/);
    expect(output).toContain('content/redirects.yaml');
    expect(output).not.toContain('Stack trace');
  });

  it('with redirect entries the build passes and old URLs redirect to the final page', () => {
    writeFileSync(
      scratch.path('content/redirects.yaml'),
      '- from: /articles/cili/\n  to: /articles/cili-gaige/\n- from: /articles/cili-old/\n  to: /articles/cili/\n',
    );
    const { status, output } = scratch.astro('build');
    expect(status, output).toBe(0);
    for (const old of ['cili', 'cili-old']) {
      const page = readFileSync(scratch.path(`dist/articles/${old}/index.html`), 'utf8');
      expect(page).toMatch(/http-equiv="refresh" content="0;url=\/articles\/cili-gaige\/"/);
      expect(page).toContain('rel="canonical" href="http://localhost:4321/articles/cili-gaige/"');
    }
  });
});
