import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docCache } from '../../src/search/doc-cache.ts';
import { readArticleDocs } from '../../src/search/indexer.ts';
import { compareVolumeKeys, UNDATED, volumeLabel, volumeOf, yearsLabel } from '../../src/lib/volume.ts';
import { mergeCounts, sliceAcross, type Counts } from '../../src/search/combined.ts';
import type { ArticleDoc, SearchDoc } from '../../src/search/record.ts';
import { indexJobs } from '../../src/search/site-index.ts';
import { planVolumes, volumeDigest, volumeRecords } from '../../src/search/volumes.ts';
import { scratchProject } from '../helpers/scratch.ts';

describe('volumeOf', () => {
  it('takes the printed year first, then the labelled inferred year, else undated', () => {
    expect(volumeOf({ date: '2021-03-08', inferredYear: { value: 2020 } })).toEqual({ key: '2021', inferred: false });
    expect(volumeOf({ inferredYear: { value: 2020 } })).toEqual({ key: '2020', inferred: true });
    expect(volumeOf({})).toEqual({ key: UNDATED, inferred: false });
  });

  it('orders newest first, undated last', () => {
    expect(['2019', UNDATED, '2024', '2020'].sort(compareVolumeKeys)).toEqual(['2024', '2020', '2019', UNDATED]);
  });

  it('names years as a reader reads them', () => {
    expect(volumeLabel('2020')).toBe('2020 年');
    expect(volumeLabel(UNDATED)).toBe('年份不详');
    expect(yearsLabel(['2024'])).toBe('2024 年');
    expect(yearsLabel(['2024', '2023', '2019'])).toBe('2024–2019 年');
    expect(yearsLabel(['2019', UNDATED])).toBe('2019 年及年份不详的版面');
    expect(yearsLabel([UNDATED])).toBe('年份不详的版面');
  });
});

const doc = (url: string): SearchDoc => ({ url, order: 0, headline: url, organisation: '', region: '', parts: [], filters: {} });
const volume = (urls: string[]) => ({ total: urls.length, slice: async (from: number, size: number) => urls.slice(from, from + size).map(doc) });

describe('results across volumes', () => {
  it('runs pages on from one volume into the next, in volume order', async () => {
    const volumes = [volume(['a1', 'a2', 'a3']), volume([]), volume(['b1', 'b2']), volume(['c1'])];
    const urls = async (from: number, size: number) => (await sliceAcross(volumes, from, size)).map((d) => d.url);
    expect(await urls(0, 2)).toEqual(['a1', 'a2']);
    expect(await urls(2, 2)).toEqual(['a3', 'b1']);
    expect(await urls(3, 10)).toEqual(['b1', 'b2', 'c1']);
    expect(await urls(6, 10)).toEqual([]);
  });

  it('adds facet counts over volumes; an unknown count stays unknown', () => {
    const empty = { prefecture: [], county: [], initiative: [], kind: [] };
    const a: Counts = { ...empty, prefecture: [['长沙市', 3], ['常德市', 1]] };
    const b: Counts = { ...empty, prefecture: [['常德市', 4]], county: [['临澧县', null]] };
    const c: Counts = { ...empty, county: [['临澧县', 2]] };
    const merged = mergeCounts([a, b, c]);
    expect(merged.prefecture).toEqual([['常德市', 5], ['长沙市', 3]]);
    expect(merged.county).toEqual([['临澧县', null]]);
  });
});

describe('planning the index volumes', () => {
  const doc = (url: string, volume: string, body = '正文'): ArticleDoc => ({
    url, volume, headline: '标题', organisation: '', region: '', pinyin: '', byline: '', body, captions: [], filters: {},
  });
  const docs = [doc('/a/', '2019'), doc('/b/', UNDATED), doc('/c/', '2021'), doc('/d/', '2019'), doc('/e/', '2021')];

  it('groups the docs by volume, newest first, each volume in print order', () => {
    const plans = planVolumes(docs);
    expect(plans.map((p) => [p.key, p.docs.map((d) => d.url)])).toEqual([
      ['2021', ['/c/', '/e/']],
      ['2019', ['/a/', '/d/']],
      [UNDATED, ['/b/']],
    ]);
    // The volume is added in the browser (engine.ts), so filtering on it loads no filter file.
    expect(volumeRecords(plans[0]!).records[0]!.filters).not.toHaveProperty('volume');
  });

  it("changes a volume's digest when one of its docs changes, and only that volume's", () => {
    const digests = (list: ArticleDoc[], version = '1.6.0') => planVolumes(list).map((p) => volumeDigest(p, version));
    const before = digests(docs);
    expect(digests([...docs.slice(0, 4), doc('/e/', '2021', '改过的正文')]).map((d, i) => d === before[i])).toEqual([false, true, true]);
    expect(digests(docs, '1.7.0').every((d, i) => d !== before[i])).toBe(true);
  });

  it('lists in the manifest the characters each volume indexes beyond letters and digits', () => {
    const [a, b] = planVolumes([doc('/a/', '2020', '甲，乙。'), doc('/b/', '2019', '丙')]).map((p) => volumeRecords(p).entry);
    expect([a!.key, a!.articles, b!.key, b!.articles]).toEqual(['2020', 1, '2019', 1]);
    expect(a!.characters).toEqual(expect.arrayContaining([',', '。'])); // folded as search folds: ，→ ,
    expect(b!.characters).not.toContain(',');
  });
});

