// The files beside the pages, written in one pass after the build from the validated archive:
// each article as data, text and citation files, and the whole archive under /data/. One pass
// instead of one Astro route per file: at 1,000 articles the routes cost ~1.5 ms each.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ARTICLE_FILES, type ArticleFile } from '../lib/article-files.ts';
import { codeDigest, writeFileAtomic } from '../lib/build-cache.ts';
import { articleMeta, articleMetaInput, articleRecord, type ArticleMeta, type ArticleMetaInput } from '../lib/article-meta.ts';
import { citationFile } from '../lib/citation-export.ts';
import { articlesCsv, figuresCsv } from '../lib/dataset.ts';
import { inPrintOrder } from '../lib/print-order.ts';
import { articleFilePath, DATA } from '../lib/urls.ts';
import { articleRecordJsonSchema, type ArticleRecord } from '../schema/record.ts';
import type { Archive } from './validate.ts';

const body = (meta: ArticleMeta, file: ArticleFile): string =>
  file === 'json' ? `${JSON.stringify(meta.record, null, 2)}\n` : file === 'text' ? meta.plainText : citationFile(meta.csl, file);

/** What every article's model is made from, in archive order (pages by id, then print order). */
export function* archiveInputs(archive: Archive, address: { site: string; base: string }): Generator<ArticleMetaInput> {
  const pages = new Map(archive.pages.map((p) => [p.id, p]));
  const names = new Map(archive.vocabulary.map((v) => [v.id, v.name]));
  for (const a of inPrintOrder(archive.articles, archive.pageIds)) yield articleMetaInput(a, pages.get(a.data.source.page)!, (id) => names.get(id)!, address);
}

function write(outDir: string, path: string, content: string): void {
  const full = join(outDir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

/** The code an article's files are made by: a change to it makes every key stale. */
const CODE = ['./data-files.ts', '../lib/article-meta.ts', '../lib/citation.ts', '../lib/citation-export.ts', '../lib/article-files.ts', '../lib/urls.ts', '../schema/record.ts'].map(
  (m) => new URL(m, import.meta.url),
);

/** Each article's slug and a digest of everything its files are made from, as the last build wrote them. */
export type DataKeys = Map<string, string>;

/** The keys a build saved (saveDataKeys); empty when there are none or they cannot be read. */
export function loadDataKeys(file: string): DataKeys {
  try {
    return existsSync(file) ? new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) : new Map();
  } catch {
    // Unreadable keys only cost writing every file again.
    return new Map();
  }
}

export function saveDataKeys(file: string, keys: DataKeys): void {
  writeFileAtomic(file, JSON.stringify(Object.fromEntries(keys)));
}

export interface DataFiles {
  /** Every file this build's site has beside the pages (/articles/x.json, /data/articles.csv …). */
  paths: string[];
  /** The articles' keys, for the next build. */
  keys: DataKeys;
  /** How many files were written: the files of an article whose key is unchanged are left as they are. */
  written: number;
}

/** What the last complete build left in the out folder, when it is kept. */
export interface KeptOutDir {
  /** Its articles' keys (loadDataKeys). */
  keys: DataKeys;
  /** Its files, relative and '/'-separated (articles/x.json): listed once for the whole build. */
  files: ReadonlySet<string>;
}

/**
 * Writes the files into the built site `outDir`. An article whose key (a digest of its model's
 * input and of the code that makes the files) is the one `kept` has for it, and whose files are
 * all there, is not made again: only its record is, for /data/. Each article's files are written
 * as its model is made and only its record is kept: holding every file until the end held several
 * copies of the archive's text in memory at 100,000 articles.
 */
export function writeDataFiles(outDir: string, inputs: Iterable<ArticleMetaInput>, kept?: KeptOutDir, root = '.'): DataFiles {
  const records: ArticleRecord[] = [];
  const paths: string[] = [];
  const keys: DataKeys = new Map();
  const code = codeDigest(CODE, root);
  let written = 0;
  // A file removed from dist/ by hand is written again.
  const present = (path: string) => kept?.files.has(path.slice(1)) === true;
  const kinds = Object.entries(ARTICLE_FILES) as [ArticleFile, { ending: string }][];
  for (const input of inputs) {
    const files = kinds.map(([kind, { ending }]) => [kind, articleFilePath(input.slug, ending)] as const);
    const key = createHash('sha1').update(code).update(JSON.stringify(input)).digest('base64url');
    if (kept?.keys.get(input.slug) === key && files.every(([, path]) => present(path))) {
      records.push(articleRecord(input));
    } else {
      const meta = articleMeta(input);
      for (const [kind, path] of files) write(outDir, path, body(meta, kind));
      written += files.length;
      records.push(meta.record);
    }
    paths.push(...files.map(([, path]) => path));
    keys.set(input.slug, key);
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
  return { paths: [...paths, DATA.articlesJson, DATA.articlesCsv, DATA.figuresCsv, DATA.schema], keys, written: written + 4 };
}
