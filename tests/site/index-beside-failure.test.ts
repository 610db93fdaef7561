// `npm run build` starts indexing once Astro has rendered every page (src/search/build-cli.ts). A
// build that fails after that must end with Astro's failure, stop the indexing it started, and
// leave nothing a later build would take as done.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { buildCache } from '../../src/lib/build-cache.ts';
import { DATA } from '../../src/lib/urls.ts';
import { runBuild, scratchProject } from '../helpers/scratch.ts';

const scratch = scratchProject();
afterAll(() => scratch.remove());

it('stops the indexing when Astro fails after rendering, and the next build completes', () => {
  expect(runBuild(scratch.dir).status).toBe(0);
  // The year must be indexed again, so an indexing process runs while Astro finishes; and Astro
  // meets a fault after rendering: a folder (not empty) where the data step writes articles.json.
  rmSync(buildCache(scratch.dir).searchVolumes, { recursive: true, force: true });
  const blocked = scratch.path('dist', DATA.articlesJson);
  rmSync(blocked);
  mkdirSync(blocked);
  writeFileSync(`${blocked}/in-the-way`, '');

  const failed = runBuild(scratch.dir);
  expect(failed.status, failed.output.slice(-2000)).not.toBe(0);
  expect(failed.output).toContain('检索索引与 Astro 的收尾同时建立');
  expect(failed.output).toContain('数据文件未能写入输出目录');
  expect(failed.output).toContain('articles.json');
  expect(failed.output, 'a message, not a stack trace').not.toMatch(/^\s+at /m);
  expect(failed.output).not.toContain('已索引'); // no index reported as built
  // No indexing process of this project outlives the build.
  expect(spawnSync('pgrep', ['-f', scratch.path('src/search/index-worker.ts')]).status).toBe(1);
  expect(existsSync(buildCache(scratch.dir).completeBuild), 'a failed build is not recorded as complete').toBe(false);

  rmSync(blocked, { recursive: true });
  const again = runBuild(scratch.dir);
  expect(again.status, again.output.slice(-2000)).toBe(0);
  const manifest = JSON.parse(readFileSync(scratch.path('dist/pagefind/volumes.json'), 'utf8')) as { volumes: { articles: number }[] };
  expect(manifest.volumes.reduce((n, v) => n + v.articles, 0)).toBeGreaterThan(0);
  expect(JSON.parse(readFileSync(scratch.path('dist', DATA.articlesJson), 'utf8'))).toHaveLength(manifest.volumes.reduce((n, v) => n + v.articles, 0));
}, 300_000);
