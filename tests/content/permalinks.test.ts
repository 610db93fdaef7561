// Renaming an article without a redirect fails the build; with a redirect entry the old URL
// becomes a working redirect page. Full builds in a scratch copy of the project.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRedirects } from '../../src/permalinks/manifest.ts';
import { scratchProject } from '../helpers/scratch.ts';

const scratch = scratchProject();
afterAll(() => scratch.remove());
renameSync(scratch.path('content/articles/cili.md'), scratch.path('content/articles/cili-gaige.md'));

describe('published URLs', () => {
  it('a renamed article without a redirect fails the build, naming the lost URL and the fix', () => {
    const { status, output } = scratch.astro('build');
    expect(status).not.toBe(0);
    expect(output).toContain('已发布的网址在本次构建中消失了');
    expect(output).toContain('  /articles/cili/');
    expect(output).toContain('content/redirects.yaml');
  });

  it('with a redirect entry the build passes and the old URL redirects', () => {
    writeFileSync(scratch.path('content/redirects.yaml'), '- from: /articles/cili/\n  to: /articles/cili-gaige/\n');
    const { status, output } = scratch.astro('build');
    expect(status, output).toBe(0);
    const page = readFileSync(scratch.path('dist/articles/cili/index.html'), 'utf8');
    expect(page).toMatch(/http-equiv="refresh" content="0;url=\/articles\/cili-gaige\/"/);
    expect(page).toContain('rel="canonical" href="http://localhost:4321/articles/cili-gaige/"');
  });
});

describe('redirect file', () => {
  it('rejects malformed entries with file, entry and field', () => {
    expect(() => parseRedirects('- from: articles/x/\n  to: /articles/y/\n', 'r.yaml')).toThrow(/r\.yaml: \[0\]\.from: /);
    expect(() => parseRedirects('- from: /a/\n  to: /b/\n- from: /a/\n  to: /c/\n', 'r.yaml')).toThrow(/\[1\]\.from: “\/a\/”重复/);
    expect(() => parseRedirects('- from: /a/\n  to: /a/\n', 'r.yaml')).toThrow(/指向自己/);
  });
});
