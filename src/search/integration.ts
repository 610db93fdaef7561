// Astro integration: after the build, index every article page with Pagefind's Node API,
// in the character-pair form that makes phrase search a substring search (tokenize.ts).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { extractDoc, printOrder } from './extract.ts';
import { placePinyin } from './pinyin.ts';
import { toRecord } from './record.ts';
import { INDEX_LANGUAGE, indexCharacters } from './tokenize.ts';

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length) throw new Error(`Pagefind ${step} 失败：\n${response.errors.join('\n')}`);
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'archive-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const articlesDir = join(outDir, 'articles');
        const slugs = existsSync(articlesDir) ? readdirSync(articlesDir) : [];
        const unreadable: string[] = [];
        const pages = slugs.map((slug) => {
          const file = join(articlesDir, slug, 'index.html');
          return { slug, file, html: existsSync(file) ? readFileSync(file, 'utf8') : '' };
        });
        // Added in print order, which Pagefind keeps for results of equal score.
        pages.sort((a, b) => printOrder(a.html) - printOrder(b.html));
        const docs = pages.flatMap(({ slug, file, html }) => {
          const doc = extractDoc(html, `/articles/${slug}/`);
          if (doc) return [{ ...doc, pinyin: placePinyin(doc) }];
          // Redirect pages for renamed articles (content/redirects.yaml) hold no article.
          if (!/http-equiv="refresh"/.test(html)) unreadable.push(file);
          return [];
        });
        if (unreadable.length) throw new Error(`这些文章页里找不到可检索的 <article>：\n${unreadable.join('\n')}`);

        const pagefind = await import('pagefind');
        try {
          const records = docs.map(toRecord);
          // Punctuation (and the part separator) are indexed as words too, so phrases match
          // exactly, punctuation and all, and never across parts.
          const includeCharacters = indexCharacters(records.map((r) => r.content)).join('');
          const created = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE, includeCharacters });
          check('createIndex', created);
          const index = created.index!;
          let words = 0;
          // One at a time: Pagefind numbers pages in arrival order, and that order (print order)
          // must not depend on timing. (32 in flight saved 2.6 of 14 s at 10,000, not worth a
          // build that differs from run to run.)
          for (const record of records) {
            const added = await index.addCustomRecord({ ...record, language: INDEX_LANGUAGE });
            check(`addCustomRecord(${record.url})`, added);
            words += added.file.uniqueWords;
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          check('writeFiles', written);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`已索引 ${docs.length} 篇文章（各篇不重复字数合计 ${words}），用时 ${seconds} 秒 → ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
