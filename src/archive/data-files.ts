// The files beside the pages, written in one pass after the build from the validated archive:
// each article as data, text and citation files, and the whole archive under /data/. One pass
// instead of one Astro route per file: at 1,000 articles the routes cost ~1.5 ms each.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ARTICLE_FILES, type ArticleFile } from '../lib/article-files.ts';
import { articleMeta, articleMetaInput, type ArticleMeta } from '../lib/article-meta.ts';
import { citationFile } from '../lib/citation-export.ts';
import { articlesCsv, figuresCsv } from '../lib/dataset.ts';
import { inPrintOrder } from '../lib/print-order.ts';
import { articleFilePath, DATA } from '../lib/urls.ts';
import { articleRecordJsonSchema } from '../schema/record.ts';
import type { Archive } from './validate.ts';

const body = (meta: ArticleMeta, file: ArticleFile): string =>
  file === 'json' ? `${JSON.stringify(meta.record, null, 2)}\n` : file === 'text' ? meta.plainText : citationFile(meta.csl, file);

/** Every article's model, in archive order (pages by id, then print order). */
export function archiveMetas(archive: Archive, address: { site: string; base: string }): ArticleMeta[] {
  const pages = new Map(archive.pages.map((p) => [p.id, p]));
  const names = new Map(archive.vocabulary.map((v) => [v.id, v.name]));
  return inPrintOrder(archive.articles, archive.pageIds).map((a) => articleMeta(articleMetaInput(a, pages.get(a.data.source.page)!, (id) => names.get(id)!, address)));
}

/** Writes the files into the built site `outDir`; returns how many. */
export function writeDataFiles(outDir: string, metas: readonly ArticleMeta[]): number {
  const files = new Map<string, string>();
  for (const meta of metas) {
    for (const [kind, { ending }] of Object.entries(ARTICLE_FILES) as [ArticleFile, { ending: string }][]) {
      files.set(articleFilePath(meta.record.slug, ending), body(meta, kind));
    }
  }
  const records = metas.map((m) => m.record);
  files.set(DATA.articlesJson, `${JSON.stringify(records, null, 2)}\n`);
  files.set(DATA.articlesCsv, articlesCsv(records));
  files.set(DATA.figuresCsv, figuresCsv(records));
  files.set(DATA.schema, `${JSON.stringify(articleRecordJsonSchema(), null, 2)}\n`);
  for (const [path, content] of files) {
    const full = join(outDir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return files.size;
}
