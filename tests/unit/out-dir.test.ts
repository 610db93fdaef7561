// Keeping dist/ between builds: what a build keeps, empties and prunes (src/archive/out-dir.ts).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incrementalManifest, markComplete, markRendered, prepareOutDir, pruneOutDir, type BuildRecords } from '../../src/archive/out-dir.ts';
import { buildCache } from '../../src/lib/build-cache.ts';
import { listFiles } from '../../src/lib/files.ts';

let root = '';
let dist = '';
let manifest = '';
const records = (): BuildRecords => ({ complete: buildCache(root).completeBuild, rendered: buildCache(root).pagesRendered, manifest });
const prepare = () => prepareOutDir(dist, records());
const put = (...files: string[]) => {
  for (const f of files) {
    mkdirSync(dirname(join(dist, f)), { recursive: true });
    writeFileSync(join(dist, f), f);
  }
};
const files = () => listFiles(dist).sort();

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'out-dir-'));
  dist = join(root, 'dist');
  manifest = incrementalManifest(join(root, '.astro/cache'));
  mkdirSync(dirname(manifest), { recursive: true });
  writeFileSync(manifest, '{}');
  put('index.html', 'articles/a/index.html', '_astro/old.css', 'sitemap-0.xml', 'sitemap-1.xml', '.git/HEAD', 'pagefind/2020/x.pf_meta');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('prepareOutDir', () => {
  it("after a build that stopped while rendering, empties dist/ (keeping .git) and drops Astro's manifest", () => {
    expect(prepare()).toEqual({ outDir: 'emptied', renderAll: true });
    expect(files()).toEqual(['.git/HEAD']);
    expect(existsSync(manifest)).toBe(false);
  });

  it("after a build that rendered every page but failed later, empties dist/ and keeps Astro's manifest", () => {
    markRendered(records());
    expect(prepare()).toEqual({ outDir: 'emptied', renderAll: false });
    expect(existsSync(manifest)).toBe(true);
    // The record is used once: a build that stops before rendering again renders everything after.
    expect(prepare()).toEqual({ outDir: 'emptied', renderAll: true });
  });

  it("empties a dist/ the last complete build did not write, keeping Astro's manifest", () => {
    markComplete(join(root, 'dist-b'), records());
    expect(prepare()).toEqual({ outDir: 'emptied', renderAll: false });
    expect(existsSync(manifest)).toBe(true);
  });

  it("keeps the last complete build's pages, but not what every build writes whole", () => {
    markComplete(dist, records());
    expect(prepare()).toEqual({ outDir: 'kept', renderAll: false });
    expect(files()).toEqual(['.git/HEAD', 'articles/a/index.html', 'index.html', 'pagefind/2020/x.pf_meta']);
    expect(existsSync(manifest)).toBe(true);
  });

  it('forgets the completed build as it starts, so a build that stops halfway is never kept', () => {
    markComplete(dist, records());
    prepare();
    expect(existsSync(records().complete)).toBe(false);
    expect(prepare()).toEqual({ outDir: 'emptied', renderAll: true });
  });

  it('a fresh checkout with a kept cache (CI) has no dist/, and keeps the manifest to copy pages from', () => {
    markComplete(dist, records());
    rmSync(dist, { recursive: true });
    expect(prepare()).toEqual({ outDir: 'absent', renderAll: false });
    expect(existsSync(manifest)).toBe(true);
  });
});

describe('pruneOutDir', () => {
  it('removes what the build did not make and the folders left empty, never .git or the search index', () => {
    put('articles/gone/index.html', 'articles/gone.json', 'regions/x/y/2/index.html', 'regions/x/index.html');
    const made = new Set(['index.html', 'articles/a/index.html', 'regions/x/index.html']);
    const remain = pruneOutDir(dist, files(), made);
    expect(files()).toEqual(remain.sort());
    expect(files()).toEqual(['.git/HEAD', '_astro/old.css', 'articles/a/index.html', 'index.html', 'pagefind/2020/x.pf_meta', 'regions/x/index.html', 'sitemap-0.xml', 'sitemap-1.xml']);
    expect(readdirSync(join(dist, 'articles'))).toEqual(['a']);
    expect(readdirSync(join(dist, 'regions/x'))).toEqual(['index.html']);
  });
});
