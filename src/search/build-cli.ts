// npm run build [-- astro build options] — `astro build`, and the search index in this process.
// Astro holds the whole archive in memory until it exits, and indexing inside its build:done hook
// added every indexing service's memory on top of that. So indexing starts when Astro says every
// page is rendered (integration.ts) only if Astro's memory then leaves room, and beside Astro it
// reads only a few changed pages (site-index.ts) and indexes one volume at a time; the rest waits
// for Astro to exit. In a rebuild after an import, the changed year is indexed while Astro writes
// the sitemap and data files and checks the URLs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCache } from '../lib/build-cache.ts';
import { isSystemError } from '../lib/system-error.ts';
import { readContentFiles } from '../archive/files.ts';
import { CONTENT, slugOfFile } from '../archive/paths.ts';
import { SearchBuildError } from './build-error.ts';

const args = process.argv.slice(2);
const root = process.cwd();

// The packages the build cannot start without, looked up before anything imports them: a missing
// one (an interrupted npm ci) is named, instead of ending in a module loader's stack trace.
for (const name of ['astro', 'pagefind']) {
  try {
    import.meta.resolve(name);
  } catch {
    console.error(`构建未能开始：找不到依赖包 ${name}（node_modules 不完整）。请在项目目录运行 npm ci`);
    process.exit(1);
  }
}
const { INDEX_AFTER, isPagesRendered } = await import('./integration.ts');
const { indexJobs, indexSite, reportLines } = await import('./site-index.ts');
const { docCache } = await import('./doc-cache.ts');
type DocCache = ReturnType<typeof docCache>;

/**
 * Astro's resident memory up to which indexing starts beside it: with one indexing service and a
 * few changed pages read, the two stay under what a full build needs (bench/SCALE-NOTES.md).
 */
const BESIDE_ASTRO_MAX_BYTES = 4 * 2 ** 30;

/** The articles the build validated (the validator's listing): while Astro runs, pages of removed articles are not yet pruned. */
const articleSlugs = () => readContentFiles(root).list(CONTENT.articles).flatMap((file) => slugOfFile(file) ?? []);

const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(1);
const stop = new AbortController();
let beside: { outDir: string; report: Promise<Awaited<ReturnType<typeof indexSite>>> } | undefined;

try {
  // Checked before Astro starts, so a bad value costs no build.
  const jobs = indexJobs();
  const astro = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [INDEX_AFTER.name]: INDEX_AFTER.value },
  });
  let exited!: () => void;
  const astroExited = new Promise<void>((done) => (exited = done));
  // What the index read of each page last time, loaded while Astro renders rather than after.
  let docs: DocCache | undefined;
  try {
    docs = docCache(buildCache(root).searchDocs);
  } catch {
    // Loaded again when indexing, where a fault is reported; Astro is running and must not be left alone.
  }
  astro.on('message', (message) => {
    if (beside || !isPagesRendered(message)) return;
    if (message.rss > BESIDE_ASTRO_MAX_BYTES) {
      console.log(`[archive-search] 页面已生成；Astro 占用 ${gib(message.rss)} GB 内存，检索索引待它退出后建立`);
      return;
    }
    let articles: string[];
    try {
      articles = articleSlugs();
    } catch {
      return; // Indexed after Astro, which reports what is wrong with content/.
    }
    console.log(`[archive-search] 页面已生成（Astro 占用 ${gib(message.rss)} GB 内存）：检索索引与 Astro 的收尾同时建立`);
    const onWait = (changed: number) => console.log(`[archive-search] ${changed} 篇文章页有变动：读取它们等 Astro 退出后进行`);
    const report = indexSite({ root, outDir: message.outDir, jobs, articles, beside: { astroExited, onWait }, signal: stop.signal, docs });
    // Awaited once Astro has exited; a failure meanwhile must not end this process first.
    report.catch(() => undefined);
    beside = { outDir: message.outDir, report };
  });
  const status = await new Promise<number>((done, fail) => {
    astro.on('error', (error) => fail(new SearchBuildError(`无法启动 astro build（${error.message}）：请先运行 npm ci`)));
    astro.on('exit', (code) => done(code ?? 1));
  });
  exited();
  if (status !== 0) {
    stop.abort();
    await beside?.report.catch(() => undefined);
    process.exit(status);
  }
  // The out folder as the build resolved it (config, --outDir, --root), recorded when it completed.
  const { completeBuild } = buildCache(root);
  if (!existsSync(completeBuild)) throw new SearchBuildError(`astro build 结束了，却没有完成构建的记录（${completeBuild}）：没有可索引的页面`);
  const outDir = readFileSync(completeBuild, 'utf8');
  if (beside && resolve(beside.outDir) !== resolve(outDir)) throw new SearchBuildError(`检索索引建在 ${beside.outDir}，构建却完成在 ${outDir}`);
  const report = await (beside?.report ?? indexSite({ root, outDir, jobs, docs }));
  for (const line of reportLines(report)) console.log(`[archive-search] ${line}`);
} catch (error) {
  stop.abort();
  if (!(error instanceof SearchBuildError || isSystemError(error))) throw error;
  console.error(`检索索引未能建立：${error.message}`);
  process.exit(1);
}
