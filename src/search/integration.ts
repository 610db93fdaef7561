// Astro integration: after the build, index every article page with Pagefind's Node API, in the
// character-pair form that makes phrase search a substring search (tokenize.ts), one volume per
// publication year (volumes.ts). Unchanged volumes come from the cache; the rest are indexed in
// parallel processes (ARCHIVE_INDEX_JOBS, default 2).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { docCache } from './doc-cache.ts';
import { readArticleDocs } from './indexer.ts';
import { planVolumes, writeVolumes } from './volumes.ts';

/** A setting that stops the build: the message says what to do, a stack trace would only bury it. */
class SettingError extends Error {
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

/** Parallel indexing processes: each holds one volume's Pagefind service in memory. */
export function indexJobs(value = process.env.ARCHIVE_INDEX_JOBS): number {
  if (value === undefined || value === '') return 2;
  const jobs = Number(value);
  if (!/^\d+$/.test(value.trim()) || jobs < 1) throw new SettingError(`ARCHIVE_INDEX_JOBS 应为正整数（现为 "${value}"），例如 ARCHIVE_INDEX_JOBS=2`);
  return jobs;
}

/** Pagefind's version is part of every volume's digest (its package exports no package.json). */
const pagefindVersion = (root: string) => (JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;

export function searchIndex(): AstroIntegration {
  /** The project's .astro/: indexed volumes and extracted docs are kept there between builds. */
  let cacheDir = '';
  let root = '';
  let jobs = 2;
  return {
    name: 'archive-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        // In the project's own .astro/, not Astro's cacheDir (node_modules/.astro), which copies
        // of the project sharing one node_modules would share.
        cacheDir = join(fileURLToPath(config.root), '.astro');
        root = fileURLToPath(config.root);
        // Read before anything renders, so a bad value stops the build at once.
        jobs = indexJobs();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const cache = docCache(join(cacheDir, 'search-docs'));
        const { docs, unreadable } = readArticleDocs(outDir, cache);
        if (unreadable.length) throw new Error(`这些文章页里找不到可检索的 <article>：\n${unreadable.join('\n')}`);
        const plans = planVolumes(docs);
        const outputPath = join(outDir, 'pagefind');
        const outcomes = await writeVolumes(plans, { outputPath, cacheDir: join(cacheDir, 'search-volumes'), jobs, pagefindVersion: pagefindVersion(root) });
        cache.save();
        for (const o of outcomes) logger.info(`${o.key} 卷 ${o.articles} 篇：${o.reused ? '未变，沿用缓存' : '已索引'}（${o.seconds.toFixed(2)} 秒）`);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const indexed = outcomes.filter((o) => !o.reused).length;
        logger.info(`已索引 ${docs.length} 篇文章，${plans.length} 卷（重新索引 ${indexed} 卷，${jobs} 个进程），用时 ${seconds} 秒 → ${outputPath}`);
      },
    },
  };
}
