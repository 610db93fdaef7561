// npm run build [-- astro build options] — `astro build`, then the search index in this process
// once Astro has exited. Astro holds the whole archive in memory until it exits; indexing inside
// its build:done hook added every indexing service's memory on top of that.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCache } from '../lib/build-cache.ts';
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
const { INDEX_AFTER } = await import('./integration.ts');
const { indexJobs, indexSite, reportLines } = await import('./site-index.ts');

/** A fault of the machine (a full disk, a folder it may not write), whose message says what and where. */
const isSystemError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';

try {
  // Checked before Astro starts, so a bad value costs no build.
  const jobs = indexJobs();
  const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, [INDEX_AFTER.name]: INDEX_AFTER.value },
  });
  if (astro.error) throw new SearchBuildError(`无法启动 astro build（${astro.error.message}）：请先运行 npm ci`);
  if (astro.status !== 0) process.exit(astro.status ?? 1);
  // The out folder as the build resolved it (config, --outDir, --root), recorded when it completed.
  const { completeBuild } = buildCache(root);
  if (!existsSync(completeBuild)) throw new SearchBuildError(`astro build 结束了，却没有完成构建的记录（${completeBuild}）：没有可索引的页面`);
  const report = await indexSite({ root, outDir: readFileSync(completeBuild, 'utf8'), jobs });
  for (const line of reportLines(report)) console.log(`[archive-search] ${line}`);
} catch (error) {
  if (!(error instanceof SearchBuildError || isSystemError(error))) throw error;
  console.error(`检索索引未能建立：${error.message}`);
  process.exit(1);
}
