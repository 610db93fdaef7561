// Long lists split into numbered pages. The real archive is too small to need a second page, so
// a synthetic archive of 240 articles (bench/corpus.ts) is built for real in a scratch folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSite } from '../../bench/corpus.ts';
import { LIST_PAGE_SIZE } from '../../src/lib/urls.ts';
import { brokenLinks } from '../helpers/links.ts';

const dir = mkdtempSync(join(tmpdir(), 'archive-lists-'));
const dist = join(dir, 'dist');
const file = (pathname: string) => join(dist, pathname, pathname.endsWith('/') ? 'index.html' : '');
const page = (pathname: string): HTMLElement => parse(readFileSync(file(pathname), 'utf8'));
const site = { exists: (p: string) => existsSync(file(p)), page };

beforeAll(() => {
  generateSite(240, dir);
  const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (run.status !== 0) throw new Error(run.stdout + run.stderr);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each initiative: how many reports its first page says it has, and its page folders. */
const initiatives = () =>
  readdirSync(join(dist, 'initiatives'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map(({ name }) => {
      const total = Number(/(\d+) 篇报道提到这一做法/.exec(page(`/initiatives/${name}/`).text)?.[1]);
      const numbered = readdirSync(join(dist, 'initiatives', name)).filter((f) => /^\d+$/.test(f));
      return { name, total, pages: 1 + numbered.length };
    });

describe('initiative pages', () => {
  it('split a long list into pages of LIST_PAGE_SIZE, every report on exactly one page', () => {
    const long = initiatives().filter((i) => i.total > LIST_PAGE_SIZE);
    expect(long.length, 'the synthetic archive must have an initiative longer than one page').toBeGreaterThan(0);
    for (const { name, total, pages } of long) {
      expect(pages, name).toBe(Math.ceil(total / LIST_PAGE_SIZE));
      const seen: string[] = [];
      for (let n = 1; n <= pages; n++) {
        const path = n === 1 ? `/initiatives/${name}/` : `/initiatives/${name}/${n}/`;
        const doc = page(path);
        const links = doc.querySelectorAll('main .article-list a').map((a) => a.getAttribute('href')!);
        expect(links.length, path).toBe(n < pages ? LIST_PAGE_SIZE : total - LIST_PAGE_SIZE * (pages - 1));
        seen.push(...links);
        expect(doc.querySelector('title')?.text, path).toContain(`第 ${n} 页，共 ${pages} 页`);
        expect(doc.querySelector('.pager [aria-current="page"]')?.text, path).toBe(String(n));
        expect(doc.querySelector('link[rel="prev"]') !== null, path).toBe(n > 1);
        expect(doc.querySelector('link[rel="next"]') !== null, path).toBe(n < pages);
        expect(brokenLinks(path, doc, site), path).toEqual([]);
      }
      expect(new Set(seen).size, name).toBe(total);
    }
  });

  it('keep a short list on one page, without a pager', () => {
    const short = initiatives().filter((i) => i.total > 0 && i.total <= LIST_PAGE_SIZE);
    expect(short.length).toBeGreaterThan(0);
    for (const { name, pages } of short) {
      expect(pages, name).toBe(1);
      expect(page(`/initiatives/${name}/`).querySelector('.pager'), name).toBeNull();
    }
  });
});
