// Astro integration: after the build, index every article page with Pagefind's Node API,
// in the character-pair form that makes phrase search a substring search (tokenize.ts).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readArticleDocs, writeIndex } from './indexer.ts';
import { toRecord } from './record.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'archive-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { docs, unreadable } = readArticleDocs(outDir);
        if (unreadable.length) throw new Error(`这些文章页里找不到可检索的 <article>：\n${unreadable.join('\n')}`);
        const outputPath = join(outDir, 'pagefind');
        const words = await writeIndex(docs.map((d) => toRecord(d)), outputPath);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`已索引 ${docs.length} 篇文章（各篇不重复字数合计 ${words}），用时 ${seconds} 秒 → ${outputPath}`);
      },
    },
  };
}
