// Long lists split into numbered pages. The real archive is too small to need a second page, so
// a synthetic archive of 240 articles (bench/corpus.ts) is built for real in a scratch folder.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSite, type GeneratedArticle } from '../../bench/corpus.ts';
import { articlePath, initiativePath, LIST_PAGE_SIZE, listPagePath } from '../../src/lib/urls.ts';
import { fileForUrl, page as distPage } from '../../tools/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { runAstro } from '../helpers/scratch.ts';

const dir = mkdtempSync(join(tmpdir(), 'archive-lists-'));
const dist = join(dir, 'dist');
const page = (pathname: string) => distPage(pathname, dist);
const site = { exists: (p: string) => fileForUrl(p, dist) !== undefined, page };
let articles: GeneratedArticle[];

beforeAll(() => {
  articles = generateSite(240, dir).articles;
  const built = runAstro(dir, ['build']);
  if (built.status !== 0) throw new Error(built.output);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each initiative with reports: the articles it should list (in print order), and its page folders. */
const initiatives = () =>
  readdirSync(join(dist, 'initiatives'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map(({ name }) => ({
      name,
      want: articles.filter((a) => a.initiatives.includes(name)).map((a) => articlePath(a.slug)),
      pages: 1 + readdirSync(join(dist, 'initiatives', name)).filter((f) => /^\d+$/.test(f)).length,
    }));

describe('initiative pages', () => {
  it('split a long list into pages of LIST_PAGE_SIZE, every report once, in print order, pages linked in turn', () => {
    const long = initiatives().filter((i) => i.want.length > LIST_PAGE_SIZE);
    expect(long.length, 'the synthetic archive must have an initiative longer than one page').toBeGreaterThan(0);
    for (const { name, want, pages } of long) {
      expect(pages, name).toBe(Math.ceil(want.length / LIST_PAGE_SIZE));
      const at = (n: number) => listPagePath(initiativePath(name), n);
      const seen: string[] = [];
      for (let n = 1; n <= pages; n++) {
        const doc = page(at(n));
        seen.push(...doc.querySelectorAll('main .article-list a').map((a) => a.getAttribute('href')!));
        expect(doc.text, at(n)).toContain(`${want.length} 篇报道提到这一做法`);
        expect(doc.querySelector('title')?.text, at(n)).toContain(`第 ${n} 页，共 ${pages} 页`);
        expect(doc.querySelector('.pager [aria-current="page"]')?.text, at(n)).toBe(String(n));
        const rel = (r: string) => doc.querySelector(`link[rel="${r}"]`)?.getAttribute('href');
        expect(rel('prev'), at(n)).toBe(n > 1 ? `http://localhost:4321${at(n - 1)}` : undefined);
        expect(rel('next'), at(n)).toBe(n < pages ? `http://localhost:4321${at(n + 1)}` : undefined);
        expect(brokenLinks(at(n), doc, site), at(n)).toEqual([]);
      }
      expect(seen, name).toEqual(want);
    }
  });

  it('keep a short list on one page, without a pager', () => {
    const short = initiatives().filter((i) => i.want.length > 0 && i.want.length <= LIST_PAGE_SIZE);
    expect(short.length).toBeGreaterThan(0);
    for (const { name, want, pages } of short) {
      expect(pages, name).toBe(1);
      const doc = page(initiativePath(name));
      expect(doc.querySelector('.pager'), name).toBeNull();
      expect(doc.querySelectorAll('main .article-list a').map((a) => a.getAttribute('href')), name).toEqual(want);
    }
  });
});