describe('ARCHIVE_INDEX_JOBS', () => {
  it('defaults to 2 and takes a positive whole number', () => {
    expect(indexJobs(undefined)).toBe(2);
    expect(indexJobs('')).toBe(2);
    expect(indexJobs('3')).toBe(3);
  });

  it('refuses anything else, naming the setting and an example, without a stack trace', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '2x']) {
      const error = (() => {
        try {
          indexJobs(bad);
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error?.message, bad).toContain(`ARCHIVE_INDEX_JOBS 应为正整数（现为 "${bad}"）`);
      expect(error?.stack, bad).toBe('');
    }
  });

  it('stops `npm run build` before Astro starts, with the message and no stack trace', () => {
    const run = spawnSync(process.execPath, ['src/search/build-cli.ts'], { encoding: 'utf8', env: { ...process.env, ARCHIVE_INDEX_JOBS: '0' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('检索索引未能建立：ARCHIVE_INDEX_JOBS 应为正整数（现为 "0"）');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    // Astro never ran: it would have logged its own lines.
    expect(run.stdout + run.stderr).not.toContain('[build]');
  });

  it('names a package missing from node_modules (an interrupted npm ci) instead of a stack trace', () => {
    const scratch = scratchProject();
    try {
      // node_modules as npm ci would leave it had it stopped before pagefind.
      rmSync(scratch.path('node_modules'));
      mkdirSync(scratch.path('node_modules'));
      for (const name of readdirSync('node_modules').filter((n) => n !== 'pagefind')) symlinkSync(resolve('node_modules', name), scratch.path('node_modules', name));
      const run = spawnSync(process.execPath, ['src/search/build-cli.ts'], { cwd: scratch.dir, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('构建未能开始：找不到依赖包 pagefind（node_modules 不完整）。请在项目目录运行 npm ci');
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stdout + run.stderr).not.toContain('[build]');
    } finally {
      scratch.remove();
    }
  });
});

describe('the extracted-doc cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doc-cache-'));
  const folder = join(dir, 'search-docs');
  const doc = { url: '/articles/a/', volume: '2020', headline: '甲', organisation: '', region: '', pinyin: '', byline: '', body: '乙', captions: [], filters: {} };
  const page = { stamp: '1:2:3', digest: 'd1', order: 1, doc };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back a page only for the same file or the same HTML, across builds, and keeps only what a build kept', () => {
    const first = docCache(folder);
    expect(first.byStamp(doc.url, '1:2:3')).toBeUndefined();
    first.keep(doc.url, page);
    first.save();
    const second = docCache(folder);
    expect(second.byStamp(doc.url, '1:2:3')).toEqual(page);
    expect(second.byStamp(doc.url, '1:2:4')).toBeUndefined();
    expect(second.byDigest(doc.url, 'd1')).toEqual(page);
    expect(second.byDigest(doc.url, 'd2')).toBeUndefined();
    expect(second.byStamp('/articles/b/', '1:2:3')).toBeUndefined();
    second.keep(doc.url, second.byStamp(doc.url, '1:2:3')!);
    second.save();
    expect(docCache(folder).byStamp(doc.url, '1:2:3')).toEqual(page);
    docCache(folder).save();
    expect(docCache(folder).byStamp(doc.url, '1:2:3')).toBeUndefined();
  });

  it('starts empty from a damaged file', () => {
    writeFileSync(join(folder, '2020.json'), '{not json');
    expect(docCache(folder).byStamp(doc.url, '1:2:3')).toBeUndefined();
  });

  it('reads a changed site as a build without it would: edited, rewritten, removed and added pages', () => {
    const dist = join(dir, 'dist');
    const article = (slug: string, order: number, body: string) => {
      mkdirSync(join(dist, 'articles', slug), { recursive: true });
      writeFileSync(
        join(dist, 'articles', slug, 'index.html'),
        `<html><body><article data-search-order="${order}" data-search-volume="2020"><h1 data-search="headline">${slug}</h1><div data-search="body"><p>${body}</p></div></article></body></html>`,
      );
    };
    article('a', 1, '甲');
    article('b', 2, '乙');
    article('c', 3, '丙');
    const cacheFolder = join(dir, 'read-docs');
    const read = () => {
      const cache = docCache(cacheFolder);
      const docs = readArticleDocs(dist, cache).docs;
      cache.save();
      return docs;
    };
    expect(read()).toEqual(readArticleDocs(dist).docs);
    article('a', 1, '甲改');
    article('b', 2, '乙');
    rmSync(join(dist, 'articles', 'c'), { recursive: true });
    article('d', 0, '丁');
    const docs = read();
    expect(docs).toEqual(readArticleDocs(dist).docs);
    expect(docs.map((d) => d.body)).toEqual(['丁', '甲改', '乙']);
  });
});
