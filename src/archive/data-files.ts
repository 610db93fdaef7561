// The files beside the pages, written in one pass after the build from the validated archive:
// each article as data, text and citation files, and the whole archive under /data/. One pass
// instead of one Astro route per file: at 1,000 articles the routes cost ~1.5 ms each.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ARTICLE_FILES, type ArticleFile } from '../lib/article-files.ts';
import { writeFileAtomic } from '../lib/build-cache.ts';
import { articleMeta, articleMetaInput, type ArticleMeta } from '../lib/article-meta.ts';
import { citationFile } from '../lib/citation-export.ts';
import { articlesCsv, figuresCsv } from '../lib/dataset.ts';
import { inPrintOrder } from '../lib/print-order.ts';
import { articleFilePath, DATA } from '../lib/urls.ts';
import { articleRecordJsonSchema, type ArticleRecord } from '../schema/record.ts';
import type { Archive } from './validate.ts';

const body = (meta: ArticleMeta, file: ArticleFile): string =>
  file === 'json' ? `${JSON.stringify(meta.record, null, 2)}\n` : file === 'text' ? meta.plainText : citationFile(meta.csl, file);

/** Every article's model, in archive order (pages by id, then print order), one at a time. */
export function* archiveMetas(archive: Archive, address: { site: string; base: string }): Generator<ArticleMeta> {
  const pages = new Map(archive.pages.map((p) => [p.id, p]));
  const names = new Map(archive.vocabulary.map((v) => [v.id, v.name]));
  for (const a of inPrintOrder(archive.articles, archive.pageIds)) yield articleMeta(articleMetaInput(a, pages.get(a.data.source.page)!, (id) => names.get(id)!, address));
}

function write(outDir: string, path: string, content: string): void {
  const full = join(outDir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

/** Each article file's path and a digest of its content, as the last build wrote them. */
export type DataDigests = Map<string, string>;

/** The digests a build saved (saveDataDigests); empty when there are none or they cannot be read. */
export function loadDataDigests(file: string): DataDigests {
  try {
    return existsSync(file) ? new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) : new Map();
  } catch {
    // Unreadable digests only cost writing every file again.
    return new Map();
  }
}

export function saveDataDigests(file: string, digests: DataDigests): void {
  writeFileAtomic(file, JSON.stringify(Object.fromEntries(digests)));
}

export interface DataFiles {
  /** Every file this build's site has beside the pages (/articles/x.json, /data/articles.csv …). */
  paths: string[];
  /** The article files' digests, for the next build. */
  digests: DataDigests;
  /** How many files were written: an article file whose digest is unchanged is left as it is. */
  written: number;
}

/**
 * Writes the files into the built site `outDir`. Each article's files are written as its model is
 * made and only its record is kept, for /data/: holding every file until the end held several
 * copies of the archive's text in memory at 100,000 articles. An article file whose digest is in
 * `unchanged` (the last build's, when dist/ was kept) is not written again.
 */
export function writeDataFiles(outDir: string, metas: Iterable<ArticleMeta>, unchanged: DataDigests = new Map()): DataFiles {
  const records: ArticleRecord[] = [];
  const paths: string[] = [];
  const digests: DataDigests = new Map();
  let written = 0;
  // Each folder listed once: a check per file cost more than the rest of skipping it.
  const listed = new Map<string, Set<string>>();
  const present = (path: string) => {
    const folder = join(outDir, dirname(path));
    if (!listed.has(folder)) listed.set(folder, new Set(existsSync(folder) ? readdirSync(folder) : []));
    return listed.get(folder)!.has(basename(path));
  };
  for (const meta of metas) {
    for (const [kind, { ending }] of Object.entries(ARTICLE_FILES) as [ArticleFile, { ending: string }][]) {
      const path = articleFilePath(meta.record.slug, ending);
      const content = body(meta, kind);
      const digest = createHash('sha1').update(content).digest('base64url');
      // A file removed from dist/ by hand is written again.
      if (unchanged.get(path) !== digest || !present(path)) {
        write(outDir, path, content);
        written++;
      }
      paths.push(path);
      digests.set(path, digest);
    }
    records.push(meta.record);
  }
  // The same text as JSON.stringify(records, null, 2), written a record at a time: the whole
  // array as one string nears V8's longest string at 100,000 articles.
  const jsonFile = join(outDir, DATA.articlesJson);
  mkdirSync(dirname(jsonFile), { recursive: true });
  const json = openSync(jsonFile, 'w');
  try {
    writeSync(json, records.length ? '[\n' : '[]\n');
    records.forEach((r, i) => writeSync(json, `${JSON.stringify(r, null, 2).replace(/^/gm, '  ')}${i < records.length - 1 ? ',' : ''}\n`));
    if (records.length) writeSync(json, ']\n');
  } finally {
    closeSync(json);
  }
  write(outDir, DATA.articlesCsv, articlesCsv(records));
  write(outDir, DATA.figuresCsv, figuresCsv(records));
  write(outDir, DATA.schema, `${JSON.stringify(articleRecordJsonSchema(), null, 2)}\n`);
  return { paths: [...paths, DATA.articlesJson, DATA.articlesCsv, DATA.figuresCsv, DATA.schema], digests, written: written + 4 };
}
