// The whole search step on a built site: read the article pages, group them into volumes, write
// each changed volume (volumes.ts). Run by `npm run build` in a process of its own after Astro has
// exited (build-cli.ts), so Astro's memory and the indexing services' never add up; run inside
// `astro build` (integration.ts) when Astro is called directly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SearchBuildError } from './build-error.ts';
import { buildCache } from '../lib/build-cache.ts';
import { docCache, type DocCache } from './doc-cache.ts';
import { changedPages, readArticleDocs } from './indexer.ts';
import { planVolumes, writeVolumes, type VolumeOutcome } from './volumes.ts';

/** Parallel indexing processes: each holds one volume's Pagefind service in memory. */
export function indexJobs(value = process.env.ARCHIVE_INDEX_JOBS): number {
  if (value === undefined || value === '') return 2;
  const jobs = Number(value);
  if (!/^\d+$/.test(value.trim()) || jobs < 1) throw new SearchBuildError(`ARCHIVE_INDEX_JOBS 应为正整数（现为 "${value}"），例如 ARCHIVE_INDEX_JOBS=2`);
  return jobs;
}

/** Pagefind's version is part of every volume's digest (its package exports no package.json). */
const pagefindVersion = (root: string) => (JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;

export interface SiteIndexOptions {
  /** The project: its node_modules/pagefind, and its build cache (lib/build-cache.ts). */
  root: string;
  /** The built site (dist/). */
  outDir: string;
  jobs: number;
  /**
   * The articles to index, by slug, when not every folder under articles/ is one: while Astro
   * finishes, the pages of articles removed from content/ are still there (pruned later).
   */
  articles?: Iterable<string>;
  /** Indexing while Astro still runs and holds its memory (build-cli.ts). */
  beside?: {
    /** Settles when Astro has exited. Until then one volume is indexed at a time; then `jobs`. */
    astroExited: Promise<unknown>;
    /** Told when so many pages changed that reading them waits for Astro to exit. */
    onWait(changed: number): void;
    /** How many changed pages are read beside Astro: BESIDE_MAX_CHANGED_PAGES unless given. */
    maxChangedPages?: number;
  };
  /** Stops the indexing processes (a failed build). */
  signal?: AbortSignal;
  /** The build cache's docs (docCache), when already loaded: build-cli loads them while Astro renders. */
  docs?: DocCache;
}

/**
 * Changed article pages (their file moved since the index read them) up to which they are read
 * beside Astro. Reading a page holds its HTML and what is taken from it: a whole re-rendered
 * archive read beside Astro would add gigabytes to Astro's memory (bench/SCALE-NOTES.md); a page
 * of articles, or a year, adds little.
 */
const BESIDE_MAX_CHANGED_PAGES = 10_000;

export interface SiteIndexReport {
  articles: number;
  outputPath: string;
  jobs: number;
  volumes: VolumeOutcome[];
  seconds: number;
}

export async function indexSite({ root, outDir, jobs, articles, beside, signal, docs: loaded }: SiteIndexOptions): Promise<SiteIndexReport> {
  let started = performance.now();
  const { searchDocs, searchVolumes } = buildCache(root);
  const cache = loaded ?? docCache(searchDocs);
  const slugs = articles && [...articles];
  if (beside) {
    const changed = changedPages(outDir, cache, slugs);
    if (changed > (beside.maxChangedPages ?? BESIDE_MAX_CHANGED_PAGES)) {
      beside.onWait(changed);
      await beside.astroExited;
      // A failed build stops here, before reading every page.
      signal?.throwIfAborted();
      // The time reported is the indexing's own, not Astro's.
      started = performance.now();
    }
  }
  const { docs, unreadable } = readArticleDocs(outDir, cache, slugs);
  if (unreadable.length) throw new SearchBuildError(`这些文章页里找不到可检索的 <article>：\n${unreadable.join('\n')}`);
  const outputPath = join(outDir, 'pagefind');
  const volumes = await writeVolumes(planVolumes(docs), { outputPath, cacheDir: searchVolumes, jobs, pagefindVersion: pagefindVersion(root), alone: beside?.astroExited, signal });
  cache.save();
  return { articles: docs.length, outputPath, jobs, volumes, seconds: (performance.now() - started) / 1000 };
}

/** The report as log lines, one per volume and a summary (the bench reads the summary's time). */
export function reportLines(report: SiteIndexReport): string[] {
  const indexed = report.volumes.filter((v) => !v.reused).length;
  return [
    ...report.volumes.map((v) => `${v.key} 卷 ${v.articles} 篇：${v.reused ? '未变，沿用缓存' : '已索引'}（${v.seconds.toFixed(2)} 秒）`),
    `已索引 ${report.articles} 篇文章，${report.volumes.length} 卷（重新索引 ${indexed} 卷，${report.jobs} 个进程），用时 ${report.seconds.toFixed(2)} 秒 → ${report.outputPath}`,
  ];
}
