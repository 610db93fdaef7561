// Astro integration: after the build, index every article page with Pagefind's Node API,
// in the one-character-per-word form that makes phrase search a substring search.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { extractDoc } from './extract.ts';
import { placePinyin } from './pinyin.ts';
import { searchableText, toMeta } from './record.ts';
import { toIndexText } from './tokenize.ts';

export const SEARCH_LANGUAGE = 'zh-cn';

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length) throw new Error(`Pagefind ${step} 失败：\n${response.errors.join('\n')}`);
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'archive-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const articlesDir = join(outDir, 'articles');
        const slugs = existsSync(articlesDir) ? readdirSync(articlesDir) : [];
        const unreadable: string[] = [];
        const docs = slugs.flatMap((slug) => {
          const file = join(articlesDir, slug, 'index.html');
          const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
          const doc = extractDoc(html, `/articles/${slug}/`);
          if (doc) return [{ ...doc, pinyin: placePinyin(doc) }];
          // Redirect pages for renamed articles (content/redirects.yaml) hold no article.
          if (!/http-equiv="refresh"/.test(html)) unreadable.push(file);
          return [];
        });
        if (unreadable.length) throw new Error(`这些文章页里找不到可检索的 <article>：\n${unreadable.join('\n')}`);

        const pagefind = await import('pagefind');
        try {
          const created = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
          check('createIndex', created);
          const index = created.index!;
          let words = 0;
          for (const doc of docs) {
            const added = await index.addCustomRecord({
              url: doc.url,
              content: toIndexText(searchableText(doc)),
              language: SEARCH_LANGUAGE,
              meta: toMeta(doc),
              filters: doc.filters as Record<string, string[]>,
            });
            check(`addCustomRecord(${doc.url})`, added);
            words += added.file.uniqueWords;
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          check('writeFiles', written);
          logger.info(`已索引 ${docs.length} 篇文章（各篇不重复字数合计 ${words}）→ ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
