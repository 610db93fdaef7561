// Builds the Pagefind index from a built site: reads the article pages, and writes records
// through Pagefind's Node API. Shared by the Astro integration and the benchmark.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileStamp } from '../lib/file-stamp.ts';
import { join } from 'node:path';
import { extractDoc, printOrder } from './extract.ts';
import { placePinyin } from './pinyin.ts';
import { htmlDigest, type DocCache } from './doc-cache.ts';
import type { ArticleDoc, toRecord } from './record.ts';
import { articlePath } from '../lib/urls.ts';
import { INDEX_LANGUAGE, indexCharacters } from './tokenize.ts';

/** The article pages' slugs: pages are folders; the .json and .txt files beside them are the same articles as data. */
function pageSlugs(outDir: string): string[] {
  const articlesDir = join(outDir, 'articles');
  return existsSync(articlesDir) ? readdirSync(articlesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
}
const pageFile = (outDir: string, slug: string) => join(outDir, articlePath(slug), 'index.html');

/** How many article pages (all, or those of `only`) the cache does not have as they are now. */
export function changedPages(outDir: string, cache: DocCache, only?: Iterable<string>): number {
  let changed = 0;
  for (const slug of only ?? pageSlugs(outDir)) if (!cache.byStamp(articlePath(slug), fileStamp(pageFile(outDir, slug)) ?? '')) changed++;
  return changed;
}

/**
 * Every article page under `outDir`/articles (or only those of `only`, article slugs), in print
 * order; pages with no article are listed apart. One page's HTML at a time: holding every page at
 * once ran the build out of memory at 100,000 articles. With a cache, an unchanged file is not read
 * at all.
 */
export function readArticleDocs(outDir: string, cache?: DocCache, only?: Iterable<string>): { docs: ArticleDoc[]; unreadable: string[] } {
  const unreadable: string[] = [];
  const placed: { order: number; doc: ArticleDoc }[] = [];
  for (const slug of only ?? pageSlugs(outDir)) {
    const file = pageFile(outDir, slug);
    const url = articlePath(slug);
    // No file (a folder without its page) reads as empty, and is reported below.
    const stamp = fileStamp(file) ?? '';
    let page = stamp && cache?.byStamp(url, stamp);
    if (!page) {
      const html = stamp ? readFileSync(file, 'utf8') : '';
      const digest = htmlDigest(html);
      const known = cache?.byDigest(url, digest);
      if (known) page = { ...known, stamp };
      else {
        const extracted = extractDoc(html, url);
        if (extracted) page = { stamp, digest, order: printOrder(html), doc: { ...extracted, pinyin: placePinyin(extracted) } };
        // Redirect pages for renamed articles (content/redirects.yaml) hold no article.
        else if (!/http-equiv="refresh"/.test(html)) unreadable.push(file);
      }
    }
    if (!page) continue;
    cache?.keep(url, page);
    placed.push({ order: page.order, doc: page.doc });
  }
  // Added in print order, which Pagefind keeps for results of equal score.
  placed.sort((a, b) => a.order - b.order);
  return { docs: placed.map((p) => p.doc), unreadable };
}

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length) throw new Error(`Pagefind ${step} 失败：\n${response.errors.join('\n')}`);
}

/** Indexes the records into `outputPath`; returns the sum of each record's distinct words. */
export async function writeIndex(records: ReturnType<typeof toRecord>[], outputPath: string, language = INDEX_LANGUAGE): Promise<number> {
  const pagefind = await import('pagefind');
  try {
    // Punctuation (and the part separator) are indexed as words too, so phrases match
    // exactly, punctuation and all, and never across parts.
    const includeCharacters = indexCharacters(records.map((r) => r.content)).join('');
    const created = await pagefind.createIndex({ forceLanguage: language, includeCharacters });
    check('createIndex', created);
    const index = created.index!;
    let words = 0;
    // One at a time: Pagefind numbers pages in arrival order, and that order (print order)
    // must not depend on timing. (32 in flight saved 2.6 of 14 s at 10,000, not worth a
    // build that differs from run to run.)
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record, language });
      check(`addCustomRecord(${record.url})`, added);
      words += added.file.uniqueWords;
    }
    check('writeFiles', await index.writeFiles({ outputPath }));
    return words;
  } finally {
    await pagefind.close();
  }
}
