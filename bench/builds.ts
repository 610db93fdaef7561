// Timed builds for the benchmark: the archive itself, the minimal Astro + stock Pagefind CLI
// baseline on the same articles, and stock Pagefind's Node API on the archive's article pages.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const ROOT = resolve('.');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND_CLI = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');

function timed(command: string[], cwd: string): { seconds: number; output: string } {
  const start = performance.now();
  const run = spawnSync(process.execPath, command, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`${command.join(' ')} 失败（${cwd}）：\n${(run.stdout + run.stderr).slice(-3000)}`);
  return { seconds, output: run.stdout + run.stderr };
}

/** Files and bytes under a folder, optionally only those `keep` accepts. */
export function folderSize(dir: string, keep: (name: string) => boolean = () => true): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const s = statSync(full);
    if (s.isDirectory()) {
      const inner = folderSize(full, keep);
      files += inner.files;
      bytes += inner.bytes;
    } else if (keep(name)) {
      files++;
      bytes += s.size;
    }
  }
  return { files, bytes };
}

/** What the search runtime loads; Pagefind's unused UI bundles are left out. */
export const runtimeFile = (name: string) => !/-ui\.|highlight|playground/.test(name);

export interface ArchiveBuild {
  total: number;
  indexing: number;
  astro: number;
  pages: number;
}

export function buildArchive(dir: string): ArchiveBuild {
  const { seconds, output } = timed([ASTRO, 'build'], dir);
  const indexing = Number(/用时 ([\d.]+) 秒/.exec(output)?.[1] ?? NaN);
  const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN);
  return { total: seconds, indexing, astro: seconds - indexing, pages };
}

/** A bare Astro site (one page template, no layout) over the same articles, indexed by the stock Pagefind CLI. */
export function buildBaseline(articlesDir: string, dir: string): { astro: number; pagefind: number; total: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "export default {};\n");
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(articlesDir)} }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/articles/[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((a) => ({ params: { slug: a.id }, props: { a } }));\n}\nconst { a } = Astro.props;\nconst { Content } = await render(a);\n---\n<html lang="zh-CN"><head><meta charset="utf-8" /><title>{a.data.headline}</title></head><body><h1>{a.data.headline}</h1><Content /></body></html>\n`,
  );
  const astro = timed([ASTRO, 'build'], dir).seconds;
  const index = timed([PAGEFIND_CLI, '--site', 'dist'], dir).seconds;
  return { astro, pagefind: index, total: astro + index };
}

/** Stock Pagefind (its own segmentation) over the archive's article pages, same text as ours. */
export async function buildStockIndex(distDir: string, outDir: string): Promise<number> {
  rmSync(outDir, { recursive: true, force: true });
  const start = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ rootSelector: 'article', excludeSelectors: ['.tags', '.note'] });
    if (!index || errors.length) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: distDir, glob: 'articles/**/*.html' });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
  }
  return (performance.now() - start) / 1000;
}
