// Redirects never hide a live page and always end at one: each rule with the line it names.
import { describe, expect, it } from 'vitest';
import { checkRedirects, MAX_REDIRECT_HOPS } from '../../src/archive/redirect-rules.ts';
import { formatProblem } from '../../src/archive/problems.ts';
import { parseRedirects } from '../../src/archive/published.ts';

const live = new Set(['/articles/linli/', '/articles/cili/', '/', '/regions/changde/', '/regions/changde/2/']);
const check = (yaml: string) => {
  const parsed = parseRedirects(yaml, 'r.yaml');
  const result = checkRedirects(parsed.redirects, live, 'r.yaml');
  return { problems: [...parsed.problems, ...result.problems].map(formatProblem), targets: result.targets };
};
const entry = (from: string, to: string) => `- from: ${from}\n  to: ${to}\n`;

describe('redirect rules', () => {
  it('follow a chain to its live end', () => {
    const { problems, targets } = check(entry('/articles/a/', '/articles/b/') + entry('/articles/b/', '/articles/linli/'));
    expect(problems).toEqual([]);
    expect(targets).toEqual(new Map([['/articles/a/', '/articles/linli/'], ['/articles/b/', '/articles/linli/']]));
  });

  it('refuse a redirect from a live page', () => {
    expect(check(entry('/articles/linli/', '/articles/cili/')).problems).toEqual([expect.stringMatching(/^r\.yaml:1: \[0\]\.from: \/articles\/linli\/ 是现有页面/)]);
  });

  it('refuse a loop, naming the line and the cycle', () => {
    const { problems } = check(entry('/articles/a/', '/articles/b/') + entry('/articles/b/', '/articles/a/'));
    expect(problems).toContain('r.yaml:1: [0].to: 重定向成环：/articles/a/ → /articles/b/ → /articles/a/：请让它指向一个现有页面');
    expect(problems.some((p) => p.startsWith('r.yaml:3: [1].to: 重定向成环'))).toBe(true);
  });

  it('refuse a target that is not a live page', () => {
    expect(check(entry('/articles/a/', '/articles/nowhere/')).problems).toEqual([expect.stringMatching(/^r\.yaml:1: \[0\]\.to: \/articles\/nowhere\/ 不是本站现有页面/)]);
  });

  it("refuse a list's later page as a target: it shifts as reports are added", () => {
    expect(check(entry('/articles/a/', '/regions/changde/2/')).problems).toEqual([expect.stringMatching(/^r\.yaml:1: \[0\]\.to: \/regions\/changde\/2\/ 是列表的后续页/)]);
    expect(check(entry('/articles/a/', '/regions/changde/')).problems).toEqual([]);
  });

  it(`refuse chains longer than ${MAX_REDIRECT_HOPS} hops, accept ${MAX_REDIRECT_HOPS}`, () => {
    const chain = (n: number) =>
      Array.from({ length: n }, (_, i) => entry(`/old/${i}/`, i === n - 1 ? '/articles/linli/' : `/old/${i + 1}/`)).join('');
    expect(check(chain(MAX_REDIRECT_HOPS)).problems).toEqual([]);
    expect(check(chain(MAX_REDIRECT_HOPS + 1)).problems[0]).toMatch(/^r\.yaml:1: \[0\]\.to: 重定向链太长/);
  });

  it('refuse malformed entries, duplicates and self-redirects at their lines', () => {
    expect(check(entry('articles/x/', '/articles/linli/')).problems[0]).toMatch(/^r\.yaml:1: \[0\]\.from: /);
    expect(check(entry('/a/', '/articles/linli/') + entry('/a/', '/articles/cili/')).problems).toEqual([
      expect.stringMatching(/^r\.yaml:3: \[1\]\.from: “\/a\/”重复/),
    ]);
    expect(check(entry('/a/', '/a/')).problems).toEqual([expect.stringMatching(/^r\.yaml:2: \[0\]\.to: 重定向指向自己/)]);
    expect(check('- from: [\n').problems[0]).toMatch(/^r\.yaml:\d+: YAML: YAML 格式错误/);
  });
});
