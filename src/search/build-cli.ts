// npm run build [-- astro build options] — `astro build`, then the search index in this process
// once Astro has exited. At scale Astro holds gigabytes until it exits; indexing inside its
// build:done hook added every indexing service's memory on top of that.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { SearchBuildError } from './build-error.ts';
import { INDEX_AFTER } from './integration.ts';
import { indexJobs, indexSite, reportLines } from './site-index.ts';

/** Astro's --outDir, as `--outDir x` or `--outDir=x`; dist/ when not given. */
function outDirOf(args: readonly string[]): string {
  const at = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
  if (at < 0) return 'dist';
  return args[at]!.includes('=') ? args[at]!.slice('--outDir='.length) : (args[at + 1] ?? 'dist');
}

const args = process.argv.slice(2);
const root = process.cwd();
try {
  // Checked before Astro starts, so a bad value costs no build.
  const jobs = indexJobs();
  const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, [INDEX_AFTER.name]: INDEX_AFTER.value },
  });
  if (astro.status !== 0) process.exit(astro.status ?? 1);
  const report = await indexSite({ root, outDir: resolve(root, outDirOf(args)), jobs });
  for (const line of reportLines(report)) console.log(`[archive-search] ${line}`);
} catch (error) {
  if (!(error instanceof SearchBuildError)) throw error;
  console.error(`检索索引未能建立：${error.message}`);
  process.exit(1);
}
